package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.client.TransportException;
import io.github.atlassianmcp.client.jira.platform.api.IssueSearchApi;
import io.github.atlassianmcp.client.jira.platform.api.UserSearchApi;
import io.github.atlassianmcp.client.jira.platform.model.SearchAndReconcileRequestBean;
import io.github.atlassianmcp.client.jira.platform.model.SearchAndReconcileResults;
import io.github.atlassianmcp.client.jira.platform.model.User;
import io.github.atlassianmcp.client.servicedesk.api.RequestApi;
import io.github.atlassianmcp.client.servicedesk.api.ServicedeskApi;
import io.github.atlassianmcp.client.servicedesk.model.ApprovalDecisionRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.CommentCreateDTO;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestCreateMetaDTO;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.CustomerRequestFieldValueDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOApprovalDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOCommentDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOCustomerRequestDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOIssueBean;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOQueueDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTORequestTypeDTO;
import io.github.atlassianmcp.client.servicedesk.model.PagedDTOServiceDeskDTO;
import io.github.atlassianmcp.client.servicedesk.model.RequestCreateDTO;
import io.github.atlassianmcp.client.servicedesk.model.RequestTypeDTO;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.format.wiki.MarkdownToWiki;
import io.github.atlassianmcp.server.tools.FieldValues;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.ApprovalView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.CommentView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.CreatedRequest;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.Desk;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.FormField;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.Person;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.QueueIssueRow;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.QueuePage;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.QueueView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestForm;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestPage;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestRow;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestTypeEntry;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.SlaView;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The calls behind the service desk tools, over the generated JSM client (and Jira's, for user search and the
 * agent's view of a desk). Answers our own values (ServiceDeskViews); failures surface as
 * {@link AtlassianException} naming what the call was about.
 */
public final class ServiceDeskService {

  /** JSM's largest page. */
  private static final int PAGE = 50;
  /** JSM's largest page of comments. */
  private static final int COMMENT_PAGE = 100;
  /** Fields shown elsewhere in the answer (summary is the title). */
  private static final List<String> SHOWN_ELSEWHERE = List.of("summary");
  /** Every way a request can be the caller's own, listed explicitly (ALL_REQUESTS is deprecated). */
  static final List<String> OWN_REQUESTS = List.of("OWNED_REQUESTS", "PARTICIPATED_REQUESTS", "ALL_ORGANIZATIONS",
      "APPROVER");
  static final List<String> MINE = List.of("OWNED_REQUESTS", "PARTICIPATED_REQUESTS", "ALL_ORGANIZATIONS");
  static final List<String> APPROVER = List.of("APPROVER");
  private static final List<String> DESK_VIEW_FIELDS = List.of("summary", "status", "reporter", "assignee",
      "created");

  private final AtlassianAccess access;
  private final MarkdownToWiki markdownToWiki;

  public ServiceDeskService(AtlassianAccess access, MarkdownToWiki markdownToWiki) {
    this.access = Objects.requireNonNull(access, "access");
    this.markdownToWiki = Objects.requireNonNull(markdownToWiki, "markdownToWiki");
  }

  private static <T> T call(OperationRef operation, String subject, AtlassianCall.Body<T> body) {
    return AtlassianCall.run(Product.SERVICE_DESK, operation, subject, body);
  }

  private static <T> T jira(OperationRef operation, String subject, AtlassianCall.Body<T> body) {
    return AtlassianCall.run(Product.JIRA, operation, subject, body);
  }

  private RequestApi requests() {
    return new RequestApi(access.clients().serviceDesk());
  }

  private ServicedeskApi serviceDesks() {
    return new ServicedeskApi(access.clients().serviceDesk());
  }

  // ---- service desks

  /** Every service desk the caller can see. */
  List<Desk> desks() {
    ServicedeskApi api = serviceDesks();
    List<Desk> desks = new ArrayList<>();
    pages(start -> {
      PagedDTOServiceDeskDTO page = call(ServiceDeskOperations.LIST_DESKS, "the service desks", () ->
          api.getServiceDesks().start(start).limit(PAGE).execute());
      JsmModels.orEmpty(page.getValues()).forEach(desk -> desks.add(JsmModels.desk(desk)));
      return next(page.getIsLastPage(), page.getValues());
    });
    return desks;
  }

  /**
   * The desk the agent names by project key, name or ID; the only one when none is named.
   *
   * @throws ToolInputException naming the desks there are, when none or several fit
   */
  Desk desk(Optional<String> wanted) {
    List<Desk> desks = desks();
    if (desks.isEmpty()) {
      throw new ToolInputException("You can see no service desk on this site.");
    }
    if (wanted.isEmpty()) {
      if (desks.size() == 1) {
        return desks.get(0);
      }
      throw new ToolInputException("There are several service desks: " + names(desks)
          + ". Set service_desk to one of them.");
    }
    return ByName.find(desks, wanted.get(), Desk::id, desk -> List.of(desk.projectKey(), desk.name()))
        .orElseThrow(() -> new ToolInputException("No service desk \"" + wanted.get() + "\". Service desks: "
            + names(desks) + "."));
  }

  private static String names(List<Desk> desks) {
    return desks.stream().map(desk -> desk.projectKey() + " (" + desk.name() + ", id " + desk.id() + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * Whether the caller is an agent of the desk: JSM shows a desk's queues to its agents only (403 to anyone else).
   */
  boolean isAgent(Desk desk) {
    ServicedeskApi api = serviceDesks();
    try {
      call(ServiceDeskOperations.LIST_QUEUES, "the queues of " + desk.projectKey(), () ->
          api.getQueues(desk.id()).includeCount(false).start(0).limit(1).execute());
      return true;
    } catch (AtlassianException e) {
      if (e.failure().statusCode() == 403 || e.failure().statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  // ---- requests

  /**
   * Requests the caller owns in the ways {@code ownership} names (JSM's own filter), newest activity first.
   *
   * @param status OPEN_REQUESTS, CLOSED_REQUESTS or ALL_REQUESTS
   */
  RequestPage ownRequests(List<String> ownership, String ownershipName, String status, Optional<String> search,
      int limit) {
    List<RequestRow> rows = new ArrayList<>();
    boolean more = ownRequests(ownership, status, search, limit, request -> true, rows);
    return new RequestPage(rows, more, ownershipName, List.of(), List.of());
  }

  private boolean ownRequests(List<String> ownership, String status, Optional<String> search, int limit,
      java.util.function.Predicate<CustomerRequestDTO> keep, List<RequestRow> rows) {
    RequestApi api = requests();
    PagedDTOCustomerRequestDTO page = call(ServiceDeskOperations.LIST_REQUESTS, "the request list", () ->
        api.getCustomerRequests().searchTerm(search.orElse(null)).requestOwnership(ownership)
            .requestStatus(status).expand(List.of("requestType")).start(0).limit(limit).execute());
    JsmModels.orEmpty(page.getValues()).stream().filter(keep).forEach(request -> rows.add(JsmModels.row(request)));
    return Boolean.FALSE.equals(page.getIsLastPage());
  }

  /**
   * Every request the caller can see: all the requests of the desks they are an agent of (Jira's search over the
   * desks' projects: JSM's request list has no current filter for that), and their own anywhere else. Newest first.
   *
   * @param open true for open requests, false for closed ones, empty for both
   */
  RequestPage allRequests(Optional<Boolean> open, Optional<String> search, int limit) {
    List<Desk> desks = desks();
    List<Desk> agentOf = desks.stream().filter(this::isAgent).toList();
    String status = open.map(o -> o ? "OPEN_REQUESTS" : "CLOSED_REQUESTS").orElse("ALL_REQUESTS");
    List<String> customerOf = desks.stream().filter(desk -> !agentOf.contains(desk)).map(Desk::projectKey).toList();
    if (agentOf.isEmpty()) {
      List<RequestRow> rows = new ArrayList<>();
      boolean more = ownRequests(OWN_REQUESTS, status, search, limit, request -> true, rows);
      return new RequestPage(rows, more, "all", List.of(), customerOf);
    }
    List<RequestRow> rows = new ArrayList<>();
    boolean more = deskRequests(agentOf, open, search, limit, rows);
    if (agentOf.size() < desks.size()) {
      Set<String> agentDeskIds = agentOf.stream().map(Desk::id).collect(Collectors.toSet());
      more |= ownRequests(OWN_REQUESTS, status, search, limit,
          request -> !agentDeskIds.contains(request.getServiceDeskId()), rows);
      rows.sort(Comparator.comparing((RequestRow row) -> row.created().orElse(OffsetDateTime.MIN)).reversed());
      if (rows.size() > limit) {
        more = true;
        rows = new ArrayList<>(rows.subList(0, limit));
      }
    }
    return new RequestPage(rows, more, "all", agentOf.stream().map(Desk::projectKey).toList(), customerOf);
  }

  private boolean deskRequests(List<Desk> desks, Optional<Boolean> open, Optional<String> search, int limit,
      List<RequestRow> rows) {
    StringBuilder jql = new StringBuilder("project in (").append(desks.stream()
        .map(desk -> quote(desk.projectKey())).collect(Collectors.joining(", "))).append(')');
    open.ifPresent(o -> jql.append(o ? " AND statusCategory != Done" : " AND statusCategory = Done"));
    search.ifPresent(words -> jql.append(" AND summary ~ ").append(quote(textQuery(words))));
    jql.append(" ORDER BY created DESC");
    IssueSearchApi api = new IssueSearchApi(access.clients().jiraPlatform());
    SearchAndReconcileRequestBean request = new SearchAndReconcileRequestBean().jql(jql.toString())
        .fields(DESK_VIEW_FIELDS).maxResults(limit);
    SearchAndReconcileResults page = jira(ServiceDeskOperations.SEARCH_ISSUES, "the requests of "
        + desks.stream().map(Desk::projectKey).collect(Collectors.joining(", ")), () ->
        api.searchAndReconcileIssuesUsingJqlPost(request).execute());
    JsmModels.orEmpty(page.getIssues()).forEach(issue -> rows.add(JsmModels.row(issue)));
    return !Boolean.TRUE.equals(page.getIsLast()) && page.getNextPageToken() != null;
  }

  /**
   * Words for Jira's text search, its reserved characters escaped as Jira documents ({@code \\[}), so that what JSM's
   * search term takes ("POST /v1/payments", "C++") does not break the query; wildcards stay.
   */
  private static String textQuery(String words) {
    StringBuilder text = new StringBuilder(words.length() + 8);
    for (char c : words.toCharArray()) {
      if ("+-&|!(){}[]^~\\:/\"".indexOf(c) >= 0) {
        text.append('\\');
      }
      text.append(c);
    }
    return text.toString();
  }

  /** A JQL string literal. */
  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * One request with its fields and, as far as the caller may see them, its SLAs, approvals and latest comments;
   * a part that cannot be read is left out with a note.
   */
  RequestView request(String key, int latestComments) {
    RequestApi api = requests();
    CustomerRequestDTO request = call(ServiceDeskOperations.GET_REQUEST, key, () ->
        api.getCustomerRequestByIdOrKey(key).expand(List.of("requestType", "serviceDesk")).execute());
    List<String> notes = new ArrayList<>();
    List<SlaView> slas = secondary("SLAs", notes, List.of(), () -> JsmModels.orEmpty(call(
        ServiceDeskOperations.GET_SLA, key, () -> api.getSlaInformation(key).start(0).limit(PAGE).execute()).getValues()).stream()
        .map(JsmModels::sla).toList());
    List<ApprovalView> approvals = secondary("Approvals", notes, List.of(), () -> approvals(key));
    List<CommentView> comments = secondary("Comments", notes, List.of(), () -> comments(api, key));
    int total = comments.size();
    List<CommentView> latest = comments.subList(Math.max(0, total - latestComments), total);
    Map<String, String> fields = new LinkedHashMap<>();
    for (CustomerRequestFieldValueDTO field : JsmModels.orEmpty(request.getRequestFieldValues())) {
      if (!SHOWN_ELSEWHERE.contains(field.getFieldId())) {
        FieldValues.display(field.getValue()).ifPresent(value ->
            fields.put(Optional.ofNullable(field.getLabel()).orElse(field.getFieldId()), value));
      }
    }
    return new RequestView(JsmModels.row(request), Optional.ofNullable(request.getServiceDesk())
        .map(desk -> desk.getProjectName()), fields, slas, approvals, List.copyOf(latest), total, notes,
        webLink(request));
  }

  private static List<CommentView> comments(RequestApi api, String key) {
    List<CommentView> comments = new ArrayList<>();
    pages(start -> {
      PagedDTOCommentDTO page = call(ServiceDeskOperations.GET_COMMENTS, key, () ->
          api.getRequestComments(key).start(start).limit(COMMENT_PAGE).execute());
      JsmModels.orEmpty(page.getValues()).forEach(comment -> comments.add(JsmModels.comment(comment)));
      return next(page.getIsLastPage(), page.getValues());
    });
    return comments;
  }

  /** A read the answer can do without: its failure becomes a one-line note instead of sinking the answer. */
  private static <T> T secondary(String what, List<String> notes, T fallback, Supplier<T> read) {
    try {
      return read.get();
    } catch (AtlassianException e) {
      int status = e.failure().statusCode();
      String why = switch (status) {
        case 0 -> "no answer (" + (e.failure() instanceof TransportException transport ? transport.problem()
            : "the request could not be sent") + ")";
        case 401, 403 -> "you may not see them (HTTP " + status + ")";
        case 404 -> "not found (HTTP 404)";
        case 429 -> "rate limited (HTTP 429); try again in a minute";
        default -> status >= 500 ? "Jira Service Management failed (HTTP " + status + "); try again later"
            : "HTTP " + status;
      };
      notes.add(what + " left out: " + why + ".");
      return fallback;
    }
  }

  /** The request's current status, if it can be read. */
  Optional<String> status(String key) {
    RequestApi api = requests();
    try {
      CustomerRequestDTO request = call(ServiceDeskOperations.GET_REQUEST, key, () ->
          api.getCustomerRequestByIdOrKey(key).execute());
      return JsmModels.row(request).status();
    } catch (AtlassianException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> webLink(CustomerRequestDTO request) {
    return Optional.ofNullable(request.getLinks()).map(links -> links.getWeb()).map(Object::toString);
  }

  // ---- request types and raising a request

  /**
   * The request types of a desk. JSM lists {@code field} among a request type's expansions; where it answers the
   * form inline, the type carries it and no further call is needed.
   */
  List<RequestTypeEntry> requestTypes(Desk desk) {
    ServicedeskApi api = serviceDesks();
    List<RequestTypeEntry> types = new ArrayList<>();
    pages(start -> {
      PagedDTORequestTypeDTO page = call(ServiceDeskOperations.LIST_REQUEST_TYPES, "the request types of "
          + desk.projectKey(), () -> api.getRequestTypes(desk.id()).expand(List.of("field")).start(start).limit(PAGE)
          .execute());
      for (RequestTypeDTO type : JsmModels.orEmpty(page.getValues())) {
        types.add(new RequestTypeEntry(type.getId(), Optional.ofNullable(type.getName()).orElse(type.getId()),
            Optional.ofNullable(type.getDescription()).filter(d -> !d.isBlank()),
            Optional.ofNullable(type.getFields()).filter(meta -> meta.getRequestTypeFields() != null)
                .map(ServiceDeskService::form)));
      }
      return next(page.getIsLastPage(), page.getValues());
    });
    return types;
  }

  /** A request type's form, from its entry when JSM answered it inline, else read. */
  RequestForm form(Desk desk, RequestTypeEntry type) {
    return type.form().orElseGet(() -> form(desk, type.id()));
  }

  /** The form of one request type, for the caller. */
  private RequestForm form(Desk desk, String requestTypeId) {
    ServicedeskApi api = serviceDesks();
    CustomerRequestCreateMetaDTO meta = call(ServiceDeskOperations.REQUEST_TYPE_FIELDS, "request type "
        + requestTypeId + " of " + desk.projectKey(), () -> api.getRequestTypeFields(desk.id(),
        Integer.valueOf(requestTypeId)).execute());
    return form(meta);
  }

  private static RequestForm form(CustomerRequestCreateMetaDTO meta) {
    List<FormField> fields = JsmModels.orEmpty(meta.getRequestTypeFields()).stream().map(JsmModels::formField)
        .toList();
    return new RequestForm(fields, Boolean.TRUE.equals(meta.getCanRaiseOnBehalfOf()));
  }

  /** The markdown as JSM takes text: Jira wiki markup. */
  String wiki(String markdown) {
    return markdownToWiki.convert(markdown);
  }

  /**
   * Raises a request.
   *
   * @param values the form's field values, as {@link RequestValues} builds them
   * @param onBehalfOf the account ID of the customer it is raised for
   */
  CreatedRequest create(Desk desk, String requestTypeId, Map<String, Object> values, Optional<String> onBehalfOf) {
    RequestApi api = requests();
    RequestCreateDTO body = new RequestCreateDTO().serviceDeskId(desk.id()).requestTypeId(requestTypeId)
        .requestFieldValues(values).raiseOnBehalfOf(onBehalfOf.orElse(null));
    CustomerRequestDTO created = call(ServiceDeskOperations.CREATE_REQUEST, "service desk " + desk.projectKey(), () ->
        api.createCustomerRequest(body).execute());
    return new CreatedRequest(created.getIssueKey(), JsmModels.row(created).status(), webLink(created));
  }

  /** People whose name or email matches {@code query}, or the one with this account ID. */
  List<Person> people(String query, boolean isAccountId) {
    UserSearchApi api = new UserSearchApi(access.clients().jiraPlatform());
    List<User> users = jira(ServiceDeskOperations.FIND_USERS, "the people matching \"" + query + "\"", () ->
        isAccountId ? api.findUsers().accountId(query).startAt(0).maxResults(20).execute()
            : api.findUsers().query(query).startAt(0).maxResults(20).execute());
    return JsmModels.orEmpty(users).stream()
        .filter(user -> user.getAccountId() != null && !Boolean.FALSE.equals(user.getActive()))
        .map(user -> new Person(user.getAccountId(), Optional.ofNullable(user.getDisplayName())
            .orElse(user.getAccountId()), Optional.ofNullable(user.getEmailAddress()).filter(e -> !e.isBlank()),
            user.getAccountType() == User.AccountTypeEnum.CUSTOMER))
        .toList();
  }

  // ---- comments

  /** Adds a comment written in markdown: public (the customer sees it) or internal (agents only). */
  CommentView addComment(String key, String markdown, boolean isPublic) {
    RequestApi api = requests();
    CommentCreateDTO body = new CommentCreateDTO().body(wiki(markdown))._public(isPublic);
    return JsmModels.comment(call(ServiceDeskOperations.ADD_COMMENT, key, () -> api.createRequestComment(key, body).execute()));
  }

  // ---- queues

  List<QueueView> queues(Desk desk) {
    ServicedeskApi api = serviceDesks();
    List<QueueView> queues = new ArrayList<>();
    pages(start -> {
      PagedDTOQueueDTO page = call(ServiceDeskOperations.LIST_QUEUES, "the queues of " + desk.projectKey(), () ->
          api.getQueues(desk.id()).includeCount(true).start(start).limit(PAGE).execute());
      JsmModels.orEmpty(page.getValues()).forEach(queue -> queues.add(JsmModels.queue(queue)));
      return next(page.getIsLastPage(), page.getValues());
    });
    return queues;
  }

  /** Up to {@code limit} issues of a queue, in the queue's order. */
  QueuePage queueIssues(Desk desk, QueueView queue, int limit) {
    ServicedeskApi api = serviceDesks();
    List<QueueIssueRow> rows = new ArrayList<>();
    boolean[] more = {false};
    pages(start -> {
      int size = Math.min(PAGE, limit - rows.size());
      PagedDTOIssueBean page = call(ServiceDeskOperations.QUEUE_ISSUES, "queue \"" + queue.name() + "\"", () ->
          api.getIssuesInQueue(desk.id(), Long.valueOf(queue.id())).start(start).limit(size).execute());
      JsmModels.orEmpty(page.getValues()).forEach(issue -> rows.add(JsmModels.queueRow(issue)));
      int read = next(page.getIsLastPage(), page.getValues());
      more[0] = read > 0;
      return rows.size() < limit ? read : -1;
    });
    return new QueuePage(desk.projectKey(), queue.name(), rows, queue.issueCount(), more[0]);
  }

  // ---- approvals

  List<ApprovalView> approvals(String key) {
    RequestApi api = requests();
    List<ApprovalView> approvals = new ArrayList<>();
    pages(start -> {
      PagedDTOApprovalDTO page = call(ServiceDeskOperations.GET_APPROVALS, key, () ->
          api.getApprovals(key).start(start).limit(PAGE).execute());
      JsmModels.orEmpty(page.getValues()).forEach(approval -> approvals.add(JsmModels.approval(approval)));
      return next(page.getIsLastPage(), page.getValues());
    });
    return approvals;
  }

  /** @param decision approve or decline */
  ApprovalView answerApproval(String key, String approvalId, String decision) {
    RequestApi api = requests();
    ApprovalDecisionRequestDTO body = new ApprovalDecisionRequestDTO()
        .decision(ApprovalDecisionRequestDTO.DecisionEnum.fromValue(decision));
    return JsmModels.approval(call(ServiceDeskOperations.ANSWER_APPROVAL, key, () ->
        api.answerApproval(key, Integer.valueOf(approvalId), body).execute()));
  }

  /** How many values a page had when another follows it; -1 after the last (or an empty) page. */
  private static int next(Boolean isLastPage, List<?> values) {
    return Boolean.FALSE.equals(isLastPage) && values != null && !values.isEmpty() ? values.size() : -1;
  }

  /**
   * Reads pages from start 0 on: {@code page} reads one page at a start index and answers how many values it had,
   * or -1 when it was the last.
   */
  private static void pages(java.util.function.IntUnaryOperator page) {
    int start = 0;
    for (int pages = 0; pages < 100; pages++) {
      int read = page.applyAsInt(start);
      if (read <= 0) {
        return;
      }
      start += read;
    }
  }
}
