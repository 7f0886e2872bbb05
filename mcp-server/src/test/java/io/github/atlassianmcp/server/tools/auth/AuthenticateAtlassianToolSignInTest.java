package io.github.atlassianmcp.server.tools.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import io.github.atlassianmcp.server.tools.ToolContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The browser sign-in as an MCP client meets it: on a box without a browser the call answers at once with the URL
 * and the sign-in waits in the background; with a client that can show a URL (URL-mode elicitation) the user is
 * asked there; a declined prompt ends the sign-in and frees its port.
 */
class AuthenticateAtlassianToolSignInTest {

  /** No browser here (SSH, a container): nothing opens. */
  @RegisterExtension
  static final InProcessServer SERVER = InProcessServer.notSignedIn(url -> false);

  private static final HttpClient FOLLOWING = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NORMAL).build();
  private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:[0-9]+/authorize\\?\\S+)");

  /** What a person does with the URL: opens it, and the sandbox's consent page sends the browser back. */
  private static int approve(String url) throws IOException, InterruptedException {
    return FOLLOWING.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void headlessTheUrlComesBackAtOnceAndTheNextCallFinishes() throws Exception {
    long start = System.nanoTime();
    ToolCall first = SERVER.call("authenticate_atlassian", Map.of("force", true));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    assertFalse(first.isError(), first.text());
    assertTrue(seconds < 5, "answered in " + seconds + " s, not after a long wait");
    assertTrue(first.text().startsWith("No browser could be opened here. To sign in, the user opens this URL"),
        first.text());
    Matcher url = URL.matcher(first.text());
    assertTrue(url.find(), first.text());
    ToolCall again = SERVER.call("authenticate_atlassian", Map.of("force", true));
    assertTrue(again.text().contains(url.group(1)), "the same sign-in is still waiting: " + again.text());

    assertEquals(200, approve(url.group(1)));

    String done = SERVER.text("authenticate_atlassian", Map.of());
    assertTrue(done.startsWith("Already signed in"), done);
    assertTrue(done.contains(SERVER.sandbox().currentUser().displayName()), done);
  }

  @Test
  void aClientThatCanShowAUrlAsksTheUserAndTheCallFinishes() {
    AtomicReference<URI> shown = new AtomicReference<>();
    ToolContext client = new ToolContext() {
      @Override
      public void progress(String message) { }

      @Override
      public Optional<UrlPrompt> urlPrompt() {
        return Optional.of((message, url) -> {
          shown.set(url);
          try {
            approve(url.toString());
          } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return UrlPrompt.Answer.ACCEPTED;
        });
      }
    };

    ToolCall call = SERVER.call("authenticate_atlassian", Map.of("force", true), client);

    assertTrue(call.text().startsWith("Signed in."), call.text());
    assertTrue(shown.get().toString().contains("/authorize?"), String.valueOf(shown.get()));
    assertFalse(call.text().contains(shown.get().toString()), "the URL stays out of the model's context");
  }

  @Test
  void aDeclinedPromptEndsTheSignInAndFreesItsPort() throws Exception {
    ToolContext declining = new ToolContext() {
      @Override
      public void progress(String message) { }

      @Override
      public Optional<UrlPrompt> urlPrompt() {
        return Optional.of((message, url) -> UrlPrompt.Answer.DECLINED);
      }
    };

    ToolCall call = SERVER.call("authenticate_atlassian", Map.of("force", true), declining);

    assertTrue(call.isError());
    assertTrue(call.text().startsWith("The sign-in was declined in the client"), call.text());
    URI redirect = SERVER.assembly().config().redirectUri();
    Thread.sleep(200);
    try (ServerSocket port = new ServerSocket(redirect.getPort(), 1, InetAddress.getLoopbackAddress())) {
      assertEquals(redirect.getPort(), port.getLocalPort(), "the callback port is free again");
    }
  }

  @Test
  void theRedirectUriOfTheConfigurationIsUsed() {
    assertTrue(SERVER.assembly().config().redirectUri().toString().startsWith("http://127.0.0.1:"),
        String.valueOf(SERVER.assembly().config().redirectUri()) + " " + ServerConfig.OAUTH_REDIRECT_URI);
  }
}
