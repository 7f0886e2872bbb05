package io.github.atlassianmcp.server.tools;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tool answers: compact markdown for the agent, for read tools the same facts as structured content, and
 * images when what was read is one (sent as MCP image content, which a multimodal agent sees).
 *
 * @param text the answer, markdown
 * @param structured the structured content (matches the tool's output schema), if any
 * @param error whether the call failed; the text then says what to fix
 * @param images pictures that go with the text
 */
public record ToolResult(String text, Optional<Map<String, Object>> structured, boolean error, List<Image> images) {

  /**
   * A picture in an answer.
   *
   * @param base64 its bytes, in base64 as MCP carries them
   * @param mimeType its media type, e.g. image/png
   */
  public record Image(String base64, String mimeType) {

    public Image {
      Objects.requireNonNull(base64, "base64");
      Objects.requireNonNull(mimeType, "mimeType");
    }

    public static Image of(byte[] bytes, String mimeType) {
      return new Image(Base64.getEncoder().encodeToString(bytes), mimeType);
    }
  }

  public ToolResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(structured, "structured");
    images = List.copyOf(images);
  }

  /** An answer without images. */
  public ToolResult(String text, Optional<Map<String, Object>> structured, boolean error) {
    this(text, structured, error, List.of());
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

  /** The same answer with this image after its text. */
  public ToolResult withImage(Image image) {
    List<Image> all = new ArrayList<>(images);
    all.add(image);
    return new ToolResult(text, structured, error, all);
  }

  /** The same answer with other text (images and structured content kept). */
  public ToolResult withText(String newText) {
    return new ToolResult(newText, structured, error, images);
  }
}
