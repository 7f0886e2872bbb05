package io.github.atlassianmcp.sandbox.servicedesk;

import io.github.atlassianmcp.sandbox.jira.StatusCategory;
import java.time.Instant;

/** A status a request reached, and when. */
public record StatusChange(String status, StatusCategory category, Instant at) {}
