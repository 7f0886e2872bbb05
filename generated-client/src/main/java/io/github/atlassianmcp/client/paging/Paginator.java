package io.github.atlassianmcp.client.paging;

import io.github.atlassianmcp.client.jira.platform.api.IssueSearchApi;
import io.github.atlassianmcp.client.jira.platform.model.IssueBean;
import io.github.atlassianmcp.client.jira.platform.model.SearchAndReconcileRequestBean;
import io.github.atlassianmcp.client.jira.platform.model.SearchAndReconcileResults;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;

/**
 * Every item of a paged Atlassian list, fetched one page at a time as it is iterated. Atlassian pages its lists in
 * four ways, one factory each:
 * <ul>
 *   <li>{@link #byToken}: Jira's enhanced search, {@code nextPageToken} and {@code isLast};</li>
 *   <li>{@link #byCursor}: Confluence v2, a {@code cursor} inside {@code _links.next};</li>
 *   <li>{@link #byStart}: Jira Service Management, {@code start} and {@code isLastPage};</li>
 *   <li>{@link #byOffset}: Jira's older lists (comments, worklogs), {@code startAt} and {@code total}.</li>
 * </ul>
 *
 * <pre>{@code
 * IssueSearchApi search = new IssueSearchApi(atlassian.jiraPlatform());
 * for (IssueBean issue : Paginator.jiraSearch(search, new SearchAndReconcileRequestBean()
 *     .jql("project = PROJ").fields(List.of("summary")).maxResults(100))) {
 *   System.out.println(issue.getKey());
 * }
 * // Confluence v2 pages of a space
 * PageApi pages = new PageApi(atlassian.confluenceV2());
 * Paginator<PageBulk> all = Paginator.byCursor(
 *     cursor -> pages.getPages().spaceId(List.of(spaceId)).cursor(cursor).limit(250).execute(),
 *     MultiEntityResultPage::getResults, page -> page.getLinks() == null ? null : page.getLinks().getNext());
 * }</pre>
 *
 * <p>A page is fetched only when the items before it have been consumed, so {@code stream().limit(n)} stops
 * early. Each iteration starts again from the first page. A failed fetch throws its
 * {@link io.github.atlassianmcp.client.AtlassianApiException} from the iterator. A list that repeats its token or
 * cursor, or answers an empty page that is not the last, ends instead of looping forever.
 *
 * @param <T> the item type
 */
public final class Paginator<T> implements Iterable<T> {

  private final Supplier<Iterator<List<T>>> pages;

  private Paginator(Supplier<Iterator<List<T>>> pages) {
    this.pages = pages;
  }

  /**
   * Token paging, as Jira's enhanced search does it.
   *
   * @param fetch fetches the page after {@code token} ({@code null} for the first page)
   * @param items the page's items
   * @param nextToken the page's {@code nextPageToken}
   * @param isLast the page's {@code isLast} ({@code null} counts as not last; a missing token ends the list)
   */
  public static <P, T> Paginator<T> byToken(Function<String, P> fetch, Function<P, List<T>> items,
      Function<P, String> nextToken, Function<P, Boolean> isLast) {
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(nextToken, "nextToken");
    Objects.requireNonNull(isLast, "isLast");
    return new Paginator<>(() -> new PageIterator<T>() {
      private String token;

      @Override
      List<T> fetchNext() {
        P page = fetch.apply(token);
        String next = nextToken.apply(page);
        boolean done = Boolean.TRUE.equals(isLast.apply(page)) || next == null || next.isEmpty()
            || next.equals(token);
        token = next;
        return finish(orEmpty(items.apply(page)), done);
      }
    });
  }

  /**
   * Cursor paging, as Confluence v2 does it: the next page's URL (with its {@code cursor} parameter) is in the
   * page's {@code _links.next}.
   *
   * @param fetch fetches the page at {@code cursor} ({@code null} for the first page)
   * @param items the page's {@code results}
   * @param nextLink the page's {@code _links.next}, relative or absolute; {@code null} on the last page
   */
  public static <P, T> Paginator<T> byCursor(Function<String, P> fetch, Function<P, List<T>> items,
      Function<P, String> nextLink) {
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(nextLink, "nextLink");
    return new Paginator<>(() -> new PageIterator<T>() {
      private String cursor;

      @Override
      List<T> fetchNext() {
        P page = fetch.apply(cursor);
        String next = cursorOf(nextLink.apply(page));
        boolean done = next == null || next.equals(cursor);
        cursor = next;
        return finish(orEmpty(items.apply(page)), done);
      }
    });
  }

  /**
   * Start-index paging, as Jira Service Management does it.
   *
   * @param fetch fetches the page starting at item {@code start} (0 first)
   * @param items the page's {@code values}
   * @param isLastPage the page's {@code isLastPage}
   */
  public static <P, T> Paginator<T> byStart(IntFunction<P> fetch, Function<P, List<T>> items,
      Function<P, Boolean> isLastPage) {
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(isLastPage, "isLastPage");
    return new Paginator<>(() -> new PageIterator<T>() {
      private int start;

      @Override
      List<T> fetchNext() {
        P page = fetch.apply(start);
        List<T> values = orEmpty(items.apply(page));
        start += values.size();
        return finish(values, Boolean.TRUE.equals(isLastPage.apply(page)));
      }
    });
  }

  /**
   * Offset paging with a total, as Jira's older lists (comments, worklogs, projects) do it.
   *
   * @param fetch fetches the page starting at item {@code startAt} (0 first)
   * @param items the page's items
   * @param total the page's {@code total} (all items of the list); {@code null} means unknown: the list then ends
   *     at the first empty page
   */
  public static <P, T> Paginator<T> byOffset(LongFunction<P> fetch, Function<P, List<T>> items,
      Function<P, ? extends Number> total) {
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(total, "total");
    return new Paginator<>(() -> new PageIterator<T>() {
      private long startAt;

      @Override
      List<T> fetchNext() {
        P page = fetch.apply(startAt);
        List<T> values = orEmpty(items.apply(page));
        startAt += values.size();
        Number all = total.apply(page);
        return finish(values, all != null && startAt >= all.longValue());
      }
    });
  }

  /**
   * Every issue that matches a JQL search (Jira's enhanced search, {@code POST /rest/api/3/search/jql}). The
   * request's {@code nextPageToken} is set for each page; its {@code maxResults} is the page size.
   */
  public static Paginator<IssueBean> jiraSearch(IssueSearchApi api, SearchAndReconcileRequestBean request) {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(request, "request");
    String json = request.toJson();
    return byToken(
        token -> api.searchAndReconcileIssuesUsingJqlPost(copy(json).nextPageToken(token)).execute(),
        SearchAndReconcileResults::getIssues, SearchAndReconcileResults::getNextPageToken,
        SearchAndReconcileResults::getIsLast);
  }

  /** The pages themselves, each a list of items. */
  public Iterable<List<T>> pages() {
    return pages::get;
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<List<T>> source = pages.get();
    return new Iterator<>() {
      private Iterator<T> current = List.<T>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && source.hasNext()) {
          current = source.next().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The items as a sequential, lazy stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /** The {@code cursor} parameter of a Confluence {@code _links.next} URL, decoded; null when there is none. */
  static String cursorOf(String nextLink) {
    if (nextLink == null || nextLink.isBlank()) {
      return null;
    }
    HttpUrl url = HttpUrl.parse(nextLink.startsWith("/") ? "http://next.invalid" + nextLink : nextLink);
    String cursor = url == null ? null : url.queryParameter("cursor");
    return cursor == null || cursor.isEmpty() ? null : cursor;
  }

  private static SearchAndReconcileRequestBean copy(String json) {
    try {
      return SearchAndReconcileRequestBean.fromJson(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Fetches pages until one says it is the last; an empty page that is not the last also ends the list. */
  private abstract static class PageIterator<T> implements Iterator<List<T>> {
    private boolean done;

    abstract List<T> fetchNext();

    final List<T> finish(List<T> page, boolean last) {
      done = last || page.isEmpty();
      return page;
    }

    @Override
    public final boolean hasNext() {
      return !done;
    }

    @Override
    public final List<T> next() {
      if (done) {
        throw new NoSuchElementException();
      }
      return fetchNext();
    }
  }
}
