package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.client.confluence.v1.api.ContentLabelsApi;
import io.github.atlassianmcp.client.confluence.v1.api.SearchApi;
import io.github.atlassianmcp.client.confluence.v1.model.AddLabelsToContentRequest;
import io.github.atlassianmcp.client.confluence.v1.model.Content;
import io.github.atlassianmcp.client.confluence.v1.model.ContentArray;
import io.github.atlassianmcp.client.confluence.v1.model.LabelArray;
import io.github.atlassianmcp.client.confluence.v1.model.LabelCreate;
import io.github.atlassianmcp.client.confluence.v1.model.SearchPageResponseSearchResult;
import io.github.atlassianmcp.client.confluence.v1.model.SearchResult;
import io.github.atlassianmcp.client.confluence.v2.api.ChildrenApi;
import io.github.atlassianmcp.client.confluence.v2.api.CommentApi;
import io.github.atlassianmcp.client.confluence.v2.api.PageApi;
import io.github.atlassianmcp.client.confluence.v2.api.SpaceApi;
import io.github.atlassianmcp.client.confluence.v2.api.UserApi;
import io.github.atlassianmcp.client.confluence.v2.model.AttachmentDownloadLinks;
import io.github.atlassianmcp.client.confluence.v2.model.BodyType;
import io.github.atlassianmcp.client.confluence.v2.model.ChildPageSortOrder;
import io.github.atlassianmcp.client.confluence.v2.model.CommentBodyWrite;
import io.github.atlassianmcp.client.confluence.v2.model.CommentSortOrder;
import io.github.atlassianmcp.client.confluence.v2.model.CreateBulkUserLookupRequest;
import io.github.atlassianmcp.client.confluence.v2.model.CreateFooterCommentModel;
import io.github.atlassianmcp.client.confluence.v2.model.CreateFooterCommentModelBody;
import io.github.atlassianmcp.client.confluence.v2.model.CreatePageRequest;
import io.github.atlassianmcp.client.confluence.v2.model.CreatePageRequestBody;
import io.github.atlassianmcp.client.confluence.v2.model.FooterComment;
import io.github.atlassianmcp.client.confluence.v2.model.MultiEntityLinks;
import io.github.atlassianmcp.client.confluence.v2.model.MultiEntityResultChildPage;
import io.github.atlassianmcp.client.confluence.v2.model.MultiEntityResultChildrenCommentModel;
import io.github.atlassianmcp.client.confluence.v2.model.MultiEntityResultPage;
import io.github.atlassianmcp.client.confluence.v2.model.MultiEntityResultPageCommentModel;
import io.github.atlassianmcp.client.confluence.v2.model.MultiEntityResultSpace;
import io.github.atlassianmcp.client.confluence.v2.model.Page;
import io.github.atlassianmcp.client.confluence.v2.model.PageBodyWrite;
import io.github.atlassianmcp.client.confluence.v2.model.PrimaryBodyRepresentation;
import io.github.atlassianmcp.client.confluence.v2.model.PrimaryBodyRepresentationSingle;
import io.github.atlassianmcp.client.confluence.v2.model.SpaceBulk;
import io.github.atlassianmcp.client.confluence.v2.model.SpaceSortOrder;
import io.github.atlassianmcp.client.confluence.v2.model.UpdatePageRequest;
import io.github.atlassianmcp.client.confluence.v2.model.UpdatePageRequestVersion;
import io.github.atlassianmcp.client.confluence.v2.model.Version;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.format.pageedit.PageEdit;
import io.github.atlassianmcp.server.format.pageedit.Section;
import io.github.atlassianmcp.server.format.storage.StorageToMarkdown;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.AddedAttachment;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.AddedComment;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.ChildPage;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.ChildPages;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.CommentThreads;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.CommentView;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.PageSource;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.PageView;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SavedPage;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SearchHit;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SearchResults;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SpaceList;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SpaceView;
import io.github.atlassianmcp.server.tools.files.AttachmentUpload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.Request;

/**
 * The Confluence calls behind the Confluence tools: pages, spaces, children, footer comments and users in v2; CQL
 * search, adding labels and uploading attachments in v1, which alone has them. Answers our own values
 * (ConfluenceViews); failures surface as {@link AtlassianException} naming what the call was about.
 */
public final class ConfluenceService {

  /** The largest page of results Confluence's v2 list operations give. */
  static final int MAX_PAGE = 250;
  /** How many calls that do not depend on each other (child counts, replies) run at once. */
  private static final int PARALLEL_CALLS = 6;
  /** How deep replies to replies are followed. */
  private static final int MAX_REPLY_DEPTH = 4;
  /** How many spaces a space filter looks through (four pages of the largest size). */
  private static final int MAX_SPACES_SCANNED = 4 * MAX_PAGE;
  /** Confluence marks the matched words in titles and excerpts with these. */
  private static final String HIGHLIGHT = "@@@(end)?hl@@@";

  private final AtlassianAccess access;
  private final StorageToMarkdown storageToMarkdown;
  private final PageEdit pageEdit = new PageEdit();
  private final ExecutorService parallel;

  public ConfluenceService(AtlassianAccess access, StorageToMarkdown storageToMarkdown) {
    this.access = Objects.requireNonNull(access, "access");
    this.storageToMarkdown = Objects.requireNonNull(storageToMarkdown, "storageToMarkdown");
    AtomicInteger threads = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(PARALLEL_CALLS, PARALLEL_CALLS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "confluence-call-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    this.parallel = pool;
  }

  private static <T> T call(OperationRef operation, String subject, AtlassianCall.Body<T> body) {
    return AtlassianCall.run(Product.CONFLUENCE, operation, subject, body);
  }

  // ---- search

  public SearchResults search(String query, int limit) {
    return searchCql(CqlQuery.from(query), limit);
  }

  private SearchResults searchCql(String cql, int limit) {
    SearchApi api = new SearchApi(access.clients().confluenceV1());
    SearchPageResponseSearchResult page = call(ConfluenceOperations.SEARCH, "the search", () ->
        api.searchByCQL(cql).limit(limit).execute());
    String base = page.getLinks() == null || page.getLinks().get("base") == null ? ""
        : String.valueOf(page.getLinks().get("base").getActualInstance());
    List<SearchHit> hits = orEmpty(page.getResults()).stream().map(result -> hit(result, base)).toList();
    return new SearchResults(cql, page.getTotalSize() == null ? hits.size() : page.getTotalSize(), hits);
  }

  private static SearchHit hit(SearchResult result, String base) {
    String id = result.getContent() != null && result.getContent().getId() != null ? result.getContent().getId() : "";
    String type = result.getContent() != null && result.getContent().getType() != null
        ? result.getContent().getType() : Optional.ofNullable(result.getEntityType()).orElse("");
    Optional<String> space = Optional.ofNullable(result.getResultGlobalContainer()).map(c -> c.getTitle());
    Optional<String> url = Optional.ofNullable(result.getUrl()).map(u -> base + u);
    return new SearchHit(id, type, clean(result.getTitle()), space, Optional.ofNullable(result.getLastModified()),
        Optional.of(clean(result.getExcerpt())).filter(excerpt -> !excerpt.isEmpty()), url);
  }

  // ---- pages

  /** A page with its labels, parent, number of children and sections; the extras are best effort. */
  PageView page(long id) {
    PageApi pages = new PageApi(access.clients().confluenceV2());
    Page page = call(ConfluenceOperations.GET_PAGE, "Page " + id, () -> pages.getPageById(String.valueOf(id))
        .bodyFormat(PrimaryBodyRepresentationSingle.STORAGE).includeLabels(true).execute());
    Optional<Long> parentId = numeric(page.getParentId());
    CompletableFuture<Optional<String>> space = async(() -> spaceName(page.getSpaceId()));
    CompletableFuture<Optional<String>> parentTitle = async(() -> parentId.flatMap(this::titleOf));
    CompletableFuture<Optional<Children>> children = async(() -> childCount(id));
    Optional<String> url = webUrl(page.getLinks());
    String storage = storageOf(page);
    List<String> labels = page.getLabels() == null ? List.of()
        : orEmpty(page.getLabels().getResults()).stream().map(label -> label.getName()).filter(Objects::nonNull)
            .toList();
    List<String> sections = pageEdit.sections(storage).stream().map(Section::pathName).toList();
    Optional<Version> version = Optional.ofNullable(page.getVersion());
    Optional<Children> counted = join(children);
    return new PageView(page.getId(), Optional.ofNullable(page.getTitle()).orElse(""), join(space),
        version.map(Version::getNumber), version.map(Version::getMessage).filter(message -> !message.isBlank()),
        version.map(Version::getCreatedAt), url, parentId.map(String::valueOf), join(parentTitle),
        counted.map(Children::count), counted.filter(Children::more).map(c -> true), labels, sections,
        storageToMarkdown.convert(storage));
  }

  /** The page's current body as stored and its version, for an edit. */
  PageSource pageSource(long id) {
    PageApi pages = new PageApi(access.clients().confluenceV2());
    Page page = call(ConfluenceOperations.GET_PAGE, "Page " + id, () -> pages.getPageById(String.valueOf(id))
        .bodyFormat(PrimaryBodyRepresentationSingle.STORAGE).execute());
    String storage = storageOf(page);
    return new PageSource(id, Optional.ofNullable(page.getTitle()).orElse(""), versionOf(page), storage);
  }

  /**
   * The id of the page with exactly this title, in the space if one is given.
   *
   * @throws ToolInputException when no page or several pages have it, naming the near matches or the spaces
   */
  long pageIdByTitle(String title, Optional<String> spaceKey) {
    Optional<SpaceBulk> space = spaceKey.map(this::spaceByKey);
    List<String> spaceIds = space.map(s -> List.of(s.getId())).orElse(null);
    PageApi pages = new PageApi(access.clients().confluenceV2());
    MultiEntityResultPage found = call(ConfluenceOperations.GET_PAGES, "the pages titled \"" + title + "\"", () ->
        pages.getPages().spaceId(spaceIds).title(title).limit(25).execute());
    var matches = orEmpty(found.getResults());
    String where = space.map(s -> " in space " + s.getKey()).orElse("");
    if (matches.size() == 1) {
      return Long.parseLong(matches.get(0).getId());
    }
    if (matches.isEmpty()) {
      throw new ToolInputException("No page is titled exactly \"" + title + "\"" + where + "." + nearTitles(title,
          spaceKey));
    }
    Map<String, String> keys = spaceKeys(matches.stream().map(page -> page.getSpaceId()).toList());
    throw new ToolInputException(matches.size() + " pages are titled \"" + title + "\": " + String.join(", ",
        matches.stream().map(page -> page.getId() + " in " + keys.getOrDefault(page.getSpaceId(), "space "
            + page.getSpaceId())).toList()) + ". Give space_key too, or page_id.");
  }

  /** " Similar titles: ..." from a CQL title search, or a hint to search; best effort. */
  private String nearTitles(String title, Optional<String> spaceKey) {
    String cql = "type = page AND title ~ \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
        + spaceKey.map(key -> " AND space = \"" + key + "\"").orElse("");
    try {
      List<SearchHit> hits = searchCql(cql, 5).results();
      if (!hits.isEmpty()) {
        return " Similar titles: " + String.join("; ", hits.stream().map(hit -> "\"" + hit.title() + "\" (page "
            + hit.id() + hit.space().map(s -> ", " + s).orElse("") + ")").toList()) + ".";
      }
    } catch (AtlassianException e) {
      // The hint is a courtesy; the sentence stands without it.
    }
    return " Find it with confluence_search.";
  }

  SavedPage createPage(String spaceKey, String title, String storage, Optional<Long> parentId) {
    SpaceBulk space = spaceByKey(spaceKey);
    CreatePageRequest request = new CreatePageRequest()
        .spaceId(space.getId())
        .status(CreatePageRequest.StatusEnum.CURRENT)
        .title(title)
        .parentId(parentId.map(String::valueOf).orElse(null))
        .body(new CreatePageRequestBody(new PageBodyWrite().representation(PageBodyWrite.RepresentationEnum.STORAGE)
            .value(storage)));
    PageApi pages = new PageApi(access.clients().confluenceV2());
    Page created = call(ConfluenceOperations.CREATE_PAGE, "space " + spaceKey, () ->
        pages.createPage(request).execute());
    return saved(created);
  }

  /**
   * Writes a new version of a page.
   *
   * @param version the version to write: the one the change was computed from, plus one; Confluence refuses it
   *     with 409 when the page has moved on meanwhile
   */
  SavedPage updatePage(long id, String title, int version, Optional<String> message, String storage) {
    UpdatePageRequest request = new UpdatePageRequest()
        .id(String.valueOf(id))
        .status(UpdatePageRequest.StatusEnum.CURRENT)
        .title(title)
        .body(new CreatePageRequestBody(new PageBodyWrite().representation(PageBodyWrite.RepresentationEnum.STORAGE)
            .value(storage)))
        .version(new UpdatePageRequestVersion().number(version).message(message.orElse(null)));
    PageApi pages = new PageApi(access.clients().confluenceV2());
    Page updated = call(ConfluenceOperations.UPDATE_PAGE, "Page " + id, () ->
        pages.updatePage(String.valueOf(id), request).execute());
    return saved(updated);
  }

  private static SavedPage saved(Page page) {
    Optional<String> url = webUrl(page.getLinks());
    return new SavedPage(page.getId(), Optional.ofNullable(page.getTitle()).orElse(""), versionOf(page),
        Optional.ofNullable(page.getParentId()), url);
  }

  private static String storageOf(Page page) {
    return page.getBody() == null ? "" : storageOf(page.getBody().getStorage());
  }

  private static int versionOf(Page page) {
    return page.getVersion() == null || page.getVersion().getNumber() == null ? 1 : page.getVersion().getNumber();
  }

  /** A page's title, best effort. */
  private Optional<String> titleOf(long id) {
    try {
      PageApi pages = new PageApi(access.clients().confluenceV2());
      return Optional.ofNullable(call(ConfluenceOperations.GET_PAGE, "Page " + id, () -> pages.getPageById(String.valueOf(id))
          .execute()).getTitle());
    } catch (AtlassianException e) {
      return Optional.empty();
    }
  }

  // ---- children

  ChildPages children(long id, int limit) {
    ChildrenApi api = new ChildrenApi(access.clients().confluenceV2());
    MultiEntityResultChildPage page = call(ConfluenceOperations.GET_CHILD_PAGES, "Page " + id, () ->
        api.getChildPages(String.valueOf(id)).limit(limit).sort(List.of(ChildPageSortOrder.CHILD_POSITION))
            .execute());
    var children = orEmpty(page.getResults());
    List<CompletableFuture<Optional<Children>>> counts = children.stream()
        .map(child -> async(() -> numeric(child.getId()).flatMap(this::childCount)))
        .toList();
    List<ChildPage> rows = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      Optional<Children> count = join(counts.get(i));
      rows.add(new ChildPage(children.get(i).getId(), Optional.ofNullable(children.get(i).getTitle()).orElse(""),
          count.map(Children::count), count.filter(Children::more).map(c -> true)));
    }
    return new ChildPages(String.valueOf(id), rows, hasNext(page.getLinks()) ? Optional.of(true) : Optional.empty());
  }

  /** How many children a page has, up to {@link #MAX_PAGE}; best effort. */
  private Optional<Children> childCount(long id) {
    try {
      ChildrenApi api = new ChildrenApi(access.clients().confluenceV2());
      MultiEntityResultChildPage page = call(ConfluenceOperations.GET_CHILD_PAGES, "Page " + id, () ->
          api.getChildPages(String.valueOf(id)).limit(MAX_PAGE).execute());
      return Optional.of(new Children(orEmpty(page.getResults()).size(), hasNext(page.getLinks())));
    } catch (AtlassianException e) {
      return Optional.empty();
    }
  }

  private record Children(int count, boolean more) {}

  // ---- spaces

  /** Spaces whose key or name contains the words (all spaces without), exact key first, then by name. */
  SpaceList spaces(Optional<String> query, int limit) {
    SpaceApi api = new SpaceApi(access.clients().confluenceV2());
    List<SpaceView> matching = new ArrayList<>();
    String needle = query.map(q -> q.strip().toLowerCase(Locale.ROOT)).orElse("");
    String cursor = null;
    int scanned = 0;
    boolean more;
    do {
      String after = cursor;
      int size = query.isEmpty() ? Math.min(MAX_PAGE, limit + 1 - matching.size()) : MAX_PAGE;
      MultiEntityResultSpace page = call(ConfluenceOperations.GET_SPACES, "the spaces", () ->
          api.getSpaces().sort(SpaceSortOrder.NAME).cursor(after).limit(size).execute());
      String base = Optional.ofNullable(page.getLinks()).map(MultiEntityLinks::getBase).orElse("");
      for (SpaceBulk space : orEmpty(page.getResults())) {
        scanned++;
        if (needle.isEmpty() || contains(space.getKey(), needle) || contains(space.getName(), needle)) {
          matching.add(space(space, base));
        }
      }
      cursor = nextCursor(page.getLinks()).orElse(null);
      more = cursor != null && !orEmpty(page.getResults()).isEmpty();
    } while (more && matching.size() <= limit && scanned < MAX_SPACES_SCANNED);
    matching.sort((a, b) -> Boolean.compare(!a.key().equalsIgnoreCase(needle), !b.key().equalsIgnoreCase(needle)));
    boolean moreMatch = matching.size() > limit || more && !needle.isEmpty() && scanned >= MAX_SPACES_SCANNED;
    List<SpaceView> shown = matching.size() > limit ? matching.subList(0, limit) : matching;
    return new SpaceList(query.map(String::strip), List.copyOf(shown), moreMatch ? Optional.of(true)
        : Optional.empty());
  }

  private static SpaceView space(SpaceBulk space, String base) {
    Optional<String> url = Optional.ofNullable(space.getLinks()).map(links -> links.getWebui())
        .filter(webui -> !base.isEmpty()).map(webui -> base + webui);
    return new SpaceView(Optional.ofNullable(space.getKey()).orElse(""), Optional.ofNullable(space.getName())
        .orElse(""), space.getType() == null ? "" : space.getType().getValue(), space.getId(), url);
  }

  private static boolean contains(String text, String needle) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
  }

  /** The space with this key; a sentence that says how to find the right key when there is none. */
  private SpaceBulk spaceByKey(String key) {
    SpaceApi api = new SpaceApi(access.clients().confluenceV2());
    MultiEntityResultSpace found = call(ConfluenceOperations.GET_SPACES, "space " + key, () ->
        api.getSpaces().keys(List.of(key)).limit(1).execute());
    return orEmpty(found.getResults()).stream().findFirst().orElseThrow(() -> new ToolInputException(
        "No space has the key " + key + " (or you cannot see it). confluence_list_spaces lists the spaces."));
  }

  /** The keys of these spaces by id; best effort. */
  private Map<String, String> spaceKeys(List<String> spaceIds) {
    List<String> ids = spaceIds.stream().filter(id -> numeric(id).isPresent()).distinct().toList();
    try {
      SpaceApi api = new SpaceApi(access.clients().confluenceV2());
      MultiEntityResultSpace found = call(ConfluenceOperations.GET_SPACES, "the spaces", () ->
          api.getSpaces().ids(ids).limit(ids.size()).execute());
      Map<String, String> keys = new LinkedHashMap<>();
      orEmpty(found.getResults()).forEach(space -> keys.put(space.getId(), space.getKey()));
      return keys;
    } catch (AtlassianException e) {
      return Map.of();
    }
  }

  /** The space's name, best effort: a page is worth reading even when its space cannot be. */
  private Optional<String> spaceName(String spaceId) {
    Optional<Long> id = numeric(spaceId);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    try {
      SpaceApi api = new SpaceApi(access.clients().confluenceV2());
      return Optional.ofNullable(call(ConfluenceOperations.GET_SPACE, "Space " + spaceId, () ->
          api.getSpaceById(String.valueOf(id.get())).execute()))
          .map(s -> s.getName() + (s.getKey() == null ? "" : " (" + s.getKey() + ")"));
    } catch (AtlassianException e) {
      return Optional.empty();
    }
  }

  // ---- comments

  /** The page a footer comment is on. */
  String pageOfComment(long commentId) {
    CommentApi api = new CommentApi(access.clients().confluenceV2());
    FooterComment comment = call(ConfluenceOperations.GET_COMMENT, "Comment " + commentId, () ->
        api.getFooterCommentById(String.valueOf(commentId)).execute());
    return Optional.ofNullable(comment.getPageId()).orElse("");
  }

  /** A footer comment on the page, or a reply to {@code replyTo}. */
  AddedComment addComment(long pageId, Optional<Long> replyTo, String storage) {
    CreateFooterCommentModel request = new CreateFooterCommentModel()
        .pageId(replyTo.isPresent() ? null : String.valueOf(pageId))
        .parentCommentId(replyTo.map(String::valueOf).orElse(null))
        .body(new CreateFooterCommentModelBody(new CommentBodyWrite()
            .representation(CommentBodyWrite.RepresentationEnum.STORAGE).value(storage)));
    CommentApi api = new CommentApi(access.clients().confluenceV2());
    FooterComment added = call(ConfluenceOperations.CREATE_COMMENT,
        replyTo.map(id -> "Comment " + id).orElse("Page " + pageId), () -> api.createFooterComment(request).execute());
    return new AddedComment(added.getId(), Optional.ofNullable(added.getPageId()).orElse(String.valueOf(pageId)),
        webUrl(added.getLinks()));
  }

  /** The page's first {@code limit} footer comments, oldest first, each followed by its replies. */
  CommentThreads comments(long pageId, int limit) {
    CommentApi api = new CommentApi(access.clients().confluenceV2());
    MultiEntityResultPageCommentModel page = call(ConfluenceOperations.GET_PAGE_COMMENTS, "Page " + pageId, () ->
        api.getPageFooterComments(String.valueOf(pageId)).bodyFormat(PrimaryBodyRepresentation.STORAGE)
            .sort(CommentSortOrder.CREATED_DATE).limit(limit).execute());
    String base = Optional.ofNullable(page.getLinks()).map(MultiEntityLinks::getBase).orElse("");
    List<RawComment> roots = orEmpty(page.getResults()).stream().map(comment -> new RawComment(comment.getId(),
        null, 0, comment.getVersion(), storageOf(comment.getBody() == null ? null
            : comment.getBody().getStorage()), comment.getLinks() == null ? null : comment.getLinks().getWebui()))
        .toList();
    Map<String, List<RawComment>> replies = new LinkedHashMap<>();
    List<RawComment> level = roots;
    for (int depth = 1; depth <= MAX_REPLY_DEPTH && !level.isEmpty(); depth++) {
      int replyDepth = depth;
      List<CompletableFuture<List<RawComment>>> asked = level.stream()
          .map(parent -> async(() -> replies(parent.id(), replyDepth)))
          .toList();
      List<RawComment> next = new ArrayList<>();
      for (int i = 0; i < level.size(); i++) {
        List<RawComment> found = join(asked.get(i));
        replies.put(level.get(i).id(), found);
        next.addAll(found);
      }
      level = next;
    }
    List<RawComment> ordered = new ArrayList<>();
    roots.forEach(root -> thread(root, replies, ordered));
    Map<String, String> names = displayNames(ordered.stream().map(RawComment::authorId).filter(Objects::nonNull)
        .collect(Collectors.toCollection(LinkedHashSet::new)));
    List<CommentView> comments = ordered.stream().map(raw -> new CommentView(raw.id(),
        Optional.ofNullable(raw.parentId()), raw.depth(), raw.authorId() == null ? "Unknown"
            : names.getOrDefault(raw.authorId(), raw.authorId()),
        Optional.ofNullable(raw.version()).map(Version::getCreatedAt), storageToMarkdown.convert(raw.storage()),
        Optional.ofNullable(raw.webui()).filter(webui -> !base.isEmpty()).map(webui -> base + webui))).toList();
    return new CommentThreads(String.valueOf(pageId), comments, hasNext(page.getLinks()) ? Optional.of(true)
        : Optional.empty());
  }

  private List<RawComment> replies(String parentId, int depth) {
    Optional<Long> id = numeric(parentId);
    if (id.isEmpty()) {
      return List.of();
    }
    CommentApi api = new CommentApi(access.clients().confluenceV2());
    MultiEntityResultChildrenCommentModel page = call(ConfluenceOperations.GET_REPLIES, "Comment " + parentId, () ->
        api.getFooterCommentChildren(String.valueOf(id.get())).bodyFormat(PrimaryBodyRepresentation.STORAGE)
            .sort(CommentSortOrder.CREATED_DATE).limit(MAX_PAGE).execute());
    return orEmpty(page.getResults()).stream().map(reply -> new RawComment(reply.getId(), parentId, depth,
        reply.getVersion(), storageOf(reply.getBody() == null ? null : reply.getBody().getStorage()),
        reply.getLinks() == null ? null : reply.getLinks().getWebui())).toList();
  }

  private static void thread(RawComment comment, Map<String, List<RawComment>> replies, List<RawComment> into) {
    into.add(comment);
    replies.getOrDefault(comment.id(), List.of()).forEach(reply -> thread(reply, replies, into));
  }

  /** A comment as read, before its author's name is known. */
  private record RawComment(String id, String parentId, int depth, Version version, String storage, String webui) {
    String authorId() {
      return version == null ? null : version.getAuthorId();
    }
  }

  private static String storageOf(BodyType body) {
    return body == null || body.getValue() == null ? "" : body.getValue();
  }

  /** Display names by account id, in one call; best effort (the ids stand in for names). */
  private Map<String, String> displayNames(Set<String> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    try {
      UserApi api = new UserApi(access.clients().confluenceV2());
      var users = call(ConfluenceOperations.GET_USERS, "the comments' authors", () -> api.createBulkUserLookup(
          new CreateBulkUserLookupRequest().accountIds(List.copyOf(accountIds).subList(0,
              Math.min(accountIds.size(), MAX_PAGE)))).execute());
      Map<String, String> names = new LinkedHashMap<>();
      orEmpty(users.getResults()).stream()
          .filter(user -> user.getAccountId() != null)
          .forEach(user -> names.put(user.getAccountId(), Optional.ofNullable(user.getDisplayName())
              .or(() -> Optional.ofNullable(user.getPublicName())).orElse(user.getAccountId())));
      return names;
    } catch (AtlassianException e) {
      return Map.of();
    }
  }

  // ---- labels

  /** Adds the labels; answers all the page's labels as Confluence now has them. */
  List<String> addLabels(long pageId, List<String> labels) {
    List<LabelCreate> created = labels.stream().map(name -> new LabelCreate().prefix("global").name(name)).toList();
    ContentLabelsApi api = new ContentLabelsApi(access.clients().confluenceV1());
    LabelArray all = call(ConfluenceOperations.ADD_LABELS, "Page " + pageId, () ->
        api.addLabelsToContent(String.valueOf(pageId), new AddLabelsToContentRequest(created)).execute());
    return orEmpty(all.getResults()).stream().map(label -> label.getName()).filter(Objects::nonNull).toList();
  }

  // ---- attachments

  /**
   * Uploads a file to the page (v1; v2 has no upload), with a body of our own (see {@link AttachmentUpload#request})
   * that the generated client still sends (its OkHttp client: sign-in, retries) and reads (its models and errors).
   */
  AddedAttachment addAttachment(long pageId, AttachmentUpload upload) {
    var client = access.clients().confluenceV1();
    Request request = upload.request(client.getBasePath() + "/wiki/rest/api/content/" + pageId + "/child/attachment",
        Map.of("minorEdit", "false"));
    ContentArray added = call(ConfluenceOperations.ADD_ATTACHMENT, "Page " + pageId, () ->
        client.<ContentArray>execute(client.getHttpClient().newCall(request), ContentArray.class).getData());
    Content attachment = orEmpty(added.getResults()).stream().findFirst().orElseThrow(() ->
        new IllegalStateException("Confluence answered the upload to page " + pageId + " with no attachment"));
    Map<?, ?> extensions = attachment.getExtensions() instanceof Map<?, ?> map ? map : Map.of();
    String mediaType = extensions.get("mediaType") == null ? upload.mediaType()
        : String.valueOf(extensions.get("mediaType"));
    long size = extensions.get("fileSize") instanceof Number number ? number.longValue() : upload.size();
    return new AddedAttachment(attachment.getId(), Optional.ofNullable(attachment.getTitle())
        .orElse(upload.filename()), mediaType, size);
  }

  // ---- helpers

  private <T> CompletableFuture<T> async(Supplier<T> call) {
    return CompletableFuture.supplyAsync(call, parallel);
  }

  /** The value of a call made with {@link #async}, its failure thrown as it was thrown. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The web UI address of what a single-entity answer describes: its base and its {@code webui} link. */
  private static Optional<String> webUrl(AttachmentDownloadLinks links) {
    Object webui = links == null || links.getAdditionalProperties() == null ? null
        : links.getAdditionalProperty("webui");
    return webui == null || links.getBase() == null ? Optional.empty() : Optional.of(links.getBase() + webui);
  }

  private static boolean hasNext(MultiEntityLinks links) {
    return links != null && links.getNext() != null && !links.getNext().isBlank();
  }

  /** The cursor of the next page, from the {@code next} link. */
  private static Optional<String> nextCursor(MultiEntityLinks links) {
    if (!hasNext(links)) {
      return Optional.empty();
    }
    String next = links.getNext();
    okhttp3.HttpUrl url = okhttp3.HttpUrl.parse(next.startsWith("http") ? next
        : "https://next.invalid" + (next.startsWith("/") ? "" : "/") + next);
    return Optional.ofNullable(url).map(u -> u.queryParameter("cursor"));
  }

  private static Optional<Long> numeric(String id) {
    return id != null && id.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
  }

  private static String clean(String text) {
    return text == null ? "" : text.replaceAll(HIGHLIGHT, "").replaceAll("\\s+", " ").trim();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
