package io.github.atlassianmcp.sandbox.confluence.body;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes blocks fit where ADF's schema allows them, as Confluence's converter does: a heading where only
 * paragraphs may stand becomes a paragraph, a panel inside a panel gives up its frame, a rule where none is
 * allowed is left out, and a container that would be empty gets an empty paragraph. The text always survives.
 */
final class AdfShapes {

  private static final Set<String> NON_NESTABLE = Set.of("paragraph", "heading", "bulletList", "orderedList",
      "taskList", "codeBlock", "blockquote", "panel", "rule", "table", "mediaSingle", "mediaGroup", "extension",
      "decisionList", "blockCard", "embedCard");

  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "doc", union(NON_NESTABLE, "expand", "bodiedExtension", "layoutSection"),
      "layoutColumn", union(NON_NESTABLE, "expand", "bodiedExtension"),
      "expand", NON_NESTABLE,
      "bodiedExtension", NON_NESTABLE,
      "tableCell", Set.of("paragraph", "panel", "blockquote", "orderedList", "bulletList", "rule", "heading",
          "codeBlock", "mediaSingle", "mediaGroup", "decisionList", "taskList", "blockCard", "embedCard",
          "extension"),
      "panel", Set.of("paragraph", "heading", "bulletList", "orderedList", "blockCard", "mediaGroup",
          "mediaSingle", "codeBlock", "taskList", "rule", "decisionList", "extension"),
      "blockquote", Set.of("paragraph", "orderedList", "bulletList", "codeBlock", "mediaSingle", "mediaGroup",
          "extension"),
      "listItem", Set.of("paragraph", "bulletList", "orderedList", "taskList", "mediaSingle", "codeBlock",
          "extension"));

  private AdfShapes() {}

  /** The blocks made to fit a container of this type ({@code doc}, {@code panel}, {@code tableCell}...). */
  static JsonArray fit(String container, List<JsonObject> blocks) {
    Set<String> allowed = ALLOWED.getOrDefault(container.equals("tableHeader") ? "tableCell" : container,
        NON_NESTABLE);
    JsonArray out = new JsonArray();
    for (JsonObject block : blocks) {
      place(block, allowed, out);
    }
    if (out.isEmpty() && !container.equals("doc")) {
      out.add(paragraph());
    }
    return out;
  }

  private static void place(JsonObject block, Set<String> allowed, JsonArray out) {
    String type = block.get("type").getAsString();
    if (type.equals("layoutSection") && allowed.contains(type) && block.getAsJsonArray("content").size() < 2) {
      // A one-column section is not a layout in ADF: its content stands on its own.
      unwrap(block, allowed, out);
    } else if (allowed.contains(type)) {
      out.add(block);
    } else if (type.equals("heading")) {
      JsonObject paragraph = paragraph();
      if (block.has("content")) {
        paragraph.add("content", block.get("content"));
      }
      out.add(paragraph);
    } else if (!type.equals("rule")) {
      unwrap(block, allowed, out);
    }
  }

  /** A container that may not stand here gives its blocks, each placed by the same rules. */
  private static void unwrap(JsonObject block, Set<String> allowed, JsonArray out) {
    if (!block.has("content")) {
      return;
    }
    for (JsonElement child : block.getAsJsonArray("content")) {
      JsonObject node = child.getAsJsonObject();
      String type = node.get("type").getAsString();
      if (type.equals("tableRow") || type.equals("layoutColumn") || type.equals("listItem")
          || type.equals("tableCell") || type.equals("tableHeader")) {
        unwrap(node, allowed, out);
      } else if (type.equals("taskItem")) {
        JsonObject paragraph = paragraph();
        if (node.has("content")) {
          paragraph.add("content", node.get("content"));
        }
        out.add(paragraph);
      } else {
        place(node, allowed, out);
      }
    }
  }

  static JsonObject paragraph() {
    JsonObject paragraph = new JsonObject();
    paragraph.addProperty("type", "paragraph");
    return paragraph;
  }

  private static Set<String> union(Set<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }
}
