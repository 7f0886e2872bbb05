package io.github.atlassianmcp.server.tools.confluence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** What the Confluence service answers: our own values, never the generated models. */
public final class ConfluenceViews {

  private ConfluenceViews() {}

  public record SearchHit(String id, String type, String title, Optional<String> space, Optional<OffsetDateTime> lastModified,
      Optional<String> excerpt, Optional<String> url) {}

  /**
   * @param cql the CQL that ran
   * @param total how many results Confluence counted in all
   * @param results the results
   */
  public record SearchResults(String cql, int total, List<SearchHit> results) {}

  /**
   * A page as an agent reads it.
   *
   * @param space the space's name and key, "Engineering (ENG)"
   * @param versionMessage the comment the last version was saved with
   * @param childPages how many child pages it has (of the first {@value ConfluenceService#MAX_PAGE}); empty when
   *     they could not be counted
   * @param moreChildPages present (true) when it has more than that
   * @param sections its headings as {@code confluence_update_page}'s {@code section} names them
   * @param body the body as markdown, with {@code {{...}}} placeholders for what markdown cannot express
   */
  record PageView(String id, String title, Optional<String> space, Optional<Integer> version,
      Optional<String> versionMessage, Optional<OffsetDateTime> updated, Optional<String> url,
      Optional<String> parentId, Optional<String> parentTitle, Optional<Integer> childPages,
      Optional<Boolean> moreChildPages,
      List<String> labels, List<String> sections, String body) {}

  /** A page's body as stored, for an edit: what the new version is computed from. */
  record PageSource(long id, String title, int version, String storage) {}

  /** A page just written. */
  record SavedPage(String id, String title, int version, Optional<String> parentId, Optional<String> url) {}

  /**
   * One child page.
   *
   * @param childPages how many children it has in turn; empty when they could not be counted
   * @param moreChildPages present (true) when it has more than were counted
   */
  record ChildPage(String id, String title, Optional<Integer> childPages, Optional<Boolean> moreChildPages) {}

  /**
   * @param more present (true) when the page has more children than were asked for
   */
  record ChildPages(String pageId, List<ChildPage> children, Optional<Boolean> more) {}

  /** A space: its key (what other tools take), name and type (global, personal...). */
  record SpaceView(String key, String name, String type, String id, Optional<String> url) {}

  /**
   * @param query the words the spaces were filtered by
   * @param more present (true) when more spaces match than were asked for
   */
  record SpaceList(Optional<String> query, List<SpaceView> spaces, Optional<Boolean> more) {}

  /**
   * One footer comment.
   *
   * @param parentId the comment it replies to; empty for a comment on the page itself
   * @param depth 0 for a comment on the page, 1 for a reply, 2 for a reply to a reply...
   * @param body markdown
   */
  record CommentView(String id, Optional<String> parentId, int depth, String author, Optional<OffsetDateTime> created,
      String body, Optional<String> url) {}

  /**
   * A page's footer comments, each followed by its replies (depth first, oldest first).
   *
   * @param more present (true) when the page has more comments than were asked for
   */
  record CommentThreads(String pageId, List<CommentView> comments, Optional<Boolean> more) {}

  /** A comment just written. */
  record AddedComment(String id, String pageId, Optional<String> url) {}

  /** An attachment just uploaded. */
  record AddedAttachment(String id, String filename, String mediaType, long size) {}
}
