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

  /**
   * Stops leasing, lets the workers finish what they hold for {@code ingest.worker.drain}, then cuts the rest
   * short and hands it back to the queue (due now, the cut attempt not counted), so that no article waits
   * out its lease because this replica stopped.
   */
  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    running = false;
    long deadline = System.nanoTime() + config.worker().drain().toNanos();
    for (Thread t : threads) {
      t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    worker.beginShutdown();
    for (Thread t : threads) {
      t.interrupt();
    }
    for (Thread t : threads) {
      t.join(2_000);
    }
    try {
      int handedBack = worker.handBack();
      if (handedBack > 0) {
        LOG.infof("extraction worker: %d articles handed back to the queue at shutdown", handedBack);
      }
    } catch (RuntimeException e) {
      LOG.warnf("extraction worker: handing articles back failed (they are taken again when their lease runs out): %s",
          e.getMessage());
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
