package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.jira.Project;

/** A service desk and the Jira project behind it. */
public record ServiceDesk(String id, Project project) {}
