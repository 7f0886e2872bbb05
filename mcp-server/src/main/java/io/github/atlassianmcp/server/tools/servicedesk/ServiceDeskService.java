package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.client.AtlassianDateTimeAdapter;
import io.github.atlassianmcp.client.servicedesk.api.RequestApi;
import io.github.atlassianmcp.client.servicedesk.model.CommentDTO;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestFieldValueDTO;
import io.github.atlassianmcp.client.servicedesk.model.DateDTO;
import io.github.atlassianmcp.client.servicedesk.model.DurationDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOCommentDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOCustomerRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.SlaInformationCompletedCycleDTO;
import io.github.atlassianmcp.client.servicedesk.model.SlaInformationDTO;
import io.github.atlassianmcp.client.servicedesk.model.SlaInformationOngoingCycleDTO;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.tools.FieldValues;
import io.github.atlassianmcp.server.tools.AnswerText;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.CommentView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestPage;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestRow;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.SlaView;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The Jira Service Management calls behind the service desk tools. */
public final class ServiceDeskService {

  /** JSM's largest page of comments. */
  private static final int COMMENT_PAGE = 100;
  /** Fields shown elsewhere in the answer (summary is the title; description has its own section). */
  private static final List<String> SHOWN_ELSEWHERE = List.of("summary");

  private final AtlassianAccess access;

  public ServiceDeskService(AtlassianAccess access) {
    this.access = Objects.requireNonNull(access, "access");
  }

  private static <T> T call(OperationRef operation, String subject, AtlassianCall.Body<T> body) {
    return AtlassianCall.run(Product.SERVICE_DESK, operation, subject, body);
  }

  private RequestApi requests() {
    return new RequestApi(access.clients().serviceDesk());
  }

  /**
   * @param status OPEN_REQUESTS, CLOSED_REQUESTS or ALL_REQUESTS
   */
  RequestPage list(String status, Optional<String> search, int limit) {
    RequestApi api = requests();
    PagedDTOCustomerRequestDTO page = call(ServiceDeskOperations.LIST_REQUESTS, "the request list", () ->
        api.getCustomerRequests().searchTerm(search.orElse(null)).requestStatus(status).expand(List.of("requestType"))
            .start(0).limit(limit).execute());
    List<RequestRow> rows = orEmpty(page.getValues()).stream().map(ServiceDeskService::row).toList();
    return new RequestPage(rows, !Boolean.TRUE.equals(page.getIsLastPage()));
  }

  RequestView request(String key, int latestComments) {
    RequestApi api = requests();
    CustomerRequestDTO request = call(ServiceDeskOperations.GET_REQUEST, key, () ->
        api.getCustomerRequestByIdOrKey(key).expand(List.of("requestType", "serviceDesk")).execute());
    List<SlaView> slas = orEmpty(call(ServiceDeskOperations.GET_SLA, key, () -> api.getSlaInformation(key).start(0).limit(50).execute())
        .getValues()).stream().map(ServiceDeskService::sla).toList();
    List<CommentView> comments = new ArrayList<>();
    int start = 0;
    boolean last;
    do {
      int from = start;
      PagedDTOCommentDTO page = call(ServiceDeskOperations.GET_COMMENTS, key, () ->
          api.getRequestComments(key).start(from).limit(COMMENT_PAGE).execute());
      orEmpty(page.getValues()).forEach(comment -> comments.add(comment(comment)));
      start += orEmpty(page.getValues()).size();
      last = Boolean.TRUE.equals(page.getIsLastPage()) || orEmpty(page.getValues()).isEmpty();
    } while (!last);
    int total = comments.size();
    List<CommentView> latest = comments.subList(Math.max(0, total - latestComments), total);
    Map<String, String> fields = new LinkedHashMap<>();
    for (CustomerRequestFieldValueDTO field : orEmpty(request.getRequestFieldValues())) {
      if (!SHOWN_ELSEWHERE.contains(field.getFieldId())) {
        FieldValues.display(field.getValue()).ifPresent(value ->
            fields.put(Optional.ofNullable(field.getLabel()).orElse(field.getFieldId()), value));
      }
    }
    Optional<String> url = Optional.ofNullable(request.getLinks()).map(links -> links.getWeb())
        .map(Object::toString);
    return new RequestView(row(request), Optional.ofNullable(request.getServiceDesk())
        .map(desk -> desk.getProjectName()), fields, slas, List.copyOf(latest), total, url);
  }

  private static RequestRow row(CustomerRequestDTO request) {
    String summary = Optional.ofNullable(request.getSummary()).orElseGet(() -> orEmpty(request.getRequestFieldValues())
        .stream().filter(f -> "summary".equals(f.getFieldId())).findFirst()
        .flatMap(f -> FieldValues.display(f.getValue())).orElse(""));
    return new RequestRow(request.getIssueKey(), summary,
        Optional.ofNullable(request.getCurrentStatus()).map(s -> s.getStatus()),
        Optional.ofNullable(request.getCurrentStatus()).map(s -> s.getStatusCategory()).map(c -> c.getValue()),
        Optional.ofNullable(request.getRequestType()).map(t -> t.getName()),
        Optional.ofNullable(request.getReporter()).map(r -> r.getDisplayName()),
        time(request.getCreatedDate()));
  }

  private static CommentView comment(CommentDTO comment) {
    return new CommentView(comment.getId(),
        Optional.ofNullable(comment.getAuthor()).map(a -> a.getDisplayName()).orElse("Unknown"),
        time(comment.getCreated()),
        Boolean.FALSE.equals(comment.getPublic()), Optional.ofNullable(comment.getBody()).orElse(""));
  }

  private static SlaView sla(SlaInformationDTO sla) {
    SlaInformationOngoingCycleDTO ongoing = sla.getOngoingCycle();
    if (ongoing != null) {
      boolean breached = Boolean.TRUE.equals(ongoing.getBreached());
      String state = Boolean.TRUE.equals(ongoing.getPaused()) ? "paused" : breached ? "breached, running" : "running";
      String detail = breached
          ? "goal " + friendly(ongoing.getGoalDuration()) + ", " + friendly(ongoing.getElapsedTime()) + " elapsed"
          : friendly(ongoing.getRemainingTime()) + " left of " + friendly(ongoing.getGoalDuration())
              + time(ongoing.getBreachTime()).map(t -> ", due " + AnswerText.dateTime(t)).orElse("");
      return new SlaView(sla.getName(), state, Optional.of(detail));
    }
    List<SlaInformationCompletedCycleDTO> cycles = orEmpty(sla.getCompletedCycles());
    if (cycles.isEmpty()) {
      return new SlaView(sla.getName(), "not started", Optional.empty());
    }
    SlaInformationCompletedCycleDTO last = cycles.get(cycles.size() - 1);
    boolean breached = Boolean.TRUE.equals(last.getBreached());
    return new SlaView(sla.getName(), breached ? "breached" : "met",
        Optional.of(friendly(last.getElapsedTime()) + " of " + friendly(last.getGoalDuration())));
  }

  /** JSM's date as Jira's dates are read: its ISO 8601 form (with JSM's "+0000" offsets), else the instant in UTC. */
  private static Optional<OffsetDateTime> time(DateDTO date) {
    if (date == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(AtlassianDateTimeAdapter.parse(date.getIso8601()));
    } catch (RuntimeException notIso) {
      return Optional.ofNullable(date.getEpochMillis())
          .map(millis -> Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
    }
  }

  private static String friendly(DurationDTO duration) {
    return duration == null || duration.getFriendly() == null ? "?" : duration.getFriendly();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
