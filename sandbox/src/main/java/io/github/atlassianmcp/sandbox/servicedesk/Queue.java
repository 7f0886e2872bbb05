package io.github.atlassianmcp.sandbox.servicedesk;

import java.util.List;

/**
 * A queue of a service desk: a saved JQL query over the desk's requests and the fields its view shows.
 *
 * @param fields the Jira field IDs the queue's columns show, which is all getIssuesInQueue returns of each issue
 */
public record Queue(String id, String serviceDeskId, String name, String jql, List<String> fields) {

  public Queue {
    fields = List.copyOf(fields);
  }
}
