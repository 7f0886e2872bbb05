package io.github.atlassianmcp.auth;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A child process that rewrites the credential file as fast as it can, each version a consistent set (access and
 * refresh token carry the same number), until it is killed. Prints "writing" once the first version is on disk.
 */
public final class CredentialWriterChild {

  public static void main(String[] args) {
    FileCredentialStore store = new FileCredentialStore(Path.of(args[0]));
    int padding = Integer.parseInt(args[1]);
    for (int version = 1; ; version++) {
      store.write(version(version, padding));
      if (version == 1) {
        System.out.println("writing");
        System.out.flush();
      }
    }
  }

  /** Version {@code n}: big enough that a write takes a while, so a kill lands in the middle of one. */
  static StoredCredentials version(int n, int padding) {
    String bulk = "x".repeat(padding);
    return new StoredCredentials("client", "access-" + n + "-" + bulk, Instant.parse("2030-01-01T00:00:00Z"),
        "refresh-" + n, List.of("read:jira-work"), new AtlassianSite("cloud", "https://acme.atlassian.net", "Acme"),
        new AtlassianUser("acc-1", "Ada", "ada@example.com"), Instant.parse("2029-01-01T00:00:00Z"), Optional.empty());
  }
}
