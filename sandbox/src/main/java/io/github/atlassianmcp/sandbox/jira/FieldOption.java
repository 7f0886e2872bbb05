package io.github.atlassianmcp.sandbox.jira;

/** One option of a select custom field, e.g. Team "Payments" (ID 10100). */
public record FieldOption(String id, String value) {}
