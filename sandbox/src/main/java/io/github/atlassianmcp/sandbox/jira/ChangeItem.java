package io.github.atlassianmcp.sandbox.jira;

/**
 * One field's change in a changelog entry, as Jira records it: the field's name, whether it is a system
 * ({@code jira}) or {@code custom} field, its ID where Jira gives one, and the raw and readable values on each
 * side ({@code fromString}/{@code toString} in the API; null when a side is empty).
 */
public record ChangeItem(String field, String fieldtype, String fieldId, String from, String fromText, String to,
    String toText) {

  /** A system field's change. */
  public static ChangeItem jira(String field, String fieldId, String from, String fromText, String to,
      String toText) {
    return new ChangeItem(field, "jira", fieldId, from, fromText, to, toText);
  }
}
