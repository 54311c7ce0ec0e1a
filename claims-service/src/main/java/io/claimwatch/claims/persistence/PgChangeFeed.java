package io.claimwatch.claims.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Which articles' claims changed, from PostgreSQL's LISTEN/NOTIFY: every replica hears every
 * write, committed. Runs on its own thread with its own connection; reconnects after a failure.
 */
public final class PgChangeFeed implements AutoCloseable {

  static final String CHANNEL = "claims_changed";
  private static final Logger LOG = Logger.getLogger(PgChangeFeed.class.getName());

  private final DataSource dataSource;
  private final Consumer<String> onArticleChanged;
  private final Thread thread;
  private volatile boolean running = true;

  public PgChangeFeed(DataSource dataSource, Consumer<String> onArticleChanged) {
    this.dataSource = dataSource;
    this.onArticleChanged = onArticleChanged;
    this.thread = new Thread(this::run, "claims-change-feed");
    thread.setDaemon(true);
  }

  public PgChangeFeed start() {
    thread.start();
    return this;
  }

  private void run() {
    while (running) {
      try (Connection c = dataSource.getConnection()) {
        try (Statement st = c.createStatement()) {
          st.execute("LISTEN " + CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notes = pg.getNotifications(500);
          if (notes == null) {
            continue;
          }
          for (PGNotification n : notes) {
            try {
              onArticleChanged.accept(n.getParameter());
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "telling watchers about article " + n.getParameter() + " failed", e);
            }
          }
        }
      } catch (SQLException e) {
        if (running) {
          LOG.log(Level.WARNING, "the change feed lost its connection; reconnecting: " + e.getMessage());
          sleep();
        }
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(2_000);
  }
}
