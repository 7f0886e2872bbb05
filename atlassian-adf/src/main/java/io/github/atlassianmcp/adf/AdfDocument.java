package io.github.atlassianmcp.adf;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.util.Map;

/**
 * An ADF document ({@code {"version":1,"type":"doc","content":[...]}}), immutable. Made by {@link Adf#doc},
 * {@link Adf#fromMarkdown} or {@link Adf#parse}; handed to the generated clients as {@link #toJson()} or
 * {@link #toMap()} (a Jira description or comment body, a JSM comment, a Confluence {@code atlas_doc_format}
 * value as {@link #toString()}).
 */
public final class AdfDocument {

  private static final Gson GSON = new Gson();

  private final JsonObject json;

  AdfDocument(JsonObject json) {
    this.json = json;
  }

  /** A copy of the document's JSON; the generated models serialise it as it is. */
  public JsonObject toJson() {
    return json.deepCopy();
  }

  /** The document as the plain maps and lists the generated models hold for ADF fields. */
  public Map<String, Object> toMap() {
    return GSON.fromJson(json, new TypeToken<Map<String, Object>>() { }.getType());
  }

  /** The document as markdown ({@link AdfToMarkdown}). */
  public String toMarkdown() {
    return new AdfToMarkdown().convert(json);
  }

  /** The document's plain text ({@link AdfToText}). */
  public String toText() {
    return new AdfToText().convert(json);
  }

  JsonObject json() {
    return json;
  }

  /** The document's JSON text. */
  @Override
  public String toString() {
    return json.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AdfDocument document && json.equals(document.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }
}
