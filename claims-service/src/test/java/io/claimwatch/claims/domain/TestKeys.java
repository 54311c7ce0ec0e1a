package io.claimwatch.claims.domain;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keys for test claims, as the extractor would give them for the few counted phrases the tests use
 * ("Russian soldiers captured" → person/capture/RU; "people killed in floods in Oskavia" →
 * person/kill, flood, oskavia). claims-service takes keys from the extractor; this stands in for it
 * in unit and edge tests. The real extractor's keys are tested in extract-service and end to end.
 */
public final class TestKeys {

  private TestKeys() {}

  public static QuantityKey of(String counted) {
    String c = counted.toLowerCase(Locale.ROOT);
    String event = c.contains("killed") || c.contains("dead") ? "kill" : c.contains("injured") ? "injure"
        : c.contains("captured") ? "capture" : c.contains("sunk") ? "sink" : c.contains("damaged") ? "damage"
        : c.contains("grounded") ? "ground" : "";
    String kind = c.contains("ferries") ? "ferry" : c.contains("lighthouses") ? "lighthouse" : c.contains("planes") ? "plane"
        : c.contains("boats") ? "boat" : c.contains("homes") ? "home" : event.isEmpty() ? "" : "person";
    String party = c.contains("russian") ? "RU" : c.contains("ukrainian") ? "UA" : "";
    String cause = c.contains("quake") ? "earthquake" : c.contains("flood") ? "flood" : "";
    Set<String> place = new TreeSet<>();
    for (String name : new String[] {"oskavia", "trevalle", "kursk"}) {
      if (c.contains(name)) {
        place.add(name);
      }
    }
    return new QuantityKey(kind, event, party, "", cause, String.join(" ", place), "", null, null);
  }

  /** The proto form of {@link #of}. */
  public static io.claimwatch.claims.v1.QuantityKey proto(String counted) {
    QuantityKey k = of(counted);
    return io.claimwatch.claims.v1.QuantityKey.newBuilder().setKind(k.kind()).setEvent(k.event()).setParty(k.party())
        .setCause(k.cause()).setPlace(k.place()).build();
  }
}
