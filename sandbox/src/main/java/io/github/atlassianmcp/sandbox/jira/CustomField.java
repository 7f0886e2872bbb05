package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Json;
import java.util.List;
import java.util.Optional;

/**
 * A custom field: its ID ({@code customfield_10016}), the name Jira shows, what kind of value it holds and, for a
 * select list, its options.
 */
public record CustomField(String id, String name, Kind kind, List<FieldOption> options) {

  /** The kinds of custom field the sandbox models, with Jira's type keys. */
  public enum Kind {
    NUMBER("number", "com.atlassian.jira.plugin.system.customfieldtypes:float"),
    SELECT("option", "com.atlassian.jira.plugin.system.customfieldtypes:select"),
    SPRINT("array", "com.pyxis.greenhopper.jira:gh-sprint");

    private final String schemaType;
    private final String customType;

    Kind(String schemaType, String customType) {
      this.schemaType = schemaType;
      this.customType = customType;
    }
  }

  public CustomField {
    options = List.copyOf(options);
  }

  /** The number in the ID: 10016 for customfield_10016. */
  public long numericId() {
    return Long.parseLong(id.substring(id.indexOf('_') + 1));
  }

  /** The JQL name that always works for it: {@code cf[10016]}. */
  public String clauseId() {
    return "cf[" + numericId() + "]";
  }

  /** The field's JsonTypeBean, as the field list and the create and edit metadata show it. */
  public JsonObject schema() {
    Json.ObjectBuilder schema = Json.object().put("type", kind.schemaType);
    if (kind == Kind.SPRINT) {
      schema.put("items", "json");
    }
    return schema.put("custom", kind.customType).put("customId", numericId()).build();
  }

  /** An option by ID, or else by its value (ignoring case). */
  public Optional<FieldOption> optionById(String optionId) {
    return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
  }

  public Optional<FieldOption> optionByValue(String value) {
    return options.stream().filter(option -> option.value().equalsIgnoreCase(value)).findFirst();
  }
}
