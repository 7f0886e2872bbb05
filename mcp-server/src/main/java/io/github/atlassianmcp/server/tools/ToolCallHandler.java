package io.github.atlassianmcp.server.tools;

import io.github.atlassianmcp.adf.text.UntrustedText;
import io.github.atlassianmcp.auth.CredentialStoreException;
import io.github.atlassianmcp.auth.NotSignedInException;
import io.github.atlassianmcp.auth.SignInException;
import io.github.atlassianmcp.server.atlassian.AtlassianErrors;
import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.atlassian.SecretRedaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a tool call and always answers: the single seam where a call is refused (a tool this configuration does
 * not enable, arguments that break its schema) and where failures become results with {@code isError} and one
 * sentence that says what to fix. Nothing thrown by a tool reaches the transport, and every string that leaves is
 * cleaned of invisible and bidirectional control characters (Atlassian's text is untrusted).
 */
public final class ToolCallHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ToolCallHandler.class);
  /**
   * The longest answer an agent gets (text, and each string of the structured content): an issue with a 10 MB
   * description must not flood the context window. Tools cut their long parts themselves where they can say how to
   * get the rest; this is the backstop.
   */
  static final int MAX_ANSWER = 100_000;

  private final ToolInventory inventory;
  private final Supplier<Map<String, ToolHandler>> handlers;
  private final AtlassianErrors errors;
  private final SecretRedaction redaction;
  private final Supplier<Optional<String>> notice;

  /**
   * @param inventory every tool, and which are enabled
   * @param handlers the enabled tools' handlers, by name
   * @param errors how Atlassian's failures are worded
   * @param redaction removes the secrets of the moment from everything that leaves
   * @param notice a sentence every answer carries while it holds (a sign-in that could not be saved)
   */
  public ToolCallHandler(ToolInventory inventory, Map<String, ToolHandler> handlers, AtlassianErrors errors,
      SecretRedaction redaction, Supplier<Optional<String>> notice) {
    this(inventory, fixed(Map.copyOf(handlers)), errors, redaction, notice);
  }

  /**
   * As above, with the handlers made when the first call needs them (the services behind them are the costly part
   * of a start, and listing the tools does not need them).
   */
  public ToolCallHandler(ToolInventory inventory, Supplier<Map<String, ToolHandler>> handlers, AtlassianErrors errors,
      SecretRedaction redaction, Supplier<Optional<String>> notice) {
    this.inventory = Objects.requireNonNull(inventory, "inventory");
    this.handlers = Objects.requireNonNull(handlers, "handlers");
    this.errors = Objects.requireNonNull(errors, "errors");
    this.redaction = Objects.requireNonNull(redaction, "redaction");
    this.notice = Objects.requireNonNull(notice, "notice");
  }

  private static <T> Supplier<T> fixed(T value) {
    return () -> value;
  }

  public ToolInventory inventory() {
    return inventory;
  }

  /** Calls the tool of this name; an unknown or disabled tool is answered with an error saying so. */
  public ToolResult handle(String name, Map<String, Object> arguments, ToolContext context) {
    ToolResult result = clean(answer(name, arguments, context));
    Optional<String> note = notice.get();
    return note.isEmpty() ? result
        : result.withText(result.text() + "\n\n" + redaction.apply(note.get()));
  }

  private ToolResult answer(String name, Map<String, Object> arguments, ToolContext context) {
    Optional<ServerTool> tool = inventory.find(name);
    if (tool.isEmpty()) {
      return ToolResult.error("Unknown tool " + ToolArguments.quote(name) + ".");
    }
    Optional<String> disabled = inventory.whyDisabled(tool.get().definition());
    if (disabled.isPresent()) {
      return ToolResult.error(disabled.get());
    }
    ToolHandler handler = handlers.get().get(name);
    if (handler == null) {
      throw new IllegalStateException(name + " is enabled but has no handler");
    }
    try {
      return handler.call(ToolArguments.check(tool.get().definition(), arguments), context);
    } catch (ToolInputException e) {
      return ToolResult.error("Invalid arguments for " + name + ": " + e.getMessage());
    } catch (NotSignedInException | SignInException | CredentialStoreException e) {
      return ToolResult.error(e.getMessage());
    } catch (AtlassianException e) {
      LOG.info("{}: {}", name, redaction.apply(e.getMessage()));
      return ToolResult.error(errors.describe(e));
    } catch (RuntimeException e) {
      // A bug of ours: the agent gets a sentence, the log gets the stack (never with secrets: none are in messages).
      LOG.error("Unexpected failure in tool {}", name, e);
      return ToolResult.error(name + " failed unexpectedly (" + e.getClass().getSimpleName()
          + "). This is a bug in the server; the server log has the details.");
    }
  }

  /** Atlassian's text is untrusted and anything may quote a secret: every string is cleaned on its way out. */
  private ToolResult clean(ToolResult result) {
    String text = clean(result.text());
    if (text.length() > MAX_ANSWER) {
      text = text.substring(0, MAX_ANSWER) + "\n\n[The answer was cut here: it is " + text.length() / 1000
          + " KB of text and at most " + MAX_ANSWER / 1000 + " KB are shown. Ask for less: fewer results or"
          + " comments, a narrower query, or one section of a page.]";
    }
    return new ToolResult(text, result.structured().map(this::cleanMap), result.error(), result.images());
  }

  private String clean(String text) {
    return redaction.apply(UntrustedText.clean(text));
  }

  private Map<String, Object> cleanMap(Map<String, Object> map) {
    Map<String, Object> cleaned = new LinkedHashMap<>();
    map.forEach((key, value) -> cleaned.put(key, cleanValue(value)));
    return cleaned;
  }

  @SuppressWarnings("unchecked")
  private Object cleanValue(Object value) {
    if (value instanceof String text) {
      String cleaned = clean(text);
      return cleaned.length() <= MAX_ANSWER ? cleaned
          : cleaned.substring(0, MAX_ANSWER) + "… [cut: " + cleaned.length() / 1000 + " KB in all]";
    }
    if (value instanceof Map<?, ?> map) {
      return cleanMap((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> cleaned = new ArrayList<>(list.size());
      list.forEach(item -> cleaned.add(cleanValue(item)));
      return cleaned;
    }
    return value;
  }
}
