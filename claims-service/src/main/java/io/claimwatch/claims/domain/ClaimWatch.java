package io.claimwatch.claims.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells watchers about new claims that match their filter, and about new conflicts in the groups of
 * those claims. It is told which article changed (by whichever replica stored it: see the change
 * feed in persistence/) and reads that article's claims back, so every replica tells its own
 * watchers about every write.
 */
public final class ClaimWatch {

  private static final Logger LOG = Logger.getLogger(ClaimWatch.class.getName());

  /** An event: a new claim, or a new conflict whose later claim is new. */
  public record Event(Claim claim, Agreement.Pair conflict) {}

  /** Receives events; returns false when it cannot take more (a slow client), and is then dropped. */
  public interface Watcher {
    boolean offer(Event event);

    /** Called once when the watch ends on this side (the watcher fell behind). */
    void dropped();
  }

  private record Registration(ClaimFilter filter, Watcher watcher) {}

  private final ClaimStore store;
  private final List<Registration> registrations = new CopyOnWriteArrayList<>();

  public ClaimWatch(ClaimStore store) {
    this.store = store;
  }

  /**
   * Starts a watch.
   *
   * @return what ends it
   * @throws DomainException.InvalidInput for a filter that does not parse
   */
  public Runnable watch(String filter, Watcher watcher) {
    Registration r = new Registration(ClaimFilter.parse(filter), watcher);
    registrations.add(r);
    return () -> registrations.remove(r);
  }

  public int watcherCount() {
    return registrations.size();
  }

  /** The article's claims were (re)placed: tell the watchers whose filter they match. */
  public void articleChanged(String articleId) {
    if (registrations.isEmpty()) {
      return;
    }
    List<Claim> claims = store.list(articleId, ClaimFilter.NONE, ClaimOrder.ARTICLE, null, ClaimService.MAX_PAGE_SIZE);
    // An article's claims often share a group: read each group's latest claims once (a window, as the
    // write counts conflicts: bounded whatever the group's size), and only for a matched claim.
    Map<String, List<Claim>> recentByGroup = new HashMap<>();
    for (Claim c : claims) {
      List<Agreement.Pair> conflicts = null;
      for (Registration r : registrations) {
        if (!r.filter().matches(c)) {
          continue;
        }
        if (conflicts == null) {
          conflicts = c.groupId() == null ? List.of()
              : Agreement.conflictPairs(c, recentByGroup.computeIfAbsent(c.groupId(),
                  g -> store.recentGroupClaims(g, ClaimService.CONFLICT_WINDOW)));
        }
        boolean ok = r.watcher().offer(new Event(c, null));
        for (Agreement.Pair p : conflicts) {
          ok = ok && r.watcher().offer(new Event(null, p));
        }
        if (!ok) {
          registrations.remove(r);
          try {
            r.watcher().dropped();
          } catch (RuntimeException e) {
            LOG.log(Level.FINE, "a watcher failed while being dropped", e);
          }
        }
      }
    }
  }
}
