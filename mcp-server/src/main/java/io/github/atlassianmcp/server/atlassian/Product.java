package io.github.atlassianmcp.server.atlassian;

/** The Atlassian product a call went to, as named in messages for the agent. */
public enum Product {
  JIRA("Jira"),
  CONFLUENCE("Confluence"),
  SERVICE_DESK("Jira Service Management");

  private final String displayName;

  Product(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
