package io.github.atlassianmcp.sandbox.users;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The people of the site: who is signed in, and everyone else, by account ID or email. Immutable. */
public final class UserDirectory {

  private final SandboxUser currentUser;
  private final List<SandboxUser> users;

  public UserDirectory(SandboxUser currentUser, List<SandboxUser> others) {
    this.currentUser = currentUser;
    this.users = Stream.concat(Stream.of(currentUser), others.stream()).toList();
  }

  /** The user the sandbox is signed in as: the one who consents in the browser and owns the minted tokens. */
  public SandboxUser currentUser() {
    return currentUser;
  }

  public List<SandboxUser> all() {
    return users;
  }

  public Optional<SandboxUser> byAccountId(String accountId) {
    return users.stream().filter(user -> user.accountId().equals(accountId)).findFirst();
  }

  /** The user whose email and API token these are, as Basic auth on the site checks them. */
  public Optional<SandboxUser> byCredentials(String email, String apiToken) {
    return users.stream()
        .filter(user -> user.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))
        .filter(user -> MessageDigest.isEqual(
            user.apiToken().getBytes(StandardCharsets.UTF_8), apiToken.getBytes(StandardCharsets.UTF_8)))
        .findFirst();
  }

  /**
   * Users a search finds, as Jira's user search matches: the text (ignoring case) starts the display name, one of
   * its words, or the email address, and only an email its owner lets others see. An empty text finds everyone.
   */
  public List<SandboxUser> search(String text) {
    String needle = text.strip().toLowerCase(Locale.ROOT);
    return users.stream().filter(user -> matches(user, needle)).toList();
  }

  private static boolean matches(SandboxUser user, String needle) {
    String name = user.displayName().toLowerCase(Locale.ROOT);
    if (name.startsWith(needle) || Arrays.stream(name.split("\\s+")).anyMatch(word -> word.startsWith(needle))) {
      return true;
    }
    return user.emailVisible() && user.email().toLowerCase(Locale.ROOT).startsWith(needle);
  }
}
