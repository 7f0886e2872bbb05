package io.github.atlassianmcp.server.remote;

import com.google.gson.Gson;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A team's OpenID Connect provider on loopback, for the tests: discovery, JWKS, an authorization endpoint where
 * the browser's user (set by the test) consents at once, and a token endpoint that checks the code, the redirect
 * URI and PKCE and issues a signed ID token. {@link #accessToken} mints the MCP access tokens a real client would
 * get from it.
 */
final class StandInOidcProvider implements AutoCloseable {

  static final String CLIENT_ID = "atlassian-mcp-web";
  static final String CLIENT_SECRET = "web-secret-" + UUID.randomUUID();

  private record PendingCode(String subject, String nonce, String redirectUri, String challenge) {}

  private final HttpServer server;
  private final RSAKey key;
  private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
  private final Gson gson = new Gson();
  private volatile String browserUser = "nobody";

  StandInOidcProvider() throws Exception {
    this.key = new RSAKeyGenerator(2048).keyID("test-key-" + UUID.randomUUID()).generate();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
    server.createContext("/jwks", exchange -> send(exchange, 200, "application/json",
        new JWKSet(key.toPublicJWK()).toString()));
    server.createContext("/authorize", this::authorize);
    server.createContext("/token", this::token);
    server.start();
  }

  String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Who is signed in at the provider in the test's browser. */
  void signInBrowserAs(String subject) {
    this.browserUser = subject;
  }

  /** An access token as the provider would issue it to an MCP client. */
  String accessToken(String subject, String audience, Set<String> scopes, Duration lifetime) throws Exception {
    return sign(key, issuer(), new JWTClaimsSet.Builder()
        .subject(subject)
        .audience(audience)
        .claim("scope", String.join(" ", scopes))
        .claim("client_id", "some-mcp-client")
        .issueTime(new Date())
        .expirationTime(Date.from(Instant.now().plus(lifetime))));
  }

  /** A token signed with a key the provider never published (a forgery). */
  String forgedAccessToken(String subject, String audience) throws Exception {
    RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
    return sign(other, issuer(), new JWTClaimsSet.Builder().subject(subject).audience(audience)
        .expirationTime(Date.from(Instant.now().plusSeconds(300))));
  }

  private static String sign(RSAKey key, String issuer, JWTClaimsSet.Builder claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
        .type(JOSEObjectType.JWT).build(), claims.issuer(issuer).build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private Map<String, Object> discovery() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("issuer", issuer());
    document.put("authorization_endpoint", issuer() + "/authorize");
    document.put("token_endpoint", issuer() + "/token");
    document.put("jwks_uri", issuer() + "/jwks");
    document.put("response_types_supported", List.of("code"));
    document.put("subject_types_supported", List.of("public"));
    document.put("id_token_signing_alg_values_supported", List.of("RS256"));
    document.put("code_challenge_methods_supported", List.of("S256"));
    document.put("grant_types_supported", List.of("authorization_code"));
    return document;
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, List<String>> query = URLUtils.parseParameters(exchange.getRequestURI().getRawQuery());
    String redirect = first(query, "redirect_uri");
    if (!CLIENT_ID.equals(first(query, "client_id")) || redirect == null
        || !"S256".equals(first(query, "code_challenge_method"))) {
      send(exchange, 400, "text/plain", "bad authorization request");
      return;
    }
    String code = UUID.randomUUID().toString();
    codes.put(code, new PendingCode(browserUser, first(query, "nonce"), redirect, first(query, "code_challenge")));
    exchange.getResponseHeaders().add("Location", redirect + "?code=" + code + "&state="
        + URLEncoder.encode(first(query, "state"), StandardCharsets.UTF_8));
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, List<String>> form = URLUtils.parseParameters(
        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    String basic = "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8)
        + ":" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      json(exchange, 401, Map.of("error", "invalid_client"));
      return;
    }
    PendingCode pending = codes.remove(String.valueOf(first(form, "code")));
    if (pending == null || !pending.redirectUri().equals(first(form, "redirect_uri"))
        || first(form, "code_verifier") == null || !CodeChallenge.compute(CodeChallengeMethod.S256,
            new CodeVerifier(first(form, "code_verifier"))).getValue().equals(pending.challenge())) {
      json(exchange, 400, Map.of("error", "invalid_grant"));
      return;
    }
    try {
      String idToken = sign(key, issuer(), new JWTClaimsSet.Builder()
          .subject(pending.subject())
          .audience(CLIENT_ID)
          .claim("nonce", pending.nonce())
          .claim("email", pending.subject() + "@example.com")
          .issueTime(new Date())
          .expirationTime(Date.from(Instant.now().plusSeconds(300))));
      json(exchange, 200, Map.of("access_token", "opaque-" + UUID.randomUUID(), "token_type", "Bearer",
          "expires_in", 300, "id_token", idToken));
    } catch (Exception e) {
      json(exchange, 500, Map.of("error", "server_error"));
    }
  }

  private static String first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private void json(HttpExchange exchange, int status, Object body) throws IOException {
    send(exchange, status, "application/json", gson.toJson(body));
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  URI uri() {
    return URI.create(issuer());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
