package io.github.atlassianmcp.sandbox.jira;

/** A priority; a lower {@code rank} is more urgent (Highest is 1), as Jira orders them. */
public record Priority(String id, String name, String icon, int rank, String statusColor) {}
