package io.github.atlassianmcp.sandbox.http;

import java.util.List;

/** Offset paging, as Atlassian's startAt/maxResults and start/limit APIs do it. */
public final class Pages {

  private Pages() {}

  /** The items from {@code start}, at most {@code size} of them; empty past the end. */
  public static <T> List<T> slice(List<T> items, int start, int size) {
    int from = Math.min(Math.max(0, start), items.size());
    return items.subList(from, Math.min(items.size(), from + Math.max(0, size)));
  }
}
