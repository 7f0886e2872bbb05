package io.github.atlassianmcp.sandbox.jira;

/** A priority; a lower {@code rank} is more urgent (Highest is 1), as Jira orders them. */
public record Priority(String id, String name, String icon, int rank, String statusColor) {

  /** Jira's default description of each default priority. */
  public String description() {
    return switch (name) {
      case "Highest" -> "This problem will block progress.";
      case "High" -> "Serious problem that could block progress.";
      case "Medium" -> "Has the potential to affect progress.";
      case "Low" -> "Minor problem or easily worked around.";
      case "Lowest" -> "Trivial problem with little or no impact on progress.";
      default -> "";
    };
  }
}
