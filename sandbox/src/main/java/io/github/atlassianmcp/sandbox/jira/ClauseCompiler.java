package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.adf.AdfText;
import io.github.atlassianmcp.sandbox.jql.Clause;
import io.github.atlassianmcp.sandbox.jql.Clauses;
import io.github.atlassianmcp.sandbox.jql.Operand;
import io.github.atlassianmcp.sandbox.jql.Operator;
import io.github.atlassianmcp.sandbox.jql.RelativeDates;
import io.github.atlassianmcp.sandbox.jql.TextMatch;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a JQL where clause into a predicate over issues, collecting Jira's message for every field, value,
 * function or operator the site does not know. Empty values never match {@code !=}, {@code NOT IN} or
 * {@code !~}, as in Jira.
 */
final class ClauseCompiler {

  private static final Set<Operator> EQUALITY =
      Set.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IN, Operator.NOT_IN, Operator.IS, Operator.IS_NOT);
  private static final Set<Operator> ORDERING = Set.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.LESS,
      Operator.GREATER, Operator.LESS_OR_EQUAL, Operator.GREATER_OR_EQUAL, Operator.IS, Operator.IS_NOT);
  private static final Set<Operator> TEXT = Set.of(Operator.LIKE, Operator.NOT_LIKE, Operator.IS, Operator.IS_NOT);

  private static final Set<String> USER_FIELDS = Set.of("assignee", "reporter", "creator");

  private final QueryContext context;
  private final List<String> errors;
  private final JqlFunctions functions;
  private final CustomFieldValues sprints;

  ClauseCompiler(QueryContext context, List<String> errors) {
    this.context = context;
    this.errors = errors;
    this.functions = new JqlFunctions(context);
    this.sprints = new CustomFieldValues(context.store());
  }

  Predicate<Issue> compile(Clause clause) {
    return Clauses.toPredicate(clause, this::terminal);
  }

  private Predicate<Issue> terminal(Clause.Terminal clause) {
    String field = clause.field();
    return switch (field.toLowerCase(Locale.ROOT)) {
      case "project" -> values(clause, EQUALITY, issue -> List.of(issue.project().key()),
          value -> context.store().project(value).map(Project::key), notFound(field));
      case "key", "issuekey", "id" -> values(clause, EQUALITY, issue -> List.of(issue.key()),
          value -> context.store().issue(value).map(Issue::key),
          value -> "An issue with key '" + value + "' does not exist for field '" + field + "'.");
      case "parent" -> values(clause, EQUALITY, issue -> listOf(issue.parentKey()),
          value -> context.store().issue(value).map(Issue::key),
          value -> "An issue with key '" + value + "' does not exist for field '" + field + "'.");
      case "status" -> values(clause, EQUALITY, issue -> List.of(lower(issue.status().name())),
          value -> allStatuses().filter(s -> s.id().equals(value) || s.name().equalsIgnoreCase(value))
              .map(s -> lower(s.name())).findFirst(), notFound(field));
      case "statuscategory" -> values(clause, EQUALITY, issue -> List.of(issue.status().category().key()),
          value -> StatusCategory.named(value).map(StatusCategory::key), notFound(field));
      case "issuetype", "type" -> values(clause, EQUALITY, issue -> List.of(lower(issue.type().name())),
          value -> context.store().projects().stream().flatMap(p -> p.issueTypes().stream())
              .filter(t -> t.id().equals(value) || t.name().equalsIgnoreCase(value))
              .map(t -> lower(t.name())).findFirst(), notFound(field));
      case "priority" -> priority(clause);
      case "assignee" -> users(clause, Issue::assignee);
      case "reporter" -> users(clause, Issue::reporter);
      case "creator" -> users(clause, Issue::creator);
      case "labels" -> values(clause, EQUALITY, issue -> issue.labels().stream().map(ClauseCompiler::lower).toList(),
          value -> Optional.of(lower(value)), notFound(field));
      case "resolution" -> values(clause, EQUALITY, issue -> issue.resolved() == null ? List.of() : List.of("done"),
          value -> value.equalsIgnoreCase("unresolved") ? Optional.of("") : value.equalsIgnoreCase("done")
              ? Optional.of("done") : Optional.empty(), notFound(field));
      case "summary" -> text(clause, Issue::summary);
      case "description" -> text(clause, issue -> AdfText.of(issue.description()));
      case "comment" -> text(clause, ClauseCompiler::commentText);
      case "environment" -> text(clause, issue -> null);
      case "text" -> text(clause, issue -> issue.summary() + "\n" + AdfText.of(issue.description()) + "\n"
          + commentText(issue));
      case "created", "createddate" -> date(clause, Issue::created);
      case "updated", "updateddate" -> date(clause, Issue::updated);
      case "resolved", "resolutiondate" -> date(clause, Issue::resolved);
      case "duedate", "due" -> date(clause, issue -> issue.dueDate() == null ? null
          : issue.dueDate().atStartOfDay(context.zone()).toInstant());
      default -> CustomFields.byClauseName(field).map(custom -> custom(clause, custom)).orElseGet(() -> {
        errors.add("Field '" + field + "' does not exist or you do not have permission to view it.");
        return issue -> false;
      });
    };
  }

  /** Sprint (by ID or name, and the sprint functions), Team (by option) and Story Points (a number). */
  private Predicate<Issue> custom(Clause.Terminal clause, CustomField field) {
    return switch (field.kind()) {
      case SPRINT -> values(clause, EQUALITY, issue -> sprints.sprints(issue).stream()
              .map(sprint -> Long.toString(sprint.id())).toList(),
          value -> context.store().sprints().stream()
              .filter(sprint -> Long.toString(sprint.id()).equals(value) || sprint.name().equalsIgnoreCase(value))
              .map(sprint -> Long.toString(sprint.id())).findFirst(), notFound(clause.field()));
      case SELECT -> values(clause, EQUALITY, issue -> CustomFieldValues.team(issue).map(FieldOption::id).stream()
              .toList(),
          value -> field.optionById(value).or(() -> field.optionByValue(value)).map(FieldOption::id),
          notFound(clause.field()));
      case NUMBER -> number(clause, issue -> CustomFieldValues.storyPoints(issue).orElse(null));
    };
  }

  private Predicate<Issue> number(Clause.Terminal clause, Function<Issue, Double> numberOf) {
    if (!supported(clause, ORDERING)) {
      return issue -> false;
    }
    Operator op = clause.operator();
    if (clause.operand() instanceof Operand.Empty) {
      boolean wantEmpty = op == Operator.IS || op == Operator.EQUALS;
      return issue -> (numberOf.apply(issue) == null) == wantEmpty;
    }
    String text = clause.operand() instanceof Operand.Value value ? value.text() : "";
    double bound;
    try {
      bound = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      errors.add("The value '" + text + "' is not a number, as the field '" + clause.field() + "' needs.");
      return issue -> false;
    }
    return compared(op, numberOf, bound);
  }

  /**
   * A field whose values are names: the operand's values are resolved (to a canonical lower-case form) and
   * compared with the issue's values; an empty list means the field is empty.
   */
  private Predicate<Issue> values(Clause.Terminal clause, Set<Operator> allowed,
      Function<Issue, List<String>> valuesOf, Function<String, Optional<String>> resolve,
      Function<String, String> notFound) {
    if (!supported(clause, allowed)) {
      return issue -> false;
    }
    Set<String> wanted = new HashSet<>();
    boolean empty = collect(clause, clause.operand(), resolve, notFound, wanted);
    return switch (clause.operator()) {
      case EQUALS, IN, IS -> issue -> {
        List<String> actual = valuesOf.apply(issue);
        return actual.isEmpty() ? empty || wanted.contains("") : actual.stream().anyMatch(wanted::contains);
      };
      case NOT_EQUALS, NOT_IN, IS_NOT -> issue -> {
        List<String> actual = valuesOf.apply(issue);
        return !actual.isEmpty() && actual.stream().noneMatch(wanted::contains);
      };
      default -> issue -> false;
    };
  }

  /**
   * Resolves an operand's values into {@code wanted}; returns whether it named EMPTY. Functions are allowed
   * only where they make sense (currentUser() on user fields).
   */
  private boolean collect(Clause.Terminal clause, Operand operand, Function<String, Optional<String>> resolve,
      Function<String, String> notFound, Set<String> wanted) {
    if (operand instanceof Operand.Empty) {
      return true;
    }
    if (operand instanceof Operand.ListOf list) {
      boolean empty = false;
      for (Operand item : list.items()) {
        empty |= collect(clause, item, resolve, notFound, wanted);
      }
      return empty;
    }
    if (operand instanceof Operand.Function function) {
      if (CustomFields.byClauseName(clause.field()).filter(field -> field == CustomFields.SPRINT).isPresent()) {
        wanted.addAll(functions.sprintValues(function, clause.field(), errors));
      } else {
        functions.userValue(function, clause.field(), USER_FIELDS.contains(clause.field().toLowerCase(Locale.ROOT)),
            errors).ifPresent(wanted::add);
      }
      return false;
    }
    String text = ((Operand.Value) operand).text();
    Optional<String> resolved = resolve.apply(text);
    if (resolved.isPresent()) {
      wanted.add(resolved.get());
    } else {
      errors.add(notFound.apply(text));
    }
    return false;
  }

  private Predicate<Issue> users(Clause.Terminal clause, Function<Issue, SandboxUser> user) {
    return values(clause, EQUALITY, issue -> listOf(user.apply(issue) == null ? null : user.apply(issue).accountId()),
        value -> context.user(value).map(SandboxUser::accountId), notFound(clause.field()));
  }

  private Predicate<Issue> priority(Clause.Terminal clause) {
    Operator op = clause.operator();
    if (!ORDERING.contains(op) && op != Operator.IN && op != Operator.NOT_IN) {
      unsupported(clause);
      return issue -> false;
    }
    if (EQUALITY.contains(op)) {
      return values(clause, EQUALITY, issue -> List.of(lower(issue.priority().name())),
          value -> context.store().priority(value).map(p -> lower(p.name())), notFound(clause.field()));
    }
    if (!(clause.operand() instanceof Operand.Value value)) {
      errors.add("The operator '" + op.symbol() + "' is not supported by the '" + clause.field()
          + "' field with this value.");
      return issue -> false;
    }
    Optional<Priority> bound = context.store().priority(value.text());
    if (bound.isEmpty()) {
      errors.add(notFound(clause.field()).apply(value.text()));
      return issue -> false;
    }
    int rank = bound.get().rank();
    // A higher priority has a lower rank: "priority > Medium" means High and Highest.
    return switch (op) {
      case GREATER -> issue -> issue.priority().rank() < rank;
      case GREATER_OR_EQUAL -> issue -> issue.priority().rank() <= rank;
      case LESS -> issue -> issue.priority().rank() > rank;
      default -> issue -> issue.priority().rank() >= rank;
    };
  }

  private Predicate<Issue> text(Clause.Terminal clause, Function<Issue, String> textOf) {
    if (!supported(clause, TEXT)) {
      return issue -> false;
    }
    Operator op = clause.operator();
    if (op == Operator.IS || op == Operator.IS_NOT) {
      if (!(clause.operand() instanceof Operand.Empty)) {
        errors.add("The operator '" + op.symbol() + "' only supports the values EMPTY and NULL.");
        return issue -> false;
      }
      Predicate<Issue> empty = issue -> textOf.apply(issue) == null || textOf.apply(issue).isBlank();
      return op == Operator.IS ? empty : empty.negate();
    }
    if (!(clause.operand() instanceof Operand.Value value)) {
      if (clause.operand() instanceof Operand.Function function) {
        errors.add("A value provided by the function '" + function.name() + "' is invalid for the field '"
            + clause.field() + "'.");
      } else {
        errors.add("The operator '" + op.symbol() + "' is not supported by the '" + clause.field()
            + "' field with a list or EMPTY.");
      }
      return issue -> false;
    }
    TextMatch match = new TextMatch(value.text());
    if (match.isEmpty()) {
      errors.add("The field '" + clause.field() + "' does not support searching for an empty string.");
      return issue -> false;
    }
    Predicate<Issue> matches = issue -> match.matches(textOf.apply(issue));
    return op == Operator.LIKE ? matches : matches.negate();
  }

  private Predicate<Issue> date(Clause.Terminal clause, Function<Issue, Instant> dateOf) {
    if (!supported(clause, ORDERING)) {
      return issue -> false;
    }
    Operator op = clause.operator();
    if (clause.operand() instanceof Operand.Empty) {
      if (op != Operator.IS && op != Operator.IS_NOT && op != Operator.EQUALS && op != Operator.NOT_EQUALS) {
        unsupported(clause);
        return issue -> false;
      }
      boolean wantEmpty = op == Operator.IS || op == Operator.EQUALS;
      return issue -> (dateOf.apply(issue) == null) == wantEmpty;
    }
    Optional<Instant> bound = dateValue(clause);
    if (bound.isEmpty()) {
      return issue -> false;
    }
    return compared(op, dateOf, bound.get());
  }

  /** Issues whose value compares with {@code bound} as the operator says; an empty value never matches. */
  private static <T extends Comparable<T>> Predicate<Issue> compared(Operator op, Function<Issue, T> valueOf,
      T bound) {
    return issue -> {
      T value = valueOf.apply(issue);
      if (value == null) {
        return false;
      }
      int compared = value.compareTo(bound);
      return switch (op) {
        case EQUALS -> compared == 0;
        case NOT_EQUALS -> compared != 0;
        case LESS -> compared < 0;
        case LESS_OR_EQUAL -> compared <= 0;
        case GREATER -> compared > 0;
        default -> compared >= 0;
      };
    };
  }

  private Optional<Instant> dateValue(Clause.Terminal clause) {
    if (clause.operand() instanceof Operand.Function function) {
      return functions.dateValue(function, clause.field(), errors);
    }
    if (clause.operand() instanceof Operand.Value value) {
      Optional<Instant> parsed = RelativeDates.parse(value.text(), context.now(), context.zone());
      if (parsed.isEmpty()) {
        errors.add("Date value '" + value.text() + "' for field '" + clause.field() + "' is invalid. "
            + RelativeDates.VALID_FORMATS);
      }
      return parsed;
    }
    unsupported(clause);
    return Optional.empty();
  }

  private boolean supported(Clause.Terminal clause, Set<Operator> allowed) {
    if (!allowed.contains(clause.operator())) {
      unsupported(clause);
      return false;
    }
    Operator op = clause.operator();
    boolean list = clause.operand() instanceof Operand.ListOf;
    if (list && op != Operator.IN && op != Operator.NOT_IN) {
      errors.add("The operator '" + op.symbol() + "' does not support the list value for field '"
          + clause.field() + "'. Use 'in' or 'not in' with a list.");
      return false;
    }
    boolean isOperator = op == Operator.IS || op == Operator.IS_NOT;
    if (isOperator && !(clause.operand() instanceof Operand.Empty)) {
      errors.add("The operator '" + op.symbol() + "' only supports the values EMPTY and NULL.");
      return false;
    }
    return true;
  }

  private void unsupported(Clause.Terminal clause) {
    errors.add("The operator '" + clause.operator().symbol() + "' is not supported by the '" + clause.field()
        + "' field.");
  }

  private Stream<Status> allStatuses() {
    return context.store().projects().stream().flatMap(project -> project.statuses().stream());
  }

  private static Function<String, String> notFound(String field) {
    return value -> "The value '" + value + "' does not exist for the field '" + field + "'.";
  }

  private static String commentText(Issue issue) {
    return issue.comments().stream().map(comment -> AdfText.of(comment.body())).collect(Collectors.joining("\n"));
  }

  private static List<String> listOf(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
