package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: the whole article pipeline of {@code bin/extract-claims} over every gold set the
 * repository holds with its texts, scored by the shared scorer's rules ({@link GoldScorer}), must
 * stay at or above each set's floor: its figure when the floor was set, less a small margin. Raise a
 * floor when a figure rises; never lower one to let a change through. The development corpora under
 * {@code corpora/} hold gold but not their texts (publishers' copyright) and are scored by
 * {@code corpora/score} where their snapshots are present.
 */
class QualityGateTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static GoldScorer.Scores run(Path dir, Path gold, boolean publicationDates) throws IOException {
    Map<String, JsonNode> g = GoldScorer.load(gold);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> g.containsKey(p.getFileName().toString())).sorted().toList();
    }
    assertThat(files).as("the texts of " + gold).hasSize(g.size());
    Map<String, LocalDate> dates = new HashMap<>();
    if (publicationDates) {
      g.forEach((doc, d) -> {
        if (d.hasNonNull("publication_date")) {
          dates.put(doc, LocalDate.parse(d.get("publication_date").asText()));
        }
      });
    }
    ExtractClaims.Run run = ExtractClaims.run(files, dates::get);
    assertThat(run.errors()).isEmpty();
    Map<String, ObjectNode> pred = new HashMap<>();
    run.files().forEach(line -> pred.put(line.get("doc").asText(), line));
    GoldScorer.Scores s = GoldScorer.score(g, pred, dir);
    System.out.println("quality gate " + ROOT.relativize(gold) + ": " + s);
    return s;
  }

  @Test
  void theSeedsStayExact() throws IOException {
    GoldScorer.Scores s = run(ROOT.resolve("seeds"), ROOT.resolve("seeds/gold.jsonl"), false);
    assertThat(s.detectionF1()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.bounds()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.hedge()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.claimant()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.counted()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.dates()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.groupingF1()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theOwnOutOfTopicSetHoldsItsFigures() throws IOException {
    Path dir = ROOT.resolve("extract-service/src/test/resources/eval");
    GoldScorer.Scores s = run(dir, dir.resolve("gold.jsonl"), false);
    assertThat(s.detectionF1()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.bounds()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.hedge()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.claimant()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.counted()).isGreaterThanOrEqualTo(0.92);
    assertThat(s.dates()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void theGroupingSetHoldsItsFigures() throws IOException {
    Path dir = ROOT.resolve("claims-service/src/test/resources/grouping-eval");
    GoldScorer.Scores s = run(dir, dir.resolve("gold.jsonl"), true);
    assertThat(s.detectionF1()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.counted()).isGreaterThanOrEqualTo(0.89);
    assertThat(s.dates()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.groupingF1()).isGreaterThanOrEqualTo(0.95);
  }
}
