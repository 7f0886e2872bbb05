package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.jql.Clause;
import io.github.atlassianmcp.sandbox.jql.Clauses;
import io.github.atlassianmcp.sandbox.jql.DateFunctions;
import io.github.atlassianmcp.sandbox.jql.JqlParser;
import io.github.atlassianmcp.sandbox.jql.JqlSyntaxException;
import io.github.atlassianmcp.sandbox.jql.Operand;
import io.github.atlassianmcp.sandbox.jql.Operator;
import io.github.atlassianmcp.sandbox.jql.Query;
import io.github.atlassianmcp.sandbox.jql.RelativeDates;
import io.github.atlassianmcp.sandbox.jql.TextMatch;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A CQL query ready to run over pages and spaces: text/title ~, title =, type, space (and space.key), label,
 * creator and contributor (with currentUser()), id, ancestor, parent, created and lastmodified (with relative
 * dates and date functions), AND/OR/NOT, IN, ORDER BY. Spaces are candidates only when the query asks for
 * {@code type = space}. A query it cannot read is refused as Confluence refuses it: "Could not parse cql".
 */
final class CqlQuery {

  private final Predicate<SearchHit> filter;
  private final Comparator<SearchHit> order;
  private final boolean includesSpaces;
  private final List<TextMatch> textQueries;

  private CqlQuery(Predicate<SearchHit> filter, Comparator<SearchHit> order, boolean includesSpaces,
      List<TextMatch> textQueries) {
    this.filter = filter;
    this.order = order;
    this.includesSpaces = includesSpaces;
    this.textQueries = textQueries;
  }

  /** The compiled query, or empty when Confluence would answer "Could not parse cql". */
  static Optional<CqlQuery> compile(String cql, SandboxUser caller, Instant now) {
    Query query;
    try {
      query = JqlParser.parseCql(cql);
    } catch (JqlSyntaxException e) {
      return Optional.empty();
    }
    if (query.where().isEmpty()) {
      return Optional.empty();
    }
    Compiler compiler = new Compiler(caller, now);
    Predicate<SearchHit> filter = compiler.compile(query.where().get());
    Comparator<SearchHit> order = compiler.order(query.orderBy());
    return compiler.failed ? Optional.empty()
        : Optional.of(new CqlQuery(filter, order, compiler.mentionsSpaces, compiler.texts));
  }

  /** The hits among the candidates, in order. */
  List<SearchHit> run(List<SearchHit> candidates) {
    return candidates.stream()
        .filter(hit -> includesSpaces || !(hit instanceof SearchHit.SpaceHit))
        .filter(filter)
        .sorted(order)
        .toList();
  }

  /** The text queries in the CQL, for excerpts and scores. */
  List<TextMatch> textQueries() {
    return textQueries;
  }

  private static final class Compiler {
    private final SandboxUser caller;
    private final Instant now;
    private final List<TextMatch> texts = new ArrayList<>();
    private boolean failed;
    private boolean mentionsSpaces;

    Compiler(SandboxUser caller, Instant now) {
      this.caller = caller;
      this.now = now;
    }

    Predicate<SearchHit> compile(Clause clause) {
      return Clauses.toPredicate(clause, this::terminal);
    }

    private Predicate<SearchHit> terminal(Clause.Terminal clause) {
      return switch (clause.field().toLowerCase(Locale.ROOT)) {
        case "text" -> text(clause, SearchHit::text);
        case "title" -> clause.operator() == Operator.LIKE || clause.operator() == Operator.NOT_LIKE
            ? text(clause, SearchHit::title) : values(clause, hit -> List.of(hit.title().toLowerCase(Locale.ROOT)));
        case "type" -> {
          mentionsSpaces |= values(clause.operand()).contains("space");
          yield values(clause, hit -> List.of(hit.type()));
        }
        case "space", "space.key" -> values(clause, hit -> List.of(hit.space().key().toLowerCase(Locale.ROOT)));
        case "label", "labels" -> values(clause, hit -> hit.labels().stream()
            .map(label -> label.toLowerCase(Locale.ROOT)).toList());
        case "creator" -> values(clause, hit -> List.of(hit.creator().accountId().toLowerCase(Locale.ROOT)));
        case "contributor" -> values(clause, hit -> hit instanceof SearchHit.PageHit page
            ? List.of(page.page().author().accountId().toLowerCase(Locale.ROOT),
                page.page().version().author().accountId().toLowerCase(Locale.ROOT)) : List.of());
        case "id", "content" -> values(clause, hit -> hit instanceof SearchHit.PageHit page
            ? List.of(page.page().idText()) : List.of());
        case "parent" -> values(clause, hit -> hit instanceof SearchHit.PageHit page && page.page().parentId() != null
            ? List.of(Long.toString(page.page().parentId())) : List.of());
        case "ancestor" -> ancestors(clause);
        case "created" -> date(clause, SearchHit::created);
        case "lastmodified" -> date(clause, SearchHit::lastModified);
        default -> fail();
      };
    }

    private Predicate<SearchHit> text(Clause.Terminal clause, Function<SearchHit, String> textOf) {
      if (!(clause.operand() instanceof Operand.Value value)
          || (clause.operator() != Operator.LIKE && clause.operator() != Operator.NOT_LIKE)) {
        return fail();
      }
      TextMatch match = new TextMatch(value.text());
      if (match.isEmpty()) {
        return fail();
      }
      if (clause.operator() == Operator.LIKE) {
        texts.add(match);
      }
      Predicate<SearchHit> matches = hit -> match.matches(textOf.apply(hit));
      return clause.operator() == Operator.LIKE ? matches : matches.negate();
    }

    private Predicate<SearchHit> values(Clause.Terminal clause, Function<SearchHit, List<String>> valuesOf) {
      List<String> wanted = values(clause.operand());
      if (wanted.isEmpty() && !(clause.operand() instanceof Operand.Empty)) {
        return fail();
      }
      return switch (clause.operator()) {
        case EQUALS, IN -> hit -> valuesOf.apply(hit).stream().anyMatch(wanted::contains);
        case NOT_EQUALS, NOT_IN -> hit -> valuesOf.apply(hit).stream().noneMatch(wanted::contains);
        case IS -> hit -> valuesOf.apply(hit).isEmpty();
        case IS_NOT -> hit -> !valuesOf.apply(hit).isEmpty();
        default -> fail();
      };
    }

    /** The values of an operand, lower case; currentUser() is the caller's account ID. */
    private List<String> values(Operand operand) {
      List<String> values = new ArrayList<>();
      if (operand instanceof Operand.Value value) {
        values.add(value.text().toLowerCase(Locale.ROOT));
      } else if (operand instanceof Operand.ListOf list) {
        list.items().forEach(item -> values.addAll(values(item)));
      } else if (operand instanceof Operand.Function function) {
        if (function.name().equalsIgnoreCase("currentUser")) {
          values.add(caller.accountId().toLowerCase(Locale.ROOT));
        } else {
          failed = true;
        }
      }
      return values;
    }

    private Predicate<SearchHit> ancestors(Clause.Terminal clause) {
      return values(clause, hit -> hit instanceof SearchHit.PageHit page ? page.ancestorIds() : List.of());
    }

    private Predicate<SearchHit> date(Clause.Terminal clause, Function<SearchHit, Instant> dateOf) {
      Optional<Instant> bound = Optional.empty();
      if (clause.operand() instanceof Operand.Value value) {
        bound = RelativeDates.parse(value.text(), now, ZoneOffset.UTC);
      } else if (clause.operand() instanceof Operand.Function function
          && DateFunctions.isDateFunction(function.name())) {
        bound = DateFunctions.evaluate(function, now, ZoneOffset.UTC);
      }
      if (bound.isEmpty()) {
        return fail();
      }
      Instant limit = bound.get();
      return switch (clause.operator()) {
        case EQUALS -> hit -> dateOf.apply(hit).equals(limit);
        case NOT_EQUALS -> hit -> !dateOf.apply(hit).equals(limit);
        case LESS -> hit -> dateOf.apply(hit).isBefore(limit);
        case LESS_OR_EQUAL -> hit -> !dateOf.apply(hit).isAfter(limit);
        case GREATER -> hit -> dateOf.apply(hit).isAfter(limit);
        case GREATER_OR_EQUAL -> hit -> !dateOf.apply(hit).isBefore(limit);
        default -> fail();
      };
    }

    Comparator<SearchHit> order(List<Query.SortTerm> terms) {
      Comparator<SearchHit> order = null;
      for (Query.SortTerm term : terms) {
        Comparator<SearchHit> next = switch (term.field().toLowerCase(Locale.ROOT)) {
          case "title" -> Comparator.comparing(hit -> hit.title().toLowerCase(Locale.ROOT));
          case "created" -> Comparator.comparing(SearchHit::created);
          case "lastmodified" -> Comparator.comparing(SearchHit::lastModified);
          default -> {
            failed = true;
            yield null;
          }
        };
        if (next != null) {
          next = term.descending() ? next.reversed() : next;
          order = order == null ? next : order.thenComparing(next);
        }
      }
      if (order == null) {
        // Without ORDER BY, Confluence ranks by relevance; here, by how often the text matches, then newest.
        order = Comparator.comparingInt((SearchHit hit) -> -score(hit))
            .thenComparing(Comparator.comparing(SearchHit::lastModified).reversed());
      }
      return order.thenComparing(SearchHit::title);
    }

    private int score(SearchHit hit) {
      return texts.stream().mapToInt(match -> 3 * match.hits(hit.title()) + match.hits(hit.text())).sum();
    }

    private <T> Predicate<T> fail() {
      failed = true;
      return hit -> false;
    }
  }
}
