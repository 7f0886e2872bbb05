package io.github.atlassianmcp.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.auth.FileCredentialStore;
import io.github.atlassianmcp.auth.StoredCredentials;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.server.auth.AtlassianAuth;
import io.github.atlassianmcp.server.auth.SignInTestKit;
import io.github.atlassianmcp.server.config.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** login, status and logout as a person runs them in a terminal, against the sandbox. */
class SignInCommandsTest {

  @TempDir
  Path temp;

  private AtlassianSandbox sandbox;
  private Path home;
  private Map<String, String> env;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    sandbox = AtlassianSandbox.builder().start();
    home = temp.resolve("home");
    env = new HashMap<>(SignInTestKit.oauthEnvironment(sandbox, home, SignInTestKit.freePort()));
    env.put(ServerConfig.BROWSER, SignInTestKit.browserVariable(SignInTestKit.scriptedBrowser(temp),
        temp.resolve("page.html")));
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private AtlassianAuth auth() {
    return AtlassianAuth.builder(ServerConfig.fromEnvironment(env), SignInTestKit.http(),
        SignInTestKit.plannedScopes()).signInTimeout(Duration.ofSeconds(2)).build();
  }

  private PrintStream outStream() {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  private PrintStream errStream() {
    return new PrintStream(err, true, StandardCharsets.UTF_8);
  }

  private String out() {
    String text = out.toString(StandardCharsets.UTF_8);
    out.reset();
    return text;
  }

  private String err() {
    String text = err.toString(StandardCharsets.UTF_8);
    err.reset();
    return text;
  }

  @Test
  void loginStatusLogoutStatus() throws Exception {
    assertEquals(0, new LoginCommand(auth()).run(List.of(), outStream(), errStream()));
    String login = out();
    assertTrue(login.startsWith("Waiting for you to approve access in the browser (within 2 seconds). If no browser "
        + "opens, open: " + sandbox.authUrl() + "/authorize?"), login);
    assertTrue(login.contains("Signed in.\nSigned in to Atlassian (OAuth 2.0) as " + sandbox.currentUser().displayName()
        + " <" + sandbox.currentUser().email() + ">"), login);
    assertEquals("", err());
    StoredCredentials stored = new FileCredentialStore(home).read().orElseThrow();

    assertEquals(0, new LoginCommand(auth()).run(List.of(), outStream(), errStream()));
    assertTrue(out().startsWith("Already signed in; nothing was asked"));

    assertEquals(0, new StatusCommand(auth()).run(List.of(), outStream(), errStream()));
    String status = out();
    assertTrue(status.contains("Site: " + sandbox.siteUrl() + " (cloudId " + sandbox.cloudId() + ")"), status);
    assertTrue(status.contains("Scopes: " + String.join(" ", SignInTestKit.plannedScopes().scopes())), status);
    assertTrue(status.contains("Access token: valid until "), status);
    assertTrue(status.contains("Credentials file: " + home.resolve("credentials.json")), status);
    assertFalse(status.contains(stored.accessToken()) || status.contains(stored.refreshToken()), status);

    assertEquals(0, new LogoutCommand(auth()).run(List.of(), outStream(), errStream()));
    assertTrue(out().startsWith("Signed out: deleted " + home.resolve("credentials.json")));
    assertFalse(Files.exists(home.resolve("credentials.json")));

    assertEquals(1, new StatusCommand(auth()).run(List.of(), outStream(), errStream()));
    assertTrue(out().startsWith("Not signed in to Atlassian (OAuth 2.0): no sign-in is stored. Call the "
        + "authenticate_atlassian tool"));
    assertEquals(0, new LogoutCommand(auth()).run(List.of(), outStream(), errStream()));
    assertTrue(out().startsWith("Not signed in: there was no " + home.resolve("credentials.json")));
  }

  @Test
  void aLoginThatCannotOpenABrowserShowsTheUrlAndGivesUpClearly() {
    env.put(ServerConfig.BROWSER, "false");

    assertEquals(1, new LoginCommand(auth()).run(List.of(), outStream(), errStream()));

    String shown = out();
    assertTrue(shown.contains("Could not open a browser. Open this URL to sign in (within 2 seconds): "
        + sandbox.authUrl() + "/authorize?"), shown);
    assertTrue(err().startsWith("No answer from the browser within 2 seconds, so the sign-in was given up."));
  }

  @Test
  void aCorruptCredentialsFileIsReportedAndReplacedByTheNextLogin() throws Exception {
    Files.createDirectories(home);
    Files.writeString(home.resolve("credentials.json"), "\u0000\u0001garbage");
    Files.setPosixFilePermissions(home.resolve("credentials.json"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

    assertEquals(1, new StatusCommand(auth()).run(List.of(), outStream(), errStream()));
    assertTrue(out().startsWith("Not signed in to Atlassian (OAuth 2.0): The Atlassian credentials file "
        + home.resolve("credentials.json") + " is corrupt (it is not valid JSON). Signing in again replaces it."));

    assertEquals(0, new LoginCommand(auth()).run(List.of(), outStream(), errStream()));
    assertEquals(0, new StatusCommand(auth()).run(List.of(), outStream(), errStream()));
  }

  @Test
  void unknownArgumentsAndHelp() {
    assertEquals(2, new LoginCommand(auth()).run(List.of("--forse"), outStream(), errStream()));
    assertEquals("Unknown argument: --forse\n" + LoginCommand.USAGE + "\n", err());
    assertEquals(0, new StatusCommand(auth()).run(List.of("--help"), outStream(), errStream()));
    assertEquals(StatusCommand.USAGE + "\n", out());
    assertEquals(2, new LogoutCommand(auth()).run(List.of("now"), outStream(), errStream()));
    assertTrue(err().startsWith("Unknown argument: now\n"));
  }

  @Test
  void apiTokenModeHasNothingToLogOutOf() {
    env = Map.of(ServerConfig.SITE_URL, sandbox.siteUrl(), ServerConfig.EMAIL, sandbox.currentUser().email(),
        ServerConfig.API_TOKEN, sandbox.currentUser().apiToken());

    assertEquals(0, new LogoutCommand(auth()).run(List.of(), outStream(), errStream()));
    assertTrue(out().startsWith("API-token mode stores nothing to sign out of"));
    assertEquals(0, new StatusCommand(auth()).run(List.of(), outStream(), errStream()));
    assertTrue(out().startsWith("API-token mode: calls go to " + sandbox.siteUrl()));
  }
}
