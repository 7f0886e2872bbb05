package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;
import java.util.List;

/** One changelog entry: who changed what, when, in one edit. */
public record ChangeGroup(String id, SandboxUser author, Instant created, List<ChangeItem> items) {

  public ChangeGroup {
    items = List.copyOf(items);
  }
}
