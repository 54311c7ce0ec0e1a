package io.claimwatch.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.extract.domain.ClaimExtractor;
import io.claimwatch.extract.domain.ExtractedClaim;
import io.claimwatch.extract.domain.Extraction;
import io.claimwatch.extract.domain.PartialDate;
import io.claimwatch.ingest.domain.ArticleCleaner;
import io.claimwatch.ingest.domain.CleanArticle;
import io.claimwatch.ingest.domain.DomainException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/extract-claims}: the article pipeline offline, with no services. The same cleaning as
 * ingest-service, then the same engine as extract-service; one JSON line per file in the format of
 * the shared scorer (shared/eval/README.md).
 */
@Command(name = "extract-claims", mixinStandardHelpOptions = true,
    description = "Cleans each article (HTML for .html/.htm files, else text) and prints its claims as one JSON line.")
public final class ExtractClaims implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "The publication date to resolve relative dates against; default: detected from each article")
  LocalDate published;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to read")
  List<Path> files;

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new ExtractClaims());
    cl.registerConverter(LocalDate.class, LocalDate::parse);
    System.exit(cl.execute(args));
  }

  @Override
  public Integer call() throws IOException {
    ArticleCleaner cleaner = ArticleCleaner.withDefaults();
    ClaimExtractor extractor = ClaimExtractor.create();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int failures = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      String lower = name.toLowerCase();
      String type = lower.endsWith(".html") || lower.endsWith(".htm") ? "text/html" : "text/plain";
      CleanArticle clean;
      try {
        clean = cleaner.clean(Files.readAllBytes(file), type);
      } catch (DomainException e) {
        System.err.println(file + ": " + e.reason() + ": " + e.getMessage());
        failures++;
        continue;
      } catch (IOException e) {
        System.err.println(file + ": cannot read: " + e.getMessage());
        failures++;
        continue;
      }
      LocalDate date = published != null ? published : clean.publicationDate();
      Extraction result = extractor.extract(clean.text(), date);
      out.println(JSON.writeValueAsString(line(name, clean, result)));
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  private static ObjectNode line(String doc, CleanArticle clean, Extraction result) {
    ObjectNode line = JSON.createObjectNode();
    line.put("doc", doc);
    line.put("publication_date", result.publicationDate() == null ? null : result.publicationDate().toString());
    line.put("title", clean.title());
    line.put("extractor_version", result.extractorVersion());
    ArrayNode claims = line.putArray("claims");
    for (ExtractedClaim c : result.claims()) {
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
    }
    return line;
  }

  private static String iso(PartialDate d) {
    return d == null ? null : d.toIso();
  }
}
