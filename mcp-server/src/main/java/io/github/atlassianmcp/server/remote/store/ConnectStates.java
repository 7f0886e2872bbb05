package io.github.atlassianmcp.server.remote.store;

import com.nimbusds.oauth2.sdk.id.State;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The short-lived states of the account-linking pages, in the shared store so that each step may land on another
 * replica: a link handed to a user ({@code link}), a browser sign-in under way ({@code oidc}), a confirmation
 * form ({@code confirm}) and an Atlassian consent under way ({@code atlassian}). Each is bound to the browser that
 * started it (a hash of its cookie) and, except links, used once. Secrets (PKCE verifiers, nonces) are encrypted.
 */
public final class ConnectStates {

  /** What a state is for. */
  public enum Kind { LINK, OIDC, CONFIRM, ATLASSIAN }

  /** A state as stored: whose, which browser, and its secret. */
  public record Entry(String state, Kind kind, String subject, String browser, Optional<String> secret) {}

  private final DataSource database;
  private final TokenCipher cipher;
  private final Clock clock;

  public ConnectStates(DataSource database, TokenCipher cipher, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.cipher = Objects.requireNonNull(cipher, "cipher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Stores a new state and returns it (a random value, as unguessable as an OAuth state). */
  public String create(Kind kind, String subject, String browser, Optional<String> secret, Duration lifetime) {
    String state = new State(32).getValue();
    try (Connection connection = database.getConnection()) {
      try (PreparedStatement purge = connection.prepareStatement(
          "DELETE FROM atlassian_connect_state WHERE expires_at < ?")) {
        purge.setLong(1, clock.millis());
        purge.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO atlassian_connect_state"
          + " (state, kind, subject, browser, secret, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, state);
        insert.setString(2, kind.name());
        insert.setString(3, subject);
        insert.setString(4, browser);
        if (secret.isPresent()) {
          insert.setBytes(5, cipher.encrypt(secret.get(), state, "secret"));
        } else {
          insert.setNull(5, Types.VARBINARY);
        }
        insert.setLong(6, clock.millis() + lifetime.toMillis());
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot save the linking state (SQL state " + e.getSQLState() + ").");
    }
    return state;
  }

  /** The state if it exists, is of this kind and has not expired; it stays (links may be opened again). */
  public Optional<Entry> peek(String state, Kind kind) {
    try (Connection connection = database.getConnection()) {
      return find(connection, state, kind, false);
    } catch (SQLException e) {
      throw new StoreException("Cannot read the linking state (SQL state " + e.getSQLState() + ").");
    }
  }

  /** The state if it exists, is of this kind and has not expired, removed so that it is used once. */
  public Optional<Entry> take(String state, Kind kind) {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Optional<Entry> entry = find(connection, state, kind, true);
        if (entry.isPresent()) {
          try (PreparedStatement delete = connection.prepareStatement(
              "DELETE FROM atlassian_connect_state WHERE state = ?")) {
            delete.setString(1, state);
            if (delete.executeUpdate() != 1) {
              entry = Optional.empty(); // another replica took it first
            }
          }
        }
        connection.commit();
        return entry;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the linking state (SQL state " + e.getSQLState() + ").");
    }
  }

  private Optional<Entry> find(Connection connection, String state, Kind kind, boolean lock) throws SQLException {
    if (state == null || state.isEmpty() || state.length() > 128) {
      return Optional.empty();
    }
    try (PreparedStatement select = connection.prepareStatement("SELECT kind, subject, browser, secret, expires_at"
        + " FROM atlassian_connect_state WHERE state = ?" + (lock ? " FOR UPDATE" : ""))) {
      select.setString(1, state);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next() || !kind.name().equals(row.getString("kind"))
            || row.getLong("expires_at") < clock.millis()) {
          return Optional.empty();
        }
        byte[] secret = row.getBytes("secret");
        Optional<String> plain;
        try {
          plain = secret == null ? Optional.empty() : Optional.of(cipher.decrypt(secret, state, "secret"));
        } catch (GeneralSecurityException e) {
          return Optional.empty();
        }
        return Optional.of(new Entry(state, kind, row.getString("subject"), row.getString("browser"), plain));
      }
    }
  }
}
