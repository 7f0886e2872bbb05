package io.github.atlassianmcp.server.tools.confluence;

import io.github.atlassianmcp.client.confluence.v1.api.SearchApi;
import io.github.atlassianmcp.client.confluence.v1.model.SearchPageResponseSearchResult;
import io.github.atlassianmcp.client.confluence.v1.model.SearchResult;
import io.github.atlassianmcp.client.confluence.v2.api.PageApi;
import io.github.atlassianmcp.client.confluence.v2.api.SpaceApi;
import io.github.atlassianmcp.client.confluence.v2.model.Page;
import io.github.atlassianmcp.client.confluence.v2.model.PrimaryBodyRepresentationSingle;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.format.storage.StorageToMarkdown;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.PageView;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SearchHit;
import io.github.atlassianmcp.server.tools.confluence.ConfluenceViews.SearchResults;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The Confluence calls behind the Confluence tools: CQL search (v1) and pages (v2). */
public final class ConfluenceService {

  /** Confluence marks the matched words in titles and excerpts with these. */
  private static final String HIGHLIGHT = "@@@(end)?hl@@@";

  private final AtlassianAccess access;
  private final StorageToMarkdown storageToMarkdown;

  public ConfluenceService(AtlassianAccess access, StorageToMarkdown storageToMarkdown) {
    this.access = Objects.requireNonNull(access, "access");
    this.storageToMarkdown = Objects.requireNonNull(storageToMarkdown, "storageToMarkdown");
  }

  private static <T> T call(OperationRef operation, String subject, AtlassianCall.Body<T> body) {
    return AtlassianCall.run(Product.CONFLUENCE, operation, subject, body);
  }

  public SearchResults search(String query, int limit) {
    String cql = CqlQuery.from(query);
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

  PageView page(long id) {
    PageApi pages = new PageApi(access.clients().confluenceV2());
    Page page = call(ConfluenceOperations.GET_PAGE, "Page " + id, () -> pages.getPageById(String.valueOf(id))
        .bodyFormat(PrimaryBodyRepresentationSingle.STORAGE).execute());
    Optional<String> space = spaceName(page.getSpaceId());
    Optional<String> url = Optional.ofNullable(page.getLinks()).flatMap(links -> {
      Object webui = links.getAdditionalProperties() == null ? null : links.getAdditionalProperty("webui");
      return webui == null || links.getBase() == null ? Optional.empty() : Optional.of(links.getBase() + webui);
    });
    String body = page.getBody() != null && page.getBody().getStorage() != null
        ? storageToMarkdown.convert(Optional.ofNullable(page.getBody().getStorage().getValue()).orElse(""))
        : "";
    return new PageView(page.getId(), Optional.ofNullable(page.getTitle()).orElse(""), space,
        Optional.ofNullable(page.getVersion()).map(v -> v.getNumber()),
        Optional.ofNullable(page.getVersion()).map(v -> v.getCreatedAt()), url, body);
  }

  /** The space's name, best effort: a page is worth reading even when its space cannot be. */
  private Optional<String> spaceName(String spaceId) {
    if (spaceId == null || !spaceId.matches("[0-9]+")) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(call(ConfluenceOperations.GET_SPACE, "Space " + spaceId, () ->
          new SpaceApi(access.clients().confluenceV2()).getSpaceById(spaceId).execute()))
          .map(s -> s.getName() + (s.getKey() == null ? "" : " (" + s.getKey() + ")"));
    } catch (AtlassianException e) {
      return Optional.empty();
    }
  }

  private static String clean(String text) {
    return text == null ? "" : text.replaceAll(HIGHLIGHT, "").replaceAll("\\s+", " ").trim();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
