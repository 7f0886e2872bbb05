package io.github.atlassianmcp.sandbox.confluence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Confluence site's spaces and pages. Pages are immutable values, replaced whole under this monitor. */
public final class ConfluenceStore {

  private final Map<Long, Space> spaces = new LinkedHashMap<>();
  private final Map<Long, Page> pages = new LinkedHashMap<>();
  private long lastId;

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

  /** A page's title made into the slug of its web UI link, as Confluence does: spaces become '+'. */
  public static String slug(String title) {
    return URLEncoder.encode(title, StandardCharsets.UTF_8);
  }
}
