package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the {@code fields} (and, through {@link FieldOperations}, the {@code update}) of a create, edit or
 * transition request into changes to an issue draft, with Jira's error for each bad value: the field's ID and
 * Jira's sentence, or {@code INVALID_INPUT} for a description that is not valid ADF. A field that is not on the
 * screen of the operation is refused as Jira refuses it; nothing changes unless every value is good.
 */
final class FieldValues {

  static final String NOT_ADF = "Operation value must be an Atlassian Document (see the Atlassian Document Format)";
  static final String NO_USER = "Specified user does not exist or you do not have required permissions";
  static final String BAD_HIERARCHY = "Given parent issue does not belong to appropriate hierarchy.";

  private final JiraSite site;
  private final JiraStore store;
  private final Target target;

  final Map<String, String> fieldErrors = new LinkedHashMap<>();
  final List<String> messages = new ArrayList<>();
  final List<Consumer<Issue.Draft>> changes = new ArrayList<>();

  /**
   * What the values are for: the project and type of the issue (null when the request named none that exists),
   * the issue as it is now (null on create), the fields the operation's screen has, and who is writing.
   */
  record Target(Project project, IssueType type, Issue current, Set<String> screen, SandboxUser author) {}

  FieldValues(JiraSite site, Target target) {
    this.site = site;
    this.store = site.store();
    this.target = target;
  }

  Target target() {
    return target;
  }

  JiraSite site() {
    return site;
  }

  boolean ok() {
    return fieldErrors.isEmpty() && messages.isEmpty();
  }

  /** Reads every field of a {@code fields} object. {@code skip} names fields the caller reads itself. */
  void read(JsonObject fields, Set<String> skip) {
    for (String name : fields.keySet()) {
      if (!skip.contains(name)) {
        read(name, fields.get(name));
      }
    }
  }

  /** Reads one field's new value. */
  void read(String field, JsonElement value) {
    if (!onScreen(field)) {
      fieldErrors.put(field, cannotSet(field));
      return;
    }
    switch (field) {
      case "summary" -> summary(value).ifPresent(summary -> changes.add(draft -> draft.summary = summary));
      case "description" -> description(value);
      case "issuetype" -> issueType(value);
      case "labels" -> labels(value).ifPresent(labels -> changes.add(draft -> draft.labels = labels));
      case "priority" -> priority(value).ifPresent(priority -> changes.add(draft -> draft.priority = priority));
      case "assignee" -> assignee(value).ifPresent(user -> changes.add(draft -> draft.assignee = user.orElse(null)));
      case "reporter" -> user(value, "reporter").ifPresent(user -> user.ifPresent(found ->
          changes.add(draft -> draft.reporter = found)));
      case "parent" -> parent(value);
      case "duedate" -> dueDate(value).ifPresent(due -> changes.add(draft -> draft.dueDate = due.orElse(null)));
      case "components" -> list(value, field, this::component)
          .ifPresent(components -> changes.add(draft -> draft.components = components));
      case "fixVersions" -> list(value, field, this::version)
          .ifPresent(versions -> changes.add(draft -> draft.fixVersions = versions));
      case "versions" -> list(value, field, this::version)
          .ifPresent(versions -> changes.add(draft -> draft.versions = versions));
      case "timetracking" -> timeTracking(value);
      default -> CustomFields.byId(field).ifPresentOrElse(custom -> custom(custom, value),
          () -> fieldErrors.put(field, cannotSet(field)));
    }
  }

  /** Whether the operation's screen has the field; when the project or type is unknown, any known field. */
  boolean onScreen(String field) {
    if (target.screen() != null) {
      return target.screen().contains(field);
    }
    return IssueFields.NAMES.containsKey(field);
  }

  /** The issue's summary, or an error: required, at most 254 characters. */
  Optional<String> summary(JsonElement value) {
    if (value == null || value.isJsonNull() || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
      fieldErrors.put("summary", "You must specify a summary of the issue.");
      return Optional.empty();
    }
    String summary = value.getAsString().strip();
    if (summary.length() > 254) {
      fieldErrors.put("summary", "Summary must be less than 255 characters.");
      return Optional.empty();
    }
    return Optional.of(summary);
  }

  /** A description: ADF or null. A plain string gets Jira's v3 answer; invalid ADF gets INVALID_INPUT. */
  private void description(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      changes.add(draft -> draft.description = null);
      return;
    }
    document(value, "description").ifPresent(doc -> changes.add(draft -> draft.description = doc));
  }

  /** An ADF document sent for {@code field}, or the error Jira gives for it. */
  Optional<JsonObject> document(JsonElement value, String field) {
    if (!value.isJsonObject()) {
      fieldErrors.put(field, NOT_ADF);
      return Optional.empty();
    }
    if (!site.adf().problems(value).isEmpty()) {
      messages.add("INVALID_INPUT");
      return Optional.empty();
    }
    return Optional.of(value.getAsJsonObject());
  }

  /** On an edit, another type of the same level (a story may become a task, not a subtask or an epic). */
  private void issueType(JsonElement value) {
    Optional<IssueType> type = handle(value, "id").or(() -> handle(value, "name"))
        .flatMap(target.project()::issueType)
        .filter(candidate -> candidate.hierarchyLevel() == target.type().hierarchyLevel());
    if (type.isEmpty()) {
      fieldErrors.put("issuetype", "The issue type selected is invalid.");
      return;
    }
    changes.add(draft -> draft.type = type.get());
  }

  Optional<List<String>> labels(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return Optional.of(List.of());
    }
    if (!value.isJsonArray()) {
      fieldErrors.put("labels", "data was not an array");
      return Optional.empty();
    }
    List<String> labels = new ArrayList<>();
    for (JsonElement label : value.getAsJsonArray()) {
      Optional<String> text = label(label);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      if (!labels.contains(text.get())) {
        labels.add(text.get());
      }
    }
    return Optional.of(labels);
  }

  /** One label: a string without spaces. */
  Optional<String> label(JsonElement value) {
    String text = value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    if (text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
      fieldErrors.put("labels", "The label '" + text + "' contains spaces which is invalid.");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** A priority by ID or by name, with Jira's sentence for each. */
  private Optional<Priority> priority(JsonElement value) {
    Optional<String> id = handle(value, "id");
    Optional<String> name = handle(value, "name");
    if (id.isPresent()) {
      Optional<Priority> priority = store.priorities().stream().filter(p -> p.id().equals(id.get())).findFirst();
      if (priority.isEmpty()) {
        fieldErrors.put("priority", "The priority selected is invalid.");
      }
      return priority;
    }
    if (name.isPresent()) {
      Optional<Priority> priority = store.priority(name.get());
      if (priority.isEmpty()) {
        fieldErrors.put("priority", "Priority name '" + name.get() + "' is not valid");
      }
      return priority;
    }
    fieldErrors.put("priority", "Specify the Priority (id or name) in the proper format");
    return Optional.empty();
  }

  /** {@code {"accountId": ...}} of someone who can be assigned issues, or null to unassign. */
  private Optional<Optional<SandboxUser>> assignee(JsonElement value) {
    Optional<Optional<SandboxUser>> user = user(value, "assignee");
    if (user.isPresent() && user.get().isPresent() && !assignable(user.get().get())) {
      fieldErrors.put("assignee", "User '" + user.get().get().displayName() + "' cannot be assigned issues.");
      return Optional.empty();
    }
    return user;
  }

  /** People who may hold issues: active Atlassian accounts, not portal customers. */
  static boolean assignable(SandboxUser user) {
    return user.active() && user.accountType().equals("atlassian");
  }

  /** {@code {"accountId": ...}}, or null to clear; the outer Optional is empty on error. */
  private Optional<Optional<SandboxUser>> user(JsonElement value, String field) {
    if (value == null || value.isJsonNull()) {
      return Optional.of(Optional.empty());
    }
    Optional<SandboxUser> user = handle(value, "accountId").flatMap(site.users()::byAccountId);
    if (user.isEmpty()) {
      fieldErrors.put(field, NO_USER);
      return Optional.empty();
    }
    return Optional.of(user);
  }

  /**
   * The parent: for a subtask a standard issue, for a standard issue an epic, in the same project. Null removes
   * an epic, never a subtask's parent.
   */
  void parent(JsonElement value) {
    IssueType type = target.type();
    if (value == null || value.isJsonNull()) {
      if (type != null && type.subtask()) {
        fieldErrors.put("parent", BAD_HIERARCHY);
      } else {
        changes.add(draft -> draft.parentKey = null);
      }
      return;
    }
    Optional<Issue> parent = handle(value, "key").or(() -> handle(value, "id")).flatMap(store::issue);
    if (parent.isEmpty()) {
      fieldErrors.put("parent", "Could not find issue by id or key.");
      return;
    }
    Issue found = parent.get();
    boolean itself = target.current() != null && target.current().id() == found.id();
    if (type != null && (itself || found.type().hierarchyLevel() != type.hierarchyLevel() + 1
        || (target.project() != null && !found.project().key().equals(target.project().key())))) {
      fieldErrors.put("parent", BAD_HIERARCHY);
      return;
    }
    changes.add(draft -> draft.parentKey = found.key());
  }

  private Optional<Optional<LocalDate>> dueDate(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return Optional.of(Optional.empty());
    }
    String text = value.isJsonPrimitive() ? value.getAsString() : value.toString();
    try {
      return Optional.of(Optional.of(LocalDate.parse(text)));
    } catch (DateTimeParseException e) {
      fieldErrors.put("duedate", "Error parsing date string: " + text);
      return Optional.empty();
    }
  }

  /** A list of references (components, versions); null clears it. */
  private <T> Optional<List<T>> list(JsonElement value, String field,
      BiFunction<JsonElement, String, Optional<T>> one) {
    if (value == null || value.isJsonNull()) {
      return Optional.of(List.of());
    }
    if (!value.isJsonArray()) {
      fieldErrors.put(field, "data was not an array");
      return Optional.empty();
    }
    List<T> items = new ArrayList<>();
    for (JsonElement element : value.getAsJsonArray()) {
      Optional<T> item = one.apply(element, field);
      if (item.isEmpty()) {
        return Optional.empty();
      }
      if (!items.contains(item.get())) {
        items.add(item.get());
      }
    }
    return Optional.of(items);
  }

  /** A component of the issue's project by {@code id} or {@code name}. */
  Optional<Component> component(JsonElement value, String field) {
    List<Component> components = target.project() == null ? List.of() : store.components(target.project());
    return named(value, field, "Component", components, Component::id, Component::name);
  }

  /** A version of the issue's project by {@code id} or {@code name}. */
  Optional<Version> version(JsonElement value, String field) {
    List<Version> versions = target.project() == null ? List.of() : store.versions(target.project());
    return named(value, field, "Version", versions, Version::id, Version::name);
  }

  private <T> Optional<T> named(JsonElement value, String field, String kind, List<T> candidates,
      Function<T, String> idOf, Function<T, String> nameOf) {
    Optional<String> id = handle(value, "id");
    Optional<String> name = handle(value, "name");
    Optional<T> found = id.isPresent()
        ? candidates.stream().filter(candidate -> idOf.apply(candidate).equals(id.get())).findFirst()
        : name.flatMap(wanted -> candidates.stream()
            .filter(candidate -> nameOf.apply(candidate).equalsIgnoreCase(wanted)).findFirst());
    if (found.isEmpty()) {
      fieldErrors.put(field, id.map(given -> kind + " id '" + given + "' is not valid")
          .orElseGet(() -> kind + " name '" + name.orElse(String.valueOf(value)) + "' is not valid"));
    }
    return found;
  }

  /**
   * {@code {"originalEstimate": "2d", "remainingEstimate": "1d"}}. Setting only the original estimate of an
   * issue with no remaining estimate sets both, as Jira does.
   */
  void timeTracking(JsonElement value) {
    if (value == null || !value.isJsonObject()) {
      fieldErrors.put("timetracking", "Invalid time tracking value: send originalEstimate and remainingEstimate.");
      return;
    }
    JsonObject tracking = value.getAsJsonObject();
    Optional<Optional<Long>> original = duration(tracking, "originalEstimate");
    Optional<Optional<Long>> remaining = duration(tracking, "remainingEstimate");
    if ((tracking.has("originalEstimate") && original.isEmpty())
        || (tracking.has("remainingEstimate") && remaining.isEmpty())) {
      fieldErrors.put("timetracking", "Invalid time duration entered.");
      return;
    }
    changes.add(draft -> {
      original.ifPresent(seconds -> {
        draft.originalEstimate = seconds.orElse(null);
        if (remaining.isEmpty() && draft.remainingEstimate == null) {
          draft.remainingEstimate = seconds.orElse(null);
        }
      });
      remaining.ifPresent(seconds -> draft.remainingEstimate = seconds.orElse(null));
    });
  }

  /** A duration member: empty when absent or bad, an empty inner Optional when blank (clears it). */
  private static Optional<Optional<Long>> duration(JsonObject tracking, String name) {
    JsonElement value = tracking.get(name);
    if (value == null || !value.isJsonPrimitive()) {
      return Optional.empty();
    }
    String text = value.getAsString();
    if (text.isBlank()) {
      return Optional.of(Optional.empty());
    }
    return JiraDurations.parse(text).map(Optional::of);
  }

  /** A custom field's value, checked as Jira checks its kind. */
  private void custom(CustomField field, JsonElement value) {
    if (value == null || value.isJsonNull()) {
      if (field == CustomFields.SPRINT) {
        sprint(null);
      } else {
        changes.add(draft -> draft.custom(field, null));
      }
      return;
    }
    switch (field.kind()) {
      case NUMBER -> {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
          fieldErrors.put(field.id(), "Operation value must be a number.");
          return;
        }
        double number = value.getAsDouble();
        changes.add(draft -> draft.custom(field, CustomFieldValues.numberValue(number)));
      }
      case SELECT -> {
        Optional<String> id = handle(value, "id");
        Optional<String> wanted = handle(value, "value");
        Optional<FieldOption> option = id.isPresent() ? field.optionById(id.get())
            : wanted.flatMap(field::optionByValue);
        if (option.isEmpty()) {
          fieldErrors.put(field.id(), id.map(given -> "Option id '" + given + "' is not valid")
              .orElseGet(() -> "Option value '" + wanted.orElse(value.toString()) + "' is not valid"));
          return;
        }
        changes.add(draft -> draft.custom(field, new JsonPrimitive(option.get().id())));
      }
      case SPRINT -> {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
          fieldErrors.put(field.id(), "Number value expected as the Sprint id.");
          return;
        }
        long id = value.getAsLong();
        Optional<Sprint> sprint = store.sprint(id);
        if (sprint.isEmpty()) {
          fieldErrors.put(field.id(), "Sprint with id " + id + " does not exist");
        } else if (!sprint.get().open()) {
          fieldErrors.put(field.id(), "Issue can be assigned only active or future sprints.");
        } else {
          sprint(sprint.get());
        }
      }
      default -> throw new IllegalStateException(field.kind().name());
    }
  }

  /** Puts the issue in an open sprint (or none), keeping the closed sprints it was in. */
  private void sprint(Sprint sprint) {
    CustomFieldValues sprints = new CustomFieldValues(store);
    changes.add(draft -> sprints.putInSprint(draft, sprint));
  }

  /**
   * A string member of a reference object, such as the {@code id} or {@code name} of {@code {"id": "10000"}};
   * numbers are read as their text.
   */
  static Optional<String> handle(JsonElement value, String name) {
    if (value == null || !value.isJsonObject()) {
      return Optional.empty();
    }
    JsonElement member = value.getAsJsonObject().get(name);
    return member != null && member.isJsonPrimitive() ? Optional.of(member.getAsString()) : Optional.empty();
  }

  /** {@code {"id": ...}}, {@code {"key": ...}} or {@code {"name": ...}} resolved by {@code lookup}. */
  static <T> Optional<T> reference(JsonElement value, Function<String, Optional<T>> lookup) {
    return handle(value, "id").or(() -> handle(value, "key")).or(() -> handle(value, "name")).flatMap(lookup);
  }

  static String cannotSet(String field) {
    return "Field '" + field + "' cannot be set. It is not on the appropriate screen, or unknown.";
  }
}
