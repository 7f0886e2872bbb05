package io.github.atlassianmcp.server.remote.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.github.atlassianmcp.server.remote.RemoteUser;
import java.net.MalformedURLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the MCP access tokens the team's provider issues (JWTs): the signature against the provider's JWKS (keys
 * cached and re-fetched on rotation), the issuer, the audience (this server), the expiry (a minute of clock skew)
 * and a subject. What it accepts becomes a {@link RemoteUser}; anything else is refused with a reason that never
 * quotes the token.
 */
public final class BearerTokenVerifier {

  /** What checking a token gave. */
  public sealed interface Outcome {
    /** A token this server accepts. */
    record Accepted(RemoteUser user) implements Outcome {}

    /** A token it refuses, and why (for the WWW-Authenticate error_description and the log). */
    record Refused(String reason) implements Outcome {}
  }

  private static final Set<JWSAlgorithm> ALGORITHMS = new HashSet<>(List.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
      JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
      JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA));

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  /**
   * @param audiences accepted audiences: this server's URLs (a token for another resource is refused)
   */
  public BearerTokenVerifier(OidcProvider provider, Collection<String> audiences) {
    JWKSource<SecurityContext> keys;
    try {
      keys = JWKSourceBuilder.create(provider.jwksUri().toURL()).retrying(true).build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("The provider's jwks_uri is not a URL: " + provider.jwksUri());
    }
    // RFC 9068 access tokens say at+jwt; many providers say JWT or nothing.
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
        new JOSEObjectType("at+jwt"), null));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
    processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new HashSet<>(audiences),
        new JWTClaimsSet.Builder().issuer(provider.issuer().toString()).build(), Set.of("sub", "exp"), null));
  }

  public Outcome verify(String token) {
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (Exception e) {
      // Nimbus's messages name the failed check (expired, audience, issuer, signature), never the token.
      return new Outcome.Refused(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    return new Outcome.Accepted(new RemoteUser(claims.getSubject(), scopes(claims)));
  }

  /** {@code scope} (RFC 9068: space-separated) or {@code scp} (Entra ID, Okta: a string or a list). */
  private static Set<String> scopes(JWTClaimsSet claims) {
    Set<String> scopes = new HashSet<>();
    for (String claim : List.of("scope", "scp")) {
      Object value = claims.getClaim(claim);
      if (value instanceof String text) {
        scopes.addAll(Arrays.asList(text.trim().split("\\s+")));
      } else if (value instanceof Collection<?> list) {
        list.forEach(item -> scopes.add(String.valueOf(item)));
      }
    }
    scopes.remove("");
    return scopes;
  }
}
