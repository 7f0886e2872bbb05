package io.github.atlassianmcp.server.tools.servicedesk;

import io.github.atlassianmcp.server.tools.FieldValues;
import io.github.atlassianmcp.server.tools.ToolInputException;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.Choice;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.FieldView;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.FormField;
import io.github.atlassianmcp.server.tools.servicedesk.ServiceDeskViews.RequestForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request type's form filled in from what the agent gave: summary, description and {@code fields} (by field ID
 * or by the label the form shows; options by their label), checked before anything is sent. Every problem is
 * named at once, with the values a field takes, so one corrected call succeeds. Values take Jira's field input
 * formats: an option as {@code {"id": ...}}, a user as {@code {"accountId": ...}}, lists as arrays.
 */
final class RequestValues {

  private static final String SUMMARY = "summary";
  private static final String DESCRIPTION = "description";
  /** How many allowed values an answer lists. */
  private static final int SHOWN_CHOICES = 15;

  private RequestValues() {}

  /**
   * The {@code requestFieldValues} of a new request.
   *
   * @param description the description, already in the markup JSM takes
   * @throws ToolInputException naming every missing, unknown or invalid field, and what each takes
   */
  static Map<String, Object> fill(String typeName, RequestForm form, String summary, Optional<String> description,
      Map<String, Object> given) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    put(form, SUMMARY, summary, values, problems, "it has no summary field");
    description.ifPresent(text -> put(form, DESCRIPTION, text, values, problems,
        "it has no description field; put the details in the summary or one of its fields"));
    for (Map.Entry<String, Object> entry : given.entrySet()) {
      Optional<FormField> field = field(form, entry.getKey());
      if (field.isEmpty()) {
        problems.add("\"" + entry.getKey() + "\" is not a field of this request type. Its fields: "
            + String.join(", ", form.fields().stream().map(f -> f.name() + " (" + f.id() + ")").toList()) + ".");
      } else if (field.get().id().equals(SUMMARY) || field.get().id().equals(DESCRIPTION)) {
        problems.add(field.get().name() + ": give it as the " + field.get().id() + " argument, not in fields.");
      } else {
        try {
          values.put(field.get().id(), value(field.get(), entry.getValue()));
        } catch (IllegalArgumentException e) {
          problems.add(label(field.get()) + ": " + e.getMessage());
        }
      }
    }
    for (FormField field : form.fields()) {
      if (field.required() && field.visible() && !field.hasDefault() && !values.containsKey(field.id())) {
        problems.add(label(field) + " is required: " + (field.id().equals(DESCRIPTION) ? "give description."
            : takes(field) + " Set it in fields, e.g. {\"" + field.name() + "\": " + example(field) + "}."));
      }
    }
    if (!problems.isEmpty()) {
      throw new ToolInputException("\"" + typeName + "\" cannot be raised as given (nothing was sent):\n- "
          + String.join("\n- ", problems));
    }
    return values;
  }

  private static void put(RequestForm form, String id, String text, Map<String, Object> values, List<String> problems,
      String missing) {
    if (form.fields().stream().anyMatch(field -> field.id().equals(id))) {
      values.put(id, text);
    } else {
      problems.add(id + ": " + missing + ".");
    }
  }

  private static Optional<FormField> field(RequestForm form, String key) {
    String wanted = key.strip();
    return form.fields().stream().filter(field -> field.id().equalsIgnoreCase(wanted)).findFirst()
        .or(() -> form.fields().stream().filter(field -> field.name().equalsIgnoreCase(wanted)).findFirst());
  }

  /** A value in Jira's input format for the field; a JSON object the agent gives is taken as Jira's own form. */
  private static Object value(FormField field, Object given) {
    if (given instanceof Map<?, ?>) {
      return given;
    }
    boolean list = field.schemaType().equals("array");
    if (!field.choices().isEmpty()) {
      List<Object> picked = new ArrayList<>();
      for (Object item : list ? FieldValues.items(given) : List.of(given)) {
        picked.add(Map.of("id", choice(field, item).value()));
      }
      if (!list && picked.size() != 1) {
        throw new IllegalArgumentException("takes one value.");
      }
      return list ? picked : picked.get(0);
    }
    if (list) {
      List<Object> items = new ArrayList<>();
      for (Object item : FieldValues.items(given)) {
        String text = FieldValues.text(item);
        items.add(field.itemType().filter("user"::equals).isPresent() ? Map.of("accountId", text) : text);
      }
      return items;
    }
    return switch (field.schemaType()) {
      case "number" -> FieldValues.number(given);
      case "user" -> Map.of("accountId", FieldValues.text(given));
      default -> FieldValues.text(given);
    };
  }

  private static Choice choice(FormField field, Object item) {
    String wanted = FieldValues.text(item).strip();
    return field.choices().stream().filter(choice -> choice.label().equalsIgnoreCase(wanted)).findFirst()
        .or(() -> field.choices().stream().filter(choice -> choice.value().equals(wanted)).findFirst())
        .orElseThrow(() -> new IllegalArgumentException("\"" + wanted + "\" is not " + takes(field)));
  }

  /** "Which product is affected? (customfield_10050)". */
  static String label(FormField field) {
    return field.name() + " (" + field.id() + ")";
  }

  /** "one of Web app, Mobile app." or "text." */
  private static String takes(FormField field) {
    if (field.choices().isEmpty()) {
      return type(field) + ".";
    }
    return (field.schemaType().equals("array") ? "any of " : "one of ") + String.join(", ", allowed(field))
        + (field.choices().size() > SHOWN_CHOICES ? ", …" : "") + ".";
  }

  private static String example(FormField field) {
    if (!field.choices().isEmpty()) {
      return "\"" + field.choices().get(0).label() + "\"";
    }
    return field.schemaType().equals("number") ? "1" : "\"...\"";
  }

  private static List<String> allowed(FormField field) {
    return field.choices().stream().limit(SHOWN_CHOICES).map(Choice::label).toList();
  }

  /** The field as list_request_types shows it. */
  static FieldView view(FormField field) {
    return new FieldView(field.id(), field.name(), type(field), field.required() && !field.hasDefault(),
        allowed(field));
  }

  /** What a value of the field looks like, in words. */
  static String type(FormField field) {
    boolean list = field.schemaType().equals("array");
    String item = list ? field.itemType().orElse("string") : field.schemaType();
    if (!field.choices().isEmpty()) {
      return item.equals("priority") ? "priority" : list ? "multi-select" : "select";
    }
    String single = switch (item) {
      case "string" -> "text";
      case "number" -> "number";
      case "date" -> "date (YYYY-MM-DD)";
      case "datetime" -> "date-time (ISO 8601)";
      case "user" -> "account ID";
      default -> item;
    };
    return list ? "list of " + single : single;
  }
}
