package io.github.atlassianmcp.server.tools;

import io.github.atlassianmcp.server.auth.AtlassianAuth;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceService;
import io.github.atlassianmcp.server.tools.files.LocalFiles;
import io.github.atlassianmcp.server.tools.jira.JiraEditing;
import io.github.atlassianmcp.server.tools.jira.JiraService;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskService;
import java.time.Clock;
import java.util.Objects;

/**
 * What tool handlers are bound to: the product services (which reach Atlassian through the sign-in), the sign-in
 * itself for {@code authenticate_atlassian} (and {@code auth().access()} for services a tool makes for itself), the
 * files of the server's disk that uploads may send, the clock, and the Jira writes that take plain values (people,
 * options and custom fields by name).
 */
public record ToolServices(AtlassianAuth auth, JiraService jira, ConfluenceService confluence,
    ServiceDeskService serviceDesk, LocalFiles localFiles, Clock clock, JiraEditing jiraEditing) {

  public ToolServices {
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(jira, "jira");
    Objects.requireNonNull(confluence, "confluence");
    Objects.requireNonNull(serviceDesk, "serviceDesk");
    Objects.requireNonNull(localFiles, "localFiles");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(jiraEditing, "jiraEditing");
  }
}
