package io.github.atlassianmcp.sandbox;

import java.util.Objects;

/**
 * A person on the sandbox's site. Every user can sign in to the site with HTTP Basic (email and API token), as
 * on Atlassian Cloud. {@code toString} leaves the API token out.
 *
 * @param accountId the Atlassian account ID, e.g. {@code 712020:5f1c4a3e-...}
 * @param displayName the name shown in the products
 * @param email the email address, also the Basic auth user name
 * @param apiToken the API token, the Basic auth password
 * @param timeZone the IANA time zone of the profile
 * @param accountType {@code atlassian} for people, {@code customer} for service desk portal customers
 * @param active whether the account is active
 * @param emailVisible whether the profile shows the email to others; when not, the APIs leave it out of the
 *     user's JSON and user search does not match it, as Atlassian's profile visibility settings do
 */
public record SandboxUser(
    String accountId,
    String displayName,
    String email,
    String apiToken,
    String timeZone,
    String accountType,
    boolean active,
    boolean emailVisible) {

  /** A user whose email anyone may see. */
  public SandboxUser(String accountId, String displayName, String email, String apiToken, String timeZone,
      String accountType, boolean active) {
    this(accountId, displayName, email, apiToken, timeZone, accountType, active, true);
  }

  public SandboxUser {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(apiToken, "apiToken");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(accountType, "accountType");
  }

  /** The initials Atlassian puts in generated avatars, e.g. "ML" for Morgan Lee. */
  public String initials() {
    StringBuilder initials = new StringBuilder();
    for (String part : displayName.split("\\s+")) {
      if (!part.isEmpty() && initials.length() < 2) {
        initials.append(Character.toUpperCase(part.charAt(0)));
      }
    }
    return initials.toString();
  }

  @Override
  public String toString() {
    return "SandboxUser[accountId=" + accountId + ", displayName=" + displayName + ", email=" + email + "]";
  }
}
