package io.github.atlassianmcp.server.tools;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tool answers: compact markdown for the agent, and for read tools the same facts as structured content.
 *
 * @param text the answer, markdown
 * @param structured the structured content (matches the tool's output schema), if any
 * @param error whether the call failed; the text then says what to fix
 */
public record ToolResult(String text, Optional<Map<String, Object>> structured, boolean error) {

  public ToolResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(structured, "structured");
  }

  public static ToolResult text(String text) {
    return new ToolResult(text, Optional.empty(), false);
  }

  /** A read tool's answer: the text, and its output record as structured content. */
  public static ToolResult of(String text, Record output) {
    return new ToolResult(text, Optional.of(StructuredContent.of(output)), false);
  }

  public static ToolResult error(String text) {
    return new ToolResult(text, Optional.empty(), true);
  }
}
