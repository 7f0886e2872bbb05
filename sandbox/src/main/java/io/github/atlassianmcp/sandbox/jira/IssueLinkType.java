package io.github.atlassianmcp.sandbox.jira;

import java.util.List;

/**
 * A kind of link, with the phrases each side reads: "PROJ-1 blocks PROJ-2" (outward, said of the link's source)
 * and "PROJ-2 is blocked by PROJ-1" (inward, said of its destination).
 */
public record IssueLinkType(String id, String name, String inward, String outward) {

  /** Jira Cloud's default link types, with their default IDs. */
  public static List<IssueLinkType> defaults() {
    return List.of(
        new IssueLinkType("10000", "Blocks", "is blocked by", "blocks"),
        new IssueLinkType("10001", "Cloners", "is cloned by", "clones"),
        new IssueLinkType("10002", "Duplicate", "is duplicated by", "duplicates"),
        new IssueLinkType("10003", "Relates", "relates to", "relates to"));
  }
}
