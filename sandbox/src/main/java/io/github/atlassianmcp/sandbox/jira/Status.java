package io.github.atlassianmcp.sandbox.jira;

/** A workflow status, e.g. In Progress (ID 3, category indeterminate). */
public record Status(String id, String name, String description, StatusCategory category, String icon) {}
