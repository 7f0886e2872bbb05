package io.github.atlassianmcp.sandbox.jira;

import java.util.Optional;

/** Jira's three status categories, with their fixed IDs, keys and colours. */
public enum StatusCategory {
  TO_DO(2, "new", "blue-gray", "To Do"),
  IN_PROGRESS(4, "indeterminate", "yellow", "In Progress"),
  DONE(3, "done", "green", "Done");

  private final int id;
  private final String key;
  private final String colorName;
  private final String displayName;

  StatusCategory(int id, String key, String colorName, String displayName) {
    this.id = id;
    this.key = key;
    this.colorName = colorName;
    this.displayName = displayName;
  }

  public int id() {
    return id;
  }

  public String key() {
    return key;
  }

  public String colorName() {
    return colorName;
  }

  public String displayName() {
    return displayName;
  }

  /** The category JQL's statusCategory names: by name ("In Progress"), key ("indeterminate") or ID. */
  public static Optional<StatusCategory> named(String value) {
    for (StatusCategory category : values()) {
      if (category.displayName.equalsIgnoreCase(value) || category.key.equalsIgnoreCase(value)
          || Integer.toString(category.id).equals(value)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }
}
