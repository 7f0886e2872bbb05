package io.github.atlassianmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The browser half of the 3LO flow, done by hand against a sandbox: authorize, follow the redirect, get the code. */
public final class OAuthDance {

  public static final String REDIRECT = "http://127.0.0.1:47123/callback";

  private final AtlassianSandbox sandbox;
  private final TestHttp http;

  public OAuthDance(AtlassianSandbox sandbox, TestHttp http) {
    this.sandbox = sandbox;
    this.http = http;
  }

  /** A PKCE verifier and its S256 challenge, computed here independently of the sandbox. */
  public record Pkce(String verifier, String challenge) {
    public static Pkce fresh() {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256")
            .digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The authorize URL a client builds, as Atlassian documents it. */
  public String authorizeUrl(String scopes, String state, Pkce pkce) {
    StringBuilder url = new StringBuilder(sandbox.authUrl()).append("/authorize?audience=api.atlassian.com")
        .append("&client_id=").append(TestHttp.enc(sandbox.oauthApp().clientId()))
        .append("&scope=").append(TestHttp.enc(scopes))
        .append("&redirect_uri=").append(TestHttp.enc(REDIRECT))
        .append("&state=").append(TestHttp.enc(state))
        .append("&response_type=code&prompt=consent");
    if (pkce != null) {
      url.append("&code_challenge=").append(pkce.challenge()).append("&code_challenge_method=S256");
    }
    return url.toString();
  }

  /** Authorizes and returns the code from the redirect, checking the state came back. */
  public String code(String scopes, Pkce pkce) {
    TestHttp.Answer answer = http.get(authorizeUrl(scopes, "st-123", pkce));
    assertEquals(302, answer.status(), answer.toString());
    Map<String, String> query = TestHttp.queryOf(answer.header("location"));
    assertEquals("st-123", query.get("state"));
    return query.get("code");
  }

  /** Exchanges a code at the token endpoint with a form body. */
  public TestHttp.Answer exchange(String code, String redirectUri, String verifier) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("client_id", sandbox.oauthApp().clientId());
    form.put("client_secret", sandbox.oauthApp().clientSecret());
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    if (verifier != null) {
      form.put("code_verifier", verifier);
    }
    return http.postForm(sandbox.authUrl() + "/oauth/token", form);
  }

  /** A refresh-token grant with a JSON body, as Atlassian's docs show it. */
  public TestHttp.Answer refresh(String refreshToken) {
    String body = "{\"grant_type\":\"refresh_token\",\"client_id\":\"" + sandbox.oauthApp().clientId()
        + "\",\"client_secret\":\"" + sandbox.oauthApp().clientSecret() + "\",\"refresh_token\":\"" + refreshToken
        + "\"}";
    return http.postJson(sandbox.authUrl() + "/oauth/token", body);
  }
}
