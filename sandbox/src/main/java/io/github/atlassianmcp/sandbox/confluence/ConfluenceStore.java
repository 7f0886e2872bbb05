package io.github.atlassianmcp.sandbox.confluence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Confluence site's spaces, pages, footer comments, attachments and label IDs. Values are immutable and
 * replaced whole under this monitor; {@link #atomically} makes a read-check-write one step (a version check and
 * the save it guards).
 */
public final class ConfluenceStore {

  private final Map<Long, Space> spaces = new LinkedHashMap<>();
  private final Map<Long, Page> pages = new LinkedHashMap<>();
  private final Map<Long, FooterComment> comments = new LinkedHashMap<>();
  private final Map<Long, Attachment> attachments = new LinkedHashMap<>();
  private final Map<String, Long> labelIds = new LinkedHashMap<>();
  private long lastId;
  private long lastLabelId = 1_000;

  public ConfluenceStore(long firstId) {
    this.lastId = firstId;
  }

  public synchronized long nextId() {
    return ++lastId;
  }

  public synchronized void add(Space space) {
    spaces.put(space.id(), space);
  }

  public synchronized void put(Page page) {
    pages.put(page.id(), page);
  }

  public synchronized List<Space> spaces() {
    List<Space> all = new ArrayList<>(spaces.values());
    all.sort(Comparator.comparingLong(Space::id));
    return all;
  }

  public synchronized Optional<Space> space(long id) {
    return Optional.ofNullable(spaces.get(id));
  }

  public synchronized Optional<Space> spaceByKey(String key) {
    return spaces.values().stream().filter(space -> space.key().equalsIgnoreCase(key)).findFirst();
  }

  public synchronized Optional<Page> page(long id) {
    return Optional.ofNullable(pages.get(id));
  }

  /** Every page, by ID. */
  public synchronized List<Page> pages() {
    List<Page> all = new ArrayList<>(pages.values());
    all.sort(Comparator.comparingLong(Page::id));
    return all;
  }

  public synchronized List<Page> children(long parentId) {
    return pages().stream().filter(page -> page.parentId() != null && page.parentId() == parentId)
        .sorted(Comparator.comparingInt(Page::position).thenComparingLong(Page::id))
        .toList();
  }

  /** The path of ancestors of a page, root first. */
  public synchronized List<Page> ancestors(Page page) {
    List<Page> ancestors = new ArrayList<>();
    Long parent = page.parentId();
    while (parent != null) {
      Page next = pages.get(parent);
      if (next == null) {
        break;
      }
      ancestors.add(0, next);
      parent = next.parentId();
    }
    return ancestors;
  }

  /** Runs {@code work} with no other change to the store in between. */
  public synchronized <T> T atomically(Supplier<T> work) {
    return work.get();
  }

  /** The current page of a space with exactly this title (titles are unique in a space). */
  public synchronized Optional<Page> pageByTitle(long spaceId, String title) {
    return pages.values().stream().filter(page -> page.spaceId() == spaceId && page.title().equals(title))
        .findFirst();
  }

  public synchronized void put(FooterComment comment) {
    comments.put(comment.id(), comment);
  }

  public synchronized Optional<FooterComment> comment(long id) {
    return Optional.ofNullable(comments.get(id));
  }

  /** The top-level footer comments of a page, oldest first. */
  public synchronized List<FooterComment> comments(long pageId) {
    return comments.values().stream().filter(comment -> comment.pageId() == pageId && comment.parentId() == null)
        .toList();
  }

  /** The replies to a comment, oldest first. */
  public synchronized List<FooterComment> replies(long commentId) {
    return comments.values().stream()
        .filter(comment -> comment.parentId() != null && comment.parentId() == commentId).toList();
  }

  public synchronized void put(Attachment attachment) {
    attachments.put(attachment.id(), attachment);
  }

  public synchronized Optional<Attachment> attachment(long id) {
    return Optional.ofNullable(attachments.get(id));
  }

  /** The attachments of a page, oldest first. */
  public synchronized List<Attachment> attachments(long pageId) {
    return attachments.values().stream().filter(attachment -> attachment.pageId() == pageId).toList();
  }

  /** The site-wide ID of a label, the same for every page that carries it. */
  public synchronized long labelId(String name) {
    return labelIds.computeIfAbsent(name, key -> ++lastLabelId);
  }

  /** A page's title made into the slug of its web UI link, as Confluence does: spaces become '+'. */
  public static String slug(String title) {
    return URLEncoder.encode(title, StandardCharsets.UTF_8);
  }
}
