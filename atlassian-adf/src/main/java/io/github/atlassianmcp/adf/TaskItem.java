package io.github.atlassianmcp.adf;

import com.google.gson.JsonObject;

/** An item of a task list (an action item with a checkbox): {@link Adf#task}. */
public final class TaskItem extends AdfNode {

  TaskItem(JsonObject json) {
    super(json);
  }
}
