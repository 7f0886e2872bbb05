package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.tools.FieldValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One field of an issue's edit screen or of a create screen, as Jira's metadata describes it.
 *
 * @param id the field's ID ({@code priority}, {@code customfield_10016})
 * @param name the name Jira shows ("Story Points")
 * @param type the schema type: string, number, date, option, user, priority, array...
 * @param items the type of a list's items (component, version, option, user, string)
 * @param custom the custom field type's key, for custom fields
 * @param operations what an edit may do with it (set, add, remove)
 * @param allowed the values it takes, when Jira lists them
 */
record ScreenField(String id, String name, boolean required, String type, Optional<String> items,
    Optional<String> custom, List<String> operations, List<Choice> allowed) {

  /** One allowed value: its ID and the name it goes by (an option's value, a priority's or version's name). */
  record Choice(String id, String name) {}

  ScreenField {
    operations = List.copyOf(operations);
    allowed = List.copyOf(allowed);
  }

  boolean isList() {
    return type.equals("array");
  }

  /** The type of one value: the item type of a list, else the type itself. */
  String valueType() {
    return isList() ? items.orElse("string") : type;
  }

  /** "Story Points (customfield_10016)", or just "Priority" for a system field, as errors name it. */
  String label() {
    return id.startsWith("customfield_") ? name + " (" + id + ")" : name;
  }

  /** The allowed values as Jira's metadata lists them (maps with an id and a name or value). */
  static List<Choice> choices(List<Object> allowedValues) {
    List<Choice> choices = new ArrayList<>();
    if (allowedValues != null) {
      for (Object value : allowedValues) {
        if (value instanceof Map<?, ?> map && map.get("id") != null) {
          Object id = map.get("id");
          String name = FieldValues.name(value).orElse(String.valueOf(id));
          choices.add(new Choice(id instanceof Number n ? FieldValues.display(n).orElseThrow() : String.valueOf(id),
              name));
        }
      }
    }
    return choices;
  }
}
