package io.github.atlassianmcp.server.format.adf;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * GFM task lists ({@code - [ ] todo}, {@code - [x] done}) as ADF task lists, so the checkboxes an agent reads
 * from Jira survive when it writes the text back. A bullet list qualifies when every item is one paragraph
 * starting with a checkbox, optionally followed by nested task lists. One instance per document: it numbers
 * the local ids the schema requires.
 */
final class TaskLists {

  private final AdfInlineBuilder inlines;
  private int nextId;

  TaskLists(AdfInlineBuilder inlines) {
    this.inlines = inlines;
  }

  boolean isTaskList(ListBlock list) {
    if (!(list instanceof BulletList) || list.getFirstChild() == null) {
      return false;
    }
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem) || !(item.getFirstChild() instanceof Paragraph paragraph)
          || checkbox(paragraph) == null) {
        return false;
      }
      for (Node rest = paragraph.getNext(); rest != null; rest = rest.getNext()) {
        if (!(rest instanceof ListBlock nested) || !isTaskList(nested)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The task list for a list that {@link #isTaskList qualifies}. */
  JsonObject taskList(ListBlock list) {
    JsonArray content = new JsonArray();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Paragraph paragraph = (Paragraph) item.getFirstChild();
      content.add(taskItem(paragraph, checkbox(paragraph)));
      for (Node nested = paragraph.getNext(); nested != null; nested = nested.getNext()) {
        content.add(taskList((ListBlock) nested));
      }
    }
    JsonObject taskList = AdfNodes.node("taskList", content);
    taskList.add("attrs", localId());
    return taskList;
  }

  private JsonObject taskItem(Paragraph paragraph, String state) {
    JsonArray content = inlines.of(paragraph);
    JsonObject first = content.get(0).getAsJsonObject();
    String rest = first.get("text").getAsString().substring(3).stripLeading();
    if (rest.isEmpty()) {
      content.remove(0);
    } else {
      first.addProperty("text", rest);
    }
    JsonObject attrs = localId();
    attrs.addProperty("state", state);
    JsonObject item = AdfNodes.node("taskItem", content);
    item.add("attrs", attrs);
    return item;
  }

  /** {@code TODO} or {@code DONE} when the paragraph starts with a checkbox and a space; null otherwise. */
  private static String checkbox(Paragraph paragraph) {
    if (!(paragraph.getFirstChild() instanceof Text text)) {
      return null;
    }
    String literal = text.getLiteral();
    boolean alone = literal.length() == 3 && paragraph.getFirstChild() == paragraph.getLastChild();
    if (literal.length() < 3 || literal.charAt(0) != '[' || literal.charAt(2) != ']'
        || !(alone || (literal.length() > 3 && Character.isWhitespace(literal.charAt(3))))) {
      return null;
    }
    return switch (literal.charAt(1)) {
      case ' ' -> "TODO";
      case 'x', 'X' -> "DONE";
      default -> null;
    };
  }

  /** A local id, unique in the document and stable from run to run. */
  private JsonObject localId() {
    JsonObject attrs = new JsonObject();
    String seed = "task-" + nextId++;
    attrs.addProperty("localId", UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
    return attrs;
  }
}
