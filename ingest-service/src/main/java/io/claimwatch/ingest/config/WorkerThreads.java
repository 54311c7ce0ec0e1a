package io.claimwatch.ingest.config;

import io.claimwatch.ingest.domain.ExtractionWorker;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Runs the extraction workers on their own threads from start-up to shutdown. */
@ApplicationScoped
public class WorkerThreads {

  private static final Logger LOG = Logger.getLogger(WorkerThreads.class);

  private final ExtractionWorker worker;
  private final IngestConfig config;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  WorkerThreads(ExtractionWorker worker, IngestConfig config) {
    this.worker = worker;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    running = true;
    for (int i = 0; i < config.worker().threads(); i++) {
      Thread t = new Thread(this::loop, "extraction-worker-" + i);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
  }

  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    running = false;
    for (Thread t : threads) {
      t.interrupt();
      t.join(5_000);
    }
  }

  private void loop() {
    long idle = config.worker().pollInterval().toMillis();
    while (running) {
      try {
        if (worker.runBatch(config.worker().batch()) == 0) {
          Thread.sleep(idle);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The queue itself failed (e.g. the database is down): wait, then try again.
        LOG.warnf("extraction worker: %s", e.getMessage());
        try {
          Thread.sleep(Math.max(idle, 1_000));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
