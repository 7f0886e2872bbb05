package io.github.atlassianmcp.server.atlassian;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.server.auth.OAuthScopes;
import io.github.atlassianmcp.server.config.AuthMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a failed Atlassian call into one sentence that tells the agent what happened and what to do. The single
 * place where HTTP statuses and Atlassian's error bodies become words.
 */
public final class AtlassianErrors {

  private static final int MAX_DETAIL = 600;

  private final OAuthScopes scopes;
  private final AuthMode mode;

  /**
   * @param scopes what the sign-in asked for, to name the one a refused call lacks
   * @param mode how the server signs in, so that the remedy for a refused sign-in fits it
   */
  public AtlassianErrors(OAuthScopes scopes, AuthMode mode) {
    this.scopes = Objects.requireNonNull(scopes, "scopes");
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  public String describe(AtlassianException error) {
    return error.advice().map(advice -> sentence(error) + " " + advice).orElseGet(() -> sentence(error));
  }

  private String sentence(AtlassianException error) {
    HttpFailure failure = error.failure();
    String product = error.product().displayName();
    String details = details(failure.body());
    return switch (failure.status()) {
      case 0 -> "Could not reach " + product + ": " + failure.transportProblem()
          + ". Check the network connection and ATLASSIAN_SITE_URL / ATLASSIAN_API_URL.";
      case 400 -> product + " rejected the request: " + period(orDefault(details, "it did not say why (HTTP 400)"));
      case 401 -> isScopeProblem(failure, details) ? missingScope(error) : product
          + " did not accept the sign-in (HTTP 401). " + signInAgain();
      case 403 -> forbidden(error, product, details);
      case 404 -> error.subject() + " does not exist or you cannot see it.";
      case 409 -> product + " reported a conflict on " + error.subject() + ": "
          + period(orDefault(details, "it changed meanwhile")) + " Read it again and retry.";
      case 429 -> product + " is rate limiting requests (HTTP 429)" + retried(failure)
          + ". Try again in " + failure.header("Retry-After").map(s -> s + " s").orElse("a minute") + ".";
      default -> failure.status() >= 500
          ? period(product + " failed with HTTP " + failure.status() + retried(failure)
              + (details.isEmpty() ? "" : ": " + details)) + " Try again later."
          : period(product + " answered HTTP " + failure.status() + " for " + error.subject()
              + (details.isEmpty() ? "" : ": " + details));
    };
  }

  private String signInAgain() {
    return mode == AuthMode.API_TOKEN
        ? "Check ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN: the token may be wrong, expired or revoked (create a new one"
            + " at https://id.atlassian.com/manage-profile/security/api-tokens)."
        : "Sign in again: call authenticate_atlassian with force=true, or run"
            + " `java -jar atlassian-mcp-server.jar login`.";
  }

  private static boolean isScopeProblem(HttpFailure failure, String details) {
    return isScopeMismatch(failure.header(FAILURE_CATEGORY), details);
  }

  /** The gateway's header that tells a missing scope from an expired token. */
  public static final String FAILURE_CATEGORY = "X-Failure-Category";

  /**
   * The gateway answers a token without the operation's scope with 401 (or 403) "scope does not match" and
   * X-Failure-Category FAILURE_CLIENT_SCOPE_CHECK: not an expired sign-in, a missing grant, which a refreshed
   * token would not have either.
   *
   * @param failureCategory the X-Failure-Category header, if any
   * @param body the answer's body, or its human-readable parts
   */
  public static boolean isScopeMismatch(Optional<String> failureCategory, String body) {
    return failureCategory.map(c -> c.contains("SCOPE")).orElse(false)
        || body != null && body.toLowerCase(java.util.Locale.ROOT).contains("scope does not match");
  }

  private String missingScope(AtlassianException error) {
    return "The Atlassian sign-in lacks the OAuth scope this needs (" + String.join(", ",
        scopes.scopesOf(error.operation())) + "). Sign in again to grant it: call authenticate_atlassian with"
        + " force=true.";
  }

  private String forbidden(AtlassianException error, String product, String details) {
    if (isScopeProblem(error.failure(), details) || details.toLowerCase(java.util.Locale.ROOT).contains("scope")) {
      return missingScope(error);
    }
    return product + " refused access to " + error.subject() + ": "
        + period(orDefault(details, "you do not have permission (HTTP 403)"))
        + " Ask a " + product + " administrator for the permission, or work on something you can access.";
  }

  private static String retried(HttpFailure failure) {
    return failure.header(RetryInterceptor.RETRIES_HEADER)
        .map(n -> " even after " + n + (n.equals("1") ? " retry" : " retries"))
        .orElse("");
  }

  /** Ends a sentence once: Atlassian's own messages often end with a period already. */
  private static String period(String text) {
    return text.matches("(?s).*[.!?…]$") ? text : text + ".";
  }

  private static String orDefault(String text, String fallback) {
    return text.isEmpty() ? fallback : text;
  }

  /**
   * The human-readable parts of any Atlassian error body: Jira's errorMessages and errors, Confluence's message
   * and errors[].title/detail, JSM's errorMessage, the gateway's message.
   */
  static String details(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    Set<String> parts = new LinkedHashSet<>();
    try {
      JsonElement json = JsonParser.parseString(body);
      if (json.isJsonObject()) {
        collect(json.getAsJsonObject(), parts);
      }
    } catch (RuntimeException notJson) {
      // An HTML error page from a proxy says nothing useful to an agent.
      return "";
    }
    String joined = String.join("; ", parts);
    return joined.length() <= MAX_DETAIL ? joined : joined.substring(0, MAX_DETAIL) + "…";
  }

  private static void collect(JsonObject body, Set<String> parts) {
    if (body.has("errorMessages") && body.get("errorMessages").isJsonArray()) {
      body.getAsJsonArray("errorMessages").forEach(m -> addText(m, parts));
    }
    JsonElement errors = body.get("errors");
    if (errors != null && errors.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : errors.getAsJsonObject().entrySet()) {
        if (entry.getValue().isJsonPrimitive()) {
          parts.add(entry.getKey() + ": " + entry.getValue().getAsString());
        }
      }
    } else if (errors != null && errors.isJsonArray()) {
      for (JsonElement item : errors.getAsJsonArray()) {
        if (item.isJsonObject()) {
          List<String> pieces = new ArrayList<>();
          for (String key : List.of("title", "detail", "message")) {
            JsonElement value = item.getAsJsonObject().get(key);
            if (value != null && value.isJsonPrimitive()) {
              pieces.add(value.getAsString());
            }
          }
          if (!pieces.isEmpty()) {
            parts.add(String.join(": ", pieces));
          }
        } else {
          addText(item, parts);
        }
      }
    }
    for (String key : List.of("errorMessage", "message")) {
      if (body.has(key)) {
        addText(body.get(key), parts);
      }
    }
  }

  private static void addText(JsonElement element, Set<String> parts) {
    if (element != null && element.isJsonPrimitive() && !element.getAsString().isBlank()) {
      parts.add(element.getAsString().trim());
    }
  }
}
