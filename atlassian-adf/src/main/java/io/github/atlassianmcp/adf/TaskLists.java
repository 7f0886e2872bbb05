package io.github.atlassianmcp.adf;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.adf.markdown.TaskListSyntax;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * GFM task lists ({@code - [ ] todo}, {@code - [x] done}) as ADF task lists, so the checkboxes an agent reads
 * from Jira survive when it writes the text back ({@link TaskListSyntax} says which lists qualify). One instance
 * per document: it numbers the local ids the schema requires.
 */
final class TaskLists {

  private final AdfInlineBuilder inlines;
  private int nextId;

  TaskLists(AdfInlineBuilder inlines) {
    this.inlines = inlines;
  }

  boolean isTaskList(ListBlock list) {
    return TaskListSyntax.isTaskList(list);
  }

  /** The task list for a list that {@link #isTaskList qualifies}. */
  JsonObject taskList(ListBlock list) {
    JsonArray content = new JsonArray();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Paragraph paragraph = (Paragraph) item.getFirstChild();
      content.add(taskItem(paragraph, TaskListSyntax.isDone(paragraph) ? "DONE" : "TODO"));
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
    String rest = first.get("text").getAsString().substring(TaskListSyntax.CHECKBOX_LENGTH).stripLeading();
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

  /** A local id, unique in the document and stable from run to run. */
  private JsonObject localId() {
    JsonObject attrs = new JsonObject();
    String seed = "task-" + nextId++;
    attrs.addProperty("localId", UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
    return attrs;
  }
}
