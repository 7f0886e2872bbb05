package io.github.atlassianmcp.server.tools.servicedesk;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the service desk service answers: our own values, never the generated models. */
final class ServiceDeskViews {

  private ServiceDeskViews() {}

  /**
   * @param statusCategory NEW, INDETERMINATE or DONE (Jira's status categories)
   * @param created ISO 8601, as JSM gives it
   */
  record RequestRow(String key, String summary, Optional<String> status, Optional<String> statusCategory,
      Optional<String> requestType, Optional<String> reporter, Optional<String> created) {}

  record RequestPage(List<RequestRow> requests, boolean more) {}

  record CommentView(String id, String author, Optional<String> created, boolean internal, String body) {}

  /**
   * One SLA of a request.
   *
   * @param state "met", "breached", "running", "paused" or "breached, running"
   * @param detail e.g. "3h 30m left, due 2024-01-18T08:30:00+1100"
   */
  record SlaView(String name, String state, Optional<String> detail) {}

  record RequestView(RequestRow request, Optional<String> serviceDesk, Map<String, String> fields,
      List<SlaView> slas, List<CommentView> comments, int totalComments, Optional<String> url) {}
}
