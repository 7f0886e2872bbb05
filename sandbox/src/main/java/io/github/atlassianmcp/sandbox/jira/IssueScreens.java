package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields on a project's create and edit screens, with their metadata: what create metadata and edit metadata
 * answer, and what a create or an edit may set (anything else is "not on the appropriate screen"). Both
 * answers come from here, so they agree: the same allowed values for priorities, components, versions and
 * options.
 */
final class IssueScreens {

  /** Fields an edit changes only through {@code update} operations, never through {@code fields}. */
  private static final Set<String> UPDATE_ONLY = Set.of("comment", "issuelinks");

  private final JiraStore store;

  IssueScreens(JiraStore store) {
    this.store = store;
  }

  /** One field on a screen. */
  record ScreenField(String id, String name, boolean required, JsonObject schema, List<String> operations,
      JsonArray allowedValues, String autoCompleteUrl, JsonElement defaultValue) {

    /** FieldMetadata, as edit metadata lists it. */
    JsonObject metadata() {
      Json.ObjectBuilder json = Json.object()
          .put("required", required)
          .put("schema", schema)
          .put("name", name)
          .put("key", id);
      if (autoCompleteUrl != null) {
        json.put("autoCompleteUrl", autoCompleteUrl);
      }
      json.put("hasDefaultValue", defaultValue != null).put("operations", Json.strings(operations));
      if (allowedValues != null) {
        json.put("allowedValues", allowedValues);
      }
      if (defaultValue != null) {
        json.put("defaultValue", defaultValue);
      }
      return json.build();
    }

    /** FieldCreateMetadata, as create metadata lists it: the same, with the field's ID. */
    JsonObject createMetadata() {
      JsonObject json = metadata();
      json.addProperty("fieldId", id);
      return json;
    }
  }

  /** The create screen of a project's issue type. */
  List<ScreenField> create(Project project, IssueType type, String base) {
    List<ScreenField> fields = new ArrayList<>();
    fields.add(field("issuetype", "Issue Type", true, system("issuetype", "issuetype"),
        Json.array(List.of(JiraJson.issueType(type, base)))));
    parent(fields, type);
    fields.add(field("summary", "Summary", true, system("string", "summary"), null));
    fields.add(field("description", "Description", false, system("string", "description"), null));
    fields.add(field("project", "Project", true, system("project", "project"),
        Json.array(List.of(JiraJson.projectReference(project, base)))));
    fields.add(new ScreenField("reporter", "Reporter", true, system("user", "reporter"), List.of("set"), null,
        base + "/rest/api/3/user/search?query=", null));
    common(fields, project, type, base);
    return fields;
  }

  /** The edit screen of an issue. */
  List<ScreenField> edit(Issue issue, String base) {
    Project project = issue.project();
    IssueType type = issue.type();
    List<ScreenField> fields = new ArrayList<>();
    fields.add(field("summary", "Summary", true, system("string", "summary"), null));
    fields.add(field("issuetype", "Issue Type", true, system("issuetype", "issuetype"),
        Json.array(project.issueTypes().stream()
            .filter(candidate -> candidate.hierarchyLevel() == type.hierarchyLevel())
            .toList(), candidate -> JiraJson.issueType(candidate, base))));
    parent(fields, type);
    fields.add(field("description", "Description", false, system("string", "description"), null));
    fields.add(new ScreenField("reporter", "Reporter", true, system("user", "reporter"), List.of("set"), null,
        base + "/rest/api/3/user/search?query=", null));
    common(fields, project, type, base);
    fields.add(new ScreenField("comment", "Comment", false, system("comments-page", "comment"),
        List.of("add", "edit", "remove"), null, null, null));
    JsonObject links = system("array", "issuelinks");
    links.addProperty("items", "issuelinks");
    fields.add(new ScreenField("issuelinks", "Linked Issues", false, links, List.of("add", "copy"), null,
        base + "/rest/api/2/issue/picker?currentProjectId=" + project.id()
            + "&showSubTaskParent=true&showSubTasks=true&currentIssueKey=" + issue.key() + "&query=", null));
    return fields;
  }

  /** The IDs a create may set in {@code fields}. */
  Set<String> creatable(Project project, IssueType type) {
    return ids(create(project, type, ""));
  }

  /** The IDs an edit may set in {@code fields}. */
  Set<String> editable(Issue issue) {
    Set<String> ids = ids(edit(issue, ""));
    ids.removeAll(UPDATE_ONLY);
    return ids;
  }

  /** The fields of both screens after the reporter. */
  private void common(List<ScreenField> fields, Project project, IssueType type, String base) {
    fields.add(new ScreenField("assignee", "Assignee", false, system("user", "assignee"), List.of("set"), null,
        base + "/rest/api/3/user/assignable/search?project=" + project.key() + "&query=", null));
    fields.add(new ScreenField("priority", "Priority", false, system("priority", "priority"), List.of("set"),
        Json.array(store.priorities(), p -> JiraJson.priority(p, base)), null,
        JiraJson.priority(store.defaultPriority(), base)));
    JsonObject labels = system("array", "labels");
    labels.addProperty("items", "string");
    fields.add(new ScreenField("labels", "Labels", false, labels, List.of("add", "set", "remove"), null,
        base + "/rest/api/1.0/labels/suggest?query=", null));
    fields.add(field("duedate", "Due date", false, system("date", "duedate"), null));
    if (project.typeKey().equals("software")) {
      fields.add(new ScreenField("components", "Components", false, items("components", "component"),
          List.of("add", "set", "remove"), Json.array(store.components(project),
              component -> JiraJson.component(component, base)), null, null));
      JsonArray versions = Json.array(store.versions(project).stream().filter(v -> !v.archived()).toList(),
          version -> JiraJson.version(version, base));
      fields.add(new ScreenField("fixVersions", "Fix versions", false, items("fixVersions", "version"),
          List.of("set", "add", "remove"), versions, null, null));
      if (type.name().equals("Bug")) {
        fields.add(new ScreenField("versions", "Affects versions", false, items("versions", "version"),
            List.of("set", "add", "remove"), versions.deepCopy(), null, null));
      }
      fields.add(new ScreenField("timetracking", "Time tracking", false, system("timetracking", "timetracking"),
          List.of("set", "edit"), null, null, null));
    }
    for (CustomField custom : CustomFields.ALL) {
      if (CustomFields.appliesTo(custom, project, type)) {
        JsonArray allowed = custom.kind() == CustomField.Kind.SELECT
            ? Json.array(custom.options(), option -> JiraJson.option(option, base)) : null;
        fields.add(new ScreenField(custom.id(), custom.name(), false, custom.schema(), List.of("set"), allowed, null,
            null));
      }
    }
  }

  /** A subtask must name its parent; a standard issue may name an epic; an epic has none. */
  private static void parent(List<ScreenField> fields, IssueType type) {
    if (type.hierarchyLevel() <= 0) {
      fields.add(field("parent", "Parent", type.subtask(), system("issuelink", "parent"), null));
    }
  }

  private static ScreenField field(String id, String name, boolean required, JsonObject schema,
      JsonArray allowedValues) {
    return new ScreenField(id, name, required, schema, List.of("set"), allowedValues, null, null);
  }

  private static JsonObject system(String type, String system) {
    return Json.object().put("type", type).put("system", system).build();
  }

  private static JsonObject items(String system, String items) {
    return Json.object().put("type", "array").put("items", items).put("system", system).build();
  }

  private static Set<String> ids(List<ScreenField> fields) {
    Set<String> ids = new LinkedHashSet<>();
    fields.forEach(field -> ids.add(field.id()));
    return ids;
  }
}
