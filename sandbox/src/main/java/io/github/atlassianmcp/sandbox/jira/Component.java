package io.github.atlassianmcp.sandbox.jira;

/** A project component, such as "API" or "Web app". */
public record Component(String id, String projectKey, String name, String description) {}
