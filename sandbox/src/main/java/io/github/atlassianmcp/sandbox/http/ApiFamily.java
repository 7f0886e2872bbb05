package io.github.atlassianmcp.sandbox.http;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The Atlassian REST API families, told apart by site path, each with the error body it answers with. Errors are
 * the one place the families differ most, and a client's error handling is only tested if each family's error
 * looks like the real one.
 */
public enum ApiFamily {
  JIRA {
    @Override
    public HttpResponse error(int status, String message) {
      return jira(status, List.of(message), Map.of());
    }
  },
  SERVICE_DESK {
    @Override
    public HttpResponse error(int status, String message) {
      JsonObject i18n = Json.object()
          .put("i18nKey", "sd.sandbox.error." + status)
          .put("parameters", new com.google.gson.JsonArray())
          .build();
      return HttpResponse.json(status, Json.object().put("errorMessage", message).put("i18nErrorMessage", i18n).build());
    }
  },
  CONFLUENCE_V1 {
    @Override
    public HttpResponse error(int status, String message) {
      JsonObject data = Json.object()
          .put("authorized", status != 401 && status != 403)
          .put("valid", true)
          .put("allowedInReadOnlyMode", true)
          .put("errors", new com.google.gson.JsonArray())
          .put("successful", false)
          .build();
      return HttpResponse.json(status, Json.object()
          .put("statusCode", status)
          .put("data", data)
          .put("message", message)
          .put("reason", StatusText.of(status))
          .build());
    }
  },
  CONFLUENCE_V2 {
    @Override
    public HttpResponse error(int status, String message) {
      JsonObject error = Json.object()
          .put("status", status)
          .put("code", StatusText.code(status))
          .put("title", StatusText.of(status))
          .put("detail", message)
          .build();
      com.google.gson.JsonArray errors = new com.google.gson.JsonArray();
      errors.add(error);
      return HttpResponse.json(status, Json.object().put("errors", errors).build());
    }
  };

  /** The error body this family answers with. */
  public abstract HttpResponse error(int status, String message);

  /** Jira's ErrorCollection: general messages and messages per field. */
  public static HttpResponse jira(int status, List<String> messages, Map<String, String> fieldErrors) {
    JsonObject errors = new JsonObject();
    fieldErrors.forEach(errors::addProperty);
    return HttpResponse.json(status, Json.object()
        .put("errorMessages", Json.strings(messages))
        .put("errors", errors)
        .build());
  }

  /** Jira's 400 naming the field at fault, as Jira answers for a bad field value. */
  public static HttpResponse jiraFieldError(String field, String message) {
    return jira(400, List.of(), Map.of(field, message));
  }

  /** The family a site path belongs to. */
  public static ApiFamily forSitePath(String sitePath) {
    if (sitePath.startsWith("/rest/servicedeskapi/")) {
      return SERVICE_DESK;
    }
    if (sitePath.startsWith("/wiki/api/v2/")) {
      return CONFLUENCE_V2;
    }
    if (sitePath.startsWith("/wiki/")) {
      return CONFLUENCE_V1;
    }
    return JIRA;
  }
}
