package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.jql.Query;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * ORDER BY for issues. Without ORDER BY, newest first. The issue ID ends every ordering, so pages never shuffle.
 * Empty values sort last, as in Jira.
 */
final class IssueOrdering {

  private static final Set<String> UNSORTABLE = Set.of("description", "comment", "text", "environment", "labels");

  private IssueOrdering() {}

  static Comparator<Issue> of(List<Query.SortTerm> terms, List<String> errors) {
    Comparator<Issue> order = null;
    for (Query.SortTerm term : terms) {
      Comparator<Issue> next = field(term.field().toLowerCase(Locale.ROOT), errors, term.field());
      if (next == null) {
        continue;
      }
      next = term.descending() ? next.reversed() : next;
      order = order == null ? next : order.thenComparing(next);
    }
    if (order == null) {
      order = Comparator.comparing(Issue::created).reversed();
    }
    return order.thenComparing(Comparator.comparingLong(Issue::id).reversed());
  }

  private static Comparator<Issue> field(String field, List<String> errors, String written) {
    return switch (field) {
      case "created", "createddate" -> Comparator.comparing(Issue::created);
      case "updated", "updateddate" -> Comparator.comparing(Issue::updated);
      case "resolved", "resolutiondate" -> nullsLast(Issue::resolved);
      case "duedate", "due" -> nullsLast(Issue::dueDate);
      case "key", "issuekey", "id" -> Comparator.comparing((Issue issue) -> issue.project().key())
          .thenComparingInt(issue -> Integer.parseInt(issue.key().substring(issue.key().indexOf('-') + 1)));
      // Jira orders priorities by their scheme: ascending runs from the least urgent to the most.
      case "priority" -> Comparator.comparingInt((Issue issue) -> issue.priority().rank()).reversed();
      case "status" -> Comparator.comparing((Issue issue) -> issue.status().category().ordinal())
          .thenComparing(issue -> issue.status().name());
      case "summary" -> Comparator.comparing(issue -> issue.summary().toLowerCase(Locale.ROOT));
      case "assignee" -> nullsLast(issue -> name(issue.assignee()));
      case "reporter" -> nullsLast(issue -> name(issue.reporter()));
      case "issuetype", "type" -> Comparator.comparing(issue -> issue.type().name());
      case "project" -> Comparator.comparing(issue -> issue.project().key());
      default -> {
        errors.add(UNSORTABLE.contains(field)
            ? "Field '" + written + "' does not support sorting."
            : "Field '" + written + "' does not exist or you do not have permission to view it.");
        yield null;
      }
    };
  }

  private static String name(SandboxUser user) {
    return user == null ? null : user.displayName().toLowerCase(Locale.ROOT);
  }

  private static <T extends Comparable<? super T>> Comparator<Issue> nullsLast(Function<Issue, T> key) {
    return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
  }
}
