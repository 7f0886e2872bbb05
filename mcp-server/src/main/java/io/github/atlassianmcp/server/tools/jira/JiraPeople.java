package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.adf.Mentions;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.client.jira.platform.api.UserSearchApi;
import io.github.atlassianmcp.client.jira.platform.model.User;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.AtlassianException;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.tools.ToolInputException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of the Jira site, as an agent names them: "me", "none", an email, a display name (or the start of
 * one, when only one person has it), or an account ID. A name that fits several people, or nobody, is an error
 * listing them, so nothing is sent to the wrong person. Also turns {@code @Name} in markdown into mentions.
 */
public final class JiraPeople {

  /** Atlassian account IDs: 24 hex digits, or a numeric prefix and a UUID, or a portal customer's qm: form. */
  static final Pattern ACCOUNT_ID = Pattern.compile(
      "^(?:[0-9a-f]{24}|[0-9]{1,10}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
          + "|qm:[0-9a-f-]{36}:[0-9a-f]{24})$");
  private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\p{L}[\\p{L}\\p{M}'’-]*");
  /** How many people a lookup reads: enough to tell one from several. */
  private static final int LOOKUP = 20;
  /** How many different names one document may look up for mentions. */
  private static final int MAX_MENTION_LOOKUPS = 10;

  /**
   * One person.
   *
   * @param email only when its owner lets others see it
   */
  record Person(String accountId, String name, Optional<String> email, boolean customer) {

    /** "Priya Natarajan <priya@example.com> (5b10...)", as a list of candidates shows a person. */
    String describe() {
      return name + email.map(e -> " <" + e + ">").orElse("") + " (" + (customer ? "customer, " : "") + accountId
          + ")";
    }
  }

  /** Where a person is wanted: assignable people of an issue or project, or anyone (user fields, mentions). */
  record Scope(Optional<String> issueKey, Optional<String> projectKey) {

    static Scope anyone() {
      return new Scope(Optional.empty(), Optional.empty());
    }

    static Scope assigneeOf(String issueKey) {
      return new Scope(Optional.of(issueKey), Optional.empty());
    }

    static Scope assigneeIn(String projectKey) {
      return new Scope(Optional.empty(), Optional.of(projectKey));
    }

    boolean assignable() {
      return issueKey.isPresent() || projectKey.isPresent();
    }
  }

  private final AtlassianAccess access;

  public JiraPeople(AtlassianAccess access) {
    this.access = Objects.requireNonNull(access, "access");
  }

  /** Active people whose name or visible email starts with {@code query}, as Jira's user search finds them. */
  List<Person> find(String query, int limit) {
    return search(Scope.anyone(), query, false, limit);
  }

  /** The signed-in person. */
  Person me() {
    return access.status().user()
        .map(user -> new Person(user.accountId(), user.name(), Optional.ofNullable(user.email()), false))
        .orElseGet(() -> person(AtlassianCall.run(Product.JIRA, JiraOperations.MYSELF, "the signed-in user", () ->
            new MyselfApi(access.clients().jiraPlatform()).getCurrentUser().execute())));
  }

  /**
   * The person {@code given} names, or empty for "none" (unassigned, cleared).
   *
   * @param argument what the agent set, for errors ("assignee", "fields.Reviewer")
   * @throws ToolInputException when nobody or several people fit, listing them
   */
  Optional<Person> resolve(String given, String argument, Scope scope) {
    String wanted = given.strip();
    String lower = wanted.toLowerCase(Locale.ROOT);
    if (lower.equals("none") || lower.equals("unassigned") || lower.equals("nobody")) {
      return Optional.empty();
    }
    if (lower.equals("me") || lower.equals("myself") || lower.equals("currentuser()")) {
      return Optional.of(me());
    }
    String where = scope.issueKey().map(key -> " among the people who can be assigned " + key)
        .or(() -> scope.projectKey().map(key -> " among the people who can be assigned issues in " + key))
        .orElse("");
    if (ACCOUNT_ID.matcher(wanted).matches()) {
      List<Person> found = search(scope, wanted, true, 1);
      if (found.isEmpty()) {
        throw new ToolInputException(argument + ": no active person has the account ID " + wanted + where
            + ". Find people with jira_find_users.");
      }
      return Optional.of(found.get(0));
    }
    List<Person> found = search(scope, wanted, false, LOOKUP);
    List<Person> fits;
    if (EMAIL.matcher(wanted).matches()) {
      fits = found.stream().filter(p -> p.email().filter(e -> e.equalsIgnoreCase(wanted)).isPresent()).toList();
      if (fits.isEmpty()) {
        throw new ToolInputException(argument + ": no active person has the email " + wanted + where
            + " (people who hide their email cannot be found by it). Give their name or account ID; nothing was"
            + " changed.");
      }
    } else {
      List<Person> exact = found.stream().filter(p -> p.name().equalsIgnoreCase(wanted)).toList();
      fits = exact.isEmpty() ? found : exact;
      if (fits.isEmpty()) {
        throw new ToolInputException(argument + ": no one matches \"" + wanted + "\"" + where
            + ". Check the name with jira_find_users; nothing was changed.");
      }
    }
    if (fits.size() > 1) {
      throw new ToolInputException(argument + ": several people match \"" + wanted + "\": " + String.join("; ",
          fits.stream().map(Person::describe).toList()) + ". Give the email or account ID of the one you mean;"
          + " nothing was changed.");
    }
    return Optional.of(fits.get(0));
  }

  /**
   * Mentions for one document: {@code @Full Name} or {@code @email} that is exactly one person. Lookups are shared
   * within the document and capped; a failed lookup leaves the text as it is.
   */
  Mentions mentions() {
    Map<String, List<Person>> byQuery = new HashMap<>();
    Function<String, List<Person>> lookup = query -> {
      String key = query.toLowerCase(Locale.ROOT);
      if (!byQuery.containsKey(key) && byQuery.size() >= MAX_MENTION_LOOKUPS) {
        return List.of();
      }
      return byQuery.computeIfAbsent(key, k -> {
        try {
          return find(query, LOOKUP);
        } catch (AtlassianException e) {
          return List.of();
        }
      });
    };
    return text -> mention(text, lookup);
  }

  private static Optional<Mentions.Mention> mention(String text, Function<String, List<Person>> lookup) {
    Matcher email = EMAIL.matcher(text);
    if (email.find()) {
      String address = email.group();
      List<Person> fits = lookup.apply(address).stream()
          .filter(p -> p.email().filter(e -> e.equalsIgnoreCase(address)).isPresent()).toList();
      return fits.size() == 1
          ? Optional.of(new Mentions.Mention(fits.get(0).accountId(), fits.get(0).name(), address.length()))
          : Optional.empty();
    }
    Matcher word = FIRST_WORD.matcher(text);
    if (!word.find()) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    List<Person> named = lookup.apply(word.group()).stream()
        .filter(p -> lower.startsWith(p.name().toLowerCase(Locale.ROOT))
            && (text.length() == p.name().length() || !Character.isLetterOrDigit(text.charAt(p.name().length()))))
        .sorted(Comparator.comparingInt((Person p) -> p.name().length()).reversed())
        .toList();
    if (named.isEmpty() || named.size() > 1 && named.get(1).name().length() == named.get(0).name().length()) {
      return Optional.empty();
    }
    Person person = named.get(0);
    return Optional.of(new Mentions.Mention(person.accountId(), person.name(), person.name().length()));
  }

  private List<Person> search(Scope scope, String text, boolean byAccountId, int limit) {
    UserSearchApi api = new UserSearchApi(access.clients().jiraPlatform());
    List<User> users;
    if (scope.assignable()) {
      users = AtlassianCall.run(Product.JIRA, JiraOperations.ASSIGNABLE_USERS,
          scope.issueKey().orElseGet(() -> "Project " + scope.projectKey().orElseThrow()), () -> {
            var request = api.findAssignableUsers().maxResults(limit);
            scope.issueKey().ifPresent(request::issueKey);
            scope.projectKey().ifPresent(request::project);
            return (byAccountId ? request.accountId(text) : request.query(text)).execute();
          });
    } else {
      users = call(JiraOperations.FIND_USERS, "the people matching \"" + text + "\"", () -> {
        var request = api.findUsers().maxResults(limit);
        return (byAccountId ? request.accountId(text) : request.query(text)).execute();
      });
    }
    return (users == null ? List.<User>of() : users).stream()
        .filter(user -> user.getAccountId() != null && !Boolean.FALSE.equals(user.getActive()))
        .filter(user -> user.getAccountType() != User.AccountTypeEnum.APP)
        .map(JiraPeople::person)
        .toList();
  }

  private static <T> T call(OperationRef operation, String subject, AtlassianCall.Body<T> body) {
    return AtlassianCall.run(Product.JIRA, operation, subject, body);
  }

  private static Person person(User user) {
    return new Person(user.getAccountId(), Optional.ofNullable(user.getDisplayName()).orElse(user.getAccountId()),
        Optional.ofNullable(user.getEmailAddress()).filter(e -> !e.isBlank()),
        user.getAccountType() == User.AccountTypeEnum.CUSTOMER);
  }
}
