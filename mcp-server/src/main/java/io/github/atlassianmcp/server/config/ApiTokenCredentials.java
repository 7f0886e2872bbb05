package io.github.atlassianmcp.server.config;

import java.util.Objects;

/**
 * An Atlassian account's email and API token for HTTP Basic against the site.
 *
 * @param email ATLASSIAN_EMAIL
 * @param apiToken ATLASSIAN_API_TOKEN, kept out of {@link #toString()}
 */
public record ApiTokenCredentials(String email, String apiToken) {

  public ApiTokenCredentials {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(apiToken, "apiToken");
  }

  @Override
  public String toString() {
    return "ApiTokenCredentials[email=" + email + ", apiToken=(hidden)]";
  }
}
