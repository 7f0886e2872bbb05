package io.github.atlassianmcp.adf;

import com.google.gson.JsonObject;

/** An inline node: {@link Text}, a mention, emoji, date, status, hard break or inline card. */
public sealed class Inline extends AdfNode permits Text {

  Inline(JsonObject json) {
    super(json);
  }
}
