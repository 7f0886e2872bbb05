package io.github.atlassianmcp.sandbox.jira;

/**
 * An issue type. {@code hierarchyLevel} is 1 for epics, 0 for standard types, -1 for subtasks.
 */
public record IssueType(String id, String name, String description, boolean subtask, int hierarchyLevel,
    long avatarId) {}
