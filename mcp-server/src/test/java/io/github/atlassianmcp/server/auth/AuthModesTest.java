package io.github.atlassianmcp.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.auth.AuthMode;
import io.github.atlassianmcp.auth.NotSignedInException;
import io.github.atlassianmcp.auth.SignInException;
import io.github.atlassianmcp.auth.SignInProgress;
import io.github.atlassianmcp.auth.SignInResult;
import io.github.atlassianmcp.client.UnauthorizedException;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.AuthKind;
import io.github.atlassianmcp.sandbox.LoggedRequest;
import io.github.atlassianmcp.server.atlassian.AtlassianErrors;
import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API-token mode (Basic straight to the site) and the unconfigured server. */
class AuthModesTest {

  @TempDir
  Path temp;

  private AtlassianSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = AtlassianSandbox.builder().start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private AtlassianAuth apiTokenAuth(String token) {
    return AtlassianAuth.builder(ServerConfig.fromEnvironment(Map.of(
            ServerConfig.SITE_URL, sandbox.siteUrl(),
            ServerConfig.EMAIL, sandbox.currentUser().email(),
            ServerConfig.API_TOKEN, token,
            ServerConfig.MCP_HOME, temp.resolve("home").toString())),
        SignInTestKit.http(), SignInTestKit.plannedScopes()).build();
  }

  @Test
  void apiTokenModeCallsTheSiteWithBasicAndNeedsNoSignIn() throws Exception {
    AtlassianAuth auth = apiTokenAuth(sandbox.currentUser().apiToken());
    assertEquals(AuthMode.API_TOKEN, auth.mode());

    SignInResult result = auth.signIn(false, SignInProgress.ignored());

    assertEquals(SignInResult.Outcome.API_TOKEN_MODE, result.outcome());
    assertEquals(sandbox.currentUser().displayName(), result.status().user().orElseThrow().name());
    String text = result.describe(Instant.now());
    assertTrue(text.startsWith("API-token mode is active: no sign-in needed.\nAPI-token mode: calls go to "
        + sandbox.siteUrl() + " with HTTP Basic as " + sandbox.currentUser().displayName()), text);
    assertFalse(text.contains(sandbox.currentUser().apiToken()), text);

    String accountId = new MyselfApi(auth.access().clients().jiraPlatform()).getCurrentUser().execute().getAccountId();
    assertEquals(sandbox.currentUser().accountId(), accountId);
    List<LoggedRequest> log = sandbox.requestLog();
    assertTrue(log.stream().allMatch(r -> r.path().equals("/rest/api/3/myself") && r.auth() == AuthKind.BASIC),
        log.toString());
    assertEquals(0, sandbox.oauthStats().tokenRequests());
    assertFalse(Files.exists(temp.resolve("home")), "API-token mode writes no token file");
    assertFalse(auth.logout());
    SignInException noFlow = assertThrows(SignInException.class, auth::flow);
    assertTrue(noFlow.getMessage().startsWith("API-token mode is active"), noFlow.getMessage());
  }

  @Test
  void aRefusedApiTokenSaysWhatToCheckWithoutRepeatingIt() throws Exception {
    String wrong = "ATATT-wrong-token-0123456789";
    AtlassianAuth auth = apiTokenAuth(wrong);

    AtlassianException e = assertThrows(AtlassianException.class,
        () -> auth.signIn(false, SignInProgress.ignored()));

    assertEquals(401, e.failure().statusCode());
    String sentence = new AtlassianErrors(auth.scopes(), auth.mode()).describe(e);
    assertTrue(sentence.startsWith("Jira did not accept the sign-in (HTTP 401). Check ATLASSIAN_EMAIL and"
        + " ATLASSIAN_API_TOKEN"), sentence);
    assertFalse(sentence.contains(wrong) || e.getMessage().contains(wrong), sentence);
    UnauthorizedException call = assertThrows(UnauthorizedException.class,
        () -> new MyselfApi(auth.access().clients().jiraPlatform()).getCurrentUser().execute());
    assertEquals(401, call.statusCode());
  }

  /** An API token is not stored anywhere to look at: status proves it with one call, and says what to check. */
  @Test
  void statusChecksTheApiTokenWithTheSite() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int refused = new io.github.atlassianmcp.server.cli.StatusCommand(apiTokenAuth("ATATT-wrong-token-0123456789"))
        .run(List.of(), new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
    assertEquals(1, refused);
    assertTrue(err.toString().contains("Check ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN"), err.toString());
    assertFalse(err.toString().contains("authenticate_atlassian"), "no OAuth remedy in API-token mode: " + err);

    out.reset();
    int fine = new io.github.atlassianmcp.server.cli.StatusCommand(apiTokenAuth(sandbox.currentUser().apiToken()))
        .run(List.of(), new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
    assertEquals(0, fine);
    assertTrue(out.toString().contains(sandbox.currentUser().displayName()), out.toString());
  }

  @Test
  void anUnconfiguredServerSaysWhatToSet() {
    AtlassianAuth auth = AtlassianAuth.builder(ServerConfig.fromEnvironment(Map.of(
            ServerConfig.MCP_HOME, temp.resolve("home").toString())),
        SignInTestKit.http(), SignInTestKit.plannedScopes()).build();

    NotSignedInException e = assertThrows(NotSignedInException.class, () -> auth.access().clients());
    assertEquals("Not signed in to Atlassian: no Atlassian credentials are configured. "
        + SignInHints.HOW_TO_CONFIGURE, e.getMessage());
    SignInException signIn = assertThrows(SignInException.class, () -> auth.signIn(false, SignInProgress.ignored()));
    assertTrue(signIn.getMessage().contains("ATLASSIAN_CLIENT_ID"), signIn.getMessage());
    assertFalse(auth.status().signedIn());
    assertEquals(AuthMode.NOT_CONFIGURED, auth.status().mode());
  }
}
