package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.adf.MarkdownToAdf;
import io.github.atlassianmcp.client.jira.platform.api.IssueCommentsApi;
import io.github.atlassianmcp.client.jira.platform.api.IssuesApi;
import io.github.atlassianmcp.client.jira.platform.model.Comment;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.tools.jira.JiraPeople.Scope;
import io.github.atlassianmcp.server.tools.jira.JiraViews.CreatedIssue;
import java.util.Objects;
import java.util.Optional;

/**
 * Jira writes that take plain values: issues created and edited with people, options and custom fields by name
 * (checked against the screen's metadata first), comments edited, {@code @mentions} resolved. Holds the people
 * and field metadata lookups the Jira tools share.
 */
public final class JiraEditing {

  private final AtlassianAccess access;
  private final MarkdownToAdf markdownToAdf;
  private final JiraPeople people;
  private final FieldMetadata metadata;
  private final FieldValueConverter converter;

  public JiraEditing(AtlassianAccess access, MarkdownToAdf markdownToAdf, JiraPeople people, FieldMetadata metadata) {
    this.access = Objects.requireNonNull(access, "access");
    this.markdownToAdf = Objects.requireNonNull(markdownToAdf, "markdownToAdf");
    this.people = Objects.requireNonNull(people, "people");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.converter = new FieldValueConverter(people, markdownToAdf);
  }

  /** The server's, for one sign-in; {@code cache} is shared by every sign-in (its keys name site and account). */
  public static JiraEditing create(AtlassianAccess access, MarkdownToAdf markdownToAdf, MetadataCache cache) {
    return new JiraEditing(access, markdownToAdf, new JiraPeople(access), new FieldMetadata(access, cache));
  }

  JiraPeople people() {
    return people;
  }

  /** The clients of the signed-in site, for the plain reads of the tools built on this (projects). */
  AtlassianAccess access() {
    return access;
  }

  /** A change to an existing issue, checked against its edit metadata. */
  IssueChange changeOf(String issueKey) {
    return new IssueChange(converter, people, markdownToAdf, () -> metadata.edit(issueKey),
        Scope.assigneeOf(issueKey));
  }

  /** The fields of a new issue, checked against the create metadata of its project and type. */
  IssueChange newIssue(String projectKey, String issueType) {
    return new IssueChange(converter, people, markdownToAdf, () -> metadata.create(projectKey, issueType),
        Scope.assigneeIn(projectKey));
  }

  void edit(String issueKey, IssueChange change) {
    var request = change.request();
    try {
      AtlassianCall.run(Product.JIRA, JiraOperations.EDIT_ISSUE, issueKey, () ->
          new IssuesApi(access.clients().jiraPlatform()).editIssue(issueKey, request).execute());
    } catch (AtlassianException e) {
      metadata.forgetEdit(issueKey);
      throw e;
    }
  }

  CreatedIssue create(String projectKey, IssueChange change) {
    var request = change.request();
    var created = AtlassianCall.run(Product.JIRA, JiraOperations.CREATE_ISSUE, "project " + projectKey, () ->
        new IssuesApi(access.clients().jiraPlatform()).createIssue(request).execute());
    return new CreatedIssue(created.getKey(), created.getId(), browseUrl(created.getKey()));
  }

  /** Adds a comment written in markdown ({@code @mentions} resolved); answers its ID. */
  String addComment(String issueKey, String markdown) {
    Comment comment = new Comment().body(markdownToAdf.convert(markdown, people.mentions()));
    return AtlassianCall.run(Product.JIRA, JiraOperations.ADD_COMMENT, issueKey, () ->
        new IssueCommentsApi(access.clients().jiraPlatform()).addComment(issueKey, comment).execute()).getId();
  }

  /** Replaces a comment's text with {@code markdown} (mentions resolved); answers the comment's ID. */
  String editComment(String issueKey, String commentId, String markdown) {
    Comment comment = new Comment().body(markdownToAdf.convert(markdown, people.mentions()));
    Comment edited = AtlassianCall.run(Product.JIRA, JiraOperations.UPDATE_COMMENT,
        "comment " + commentId + " of " + issueKey, () -> new IssueCommentsApi(access.clients().jiraPlatform())
            .updateComment(issueKey, commentId, comment).execute());
    return Optional.ofNullable(edited.getId()).orElse(commentId);
  }

  private Optional<String> browseUrl(String key) {
    return access.status().siteUrl().map(site -> (site.endsWith("/") ? site : site + "/") + "browse/" + key);
  }
}
