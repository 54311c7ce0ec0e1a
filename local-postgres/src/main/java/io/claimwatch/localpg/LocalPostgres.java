package io.claimwatch.localpg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server for one machine: either the real server that {@code CLAIMWATCH_DB_URL} names
 * ({@code jdbc:postgresql://host:port/} with {@code CLAIMWATCH_DB_USER}/{@code CLAIMWATCH_DB_PASSWORD}),
 * or an embedded one started from the zonky Maven artifact. Databases are created on demand.
 */
public final class LocalPostgres implements AutoCloseable {

  public static final String URL_ENV = "CLAIMWATCH_DB_URL";
  private static final Pattern DB_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private final EmbeddedPostgres embedded;
  private final String serverUrl;
  private final String user;
  private final String password;

  private LocalPostgres(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
    this.embedded = embedded;
    this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
    this.user = user;
    this.password = password;
  }

  /**
   * The server {@code CLAIMWATCH_DB_URL} names if set, else an embedded one.
   *
   * @param dataDirectory where an embedded server keeps its files (kept between runs); empty for a
   *     throw-away directory
   * @param port the embedded server's port; 0 picks a free one
   */
  public static LocalPostgres startOrConnect(Optional<Path> dataDirectory, int port) {
    return startOrConnect(dataDirectory, port, java.util.Map.of());
  }

  /**
   * As {@link #startOrConnect(Optional, int)}, with server settings for an embedded server (e.g.
   * {@code shared_preload_libraries=pg_stat_statements} for a benchmark's profile); a server of
   * one's own keeps its own settings.
   */
  public static LocalPostgres startOrConnect(Optional<Path> dataDirectory, int port, java.util.Map<String, String> settings) {
    String url = System.getenv(URL_ENV);
    if (url != null && !url.isBlank()) {
      return new LocalPostgres(null, url.strip(),
          envOr("CLAIMWATCH_DB_USER", "postgres"), envOr("CLAIMWATCH_DB_PASSWORD", ""));
    }
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
      settings.forEach(builder::setServerConfig);
      // A kept data directory holds real data: undo the test defaults that trade durability for speed.
      dataDirectory.ifPresent(dir -> builder.setDataDirectory(dir).setCleanDataDirectory(false)
          .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on"));
      EmbeddedPostgres pg = builder.start();
      return new LocalPostgres(pg, "jdbc:postgresql://localhost:" + pg.getPort() + "/", "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  /** Creates the database if it is missing and returns its JDBC URL. */
  public String database(String name) {
    if (!DB_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("database name must match " + DB_NAME + ": " + name);
    }
    try (Connection c = DriverManager.getConnection(serverUrl + "postgres", properties());
         Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
        if (!rs.next()) {
          st.execute("CREATE DATABASE " + name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name + " on " + serverUrl + ": " + e.getMessage(), e);
    }
    return serverUrl + name;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public boolean embedded() {
    return embedded != null;
  }

  private Properties properties() {
    Properties p = new Properties();
    p.setProperty("user", user);
    p.setProperty("password", password);
    return p;
  }

  private static String envOr(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
