package io.claimwatch.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.claims.domain.Agreement;
import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.GroupAssigner;
import io.claimwatch.claims.domain.Hedge;
import io.claimwatch.claims.domain.InMemoryGroupIndex;
import io.claimwatch.claims.domain.Modality;
import io.claimwatch.claims.domain.QuantityKey;
import io.claimwatch.extract.domain.ClaimExtractor;
import io.claimwatch.extract.domain.ClaimKey;
import io.claimwatch.extract.domain.Deadline;
import io.claimwatch.extract.domain.EventFrame;
import io.claimwatch.extract.domain.ExtractedClaim;
import io.claimwatch.extract.domain.Extraction;
import io.claimwatch.extract.domain.PartialDate;
import io.claimwatch.ingest.domain.ArticleCleaner;
import io.claimwatch.ingest.domain.CleanArticle;
import io.claimwatch.ingest.domain.Dating;
import io.claimwatch.ingest.domain.DomainException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/extract-claims}: the article pipeline offline, with no services. The same cleaning as
 * ingest-service, the same engine as extract-service, and the same grouping as claims-service across
 * the files given (in their order); one JSON line per file in the format of the shared scorer
 * (shared/eval/README.md), each claim with its {@code group}. With {@code --explain}, each claim's
 * fields with the rule that set them and the words they came from, as text or inside the JSON lines.
 */
@Command(name = "extract-claims", mixinStandardHelpOptions = true,
    description = "Cleans each article (HTML for .html/.htm files, else text) and prints its claims as one JSON line.")
public final class ExtractClaims implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The files of a folder that --each reads as articles. */
  private static final java.util.regex.Pattern ARTICLE_FILE = java.util.regex.Pattern.compile("(?i).+\\.(txt|html?)");

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "The publication date to resolve relative dates against; default: decided from each article as ingest"
          + " decides it (PublicationDating: the page's metadata and date line, the story's dateline, the text)")
  LocalDate published;

  @Option(names = "--published-from", paramLabel = "JSONL",
      description = "Each article's publication date from lines {\"doc\": FILE_NAME, \"publication_date\": \"YYYY-MM-DD\"} "
          + "(a gold file of ../shared/eval has them), as a feed would send it; decided as ingest decides it where a file"
          + " has none")
  Path publishedFrom;

  @Option(names = "--groups", description = "Print each group of claims once instead of each file: its key, its claims"
      + " (file and quote), the verdict on each pair and the estimate, as claims-service judges them")
  boolean groupsOnly;

  @Option(names = "--explain", description = "For each claim, which rule set each field and from which words, as text")
  boolean explainText;

  @Option(names = "--explain-json",
      description = "The JSON lines with an \"explanation\" array in each claim: which rule set each field from which words")
  boolean explainJson;

  @Option(names = "--each", paramLabel = "DIR",
      description = "Each argument is a run of its own, NAME=PATH[,PATH...] (files, or folders whose .txt, .html and .htm files are read in"
          + " the order of their names, all the run's files sorted together): grouped within the run, its JSON lines"
          + " written to DIR/NAME.jsonl. One process, one engine for many sets (corpora/score-each)")
  Path eachDir;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to read (with --each: NAME=PATH[,PATH...])")
  List<String> files;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new ExtractClaims());
    cl.registerConverter(LocalDate.class, LocalDate::parse);
    System.exit(cl.execute(args));
  }

  @Override
  public Integer call() throws IOException {
    if (published != null && publishedFrom != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --published or --published-from, not both");
    }
    if (explainText && explainJson) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --explain or --explain-json, not both");
    }
    String explain = explainText ? "text" : explainJson ? "json" : null;
    if (explain != null && groupsOnly) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --explain (or --explain-json) or --groups, not both");
    }
    Map<String, LocalDate> dates = publishedFrom == null ? Map.of() : publicationDates(publishedFrom);
    java.util.function.Function<String, LocalDate> date = name -> published != null ? published : dates.get(name);
    if (eachDir != null) {
      if (explain != null || groupsOnly) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give --each alone, without --explain or --groups");
      }
      return runEach(date);
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    Run run = run(files.stream().map(Path::of).toList(), date, explain != null);
    run.errors().forEach(System.err::println);
    if ("text".equals(explain)) {
      run.files().forEach(line -> out.print(explanationText(line)));
    } else {
      for (ObjectNode line : groupsOnly ? run.groups() : run.files()) {
        out.println(JSON.writeValueAsString(line));
      }
    }
    out.flush();
    return run.errors().isEmpty() ? 0 : 1;
  }

  /** --each: one run a NAME=PATH[,PATH...] argument, its lines in eachDir/NAME.jsonl; errors on stderr, named. */
  private int runEach(java.util.function.Function<String, LocalDate> date) throws IOException {
    Map<String, List<Path>> runs = new java.util.LinkedHashMap<>();
    for (String arg : files) {
      int eq = arg.indexOf('=');
      String name = eq < 0 ? "" : arg.substring(0, eq);
      if (eq < 0 || name.isEmpty() || name.contains("/") || runs.containsKey(name)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "with --each, each argument is NAME=PATH[,PATH...] with a name of its own and no '/': " + arg);
      }
      List<Path> paths = new ArrayList<>();
      for (String p : arg.substring(eq + 1).split(",")) {
        Path path = Path.of(p);
        if (Files.isDirectory(path)) {
          try (var listed = Files.list(path)) {
            listed.filter(f -> Files.isRegularFile(f) && ARTICLE_FILE.matcher(f.getFileName().toString()).matches()).forEach(paths::add);
          }
        } else if (Files.isRegularFile(path)) {
          paths.add(path);
        } else {
          throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p + " (in " + arg + ")");
        }
      }
      paths.sort(java.util.Comparator.comparing(f -> f.getFileName().toString()));
      runs.put(name, paths);
    }
    Files.createDirectories(eachDir);
    boolean failed = false;
    for (Map.Entry<String, List<Path>> r : runs.entrySet()) {
      Run run = run(r.getValue(), date, false);
      run.errors().forEach(e -> System.err.println(r.getKey() + ": " + e));
      failed |= !run.errors().isEmpty();
      try (PrintStream out = new PrintStream(Files.newOutputStream(eachDir.resolve(r.getKey() + ".jsonl")), false, StandardCharsets.UTF_8)) {
        for (ObjectNode line : run.files()) {
          out.println(JSON.writeValueAsString(line));
        }
      }
    }
    return failed ? 1 : 0;
  }

  /**
   * What a run over files gives: a line per file (the scorer's format), a line per group, and a
   * message per file that could not be read or cleaned.
   */
  public record Run(List<ObjectNode> files, List<ObjectNode> groups, List<String> errors) {}

  /**
   * The pipeline over the files, in their order: cleaning, extraction with each file's publication
   * date ({@code published} gives it, or null for the date cleaning decided), and grouping across the files.
   */
  public static Run run(List<Path> files, java.util.function.Function<String, LocalDate> published) {
    return run(files, published, false);
  }

  /** As {@link #run(List, java.util.function.Function)}; with {@code explain}, each claim has its "explanation". */
  public static Run run(List<Path> files, java.util.function.Function<String, LocalDate> published, boolean explain) {
    ArticleCleaner cleaner = ArticleCleaner.withDefaults();
    ClaimExtractor extractor = extractor();
    GroupAssigner grouper = new GroupAssigner();
    InMemoryGroupIndex groups = new InMemoryGroupIndex();
    Map<String, List<Claim>> members = new java.util.LinkedHashMap<>();
    List<ObjectNode> lines = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String lower = name.toLowerCase();
      String type = lower.endsWith(".html") || lower.endsWith(".htm") ? "text/html" : "text/plain";
      CleanArticle clean;
      try {
        clean = cleaner.clean(Files.readAllBytes(file), type);
      } catch (DomainException e) {
        errors.add(file + ": " + e.reason() + ": " + e.getMessage());
        continue;
      } catch (IOException e) {
        errors.add(file + ": cannot read: " + e.getMessage());
        continue;
      }
      // the dates as ingest-service sends them: the client's date over the one cleaning decided, and the story's dateline
      Dating dating = clean.dating().withClientDate(published.apply(name));
      Extraction result;
      try {
        result = extractor.extract(clean.text(), dating.publicationDate(), dating.storyDateline(), Deadline.NONE, explain);
      } catch (RuntimeException e) {
        // as extract-service answers such an article INTERNAL: reported, and the other files still extracted
        errors.add(file + ": the engine failed on the article (its claims are left out): " + e);
        continue;
      }
      result.failures().forEach(f -> errors.add(file + ": the engine failed on the sentence at characters " + f.start() + "-"
          + f.end() + " (its claims are left out): " + f.error()));
      List<Claim> grouped = group(grouper, groups, name, result);
      grouped.stream().filter(c -> c.groupId() != null)
          .forEach(c -> members.computeIfAbsent(c.groupId(), g -> new ArrayList<>()).add(c));
      lines.add(line(name, clean, result, grouped.stream().map(Claim::groupId).toList(), explain));
    }
    List<ObjectNode> groupLines = new ArrayList<>();
    members.forEach((id, claims) -> groupLines.add(groupLine(id, claims)));
    return new Run(lines, groupLines, errors);
  }

  private static ClaimExtractor extractor;

  /** One engine per process: loading its models takes a second. */
  private static synchronized ClaimExtractor extractor() {
    if (extractor == null) {
      extractor = ClaimExtractor.create();
    }
    return extractor;
  }

  /** The publication dates a JSONL file gives, by file name; a line without one gives none. */
  private Map<String, LocalDate> publicationDates(Path jsonl) throws IOException {
    Map<String, LocalDate> out = new HashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode d = JSON.readTree(line);
        JsonNode date = d.path("publication_date");
        if (!d.path("doc").isTextual()) {
          throw new IllegalArgumentException("no \"doc\" file name");
        }
        if (date.isTextual()) {
          out.put(d.path("doc").asText(), LocalDate.parse(date.asText()));
        }
      } catch (IOException | RuntimeException e) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            jsonl + ":" + n + ": want {\"doc\": FILE_NAME, \"publication_date\": \"YYYY-MM-DD\" or null}: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      }
    }
    return out;
  }

  /** One group as claims-service shows it: key, claims in the order they hold, verdicts, estimate. */
  private static ObjectNode groupLine(String id, List<Claim> claims) {
    Agreement.Assessment a = Agreement.assess(claims);
    ObjectNode o = JSON.createObjectNode();
    o.put("group", id);
    o.set("key", keyNode(claims.get(0).key()));
    ArrayNode ms = o.putArray("claims");
    for (Claim c : a.timeline()) {
      ms.addObject().put("claim", c.id()).put("file", c.articleId()).put("quote", c.quote()).put("value_low", c.low())
          .put("value_high", c.high()).put("hedge", c.hedge().name()).put("publication_date", c.publicationDate());
    }
    ArrayNode vs = o.putArray("verdicts");
    for (Agreement.Pair p : a.pairs()) {
      vs.addObject().put("earlier", p.earlier()).put("later", p.later()).put("verdict", p.verdict().name()).put("reason", p.reason());
    }
    ObjectNode e = o.putObject("estimate");
    e.put("low", a.estimate().low()).put("high", a.estimate().high()).put("basis", a.estimate().basis());
    o.put("origin_count", a.originCount());
    return o;
  }

  private static ObjectNode keyNode(QuantityKey k) {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", k.kind()).put("event", k.event()).put("party", k.party()).put("unit", k.unit()).put("cause", k.cause())
        .put("place", k.place()).put("event_name", k.eventName())
        .put("event_earliest", k.earliest() == null ? null : k.earliest().toString())
        .put("event_latest", k.latest() == null ? null : k.latest().toString());
    return o;
  }

  /** The claims with their groups, as claims-service would assign them; a null group for claims it does not group. */
  private static List<Claim> group(GroupAssigner grouper, InMemoryGroupIndex groups, String doc, Extraction result) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < result.claims().size(); i++) {
      ExtractedClaim c = result.claims().get(i);
      claims.add(new Claim(doc + "#" + i, doc, i, c.quote(), c.start(), c.end(), c.low(), c.high(),
          Hedge.valueOf(c.hedge().name()), c.unit(), c.numberText(), c.counted(), c.claimant(), iso(c.eventStart()),
          iso(c.eventEnd()), iso(c.statementDate()), Modality.valueOf(c.modality().name()),
          result.publicationDate() == null ? null : result.publicationDate().toString(), result.extractorVersion(),
          null, doc, "", key(c.key()), null));
    }
    return grouper.assign(claims, groups);
  }

  private static ObjectNode line(String doc, CleanArticle clean, Extraction result, List<String> groupIds, boolean explain) {
    ObjectNode line = JSON.createObjectNode();
    line.put("doc", doc);
    line.put("publication_date", result.publicationDate() == null ? null : result.publicationDate().toString());
    line.put("title", clean.title());
    line.put("extractor_version", result.extractorVersion());
    EventFrame f = result.frame();
    line.putObject("frame").put("cause", f.cause()).put("place", f.place()).put("event_name", f.eventName())
        .put("date", iso(f.date())).put("date_end", iso(f.dateEnd()))
        .put("earliest", f.earliest() == null ? null : f.earliest().toString())
        .put("latest", f.latest() == null ? null : f.latest().toString());
    ArrayNode claims = line.putArray("claims");
    for (int i = 0; i < result.claims().size(); i++) {
      ExtractedClaim c = result.claims().get(i);
      ObjectNode o = claims.addObject();
      o.put("quote", c.quote());
      o.put("start", c.start());
      o.put("end", c.end());
      o.put("value_low", c.low());
      o.put("value_high", c.high());
      o.put("hedge", c.hedge().name());
      o.put("unit", c.unit());
      o.put("number_text", c.numberText());
      o.put("counted", c.counted());
      o.put("claimant", c.claimant());
      o.put("event_start", iso(c.eventStart()));
      o.put("event_end", iso(c.eventEnd()));
      o.put("statement_date", iso(c.statementDate()));
      o.put("modality", c.modality().name());
      o.put("group", groupIds.get(i));
      o.set("key", keyNode(key(c.key())));
      o.put("background", c.background());
      if (explain) {
        ArrayNode why = o.putArray("explanation");
        c.explanation().forEach(s -> why.addObject().put("field", s.field().jsonName()).put("value", s.field().valueOf(c))
            .put("rule", s.rule()).put("start", s.hasSpan() ? s.start() : null).put("end", s.hasSpan() ? s.end() : null)
            .put("text", s.text()));
      }
    }
    return line;
  }

  /**
   * A file's claims as text, each with its quote and then one line per field:
   * {@code field = value  <- rule  [start-end "words"]} (offsets in UTF-16 units of the clean text;
   * words over 80 characters shortened in the middle).
   */
  static String explanationText(ObjectNode line) {
    StringBuilder b = new StringBuilder();
    b.append(line.path("doc").asText()).append(" (published ").append(line.path("publication_date").asText("unknown"))
        .append(", ").append(line.path("claims").size()).append(" claims)\n");
    int n = 0;
    for (JsonNode c : line.path("claims")) {
      b.append("\n  ").append(++n).append(". \"").append(c.path("quote").asText()).append("\" [")
          .append(c.path("start").asInt()).append('-').append(c.path("end").asInt()).append("]\n");
      for (JsonNode s : c.path("explanation")) {
        String value = s.path("value").asText();
        b.append(String.format("     %-15s = %s  <- %s", s.path("field").asText(), value.isEmpty() ? "(none)" : value,
            s.path("rule").asText()));
        if (s.path("start").isInt()) {
          b.append("  [").append(s.path("start").asInt()).append('-').append(s.path("end").asInt()).append(" \"")
              .append(shortened(s.path("text").asText().replaceAll("\\s+", " "))).append("\"]");
        }
        b.append('\n');
      }
    }
    return b.append('\n').toString();
  }

  /** Words over 80 characters (a clause) as their start and end. */
  private static String shortened(String words) {
    return words.length() <= 80 ? words : words.substring(0, 38) + " … " + words.substring(words.length() - 38);
  }

  /** The extractor's key as claims-service takes it. */
  static QuantityKey key(ClaimKey k) {
    return new QuantityKey(k.kind(), k.event(), k.party(), k.unit(), k.cause(), k.place(), k.eventName(), k.earliest(), k.latest());
  }

  private static String iso(PartialDate d) {
    return d == null ? null : d.toIso();
  }
}
