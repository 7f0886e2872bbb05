package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;

/**
 * A comment on an issue, its body in ADF. {@code jsdPublic} says whether a service desk customer sees it
 * (false for internal notes); it is true on other projects.
 */
public record Comment(String id, SandboxUser author, SandboxUser updateAuthor, JsonObject body, Instant created,
    Instant updated, boolean jsdPublic) {

  public Comment {
    body = body.deepCopy();
  }

  @Override
  public JsonObject body() {
    return body.deepCopy();
  }
}
