package io.github.atlassianmcp.auth;

import java.util.Objects;

/**
 * Who is signed in, as Atlassian's {@code /me} (OAuth) or {@code /rest/api/3/myself} (API token) reports it.
 *
 * @param accountId the Atlassian account id
 * @param name the display name, may be empty
 * @param email the email address, may be empty when the profile hides it
 */
public record AtlassianUser(String accountId, String name, String email) {

  public AtlassianUser {
    Objects.requireNonNull(accountId, "accountId");
    name = name == null ? "" : name;
    email = email == null ? "" : email;
  }

  /** {@code "Ada Lovelace <ada@example.com>"}, falling back to whatever is known. */
  public String describe() {
    String who = name.isEmpty() ? (email.isEmpty() ? "account " + accountId : email) : name;
    return !name.isEmpty() && !email.isEmpty() ? who + " <" + email + ">" : who;
  }
}
