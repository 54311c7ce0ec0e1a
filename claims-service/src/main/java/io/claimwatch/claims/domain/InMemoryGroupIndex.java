package io.claimwatch.claims.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group index in memory, for grouping without a database: bin/extract-claims groups the claims
 * of the files it reads with it. Not thread-safe.
 */
public final class InMemoryGroupIndex implements GroupIndex {

  private final Map<String, Candidate> groups = new LinkedHashMap<>();

  @Override
  public List<Candidate> candidates(QuantityKey key, double low, double high) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate g : groups.values()) {
      double reach = GroupAssigner.reach(key);
      if (g.key().compatible(key) && g.maxValue() * reach >= low && g.minValue() <= high * reach) {
        out.add(g);
      }
    }
    return out;
  }

  @Override
  public void create(String id, QuantityKey key, double low, double high) {
    groups.put(id, new Candidate(id, key, low, high));
  }

  @Override
  public void join(String id, QuantityKey refinedKey, double low, double high) {
    Candidate g = groups.get(id);
    groups.put(id, new Candidate(id, refinedKey, Math.min(g.minValue(), low), Math.max(g.maxValue(), high)));
  }
}
