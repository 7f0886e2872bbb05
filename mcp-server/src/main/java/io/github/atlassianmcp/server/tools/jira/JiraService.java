package io.github.atlassianmcp.server.tools.jira;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.github.atlassianmcp.adf.AdfToMarkdown;
import io.github.atlassianmcp.adf.MarkdownToAdf;
import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.client.jira.platform.api.IssueCommentsApi;
import io.github.atlassianmcp.client.jira.platform.api.IssueSearchApi;
import io.github.atlassianmcp.client.jira.platform.api.IssueWorklogsApi;
import io.github.atlassianmcp.client.jira.platform.api.IssuesApi;
import io.github.atlassianmcp.client.jira.platform.model.Comment;
import io.github.atlassianmcp.client.jira.platform.model.FieldCreateMetadata;
import io.github.atlassianmcp.client.jira.platform.model.IssueBean;
import io.github.atlassianmcp.client.jira.platform.model.IssueTransition;
import io.github.atlassianmcp.client.jira.platform.model.IssueTypeIssueCreateMetadata;
import io.github.atlassianmcp.client.jira.platform.model.IssueUpdateDetails;
import io.github.atlassianmcp.client.jira.platform.model.JQLCountRequestBean;
import io.github.atlassianmcp.client.jira.platform.model.PageOfComments;
import io.github.atlassianmcp.client.jira.platform.model.SearchAndReconcileRequestBean;
import io.github.atlassianmcp.client.jira.platform.model.SearchAndReconcileResults;
import io.github.atlassianmcp.client.jira.platform.model.Worklog;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.tools.FieldValues;
import io.github.atlassianmcp.server.tools.jira.JiraViews.CommentView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.CreateOptions;
import io.github.atlassianmcp.server.tools.jira.JiraViews.IssueRow;
import io.github.atlassianmcp.server.tools.jira.JiraViews.IssueView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.SearchPage;
import io.github.atlassianmcp.server.tools.jira.JiraViews.TransitionView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.WorklogView;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The Jira calls behind the Jira tools, over the generated Jira platform client. Answers our own values
 * (JiraViews); failures surface as {@link AtlassianException} naming what the call was about.
 */
public final class JiraService {

  /** What a search row shows; the agent can ask for more fields by name. */
  static final List<String> ROW_FIELDS = List.of("summary", "status", "assignee", "priority", "issuetype", "updated");
  /** Jira's largest page for the enhanced search when fields are requested. */
  static final int MAX_PAGE = 100;

  private final AtlassianAccess access;
  private final AdfToMarkdown adfToMarkdown;
  private final MarkdownToAdf markdownToAdf;
  private final Gson gson = new Gson();

  public JiraService(AtlassianAccess access, AdfToMarkdown adfToMarkdown, MarkdownToAdf markdownToAdf) {
    this.access = Objects.requireNonNull(access, "access");
    this.adfToMarkdown = Objects.requireNonNull(adfToMarkdown, "adfToMarkdown");
    this.markdownToAdf = Objects.requireNonNull(markdownToAdf, "markdownToAdf");
  }

  private AtlassianClients clients() {
    return access.clients();
  }

  private static <T> T call(OperationRef operation, String subject, AtlassianCall.Body<T> body) {
    return AtlassianCall.run(Product.JIRA, operation, subject, body);
  }

  /** Follows Jira's page tokens until {@code limit} issues or the last page. */
  public SearchPage search(String jql, int limit, List<String> extraFields, Optional<String> pageToken) {
    IssueSearchApi api = new IssueSearchApi(clients().jiraPlatform());
    Set<String> fields = new LinkedHashSet<>(ROW_FIELDS);
    fields.addAll(extraFields);
    List<IssueRow> rows = new ArrayList<>();
    String token = pageToken.orElse(null);
    boolean last;
    do {
      SearchAndReconcileRequestBean request = new SearchAndReconcileRequestBean()
          .jql(jql)
          .fields(List.copyOf(fields))
          .maxResults(Math.min(MAX_PAGE, limit - rows.size()))
          .nextPageToken(token);
      SearchAndReconcileResults page = call(JiraOperations.SEARCH, "the search", () ->
          api.searchAndReconcileIssuesUsingJqlPost(request).execute());
      for (IssueBean issue : orEmpty(page.getIssues())) {
        rows.add(row(issue, extraFields));
      }
      token = page.getNextPageToken();
      last = Boolean.TRUE.equals(page.getIsLast()) || token == null || orEmpty(page.getIssues()).isEmpty();
    } while (!last && rows.size() < limit);
    Optional<String> next = last ? Optional.empty() : Optional.of(token);
    OptionalLong total = next.isPresent() ? approximateCount(jql) : OptionalLong.of(rows.size());
    return new SearchPage(rows, next, total);
  }

  /** Jira's estimate of all matches; best effort, as the search itself already succeeded. */
  private OptionalLong approximateCount(String jql) {
    try {
      Long count = call(JiraOperations.COUNT, "the count", () -> new IssueSearchApi(clients().jiraPlatform())
          .countIssues(new JQLCountRequestBean().jql(jql)).execute().getCount());
      return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    } catch (AtlassianException e) {
      return OptionalLong.empty();
    }
  }

  private static IssueRow row(IssueBean issue, List<String> extraFields) {
    IssueFields fields = new IssueFields(issue.getFields());
    Map<String, String> extra = new LinkedHashMap<>();
    for (String field : extraFields) {
      if (!ROW_FIELDS.contains(field)) {
        fields.display(field).ifPresent(value -> extra.put(field, value));
      }
    }
    return new IssueRow(issue.getKey(), fields.text("summary").orElse(""), fields.name("status"),
        fields.name("assignee"), fields.name("priority"), fields.name("issuetype"), fields.dateTime("updated"),
        extra.isEmpty() ? Optional.empty() : Optional.of(extra));
  }

  /** An issue with its description and its {@code commentCount} latest comments (oldest of them first). */
  IssueView issue(String key, int commentCount) {
    IssuesApi issues = new IssuesApi(clients().jiraPlatform());
    IssueBean issue = call(JiraOperations.GET_ISSUE, key, () ->
        issues.getIssue(key).fields(IssueDetailsReader.FIELDS).expand("names").execute());
    List<CommentView> comments = List.of();
    long totalComments = 0;
    if (commentCount > 0) {
      PageOfComments page = call(JiraOperations.GET_COMMENTS, key, () -> new IssueCommentsApi(clients().jiraPlatform())
          .getComments(key).startAt(0L).maxResults(commentCount).orderBy("-created").execute());
      comments = new ArrayList<>(orEmpty(page.getComments()).stream().map(this::comment).toList());
      Collections.reverse(comments);
      totalComments = page.getTotal() == null ? comments.size() : page.getTotal();
    }
    IssueFields fields = new IssueFields(issue.getFields());
    return new IssueView(issue.getKey(), fields.text("summary").orElse(""), fields.name("issuetype"),
        fields.name("status"), fields.name("priority"), fields.name("assignee"), fields.name("reporter"),
        fields.dateTime("created"), fields.dateTime("updated"), fields.text("duedate"), fields.name("resolution"),
        fields.parent(), fields.strings("labels"), fields.strings("components"),
        Optional.of(markdown(fields.raw("description").orElse(null))).filter(text -> !text.isBlank()),
        IssueDetailsReader.read(issue.getFields(), issue.getNames() == null ? Map.of() : issue.getNames()), comments,
        totalComments, browseUrl(issue.getKey()));
  }

  private CommentView comment(Comment comment) {
    String author = comment.getAuthor() == null ? "Unknown" : Optional.ofNullable(comment.getAuthor().getDisplayName())
        .orElse("Unknown");
    return new CommentView(comment.getId(), author, Optional.ofNullable(comment.getCreated()),
        markdown(comment.getBody()));
  }

  CommentView addComment(String key, String markdown) {
    Comment added = call(JiraOperations.ADD_COMMENT, key, () -> new IssueCommentsApi(clients().jiraPlatform())
        .addComment(key, new Comment().body(markdownToAdf.convert(markdown))).execute());
    return comment(added);
  }

  WorklogView addWorklog(String key, String timeSpent, OffsetDateTime started, Optional<String> commentMarkdown) {
    Worklog worklog = new Worklog().timeSpent(timeSpent).started(started);
    commentMarkdown.ifPresent(markdown -> worklog.comment(markdownToAdf.convert(markdown)));
    Worklog added = call(JiraOperations.ADD_WORKLOG, key, () -> new IssueWorklogsApi(clients().jiraPlatform())
        .addWorklog(key, worklog).execute());
    return new WorklogView(added.getId(), Optional.ofNullable(added.getTimeSpent()).orElse(timeSpent));
  }

  List<TransitionView> transitions(String key) {
    var transitions = call(JiraOperations.GET_TRANSITIONS, key, () -> new IssuesApi(clients().jiraPlatform())
        .getTransitions(key).execute());
    return orEmpty(transitions.getTransitions()).stream()
        .map(t -> new TransitionView(t.getId(), t.getName(),
            Optional.ofNullable(t.getTo()).map(to -> to.getName())))
        .toList();
  }

  void transition(String key, String transitionId) {
    call(JiraOperations.DO_TRANSITION, key, () -> new IssuesApi(clients().jiraPlatform())
        .doTransition(key, new IssueUpdateDetails().transition(new IssueTransition().id(transitionId))).execute());
  }

  /**
   * The issue types Jira offers in a project and, when {@code issueType} is one of them, its required fields
   * ("Name (fieldId)", with the allowed values when there are few).
   */
  CreateOptions createOptions(String projectKey, String issueType) {
    IssuesApi issues = new IssuesApi(clients().jiraPlatform());
    var types = orEmpty(call(JiraOperations.CREATE_META_TYPES, "Project " + projectKey, () ->
        issues.getCreateIssueMetaIssueTypes(projectKey).execute()).getIssueTypes());
    List<String> names = types.stream().map(IssueTypeIssueCreateMetadata::getName).toList();
    Optional<IssueTypeIssueCreateMetadata> chosen = types.stream()
        .filter(t -> t.getName() != null && t.getName().equalsIgnoreCase(issueType)).findFirst();
    if (chosen.isEmpty()) {
      return new CreateOptions(names, Optional.empty(), List.of());
    }
    var fields = orEmpty(call(JiraOperations.CREATE_META_FIELDS, "Project " + projectKey, () ->
        issues.getCreateIssueMetaIssueTypeId(projectKey, chosen.get().getId()).execute()).getFields());
    List<String> required = fields.stream()
        .filter(f -> Boolean.TRUE.equals(f.getRequired()) && !Boolean.TRUE.equals(f.getHasDefaultValue()))
        .map(JiraService::describeField)
        .toList();
    return new CreateOptions(names, Optional.of(chosen.get().getName()), required);
  }

  private static String describeField(FieldCreateMetadata field) {
    StringBuilder text = new StringBuilder(field.getName()).append(" (").append(field.getKey()).append(')');
    List<Object> allowed = orEmpty(field.getAllowedValues());
    if (!allowed.isEmpty() && allowed.size() <= 10) {
      List<String> values = new ArrayList<>();
      allowed.forEach(value -> FieldValues.name(value).ifPresent(values::add));
      text.append(": one of ").append(String.join(", ", values));
    }
    return text.toString();
  }

  private String markdown(Object adf) {
    if (adf == null) {
      return "";
    }
    JsonElement tree = adf instanceof JsonElement element ? element : gson.toJsonTree(adf);
    return adfToMarkdown.convert(tree);
  }

  private Optional<String> browseUrl(String key) {
    return access.status().siteUrl().map(site -> (site.endsWith("/") ? site : site + "/") + "browse/" + key);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
