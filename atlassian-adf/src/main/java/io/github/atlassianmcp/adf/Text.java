package io.github.atlassianmcp.adf;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A run of text with its marks: {@code Adf.text("docs").strong().link("https://example.com")}. Each mark method
 * returns a new {@code Text}. The schema lets code text carry only a link besides: {@link #code()} on text with
 * other marks, or another mark on code text, throws {@link IllegalStateException}.
 */
public final class Text extends Inline {

  private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

  Text(JsonObject json) {
    super(json);
  }

  static Text of(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("ADF text nodes cannot be empty; leave the node out instead");
    }
    JsonObject json = new JsonObject();
    json.addProperty("type", "text");
    json.addProperty("text", text);
    return new Text(json);
  }

  /** The text itself. */
  public String text() {
    return json().get("text").getAsString();
  }

  public Text strong() {
    return with(mark("strong"));
  }

  public Text em() {
    return with(mark("em"));
  }

  public Text strike() {
    return with(mark("strike"));
  }

  public Text underline() {
    return with(mark("underline"));
  }

  /** Inline code; may be combined only with {@link #link}. */
  public Text code() {
    return with(mark("code"));
  }

  public Text subscript() {
    return with(mark("subsup", "type", "sub"));
  }

  public Text superscript() {
    return with(mark("subsup", "type", "sup"));
  }

  /** A link to {@code href} (any URL the reader's client accepts; Atlassian shows it as is). */
  public Text link(String href) {
    return with(mark("link", "href", Objects.requireNonNull(href, "href")));
  }

  /** Text colour as {@code #rrggbb}. */
  public Text color(String hexColor) {
    if (hexColor == null || !HEX_COLOR.matcher(hexColor).matches()) {
      throw new IllegalArgumentException("Text colour must be #rrggbb, got " + hexColor);
    }
    return with(mark("textColor", "color", hexColor));
  }

  private Text with(JsonObject mark) {
    JsonObject json = toJson();
    JsonArray marks = json.has("marks") ? json.getAsJsonArray("marks") : new JsonArray();
    String type = mark.get("type").getAsString();
    boolean hasCode = false;
    boolean hasOther = false;
    for (JsonElement existing : marks) {
      String existingType = existing.getAsJsonObject().get("type").getAsString();
      if (existingType.equals(type)) {
        throw new IllegalStateException("The text already has a " + type + " mark");
      }
      hasCode |= existingType.equals("code");
      hasOther |= !existingType.equals("code") && !existingType.equals("link");
    }
    boolean addsOther = !type.equals("code") && !type.equals("link");
    if ((type.equals("code") && hasOther) || (hasCode && addsOther)) {
      throw new IllegalStateException("In ADF, code text can carry only a link mark besides");
    }
    marks.add(mark);
    json.add("marks", marks);
    return new Text(json);
  }

  private static JsonObject mark(String type) {
    JsonObject mark = new JsonObject();
    mark.addProperty("type", type);
    return mark;
  }

  private static JsonObject mark(String type, String attribute, String value) {
    JsonObject mark = mark(type);
    JsonObject attrs = new JsonObject();
    attrs.addProperty(attribute, value);
    mark.add("attrs", attrs);
    return mark;
  }
}
