package io.github.atlassianmcp.examples;

import io.github.atlassianmcp.client.AtlassianApiException;
import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.client.jira.platform.api.IssueSearchApi;
import io.github.atlassianmcp.client.jira.platform.model.IssueBean;
import io.github.atlassianmcp.client.jira.platform.model.SearchAndReconcileRequestBean;
import io.github.atlassianmcp.client.paging.Paginator;
import java.io.PrintStream;
import java.util.List;

/**
 * Searches Jira with JQL and prints each issue's key and summary, as a library user of the typed client would.
 *
 * <pre>
 * ATLASSIAN_SITE_URL=https://your-domain.atlassian.net ATLASSIAN_EMAIL=you@example.com \
 * ATLASSIAN_API_TOKEN=... java -jar examples/target/atlassian-examples.jar "project = PROJ ORDER BY updated DESC"
 * </pre>
 */
public final class SearchIssues {

  private final IssueSearchApi search;

  public SearchIssues(AtlassianClients atlassian) {
    this.search = new IssueSearchApi(atlassian.jiraPlatform());
  }

  public static void main(String[] args) {
    AtlassianClients atlassian = Examples.apiTokenClients();
    String jql = args.length > 0 ? String.join(" ", args) : "assignee = currentUser() ORDER BY updated DESC";
    try {
      int printed = new SearchIssues(atlassian).print(jql, 100, System.out);
      System.err.println(printed + " issue(s)");
    } catch (AtlassianApiException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /** Prints up to {@code limit} issues, one "KEY  summary" line each, following Jira's page tokens. */
  public int print(String jql, int limit, PrintStream out) {
    SearchAndReconcileRequestBean request = new SearchAndReconcileRequestBean()
        .jql(jql)
        .fields(List.of("summary"))
        .maxResults(Math.min(50, limit));
    int printed = 0;
    for (IssueBean issue : Paginator.jiraSearch(search, request).stream().limit(limit).toList()) {
      out.println(issue.getKey() + "  " + issue.getFields().get("summary"));
      printed++;
    }
    return printed;
  }
}
