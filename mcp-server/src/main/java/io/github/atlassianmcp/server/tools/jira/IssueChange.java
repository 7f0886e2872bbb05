package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.adf.MarkdownToAdf;
import io.github.atlassianmcp.client.ExplicitNull;
import io.github.atlassianmcp.client.jira.platform.model.FieldUpdateOperation;
import io.github.atlassianmcp.client.jira.platform.model.IssueUpdateDetails;
import io.github.atlassianmcp.server.tools.InputSchema;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.jira.FieldMetadata.Screen;
import io.github.atlassianmcp.server.tools.jira.JiraPeople.Person;
import io.github.atlassianmcp.server.tools.jira.JiraPeople.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a create or an edit sends, built from the tools' plain arguments: {@code fields} to set and {@code update}
 * verbs (labels added and removed keep the others). Values are checked against the screen's metadata before
 * anything is sent; every problem is collected and {@link #request()} names them all at once.
 */
final class IssueChange {

  private static final Pattern ISSUE_KEY = Pattern.compile(InputSchema.ISSUE_KEY_PATTERN);
  private static final int MAX_LABEL = 255;

  private final FieldValueConverter converter;
  private final JiraPeople people;
  private final MarkdownToAdf markdownToAdf;
  private final Supplier<Screen> screen;
  private final Scope assigneeScope;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final Map<String, List<FieldUpdateOperation>> update = new LinkedHashMap<>();
  private final List<String> changes = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  /**
   * @param screen the screen's metadata, read only when a value needs checking
   * @param assigneeScope whom the assignee may be
   */
  IssueChange(FieldValueConverter converter, JiraPeople people, MarkdownToAdf markdownToAdf, Supplier<Screen> screen,
      Scope assigneeScope) {
    this.converter = converter;
    this.people = people;
    this.markdownToAdf = markdownToAdf;
    this.screen = new Supplier<>() {
      private Screen read;

      @Override
      public Screen get() {
        if (read == null) {
          read = screen.get();
        }
        return read;
      }
    };
    this.assigneeScope = assigneeScope;
  }

  /** Sets a field as given; {@code change} says it in the answer, or null to leave it unsaid. */
  IssueChange set(String field, Object value, String change) {
    fields.put(field, value);
    if (change != null) {
      changes.add(change);
    }
    return this;
  }

  /** The description from markdown, {@code @mentions} resolved. */
  IssueChange description(String markdown, boolean said) {
    return set("description", markdownToAdf.convert(markdown, people.mentions()), said ? "description" : null);
  }

  IssueChange assignee(String given) {
    try {
      Optional<Person> person = people.resolve(given, "assignee", assigneeScope);
      set("assignee", person.<Object>map(p -> Map.of("accountId", p.accountId())).orElse(ExplicitNull.VALUE),
          "assignee " + person.map(Person::name).orElse("none"));
    } catch (ToolInputException e) {
      problems.add(e.getMessage());
    }
    return this;
  }

  /** A field of the screen by its ID, checked and converted (priority, components, fixVersions). */
  IssueChange screenField(String argument, String fieldId, Object value) {
    Optional<Screen> known = screenOrProblem();
    if (known.isEmpty()) {
      return this;
    }
    Optional<ScreenField> field = known.get().byId(fieldId);
    if (field.isEmpty()) {
      problems.add(argument + " cannot be set on " + known.get().subject() + ": it is not on its screen.");
      return this;
    }
    return converted(argument, field.get(), value);
  }

  /** The {@code fields} argument: field names or IDs to plain values. */
  IssueChange fields(Map<String, Object> given) {
    for (Map.Entry<String, Object> entry : given.entrySet()) {
      Optional<Screen> known = screenOrProblem();
      if (known.isEmpty()) {
        return this;
      }
      ScreenField field;
      try {
        field = known.get().require(entry.getKey());
      } catch (ToolInputException e) {
        problems.add(e.getMessage());
        continue;
      }
      if (fields.containsKey(field.id()) || update.containsKey(field.id())) {
        problems.add(field.label() + " is given twice; give it once.");
        continue;
      }
      converted("fields." + entry.getKey(), field, entry.getValue());
    }
    return this;
  }

  IssueChange labels(List<String> labels) {
    checkLabels("labels", labels);
    return set("labels", labels, "labels " + (labels.isEmpty() ? "none" : String.join(", ", labels)));
  }

  /** Labels added and removed with Jira's update verbs, so the issue's other labels stay. */
  IssueChange editLabels(List<String> add, List<String> remove) {
    checkLabels("add_labels", add);
    checkLabels("remove_labels", remove);
    List<FieldUpdateOperation> operations = new ArrayList<>();
    add.forEach(label -> operations.add(new FieldUpdateOperation().add(label)));
    remove.forEach(label -> operations.add(new FieldUpdateOperation().remove(label)));
    if (!operations.isEmpty()) {
      update.put("labels", operations);
      List<String> words = new ArrayList<>();
      add.forEach(label -> words.add("+" + label));
      remove.forEach(label -> words.add("-" + label));
      changes.add("labels " + String.join(" ", words));
    }
    return this;
  }

  IssueChange dueDate(String given) {
    if (FieldValueConverter.isNone(given)) {
      return set("duedate", ExplicitNull.VALUE, "due date none");
    }
    try {
      String date = FieldValueConverter.date(given);
      return set("duedate", date, "due " + date);
    } catch (IllegalArgumentException e) {
      problems.add("due_date " + e.getMessage());
      return this;
    }
  }

  /** The parent (epic, or a subtask's issue); "none" removes it. */
  IssueChange parent(String given) {
    if (FieldValueConverter.isNone(given) && !editing()) {
      return this;
    }
    if (FieldValueConverter.isNone(given)) {
      update.put("parent", List.of(new FieldUpdateOperation().set(Map.of("none", true))));
      changes.add("parent none");
      return this;
    }
    String key = given.strip().toUpperCase(Locale.ROOT);
    if (!ISSUE_KEY.matcher(key).matches()) {
      problems.add("parent must be an issue key like PROJ-123" + (editing() ? " or \"none\"" : "") + ", got \""
          + given + "\".");
      return this;
    }
    return set("parent", Map.of("key", key), "parent " + key);
  }

  /** Jira refuses a label with a space in it; said before sending, with the others' problems. */
  private void checkLabels(String argument, List<String> labels) {
    labels.stream().filter(label -> label.isBlank() || label.chars().anyMatch(Character::isWhitespace)
        || label.length() > MAX_LABEL).findFirst().ifPresent(label -> problems.add(argument
            + ": a label has no spaces and at most " + MAX_LABEL + " characters, got \"" + label + "\"."));
  }

  private boolean editing() {
    return assigneeScope.issueKey().isPresent();
  }

  /**
   * The request to send.
   *
   * @throws ToolInputException naming every problem found; nothing has been sent
   */
  IssueUpdateDetails request() {
    if (!problems.isEmpty()) {
      throw new ToolInputException(problems.size() == 1 ? problems.get(0)
          : "Nothing was sent:\n- " + String.join("\n- ", problems));
    }
    IssueUpdateDetails details = new IssueUpdateDetails().fields(fields);
    if (!update.isEmpty()) {
      details.update(update);
    }
    return details;
  }

  /** What changes, in words: "assignee Priya Natarajan", "labels +payments". */
  List<String> changes() {
    return List.copyOf(changes);
  }

  private IssueChange converted(String argument, ScreenField field, Object value) {
    try {
      Object converted = converter.convert(field, value, argument,
          field.id().equals("assignee") ? assigneeScope : Scope.anyone());
      fields.put(field.id(), converted);
      changes.add((argument.startsWith("fields.") ? field.name() : argument) + " " + describe(value));
    } catch (IllegalArgumentException e) {
      problems.add(field.label() + ": " + e.getMessage());
    } catch (ToolInputException e) {
      problems.add(e.getMessage());
    }
    return this;
  }

  private Optional<Screen> screenOrProblem() {
    try {
      return Optional.of(screen.get());
    } catch (ToolInputException e) {
      if (!problems.contains(e.getMessage())) {
        problems.add(e.getMessage());
      }
      return Optional.empty();
    }
  }

  private static String describe(Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "none" : String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }
}
