package io.github.atlassianmcp.sandbox.jira;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * What a query is evaluated against: who asks (for {@code currentUser()}), when (for {@code -7d} and
 * {@code startOfDay()}), in which time zone, and the site's data.
 */
public record QueryContext(SandboxUser caller, Instant now, ZoneId zone, JiraStore store, UserDirectory users) {

  /** A user as JQL names one: account ID, email or display name. */
  public Optional<SandboxUser> user(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return users.all().stream()
        .filter(user -> user.accountId().equals(value) || user.email().toLowerCase(Locale.ROOT).equals(lower)
            || user.displayName().toLowerCase(Locale.ROOT).equals(lower))
        .findFirst();
  }
}
