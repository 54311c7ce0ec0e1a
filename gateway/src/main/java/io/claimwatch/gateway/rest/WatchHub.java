package io.claimwatch.gateway.rest;

import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.WatchClaimsRequest;
import io.claimwatch.claims.v1.WatchClaimsResponse;
import io.claimwatch.gateway.config.GatewayConfig;
import io.claimwatch.gateway.domain.WatchSlots;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The watch streams: one backend stream per session, read with gRPC flow control (never more messages
 * asked for than the session's bounded buffer has room for), so a slow browser slows its backend stream
 * instead of growing the heap. A client that stays slow with a full buffer is dropped with a final
 * error event. Events carry ids {@code <session>.<seq>}; a session outlives its HTTP stream for the
 * resume window, and a client that reconnects with Last-Event-ID gets what it missed, then the rest.
 */
@ApplicationScoped
public class WatchHub {

  private static final Logger LOG = Logger.getLogger(WatchHub.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One event of a stream: a claim, a conflict, a heartbeat or the final error. */
  record Event(String id, String name, Object data) {}

  @GrpcClient("claims")
  Channel claims;

  private final GatewayConfig.Watch config;
  private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "watch-timers");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  WatchHub(GatewayConfig config) {
    this.config = config.watch();
  }

  @PreDestroy
  void stop() {
    sessions.values().forEach(s -> s.close("the gateway is shutting down"));
    timers.shutdownNow();
  }

  /** The live session a Last-Event-ID names, if it belongs to this caller and filter. */
  Optional<Session> resumable(String lastEventId, String caller, String filter) {
    if (lastEventId == null || !lastEventId.contains(".")) {
      return Optional.empty();
    }
    Session s = sessions.get(lastEventId.substring(0, lastEventId.indexOf('.')));
    return s != null && s.caller.equals(caller) && s.filter.equals(filter) ? Optional.of(s) : Optional.empty();
  }

  /** A new session holding the caller's watcher slot; its backend stream starts now. */
  Session open(String caller, String filter, WatchSlots.Slot slot) {
    byte[] id = new byte[6];
    RANDOM.nextBytes(id);
    Session s = new Session(HexFormat.of().formatHex(id), caller, filter, slot);
    sessions.put(s.id, s);
    s.start();
    return s;
  }

  /** One watcher: its backend stream, its recent events, and the HTTP stream currently attached. */
  final class Session {
    final String id;
    final String caller;
    final String filter;
    private final WatchSlots.Slot slot;
    private final ArrayDeque<Event> log = new ArrayDeque<>();
    private long nextSeq = 1;
    private long sentSeq;
    private MultiEmitter<? super Event> emitter;
    private ClientCallStreamObserver<WatchClaimsRequest> call;
    /** Messages asked of the backend and not yet received: with the unsent ones, never more than the buffer. */
    private int asked;
    private boolean draining;
    private boolean closed;
    private ScheduledFuture<?> stall;
    private ScheduledFuture<?> expiry;
    private ScheduledFuture<?> heartbeat;

    Session(String id, String caller, String filter, WatchSlots.Slot slot) {
      this.id = id;
      this.caller = caller;
      this.filter = filter;
      this.slot = slot;
    }

    private void start() {
      ClaimsServiceGrpc.newStub(claims).watchClaims(WatchClaimsRequest.newBuilder().setFilter(filter).build(),
          new ClientResponseObserver<WatchClaimsRequest, WatchClaimsResponse>() {
            @Override
            public void beforeStart(ClientCallStreamObserver<WatchClaimsRequest> c) {
              call = c;
              asked = config.buffer();
              c.disableAutoRequestWithInitial(asked);
            }

            @Override
            public void onNext(WatchClaimsResponse r) {
              received(r.hasClaim() ? new Event(null, "claim", new WatchResource.WatchEvent(ProtoMapper.claim(r.getClaim()), null))
                  : new Event(null, "conflict", new WatchResource.WatchEvent(null, new Dtos.Verdict(r.getConflict().getEarlier(),
                      r.getConflict().getLater(), ProtoMapper.unprefixed(r.getConflict().getVerdict(), "VERDICT_"),
                      r.getConflict().getReason()))));
            }

            @Override
            public void onError(Throwable t) {
              Status s = Status.fromThrowable(t);
              if (s.getCode() != Status.Code.CANCELLED) {
                LOG.warnf("watch %s: the backend stream ended with %s", id, s.getCode());
              }
              fail(s.getCode() == Status.Code.UNAVAILABLE ? 503 : 500,
                  s.getCode() == Status.Code.UNAVAILABLE ? Status.Code.UNAVAILABLE : Status.Code.INTERNAL, "BACKEND_STREAM_ENDED",
                  "the stream of new claims ended; reconnect with Last-Event-ID to resume");
            }

            @Override
            public void onCompleted() {
              fail(503, Status.Code.UNAVAILABLE, "BACKEND_STREAM_ENDED", "the stream of new claims ended; reconnect");
            }
          });
    }

    /**
     * The events after {@code afterSeq} that the session still holds, then the live ones, as an HTTP stream. A new
     * session is attached with 0: what its backend sent before the HTTP stream was ready belongs to this client too.
     */
    Multi<Event> attach(long afterSeq) {
      return Multi.createFrom().<Event>emitter(e -> {
        synchronized (this) {
          if (closed) {
            e.complete();
            return;
          }
          if (emitter != null) {
            emitter.complete();
          }
          emitter = e;
          if (expiry != null) {
            expiry.cancel(false);
            expiry = null;
          }
          sentSeq = Math.max(afterSeq, firstSeq() - 1);
          e.onRequest(n -> drain());
          e.onTermination(() -> detached(e));
          heartbeat = timers.scheduleAtFixedRate(this::beat, config.heartbeat().toMillis(), config.heartbeat().toMillis(),
              TimeUnit.MILLISECONDS);
        }
        drain();
      }, BackPressureStrategy.IGNORE);
    }

    private synchronized void received(Event e) {
      if (closed) {
        return;
      }
      long seq = nextSeq++;
      asked--;
      log.addLast(new Event(id + "." + seq, e.name(), e.data()));
      while (log.size() > config.buffer() && firstSeq() <= sentSeq) {
        log.removeFirst();
      }
      drain();
    }

    private long firstSeq() {
      return nextSeq - log.size();
    }

    /** Sends what the client asked for; asks the backend for more only while the buffer has room. */
    private synchronized void drain() {
      if (closed || draining) {
        // emit() may ask for more on this very thread: the loop below sends that too.
        return;
      }
      draining = true;
      try {
        while (emitter != null && emitter.requested() > 0 && sentSeq < nextSeq - 1) {
          long seq = sentSeq + 1;
          Event e = log.stream().skip(seq - firstSeq()).findFirst().orElseThrow();
          sentSeq = seq;
          emitter.emit(e);
        }
        while (log.size() > config.buffer() && firstSeq() <= sentSeq) {
          log.removeFirst();
        }
      } finally {
        draining = false;
      }
      long unsent = nextSeq - 1 - sentSeq;
      if (unsent < config.buffer()) {
        if (stall != null) {
          stall.cancel(false);
          stall = null;
        }
        int more = (int) (config.buffer() - unsent - asked);
        if (more > 0 && call != null) {
          asked += more;
          call.request(more);
        }
      } else if (stall == null && emitter != null) {
        // Full: the backend waits; a client that does not read for a heartbeat's time is dropped.
        stall = timers.schedule(() -> fail(429, Status.Code.RESOURCE_EXHAUSTED, "WATCH_CLIENT_TOO_SLOW",
            "the client read too slowly and " + config.buffer() + " events were waiting; reconnect to start afresh"),
            config.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
      }
    }

    private synchronized void beat() {
      if (emitter != null && !closed && emitter.requested() > 0) {
        emitter.emit(new Event(null, "heartbeat", Map.of()));
      }
    }

    private synchronized void detached(MultiEmitter<? super Event> e) {
      if (emitter != e) {
        return;
      }
      emitter = null;
      if (heartbeat != null) {
        heartbeat.cancel(false);
      }
      if (!closed) {
        expiry = timers.schedule(() -> close("resume window passed"), config.resumeWindow().toMillis(), TimeUnit.MILLISECONDS);
      }
    }

    /** Ends the session with a final error event (sent even without demand) and frees its slot. */
    private void fail(int http, Status.Code code, String reason, String message) {
      MultiEmitter<? super Event> e;
      synchronized (this) {
        if (closed) {
          return;
        }
        e = emitter;
      }
      if (e != null) {
        e.emit(new Event(null, "error", new Dtos.ErrorBody(ErrorMapper.status(http, code, reason, message, Map.of()))));
        e.complete();
      }
      close(reason);
    }

    void close(String why) {
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
        for (ScheduledFuture<?> f : new ScheduledFuture<?>[] {stall, expiry, heartbeat}) {
          if (f != null) {
            f.cancel(false);
          }
        }
        if (emitter != null) {
          emitter.complete();
        }
      }
      sessions.remove(id);
      slot.close();
      if (call != null) {
        call.cancel(why, null);
      }
    }
  }

  int sessionCount() {
    return sessions.size();
  }
}
