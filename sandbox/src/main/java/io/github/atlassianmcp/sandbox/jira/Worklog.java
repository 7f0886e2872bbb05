package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;

/** Time logged on an issue; the comment, when there is one, is ADF. */
public record Worklog(String id, SandboxUser author, SandboxUser updateAuthor, JsonObject comment, Instant created,
    Instant updated, Instant started, long timeSpentSeconds) {

  public Worklog {
    comment = comment == null ? null : comment.deepCopy();
  }

  @Override
  public JsonObject comment() {
    return comment == null ? null : comment.deepCopy();
  }
}
