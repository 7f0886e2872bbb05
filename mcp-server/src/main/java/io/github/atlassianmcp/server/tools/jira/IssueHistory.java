package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.client.jira.platform.api.IssuesApi;
import io.github.atlassianmcp.client.jira.platform.model.ChangeDetails;
import io.github.atlassianmcp.client.jira.platform.model.Changelog;
import io.github.atlassianmcp.client.jira.platform.model.PageBeanChangelog;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.tools.jira.JiraViews.ChangeView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.FieldChange;
import io.github.atlassianmcp.server.tools.jira.JiraViews.History;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An issue's changelog, the latest changes first. Jira pages it oldest first, so when there are more changes than
 * asked for, the second call reads the last page.
 */
public final class IssueHistory {

  private final AtlassianAccess access;

  public IssueHistory(AtlassianAccess access) {
    this.access = Objects.requireNonNull(access, "access");
  }

  History latest(String key, int limit) {
    PageBeanChangelog page = page(key, 0, limit);
    long total = page.getTotal() == null ? orEmpty(page.getValues()).size() : page.getTotal();
    if (total > limit) {
      page = page(key, (int) (total - limit), limit);
    }
    List<ChangeView> changes = new ArrayList<>(orEmpty(page.getValues()).stream().map(IssueHistory::change).toList());
    Collections.reverse(changes);
    return new History(key, total, changes);
  }

  private PageBeanChangelog page(String key, int startAt, int limit) {
    return AtlassianCall.run(Product.JIRA, JiraOperations.CHANGELOG, key, () ->
        new IssuesApi(access.clients().jiraPlatform()).getChangeLogs(key).startAt(startAt).maxResults(limit)
            .execute());
  }

  private static ChangeView change(Changelog change) {
    String author = change.getAuthor() == null || change.getAuthor().getDisplayName() == null ? "Automation"
        : change.getAuthor().getDisplayName();
    return new ChangeView(author, Optional.ofNullable(change.getCreated()),
        orEmpty(change.getItems()).stream().map(IssueHistory::item).toList());
  }

  private static FieldChange item(ChangeDetails item) {
    return new FieldChange(Optional.ofNullable(item.getField()).orElse(String.valueOf(item.getFieldId())),
        value(item.getFromString(), item.getFrom()), value(item.getToString(), item.getTo()));
  }

  private static Optional<String> value(String text, String id) {
    return Optional.ofNullable(text != null ? text : id).filter(value -> !value.isBlank());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
