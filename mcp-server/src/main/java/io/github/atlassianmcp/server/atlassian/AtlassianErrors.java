package io.github.atlassianmcp.server.atlassian;

import io.github.atlassianmcp.auth.AuthMode;
import io.github.atlassianmcp.client.AtlassianApiException;
import io.github.atlassianmcp.client.MissingScopeException;
import io.github.atlassianmcp.client.TransportException;
import io.github.atlassianmcp.client.UnexpectedResponseException;
import io.github.atlassianmcp.server.auth.OAuthScopes;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a failed Atlassian call into one sentence that tells the agent what happened and what to do. The single
 * place where HTTP statuses and Atlassian's error bodies become words.
 */
public final class AtlassianErrors {

  private static final int MAX_DETAIL = 600;
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final Supplier<OAuthScopes> scopes;
  private final AuthMode mode;

  /**
   * @param scopes what the sign-in asked for, to name the one a refused call lacks
   * @param mode how the server signs in, so that the remedy for a refused sign-in fits it
   */
  public AtlassianErrors(OAuthScopes scopes, AuthMode mode) {
    this(constant(Objects.requireNonNull(scopes, "scopes")), mode);
  }

  /** As above, with the scopes computed when an error first needs them (a server's start does not). */
  public AtlassianErrors(Supplier<OAuthScopes> scopes, AuthMode mode) {
    this.scopes = Objects.requireNonNull(scopes, "scopes");
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  private static Supplier<OAuthScopes> constant(OAuthScopes scopes) {
    return () -> scopes;
  }

  public String describe(AtlassianException error) {
    return error.advice().map(advice -> sentence(error) + " " + advice).orElseGet(() -> sentence(error));
  }

  private String sentence(AtlassianException error) {
    AtlassianApiException failure = error.failure();
    String product = error.product().displayName();
    if (failure instanceof TransportException transport) {
      return noAnswer(error, transport, product);
    }
    if (failure instanceof UnexpectedResponseException unexpected) {
      return product + " (or a proxy in between) answered HTTP " + unexpected.statusCode()
          + unexpected.contentType().map(type -> " (" + type + ")").orElse("")
          + " with something that is not the expected JSON: " + unexpected.reason() + ". Trying again later may help.";
    }
    String details = details(failure);
    return switch (failure.statusCode()) {
      case 400 -> product + " rejected the request: " + period(orDefault(details, "it did not say why (HTTP 400)"));
      case 401 -> failure instanceof MissingScopeException ? missingScope(error) : product
          + " did not accept the sign-in (HTTP 401). " + signInAgain();
      case 403 -> forbidden(error, product, details);
      case 404 -> error.subject() + " does not exist or you cannot see it.";
      case 409 -> product + " reported a conflict on " + error.subject() + ": "
          + period(orDefault(details, "it changed meanwhile")) + " Read it again and retry.";
      case 429 -> product + " is rate limiting requests (HTTP 429)" + retried(failure)
          + ". Try again in " + failure.retryAfter().map(AtlassianErrors::wait).orElse("a minute") + ".";
      default -> failure.statusCode() >= 500
          ? period(product + " failed with HTTP " + failure.statusCode() + retried(failure)
              + (details.isEmpty() ? "" : ": " + details)) + " Try again later."
          : period(product + " answered HTTP " + failure.statusCode() + " for " + error.subject()
              + (details.isEmpty() ? "" : ": " + details));
    };
  }

  /** No (complete) answer: a write that may have happened says so, so that it is not blindly repeated. */
  private static String noAnswer(AtlassianException error, TransportException failure, String product) {
    if (!failure.timedOut()) {
      return "Could not reach " + product + ": " + failure.problem()
          + ". Check the network connection and ATLASSIAN_SITE_URL / ATLASSIAN_API_URL.";
    }
    boolean write = !READS.contains(failure.method()) && !error.operation().operationId().startsWith("get")
        && !error.operation().operationId().startsWith("search");
    return product + " did not answer within the timeout" + (write && failure.mayHaveBeenProcessed()
        ? ". The change to " + error.subject() + " may have been made anyway: check it before trying again."
        : ". Try again later.");
  }

  private String signInAgain() {
    return mode == AuthMode.API_TOKEN
        ? "Check ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN: the token may be wrong, expired or revoked (create a new one"
            + " at https://id.atlassian.com/manage-profile/security/api-tokens)."
        : "Sign in again: call authenticate_atlassian with force=true, or run"
            + " `java -jar atlassian-mcp-server.jar login`.";
  }

  private String missingScope(AtlassianException error) {
    return "The Atlassian sign-in lacks the OAuth scope this needs (" + String.join(", ",
        scopes.get().scopesOf(error.operation())) + "). Sign in again to grant it: call authenticate_atlassian with"
        + " force=true.";
  }

  private String forbidden(AtlassianException error, String product, String details) {
    if (error.failure() instanceof MissingScopeException || details.toLowerCase(Locale.ROOT).contains("scope")) {
      return missingScope(error);
    }
    return product + " refused access to " + error.subject() + ": "
        + period(orDefault(details, "you do not have permission (HTTP 403)"))
        + " Ask a " + product + " administrator for the permission, or work on something you can access.";
  }

  private static String retried(AtlassianApiException failure) {
    int retries = failure.retries();
    return retries == 0 ? "" : " even after " + retries + (retries == 1 ? " retry" : " retries");
  }

  /** A wait in words: "30 s", "5 min", "3 h". */
  static String wait(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds());
    if (seconds <= 120) {
      return seconds + " s";
    }
    long minutes = (seconds + 59) / 60;
    return minutes <= 120 ? minutes + " min" : (minutes + 59) / 60 + " h";
  }

  /** Ends a sentence once: Atlassian's own messages often end with a period already. */
  private static String period(String text) {
    return text.matches("(?s).*[.!?…]$") ? text : text + ".";
  }

  private static String orDefault(String text, String fallback) {
    return text.isEmpty() ? fallback : text;
  }

  /**
   * The human-readable parts of the error body, whichever product wrote it (the client parses Jira's errorMessages
   * and errors, Confluence's message and errors[].title/detail, JSM's errorMessage, the gateway's message).
   */
  static String details(AtlassianApiException failure) {
    String joined = failure.errorSummary();
    return joined.length() <= MAX_DETAIL ? joined : joined.substring(0, MAX_DETAIL) + "…";
  }
}
