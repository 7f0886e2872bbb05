package io.github.atlassianmcp.server.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.auth.AuthMode;
import io.github.atlassianmcp.auth.SignInException;
import io.github.atlassianmcp.server.atlassian.AtlassianErrors;
import io.github.atlassianmcp.server.atlassian.SecretRedaction;
import io.github.atlassianmcp.server.auth.OAuthScopes;
import io.github.atlassianmcp.server.config.Toolset;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The seam every call passes: what leaves it is cleaned, redacted and never a stack trace. */
class ToolCallHandlerTest {

  private static final String SECRET = "client-secret-1234567890";
  private static final String REFRESH_TOKEN = "rt-eyJhbGciOi-0123456789";

  private record Echo(String text) {}

  private final AtomicReference<ToolHandler> behaviour = new AtomicReference<>();
  private final AtomicReference<Optional<String>> notice = new AtomicReference<>(Optional.empty());

  private ToolCallHandler handler() {
    ServerTool tool = ToolDefinition.builder("sample_echo")
        .title("Echo")
        .description("Echoes. Example: text=\"x\".")
        .toolset(Toolset.JIRA)
        .input(InputSchema.object().string("text", "Anything.").build())
        .reads(Echo.class)
        .handler(services -> behaviour.get());
    ToolInventory inventory = new ToolInventory(List.of(tool), Set.of(Toolset.values()), false);
    return new ToolCallHandler(inventory, Map.of("sample_echo", (arguments, context) -> behaviour.get()
        .call(arguments, context)), new AtlassianErrors(OAuthScopes.forOperations(List.of(),
        AtlassianOperations.load()), AuthMode.OAUTH), new SecretRedaction(() -> List.of(SECRET, REFRESH_TOKEN)),
        notice::get);
  }

  @Test
  void aSecretQuotedByAnErrorNeverReachesTheAgent() {
    behaviour.set((arguments, context) -> {
      throw new SignInException("The token endpoint answered invalid_grant: refresh_token=" + REFRESH_TOKEN
          + "&client_secret=" + SECRET);
    });

    ToolResult result = handler().handle("sample_echo", Map.of(), ToolContext.NONE);

    assertTrue(result.error());
    assertFalse(result.text().contains(SECRET) || result.text().contains(REFRESH_TOKEN), result.text());
    assertEquals("The token endpoint answered invalid_grant: refresh_token=[redacted]&client_secret=[redacted]",
        result.text());
  }

  @Test
  void aSecretInAnAnswerIsRemovedFromTextAndStructuredContent() {
    behaviour.set((arguments, context) -> ToolResult.of("said " + SECRET, new Echo("said " + SECRET)));

    ToolResult result = handler().handle("sample_echo", Map.of(), ToolContext.NONE);

    assertEquals("said [redacted]", result.text());
    assertEquals(Map.of("text", "said [redacted]"), result.structured().orElseThrow());
  }

  @Test
  void aNoticeRidesOnEveryAnswerWhileItHolds() {
    behaviour.set((arguments, context) -> ToolResult.text("done"));
    notice.set(Optional.of("Note: the renewed Atlassian sign-in could not be saved."));

    assertEquals("done\n\nNote: the renewed Atlassian sign-in could not be saved.",
        handler().handle("sample_echo", Map.of(), ToolContext.NONE).text());
    notice.set(Optional.empty());
    assertEquals("done", handler().handle("sample_echo", Map.of(), ToolContext.NONE).text());
  }

  @Test
  void aBugIsASentenceNotAStackTrace() {
    behaviour.set((arguments, context) -> {
      throw new IllegalStateException("boom at line 42");
    });

    ToolResult result = handler().handle("sample_echo", Map.of(), ToolContext.NONE);

    assertEquals("sample_echo failed unexpectedly (IllegalStateException). This is a bug in the server; the server"
        + " log has the details.", result.text());
  }

  @Test
  void aHugeAnswerIsCutAndSaysHowToGetLess() {
    String huge = "x".repeat(10_000_000);
    behaviour.set((arguments, context) -> ToolResult.of(huge, new Echo(huge)));

    ToolResult result = handler().handle("sample_echo", Map.of(), ToolContext.NONE);

    assertTrue(result.text().length() < ToolCallHandler.MAX_ANSWER + 300, "length " + result.text().length());
    assertTrue(result.text().endsWith("[The answer was cut here: it is 10000 KB of text and at most 100 KB are shown."
        + " Ask for less: fewer results or comments, a narrower query, or one section of a page.]"), result.text()
        .substring(ToolCallHandler.MAX_ANSWER - 10));
    String structured = (String) result.structured().orElseThrow().get("text");
    assertTrue(structured.length() < ToolCallHandler.MAX_ANSWER + 100);
    assertTrue(structured.endsWith("… [cut: 10000 KB in all]"));
  }
}
