package io.github.atlassianmcp.examples;

import io.github.atlassianmcp.client.AtlassianApiException;
import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.client.NotFoundException;
import io.github.atlassianmcp.client.RateLimitedException;
import io.github.atlassianmcp.client.jira.platform.api.IssuesApi;
import io.github.atlassianmcp.client.jira.platform.model.IssueBean;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reading an issue that may not exist, on a site that may be rate-limiting: one unchecked exception family, with
 * a subclass per case and the details as accessors.
 *
 * <pre>
 * ATLASSIAN_SITE_URL=... ATLASSIAN_EMAIL=... ATLASSIAN_API_TOKEN=... \
 *   java -cp examples/target/atlassian-examples.jar io.github.atlassianmcp.examples.HandleErrors PROJ-999
 * </pre>
 */
public final class HandleErrors {

  /** What a lookup ended with. */
  public sealed interface Lookup {
    record Found(String key, String summary) implements Lookup {}

    record Missing(List<String> errorMessages) implements Lookup {}

    record SlowDown(Optional<Duration> retryAfter) implements Lookup {}
  }

  private final IssuesApi issues;

  public HandleErrors(AtlassianClients atlassian) {
    this.issues = new IssuesApi(atlassian.jiraPlatform());
  }

  public static void main(String[] args) {
    HandleErrors example = new HandleErrors(Examples.apiTokenClients());
    try {
      System.out.println(example.lookUp(args.length > 0 ? args[0] : "PROJ-999"));
    } catch (AtlassianApiException e) {
      System.err.println(e.getMessage()); // one short line; e.statusCode(), e.responseBody() and e.exchange() hold the rest
      System.exit(1);
    }
  }

  public Lookup lookUp(String issueKey) {
    try {
      IssueBean issue = issues.getIssue(issueKey).fields(List.of("summary")).execute();
      return new Lookup.Found(issue.getKey(), String.valueOf(issue.getFields().get("summary")));
    } catch (NotFoundException e) {
      return new Lookup.Missing(e.errorMessages()); // Jira's own words: "Issue does not exist or ..."
    } catch (RateLimitedException e) {
      // Seen only when retries are off or used up (RetryPolicy.standard() waits for Retry-After, within bounds).
      return new Lookup.SlowDown(e.retryAfter());
    }
  }
}
