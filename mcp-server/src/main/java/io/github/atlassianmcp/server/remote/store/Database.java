package io.github.atlassianmcp.server.remote.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The shared store of remote mode: PostgreSQL (or, for one machine, an H2 file database) through a HikariCP pool.
 * The schema is created on start when missing; the SQL is the subset PostgreSQL and H2 both speak.
 */
public final class Database implements AutoCloseable {

  private static final List<String> SCHEMA = List.of("""
      CREATE TABLE IF NOT EXISTS atlassian_sign_in (
        subject VARCHAR(512) PRIMARY KEY,
        client_id VARCHAR(255) NOT NULL,
        account_id VARCHAR(255) NOT NULL,
        user_name VARCHAR(512),
        user_email VARCHAR(512),
        cloud_id VARCHAR(64) NOT NULL,
        site_url VARCHAR(1024) NOT NULL,
        site_name VARCHAR(512),
        scopes VARCHAR(4000) NOT NULL,
        access_token BYTEA NOT NULL,
        refresh_token BYTEA NOT NULL,
        access_expires_at BIGINT NOT NULL,
        signed_in_at BIGINT NOT NULL,
        unusable_reason VARCHAR(1000),
        unusable_since BIGINT,
        updated_at BIGINT NOT NULL)""", """
      CREATE TABLE IF NOT EXISTS atlassian_connect_state (
        state VARCHAR(128) PRIMARY KEY,
        kind VARCHAR(16) NOT NULL,
        subject VARCHAR(512) NOT NULL,
        browser VARCHAR(128) NOT NULL,
        secret BYTEA,
        expires_at BIGINT NOT NULL)""");

  private final HikariDataSource pool;

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  /**
   * Connects and creates the schema if needed.
   *
   * @param url a JDBC URL: {@code jdbc:postgresql://host/db} or {@code jdbc:h2:file:/path}
   * @throws StoreException when the database cannot be reached or the schema not created
   */
  public static Database open(String url, Optional<String> user, Optional<String> password, int maxConnections) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    user.ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    config.setMaximumPoolSize(maxConnections);
    config.setPoolName("atlassian-mcp-store");
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(10_000);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      // Hikari's message names the URL's host, never the password.
      throw new StoreException("Cannot connect to the database " + redacted(url) + " (" + rootMessage(e) + ")."
          + " Check ATLASSIAN_MCP_DB_URL, ATLASSIAN_MCP_DB_USER and ATLASSIAN_MCP_DB_PASSWORD.");
    }
    Database database = new Database(pool);
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
      for (String ddl : SCHEMA) {
        statement.execute(ddl);
      }
    } catch (SQLException e) {
      pool.close();
      throw new StoreException("Cannot create the tables of the sign-in store in " + redacted(url) + " ("
          + e.getMessage() + ").");
    }
    return database;
  }

  public DataSource dataSource() {
    return pool;
  }

  /** Whether the database answers now (the health check). */
  public boolean healthy() {
    try (Connection connection = pool.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  /** A JDBC URL without its query (where a password may be). */
  static String redacted(String url) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.replaceAll(";(?i)password=[^;]*", ";password=(hidden)");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
