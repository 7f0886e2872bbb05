package io.github.atlassianmcp.server.format.pageedit;

/** The outcome of applying a {@link PageChange}: the new storage body, or why nothing should be saved. */
public sealed interface EditResult {

  /**
   * The new body, and what was done, in a sentence for the agent ("Replaced the section \"Risks\".").
   */
  record Applied(String storage, String summary) implements EditResult {}

  /** A sentence for the agent saying what was refused and what to do instead. Nothing is to be saved. */
  record Refused(String reason) implements EditResult {}
}
