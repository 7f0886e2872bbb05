package io.github.atlassianmcp.sandbox.servicedesk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.adf.Adf;
import io.github.atlassianmcp.sandbox.adf.AdfInput;
import io.github.atlassianmcp.sandbox.jira.JiraStore;
import io.github.atlassianmcp.sandbox.jira.Priority;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a request's {@code requestFieldValues} against its request type's form, in the order of the form, and
 * refuses the first field that is missing or wrong with JSM's 400: "Your request could not be created. Please
 * check the fields have been correctly filled in. Please provide a valid value for field 'Summary'" (the Jira
 * field's name, not the portal label). Field formats are Jira's: text as a string, a select as
 * {@code {"id": ...}} or {@code {"value": ...}}, a priority as {@code {"id": ...}} or {@code {"name": ...}}.
 */
final class RequestForm {

  static final String NOT_CREATED = "Your request could not be created. Please check the fields have been"
      + " correctly filled in. ";

  /** What the form's fields say, ready to become an issue and a customer request. */
  record Input(String summary, JsonObject description, Optional<Priority> priority, Map<String, String> custom) {}

  private final JiraStore jira;
  private final AdfInput adf;

  RequestForm(JiraStore jira, AdfInput adf) {
    this.jira = jira;
    this.adf = adf;
  }

  Input read(RequestType type, JsonObject values, boolean adfRequest) {
    for (String fieldId : values.keySet()) {
      if (type.field(fieldId).isEmpty()) {
        throw ServiceDeskSite.badRequest(NOT_CREATED + "The field '" + fieldId + "' is not on the form of the"
            + " request type '" + type.name() + "'.");
      }
    }
    String summary = null;
    JsonObject description = null;
    Optional<Priority> priority = Optional.empty();
    Map<String, String> custom = new LinkedHashMap<>();
    for (RequestTypeField field : type.fields()) {
      JsonElement value = values.get(field.fieldId());
      if (value == null || value.isJsonNull() || isBlankText(value)) {
        if (field.required()) {
          throw invalid(field);
        }
        continue;
      }
      switch (field.kind()) {
        case SUMMARY -> summary = text(field, value);
        case DESCRIPTION -> description = adfRequest ? document(field, value) : Adf.fromPlainText(text(field, value));
        case PRIORITY -> priority = Optional.of(priority(field, value));
        case TEXT -> custom.put(field.fieldId(), text(field, value));
        case SELECT -> custom.put(field.fieldId(), option(field, value).id());
      }
    }
    return new Input(summary, description, priority, custom);
  }

  private static boolean isBlankText(JsonElement value) {
    return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && value.getAsString().isBlank();
  }

  private static String text(RequestTypeField field, JsonElement value) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw invalid(field);
    }
    return value.getAsString().strip();
  }

  private JsonObject document(RequestTypeField field, JsonElement value) {
    if (!adf.isDocument(value)) {
      throw invalid(field);
    }
    return value.getAsJsonObject();
  }

  private Priority priority(RequestTypeField field, JsonElement value) {
    return reference(value, "name")
        .flatMap(jira::priority)
        .orElseThrow(() -> invalid(field));
  }

  private static RequestTypeField.Option option(RequestTypeField field, JsonElement value) {
    return reference(value, "value")
        .flatMap(field::option)
        .orElseThrow(() -> invalid(field));
  }

  /** The {@code id} of an object, or its other naming member: Jira's way of pointing at an option or priority. */
  private static Optional<String> reference(JsonElement value, String other) {
    if (!value.isJsonObject()) {
      return Optional.empty();
    }
    JsonObject object = value.getAsJsonObject();
    return primitive(object.get("id")).or(() -> primitive(object.get(other)));
  }

  private static Optional<String> primitive(JsonElement element) {
    return element != null && element.isJsonPrimitive() ? Optional.of(element.getAsString()) : Optional.empty();
  }

  private static RuntimeException invalid(RequestTypeField field) {
    return ServiceDeskSite.badRequest(NOT_CREATED + "Please provide a valid value for field '" + field.jiraName()
        + "'");
  }
}
