package io.github.atlassianmcp.server.tools.servicedesk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the service desk service answers: our own values, never the generated models. */
final class ServiceDeskViews {

  private ServiceDeskViews() {}

  /**
   * @param statusCategory NEW, INDETERMINATE or DONE (Jira's status categories)
   * @param created with the offset JSM gave it, shown as Jira's dates are
   */
  record RequestRow(String key, String summary, Optional<String> status, Optional<String> statusCategory,
      Optional<String> requestType, Optional<String> reporter, Optional<OffsetDateTime> created) {}

  record RequestPage(List<RequestRow> requests, boolean more) {}

  record CommentView(String id, String author, Optional<OffsetDateTime> created, boolean internal, String body) {}

  /**
   * One SLA of a request.
   *
   * @param state "met", "breached", "running", "paused" or "breached, running"
   * @param detail e.g. "3h 30m left, due 2024-01-18 08:30 +11:00"
   */
  record SlaView(String name, String state, Optional<String> detail) {}

  record RequestView(RequestRow request, Optional<String> serviceDesk, Map<String, String> fields,
      List<SlaView> slas, List<CommentView> comments, int totalComments, Optional<String> url) {}
}
