package io.claimwatch.localpg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

  private volatile EmbeddedPostgres embedded;
  /** How to start the embedded server again ({@link #restart}); null for a server of one's own. */
  private final EmbeddedPostgres.Builder builder;
  /** A data directory this object made and deletes at close; null when kept or not embedded. */
  private final Path throwAway;
  private final String serverUrl;
  private final String user;
  private final String password;

  private LocalPostgres(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
    this(embedded, null, null, serverUrl, user, password);
  }

  private LocalPostgres(EmbeddedPostgres embedded, EmbeddedPostgres.Builder builder, Path throwAway, String serverUrl,
      String user, String password) {
    this.builder = builder;
    this.throwAway = throwAway;
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
      // A throw-away directory of this object's own, so that the server can be stopped and started again over it.
      Path throwAway = dataDirectory.isPresent() ? null : Files.createTempDirectory("claimwatch-pg");
      if (throwAway != null) {
        builder.setDataDirectory(throwAway).setCleanDataDirectory(false);
      }
      EmbeddedPostgres pg = builder.start();
      builder.setPort(pg.getPort());
      return new LocalPostgres(pg, builder, throwAway, "jdbc:postgresql://localhost:" + pg.getPort() + "/", "postgres", "postgres");
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

  /**
   * Stops the embedded server (its clients' connections drop), waits {@code down}, and starts it again over the
   * same data directory and port, as an operator's restart or a node's would.
   */
  public void restart(java.time.Duration down) throws InterruptedException {
    if (embedded == null || builder == null) {
      throw new IllegalStateException("only the embedded server can be restarted here");
    }
    try {
      embedded.close();
      Thread.sleep(down.toMillis());
      embedded = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not restart the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.close();
        if (throwAway != null) {
          try (java.util.stream.Stream<Path> files = Files.walk(throwAway)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
