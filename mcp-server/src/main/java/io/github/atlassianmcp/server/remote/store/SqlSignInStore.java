package io.github.atlassianmcp.server.remote.store;

import io.github.atlassianmcp.auth.AtlassianSite;
import io.github.atlassianmcp.auth.AtlassianUser;
import io.github.atlassianmcp.auth.CredentialStore;
import io.github.atlassianmcp.auth.CredentialStoreException;
import io.github.atlassianmcp.auth.StoredCredentials;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * One user's Atlassian sign-in in the shared database, the tokens encrypted ({@link TokenCipher}, bound to the
 * subject). {@link #exclusively} holds the user's row ({@code SELECT ... FOR UPDATE}) for one transaction, so that of
 * all replicas only one spends the refresh token; threads of this replica queue on a lock first, and whoever
 * comes next re-reads the row and finds the renewed pair.
 */
public final class SqlSignInStore implements CredentialStore {

  private static final String COLUMNS = "client_id, account_id, user_name, user_email, cloud_id, site_url, site_name,"
      + " scopes, access_token, refresh_token, access_expires_at, signed_in_at, unusable_reason, unusable_since";

  private final DataSource database;
  private final TokenCipher cipher;
  private final String subject;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private Connection held; // guarded by lock: the transaction that holds the row

  public SqlSignInStore(DataSource database, TokenCipher cipher, String subject, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.cipher = Objects.requireNonNull(cipher, "cipher");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String where() {
    return "the shared sign-in store";
  }

  @Override
  public Optional<StoredCredentials> read() {
    try {
      return withConnection(connection -> {
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM atlassian_sign_in WHERE subject = ?")) {
          select.setString(1, subject);
          try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(credentials(row)) : Optional.<StoredCredentials>empty();
          }
        }
      });
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public void write(StoredCredentials credentials) {
    Objects.requireNonNull(credentials, "credentials");
    try {
      withConnection(connection -> {
        if (update(connection, credentials) == 0) {
          insert(connection, credentials);
        }
        return null;
      });
    } catch (SQLException e) {
      throw failure("save", e);
    }
  }

  @Override
  public boolean delete() {
    try {
      return withConnection(connection -> {
        try (PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM atlassian_sign_in WHERE subject = ?")) {
          delete.setString(1, subject);
          return delete.executeUpdate() > 0;
        }
      });
    } catch (SQLException e) {
      throw failure("delete", e);
    }
  }

  @Override
  public <T> T exclusively(LockedAction<T> action) throws IOException {
    lock.lock();
    try {
      if (held != null) {
        return action.run(); // reentrant: already inside this thread's transaction
      }
      try (Connection connection = database.getConnection()) {
        connection.setAutoCommit(false);
        try {
          lockRow(connection);
          held = connection;
          // What the action wrote stands even when it then throws (a refresh token marked unusable, say), as a
          // file store's writes do: only a database error undoes the transaction.
          T result = action.run();
          connection.commit();
          return result;
        } catch (IOException | RuntimeException | Error e) {
          connection.commit();
          throw e;
        } catch (SQLException e) {
          connection.rollback();
          throw e;
        } finally {
          held = null;
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw failure("lock", e);
      }
    } finally {
      lock.unlock();
    }
  }

  private void lockRow(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT subject FROM atlassian_sign_in WHERE subject = ? FOR UPDATE")) {
      select.setString(1, subject);
      try (ResultSet ignored = select.executeQuery()) {
        // the row, if any, is ours until commit
      }
    }
  }

  private int update(Connection connection, StoredCredentials credentials) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE atlassian_sign_in SET client_id = ?,"
        + " account_id = ?, user_name = ?, user_email = ?, cloud_id = ?, site_url = ?, site_name = ?, scopes = ?,"
        + " access_token = ?, refresh_token = ?, access_expires_at = ?, signed_in_at = ?, unusable_reason = ?,"
        + " unusable_since = ?, updated_at = ? WHERE subject = ?")) {
      int next = bind(update, credentials);
      update.setString(next, subject);
      return update.executeUpdate();
    }
  }

  private void insert(Connection connection, StoredCredentials credentials) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO atlassian_sign_in (" + COLUMNS
        + ", updated_at, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int next = bind(insert, credentials);
      insert.setString(next, subject);
      insert.executeUpdate();
    }
  }

  /** Binds the columns in {@link #COLUMNS} order, then updated_at; returns the next parameter's index. */
  private int bind(PreparedStatement statement, StoredCredentials credentials) throws SQLException {
    statement.setString(1, credentials.clientId());
    statement.setString(2, credentials.user().accountId());
    statement.setString(3, credentials.user().name());
    statement.setString(4, credentials.user().email());
    statement.setString(5, credentials.site().cloudId());
    statement.setString(6, credentials.site().url());
    statement.setString(7, credentials.site().name());
    statement.setString(8, String.join(" ", credentials.scopes()));
    statement.setBytes(9, cipher.encrypt(credentials.accessToken(), subject, "access_token"));
    statement.setBytes(10, cipher.encrypt(credentials.refreshToken(), subject, "refresh_token"));
    statement.setLong(11, credentials.accessTokenExpiresAt().toEpochMilli());
    statement.setLong(12, credentials.signedInAt().toEpochMilli());
    if (credentials.unusable().isPresent()) {
      statement.setString(13, credentials.unusable().get().reason());
      statement.setLong(14, credentials.unusable().get().since().toEpochMilli());
    } else {
      statement.setNull(13, Types.VARCHAR);
      statement.setNull(14, Types.BIGINT);
    }
    statement.setLong(15, clock.millis());
    return 16;
  }

  private StoredCredentials credentials(ResultSet row) throws SQLException {
    String accessToken;
    String refreshToken;
    try {
      accessToken = cipher.decrypt(row.getBytes("access_token"), subject, "access_token");
      refreshToken = cipher.decrypt(row.getBytes("refresh_token"), subject, "refresh_token");
    } catch (GeneralSecurityException e) {
      throw new CredentialStoreException("The stored Atlassian sign-in cannot be decrypted with the configured"
          + " keyset (was ATLASSIAN_MCP_KEYSET changed?). Link the Atlassian account again.");
    }
    String reason = row.getString("unusable_reason");
    Optional<StoredCredentials.Unusable> unusable = reason == null ? Optional.empty()
        : Optional.of(new StoredCredentials.Unusable(reason, Instant.ofEpochMilli(row.getLong("unusable_since"))));
    List<String> scopes = Arrays.stream(row.getString("scopes").split(" ")).filter(s -> !s.isEmpty()).toList();
    return new StoredCredentials(row.getString("client_id"), accessToken,
        Instant.ofEpochMilli(row.getLong("access_expires_at")), refreshToken, scopes,
        new AtlassianSite(row.getString("cloud_id"), row.getString("site_url"), row.getString("site_name")),
        new AtlassianUser(row.getString("account_id"), row.getString("user_name"), row.getString("user_email")),
        Instant.ofEpochMilli(row.getLong("signed_in_at")), unusable);
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Inside {@link #exclusively} on this thread: its transaction; otherwise a connection of its own. */
  private <T> T withConnection(Work<T> work) throws SQLException {
    if (lock.isHeldByCurrentThread() && held != null) {
      return work.run(held);
    }
    try (Connection connection = database.getConnection()) {
      return work.run(connection);
    }
  }

  private static CredentialStoreException failure(String verb, SQLException e) {
    return new CredentialStoreException("Cannot " + verb + " the Atlassian sign-in in the shared store (SQL state "
        + e.getSQLState() + ": " + e.getMessage() + "). Check that the database is up; the server log has details.");
  }
}
