package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.jql.JqlParser;
import io.github.atlassianmcp.sandbox.jql.JqlSyntaxException;
import io.github.atlassianmcp.sandbox.jql.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A JQL query made ready to run: which issues match and in what order. {@link #compile} gives Jira's 400
 * messages for a query that cannot be parsed, names what the site has not got, or is unbounded.
 */
public final class IssueQuery {

  public static final String UNBOUNDED =
      "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";

  private final Predicate<Issue> filter;
  private final Comparator<Issue> order;

  private IssueQuery(Predicate<Issue> filter, Comparator<Issue> order) {
    this.filter = filter;
    this.order = order;
  }

  /** The compiled query, or the messages of a 400 (all of them, as Jira lists every problem it finds). */
  public static Result compile(String jql, QueryContext context, boolean requireBound) {
    Query query;
    try {
      query = JqlParser.parse(jql);
    } catch (JqlSyntaxException e) {
      return Result.failure(List.of(e.getMessage()));
    }
    if (requireBound && query.where().isEmpty()) {
      return Result.failure(List.of(UNBOUNDED));
    }
    List<String> errors = new ArrayList<>();
    Predicate<Issue> filter = query.where()
        .map(where -> new ClauseCompiler(context, errors).compile(where))
        .orElse(issue -> true);
    Comparator<Issue> order = IssueOrdering.of(query.orderBy(), errors);
    return errors.isEmpty() ? Result.success(new IssueQuery(filter, order)) : Result.failure(errors);
  }

  /** The matching issues, in order. */
  public List<Issue> run(List<Issue> issues) {
    return issues.stream().filter(filter).sorted(order).toList();
  }

  /** A compiled query or the reasons it is refused. */
  public record Result(Optional<IssueQuery> query, List<String> errors) {
    static Result success(IssueQuery query) {
      return new Result(Optional.of(query), List.of());
    }

    static Result failure(List<String> errors) {
      return new Result(Optional.empty(), List.copyOf(errors));
    }
  }
}
