package io.github.atlassianmcp.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * How a sign-in request ended.
 *
 * @param outcome what happened
 * @param status who is signed in, on which site, with which scopes
 */
public record SignInResult(Outcome outcome, SignInStatus status) {

  /** What a sign-in request did. */
  public enum Outcome {
    /** The browser flow completed and the new sign-in is saved. */
    SIGNED_IN,
    /** A usable sign-in with every needed scope was already there; nothing was asked. */
    ALREADY_SIGNED_IN,
    /** API-token mode is in use: there is nothing to sign in to. */
    API_TOKEN_MODE
  }

  public SignInResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(status, "status");
  }

  /** A few lines for a person or an agent. */
  public String describe(Instant now) {
    String headline = switch (outcome) {
      case SIGNED_IN -> "Signed in.";
      case ALREADY_SIGNED_IN -> "Already signed in; nothing was asked (a forced sign-in asks for consent again).";
      case API_TOKEN_MODE -> "API-token mode is active: no sign-in needed.";
    };
    return headline + "\n" + status.describe(now);
  }
}
