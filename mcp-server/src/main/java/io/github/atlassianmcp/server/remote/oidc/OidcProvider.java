package io.github.atlassianmcp.server.remote.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The team's OpenID Connect provider as its discovery document describes it: where its keys, authorization and
 * token endpoints are. Read once at start-up (Nimbus checks that the document's issuer is the one configured).
 */
public record OidcProvider(URI issuer, URI jwksUri, URI authorizationEndpoint, URI tokenEndpoint,
    List<JWSAlgorithm> idTokenAlgorithms) {

  public OidcProvider {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(jwksUri, "jwksUri");
    Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
    Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
    idTokenAlgorithms = List.copyOf(idTokenAlgorithms);
  }

  /**
   * Reads {@code issuer/.well-known/openid-configuration}.
   *
   * @throws IllegalStateException naming the provider when it cannot be read or lacks an endpoint
   */
  public static OidcProvider discover(URI issuer) {
    OIDCProviderMetadata metadata;
    try {
      metadata = OIDCProviderMetadata.resolve(new Issuer(issuer.toString()), 10_000, 10_000);
    } catch (GeneralException | IOException e) {
      throw new IllegalStateException("Cannot read the OpenID Connect discovery document of " + issuer
          + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Check ATLASSIAN_MCP_OIDC_ISSUER.");
    }
    if (metadata.getJWKSetURI() == null || metadata.getAuthorizationEndpointURI() == null
        || metadata.getTokenEndpointURI() == null) {
      throw new IllegalStateException("The OpenID Connect provider " + issuer + " lists no jwks_uri,"
          + " authorization_endpoint or token_endpoint in its discovery document.");
    }
    List<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs() == null || metadata.getIDTokenJWSAlgs().isEmpty()
        ? List.of(JWSAlgorithm.RS256) : metadata.getIDTokenJWSAlgs();
    return new OidcProvider(issuer, metadata.getJWKSetURI(), metadata.getAuthorizationEndpointURI(),
        metadata.getTokenEndpointURI(), algorithms);
  }
}
