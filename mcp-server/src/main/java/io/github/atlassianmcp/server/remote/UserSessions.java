package io.github.atlassianmcp.server.remote;

import io.github.atlassianmcp.auth.StoredCredentials;
import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.auth.AtlassianAuth;
import io.github.atlassianmcp.server.remote.store.SqlSignInStore;
import io.github.atlassianmcp.server.remote.store.TokenCipher;
import io.github.atlassianmcp.server.tools.ToolCallHandler;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Each user's tools, bound to that user's Atlassian sign-in in the shared store, kept for the users seen lately.
 * One entry per subject in this replica means one refresh queue per user here; across replicas the store's row
 * lock does the same. An entry dropped from the cache loses nothing: the sign-in is in the database.
 */
public final class UserSessions {

  /** One user's sign-in and the tools bound to it. */
  public record Session(String subject, AtlassianAuth auth, ToolCallHandler handler) {}

  private final ServerAssembly assembly;
  private final DataSource database;
  private final TokenCipher cipher;
  private final Clock clock;
  private final Map<String, Session> recent; // guarded by itself

  public UserSessions(ServerAssembly assembly, DataSource database, TokenCipher cipher, Clock clock, int capacity) {
    this.assembly = Objects.requireNonNull(assembly, "assembly");
    this.database = Objects.requireNonNull(database, "database");
    this.cipher = Objects.requireNonNull(cipher, "cipher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
        return size() > capacity;
      }
    };
  }

  public Session forSubject(String subject) {
    synchronized (recent) {
      return recent.computeIfAbsent(subject, this::open);
    }
  }

  /**
   * Stores a newly linked grant for the user and starts their session afresh here (other replicas re-read the row
   * when Atlassian refuses the access token they hold).
   */
  public void linked(String subject, StoredCredentials credentials) {
    new SqlSignInStore(database, cipher, subject, clock).write(credentials);
    synchronized (recent) {
      recent.remove(subject);
    }
  }

  private Session open(String subject) {
    AtlassianAuth auth = assembly.authBuilder().store(new SqlSignInStore(database, cipher, subject, clock)).build();
    return new Session(subject, auth, assembly.handlerFor(auth));
  }
}
