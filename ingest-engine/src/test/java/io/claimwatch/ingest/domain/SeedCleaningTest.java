package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the cleaner on the real scraped articles in /work/shared/seeds (skipped when absent):
 * every gold quote survives exactly once, known furniture is gone, a doubled article is halved.
 */
class SeedCleaningTest {

  private static final Path SEEDS = Path.of(System.getProperty("claimwatch.seeds", "/work/shared/seeds"));
  private static final Path GOLD =
      Path.of(System.getProperty("claimwatch.gold", "/work/shared/eval/seeds-gold.jsonl"));

  /** Furniture seen in the seeds; none of it may survive cleaning. */
  private static final List<String> FURNITURE = List.of(
      "Remind me later", "Not ready to support today", "1 Min read", "4 Min read", "Subscribe to our newsletter",
      "Sign up for our free weekly newsletter", "Others are reading now", "Also read", "Intercepted 19 Drones",
      "Shoigu Rules Out Talks", "Putin Seethes", "Fire at Russian Oil Depot", "Wikimedia Commons",
      "Russian Defence Ministry / TASS", "Support The Moscow Times!", "Contribute today", "Homepage News",
      "Share the article", "Read more about:", "Subscribers agree to the Privacy Policy", "A Message from",
      "Dear readers", "paiment methods", "just $2", "By AFP", "Newsletter", "weekly newsletter contains");

  private static final ArticleCleaner CLEANER = ArticleCleaner.withDefaults();
  private static Map<String, List<String>> gold;

  @BeforeAll
  static void readGold() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SEEDS), "no seed folder at " + SEEDS);
    Assumptions.assumeTrue(Files.isRegularFile(GOLD), "no gold file at " + GOLD);
    gold = new LinkedHashMap<>();
    for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
      Matcher doc = Pattern.compile("\"doc\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
      if (!doc.find()) {
        continue;
      }
      List<String> quotes = new ArrayList<>();
      Matcher q = Pattern.compile("\"quote\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
      while (q.find()) {
        quotes.add(unescapeJson(q.group(1)));
      }
      gold.put(unescapeJson(doc.group(1)), quotes);
    }
    assertThat(gold).isNotEmpty();
  }

  @Test
  void everyGoldQuoteSurvivesExactlyOnce() throws IOException {
    List<String> failures = new ArrayList<>();
    int quotes = 0;
    for (Map.Entry<String, List<String>> e : gold.entrySet()) {
      String clean = cleanSeed(e.getKey()).text();
      for (String quote : e.getValue()) {
        quotes++;
        int n = occurrences(clean, quote);
        if (n != 1) {
          failures.add(e.getKey() + ": " + n + "x " + quote);
        }
      }
    }
    System.out.printf("seed quotes: %d of %d found exactly once%n", quotes - failures.size(), quotes);
    assertThat(failures).isEmpty();
  }

  @Test
  void noKnownFurnitureSurvives() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Path seed : seeds()) {
      String clean = cleanSeed(seed.getFileName().toString()).text();
      for (String f : FURNITURE) {
        if (clean.contains(f)) {
          failures.add(seed.getFileName() + ": " + f);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void everySeedKeepsMostOfItsBodyAndAllBodyLinesAreVerbatim() throws IOException {
    for (Path seed : seeds()) {
      String original = Files.readString(seed, StandardCharsets.UTF_8);
      CleanArticle a = cleanSeed(seed.getFileName().toString());
      for (String paragraph : a.text().split("\n\n")) {
        assertThat(original).as("%s keeps paragraphs verbatim", seed.getFileName()).contains(paragraph);
      }
      String dump = System.getProperty("claimwatch.dump");
      if (dump != null) { // -Dclaimwatch.dump=/tmp/clean writes each clean text for eyeballing
        Files.createDirectories(Path.of(dump));
        Files.writeString(Path.of(dump, seed.getFileName().toString()), a.text(), StandardCharsets.UTF_8);
      }
      System.out.printf("%s: %d -> %d chars, title=%s, date=%s (%s)%n", seed.getFileName(), original.length(),
          a.text().length(), a.title(), a.publicationDate(), a.publicationDateSource());
    }
  }

  @Test
  void anArticlePrintedTwiceIsKeptOnce() throws IOException {
    Path doubled = null;
    for (Path seed : seeds()) {
      if (seed.getFileName().toString().startsWith("002_")) {
        doubled = seed;
      }
    }
    Assumptions.assumeTrue(doubled != null, "seed 002 (the doubled article) is absent");
    String original = Files.readString(doubled, StandardCharsets.UTF_8);
    String clean = cleanSeed(doubled.getFileName().toString()).text();
    double ratio = (double) clean.length() / original.length();
    assertThat(ratio).isBetween(0.45, 0.55);
  }

  @Test
  void titlesOfTheSeeds() throws IOException {
    for (Map.Entry<String, List<String>> e : gold.entrySet()) {
      CleanArticle a = cleanSeed(e.getKey());
      if (a.title() != null) {
        assertThat(a.text()).as("title of %s is in its text", e.getKey()).contains(a.title());
        assertThat(a.title()).doesNotContain("Homepage").doesNotStartWith("Newspaper");
      }
    }
  }

  private static CleanArticle cleanSeed(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(SEEDS.resolve(name));
    return CLEANER.clean(bytes, "text/plain; charset=utf-8");
  }

  private static List<Path> seeds() throws IOException {
    try (Stream<Path> s = Files.list(SEEDS)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static int occurrences(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  /** Enough JSON string unescaping for the gold file. */
  static String unescapeJson(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(n);
      }
    }
    return sb.toString();
  }
}
