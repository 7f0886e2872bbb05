package io.github.atlassianmcp.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import io.github.atlassianmcp.auth.AuthorizationAttempt;
import io.github.atlassianmcp.auth.BrowserLauncher;
import io.github.atlassianmcp.auth.IssuedTokens;
import io.github.atlassianmcp.auth.PendingSignIn;
import io.github.atlassianmcp.auth.SignInException;
import io.github.atlassianmcp.auth.SignInResult;
import io.github.atlassianmcp.auth.SignInStatus;
import io.github.atlassianmcp.auth.TokenEndpoint;
import io.github.atlassianmcp.auth.TokenRequestException;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.client.jira.platform.model.User;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.AuthKind;
import io.github.atlassianmcp.sandbox.LoggedRequest;
import io.github.atlassianmcp.server.config.ServerConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OAuth sign-in end to end, over loopback HTTP against the sandbox's authorization server and gateway. */
class SignInFlowTest {

  @TempDir
  Path temp;

  private AtlassianSandbox sandbox;
  private Path home;
  private int callbackPort;
  private final List<String> progress = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    sandbox = AtlassianSandbox.builder().start();
    home = temp.resolve("home");
    callbackPort = SignInTestKit.freePort();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private Map<String, String> env() {
    return new HashMap<>(SignInTestKit.oauthEnvironment(sandbox, home, callbackPort));
  }

  private AtlassianAuth auth(Map<String, String> env, BrowserLauncher browser, Duration timeout) {
    AtlassianAuth.Builder builder = AtlassianAuth.builder(ServerConfig.fromEnvironment(env), SignInTestKit.http(),
        SignInTestKit.plannedScopes()).signInTimeout(timeout);
    return (browser == null ? builder : builder.browser(browser)).build();
  }

  private long requestsTo(String path) {
    return sandbox.requestLog().stream().filter(r -> r.path().equals(path)).count();
  }

  @Test
  void theWholeFlowRunsThroughAScriptedBrowser() throws Exception {
    Path page = temp.resolve("page.html");
    Map<String, String> env = env();
    env.put(ServerConfig.BROWSER, SignInTestKit.browserVariable(SignInTestKit.scriptedBrowser(temp), page));
    AtlassianAuth auth = auth(env, null, Duration.ofSeconds(30));

    SignInResult result = auth.signIn(false, progress::add);

    assertEquals(SignInResult.Outcome.SIGNED_IN, result.outcome());
    SignInStatus status = result.status();
    assertEquals(sandbox.currentUser().accountId(), status.user().orElseThrow().accountId());
    assertEquals(sandbox.currentUser().email(), status.user().orElseThrow().email());
    assertEquals(sandbox.siteUrl(), status.siteUrl().orElseThrow());
    assertEquals(sandbox.cloudId(), status.cloudId().orElseThrow());
    assertEquals(SignInTestKit.plannedScopes().scopes(), status.grantedScopes().stream().sorted().toList());
    assertEquals(List.of(), status.missingScopes());

    String shown = Files.readString(page);
    assertTrue(shown.contains("Signed in to Atlassian") && shown.contains("You can close this tab"), shown);
    assertTrue(progress.stream().anyMatch(m -> m.startsWith("Waiting for you to approve access in the browser")
        && m.contains(sandbox.authUrl() + "/authorize?")), progress.toString());

    LoggedRequest authorize = sandbox.requestLog().stream().filter(r -> r.path().equals("/authorize")).findFirst()
        .orElseThrow();
    for (String parameter : List.of("audience=api.atlassian.com", "prompt=consent", "response_type=code",
        "code_challenge_method=S256", "code_challenge=", "state=", "scope=")) {
      assertTrue(authorize.query().contains(parameter), parameter + " missing from " + authorize.query());
    }
    assertEquals(1, sandbox.oauthStats().tokenRequests());
    assertEquals(1, requestsTo("/oauth/token/accessible-resources"));
    assertEquals(1, requestsTo("/me"));

    // The tools' clients work through the gateway with the stored token.
    User me = new MyselfApi(auth.access().clients().jiraPlatform()).getCurrentUser().execute();
    assertEquals(sandbox.currentUser().accountId(), me.getAccountId());
    LoggedRequest call = sandbox.requestLog().get(sandbox.requestLog().size() - 1);
    assertEquals("/ex/jira/" + sandbox.cloudId() + "/rest/api/3/myself", call.path());
    assertEquals(AuthKind.BEARER, call.auth());

    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(home.resolve("credentials.json"))));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
    assertCallbackServerStopped();
  }

  @Test
  void aUsableSignInIsKeptAndForceAsksAgain() throws Exception {
    CallbackFollowingBrowser browser = new CallbackFollowingBrowser(true);
    AtlassianAuth auth = auth(env(), browser, Duration.ofSeconds(30));
    assertEquals(SignInResult.Outcome.SIGNED_IN, auth.signIn(false, progress::add).outcome());

    SignInResult again = auth.signIn(false, progress::add);

    assertEquals(SignInResult.Outcome.ALREADY_SIGNED_IN, again.outcome());
    assertEquals(sandbox.currentUser().accountId(), again.status().user().orElseThrow().accountId());
    assertEquals(1, requestsTo("/authorize"));
    assertEquals(1, sandbox.oauthStats().tokenRequests());

    assertEquals(SignInResult.Outcome.SIGNED_IN, auth.signIn(true, progress::add).outcome());
    assertEquals(2, requestsTo("/authorize"));
  }

  @Test
  void forgedAndMissingStatesAreRejectedWithoutATokenRequest() throws Exception {
    CallbackFollowingBrowser browser = new CallbackFollowingBrowser(false);
    AtlassianAuth auth = auth(env(), browser, Duration.ofSeconds(30));
    PendingSignIn pending = auth.flow().start(progress::add);
    URI genuine = browser.callback;
    String code = query(genuine, "code");
    String base = "http://127.0.0.1:" + callbackPort + "/callback";

    List<URI> forgeries = List.of(
        URI.create(base + "?code=" + code),
        URI.create(base + "?code=" + code + "&state="),
        URI.create(base + "?code=" + code + "&state=forged-" + query(genuine, "state")),
        URI.create(base + "?code=" + code + "&state=" + query(genuine, "state").substring(1)),
        URI.create(base + "?code=" + code + "&state=" + query(genuine, "state") + "&state=other"));
    for (URI forged : forgeries) {
      HttpResponse<String> answer = get(forged);
      assertEquals(400, answer.statusCode(), forged.toString());
      assertTrue(answer.body().contains("Sign-in link not recognised"), answer.body());
    }

    assertEquals(0, sandbox.oauthStats().tokenRequests());
    assertEquals(0, requestsTo("/oauth/token"));
    assertFalse(pending.result().isDone(), "a forged callback must not end the sign-in that waits");

    HttpResponse<String> real = get(genuine);
    assertEquals(200, real.statusCode(), real.body());
    assertEquals(SignInResult.Outcome.SIGNED_IN, pending.await().outcome());
    assertEquals(1, sandbox.oauthStats().tokenRequests());
    assertCallbackServerStopped();
  }

  @Test
  void theSandboxChecksThePkceVerifierTheFlowSends() throws Exception {
    ServerConfig config = ServerConfig.fromEnvironment(env());
    TokenEndpoint endpoint = new TokenEndpoint(config.authUrl(), config.oauthClient().orElseThrow(),
        Clock.systemUTC());

    AuthorizationAttempt first = new AuthorizationAttempt(config.authUrl(), sandbox.oauthApp().clientId(),
        config.redirectUri(), SignInTestKit.plannedScopes().scopes());
    String code = query(redirectOf(first.url()), "code");
    TokenRequestException wrong = assertThrows(TokenRequestException.class,
        () -> endpoint.exchangeCode(code, config.redirectUri(), new CodeVerifier()));
    assertTrue(wrong.getMessage().contains("invalid_grant") && wrong.getMessage().contains("code verifier"),
        wrong.getMessage());

    AuthorizationAttempt second = new AuthorizationAttempt(config.authUrl(), sandbox.oauthApp().clientId(),
        config.redirectUri(), SignInTestKit.plannedScopes().scopes());
    String secondCode = query(redirectOf(second.url()), "code");
    IssuedTokens tokens = endpoint.exchangeCode(secondCode, config.redirectUri(), second.verifier());
    assertTrue(tokens.refreshToken().isPresent());
  }

  @Test
  void theSignInGivesUpAfterItsTimeoutWithAClearMessage() throws Exception {
    AtlassianAuth auth = auth(env(), url -> false, Duration.ofSeconds(1));

    SignInException e = assertThrows(SignInException.class, () -> auth.signIn(false, progress::add));

    assertTrue(e.getMessage().startsWith("No answer from the browser within 1 second"), e.getMessage());
    assertTrue(e.getMessage().contains("ATLASSIAN_OAUTH_REDIRECT_URI=http://127.0.0.1:" + callbackPort),
        e.getMessage());
    assertTrue(progress.stream().anyMatch(m -> m.startsWith("Could not open a browser. Open this URL to sign in")
        && m.contains("/authorize?")), progress.toString());
    assertEquals(0, sandbox.oauthStats().tokenRequests());
    assertCallbackServerStopped();
  }

  @Test
  void aTakenCallbackPortNamesTheRedirectVariable() throws Exception {
    try (ServerSocket taken = new ServerSocket(callbackPort, 0, InetAddress.getByName("127.0.0.1"))) {
      AtlassianAuth auth = auth(env(), url -> true, Duration.ofSeconds(5));

      SignInException e = assertThrows(SignInException.class, () -> auth.signIn(false, progress::add));

      assertTrue(e.getMessage().contains("ATLASSIAN_OAUTH_REDIRECT_URI=http://127.0.0.1:" + callbackPort + "/callback"),
          e.getMessage());
      assertTrue(e.getMessage().contains("port is in use"), e.getMessage());
    }
  }

  @Test
  void aDeclinedConsentEndsTheSignInWithAClearMessage() throws Exception {
    CallbackFollowingBrowser browser = new CallbackFollowingBrowser(false);
    AtlassianAuth auth = auth(env(), browser, Duration.ofSeconds(30));
    PendingSignIn pending = auth.flow().start(progress::add);

    HttpResponse<String> page = get(URI.create("http://127.0.0.1:" + callbackPort + "/callback?error=access_denied"
        + "&error_description=User+did+not+authorize+the+request&state=" + query(browser.callback, "state")));

    assertEquals(400, page.statusCode());
    SignInException e = assertThrows(SignInException.class, pending::await);
    assertTrue(e.getMessage().startsWith("Atlassian did not grant access (access_denied: User did not authorize"),
        e.getMessage());
    assertEquals(0, sandbox.oauthStats().tokenRequests());
  }

  @Test
  void aSiteTheSignInCannotReachIsNamedWithTheOnesItCan() throws Exception {
    Map<String, String> env = env();
    env.put(ServerConfig.SITE_URL, "https://elsewhere.atlassian.net");
    AtlassianAuth auth = auth(env, new CallbackFollowingBrowser(true), Duration.ofSeconds(30));

    SignInException e = assertThrows(SignInException.class, () -> auth.signIn(false, progress::add));

    assertTrue(e.getMessage().startsWith("ATLASSIAN_SITE_URL=https://elsewhere.atlassian.net is not among the sites "
        + "this sign-in can reach: " + sandbox.siteUrl() + " (sandbox)."), e.getMessage());
    assertFalse(Files.exists(home.resolve("credentials.json")));
  }

  @Test
  void aWrongClientSecretNamesTheVariablesAndNotTheSecret() throws Exception {
    Map<String, String> env = env();
    env.put(ServerConfig.CLIENT_SECRET, "not-the-secret-0123456789");
    AtlassianAuth auth = auth(env, new CallbackFollowingBrowser(true), Duration.ofSeconds(30));

    SignInException e = assertThrows(SignInException.class, () -> auth.signIn(false, progress::add));

    assertTrue(e.getMessage().contains("ATLASSIAN_CLIENT_ID and ATLASSIAN_CLIENT_SECRET"), e.getMessage());
    assertFalse(e.getMessage().contains("not-the-secret"), e.getMessage());
    assertFalse(e.getMessage().contains(sandbox.oauthApp().clientSecret()), e.getMessage());
  }

  @Test
  void aSecondSignInJoinsTheOneWaiting() throws Exception {
    CallbackFollowingBrowser browser = new CallbackFollowingBrowser(false);
    AtlassianAuth auth = auth(env(), browser, Duration.ofSeconds(30));
    PendingSignIn first = auth.flow().start(progress::add);

    PendingSignIn second = auth.flow().start(progress::add);

    assertTrue(first == second);
    assertEquals(1, requestsTo("/authorize"));
    get(browser.callback);
    assertEquals(SignInResult.Outcome.SIGNED_IN, second.await().outcome());
  }

  private void assertCallbackServerStopped() throws Exception {
    for (int i = 0; i < 50; i++) { // it stops just after the last page went out
      try {
        get(URI.create("http://127.0.0.1:" + callbackPort + "/callback"));
        Thread.sleep(20);
      } catch (ConnectException stopped) {
        return;
      }
    }
    throw new AssertionError("the callback server still listens on port " + callbackPort);
  }

  static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5))
        .build().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Where the authorization server sends the browser after its (automatic) consent. */
  static URI redirectOf(URI authorizationUrl) throws IOException, InterruptedException {
    HttpResponse<String> answer = get(authorizationUrl);
    assertEquals(302, answer.statusCode(), answer.body());
    return URI.create(answer.headers().firstValue("location").orElseThrow());
  }

  static String query(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError(name + " not in " + uri);
  }

  /** A browser the test drives: it gets Atlassian's redirect and follows it now, or leaves that to the test. */
  static final class CallbackFollowingBrowser implements BrowserLauncher {
    private final boolean follow;
    volatile URI callback;

    CallbackFollowingBrowser(boolean follow) {
      this.follow = follow;
    }

    @Override
    public boolean open(URI url) {
      try {
        callback = redirectOf(url);
        if (follow) {
          // Like a browser tab: the page comes when the sign-in has finished; nobody waits for it here.
          HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(callback).build(),
              HttpResponse.BodyHandlers.discarding());
        }
        return true;
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }
}
