package io.github.atlassianmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationAttemptTest {

  private static final URI AUTH = URI.create("https://auth.atlassian.com");
  private static final URI REDIRECT = URI.create("http://localhost:8080/callback");

  private static Map<String, List<String>> query(AuthorizationAttempt attempt) {
    return URLUtils.parseParameters(attempt.url().getRawQuery());
  }

  @Test
  void theUrlAsksAtlassianForConsentWithPkce() throws Exception {
    AuthorizationAttempt attempt = new AuthorizationAttempt(AUTH, "my-client", REDIRECT,
        List.of("read:jira-work", "offline_access"));
    Map<String, List<String>> query = query(attempt);

    assertEquals("https://auth.atlassian.com/authorize", attempt.url().toString().split("\\?")[0]);
    assertEquals(List.of("api.atlassian.com"), query.get("audience"));
    assertEquals(List.of("my-client"), query.get("client_id"));
    assertEquals(List.of("read:jira-work offline_access"), query.get("scope"));
    assertEquals(List.of(REDIRECT.toString()), query.get("redirect_uri"));
    assertEquals(List.of("code"), query.get("response_type"));
    assertEquals(List.of("consent"), query.get("prompt"));
    assertEquals(List.of("S256"), query.get("code_challenge_method"));
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(attempt.verifier().getValue().getBytes(StandardCharsets.US_ASCII));
    assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(digest),
        query.get("code_challenge").get(0));
    assertTrue(query.get("state").get(0).length() >= 32, "a long random state");
  }

  @Test
  void eachAttemptHasItsOwnStateAndVerifier() {
    AuthorizationAttempt one = new AuthorizationAttempt(AUTH, "c", REDIRECT, List.of("read:me"));
    AuthorizationAttempt two = new AuthorizationAttempt(AUTH, "c", REDIRECT, List.of("read:me"));
    assertNotEquals(query(one).get("state"), query(two).get("state"));
    assertNotEquals(one.verifier().getValue(), two.verifier().getValue());
  }

  @Test
  void onlyTheExactStateMatches() {
    AuthorizationAttempt attempt = new AuthorizationAttempt(AUTH, "c", REDIRECT, List.of("read:me"));
    String state = query(attempt).get("state").get(0);
    assertTrue(attempt.stateMatches(state));
    assertFalse(attempt.stateMatches(null));
    assertFalse(attempt.stateMatches(""));
    assertFalse(attempt.stateMatches(state.substring(1)));
    assertFalse(attempt.stateMatches(state + "x"));
    assertFalse(attempt.stateMatches(state.toUpperCase()));
    assertFalse(attempt.toString().contains(attempt.verifier().getValue()));
  }
}
