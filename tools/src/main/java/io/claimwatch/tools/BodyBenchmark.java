package io.claimwatch.tools;

import io.claimwatch.ingest.domain.ArticleCleaner;
import io.claimwatch.ingest.domain.DomainException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/score-bodies}: ingest-service's cleaner on pages of public body-extraction sets with
 * hand-made ground truth (rebuilt by {@code corpora/bodies/rebuild}): token precision, recall and F1
 * ({@link BodyScore}) per set, and cleaning speed (pages/s, one thread). The sets, in
 * {@code $CLAIMWATCH_BODIES_DIR}: {@code dragnet} (ground truth: the corrected text up to the comments
 * marker) and {@code l3s-gn1} (ground truth: the text the assessors labelled headline or full text,
 * classes x-nc-sel1 and x-nc-sel2 of the annotated page); {@code dragnet-cetr} as {@code dragnet};
 * {@code cleanportaleval} and {@code cleaneval-final} in CleanEval's format ({@link #cleanEval}).
 */
@Command(name = "score-bodies", mixinStandardHelpOptions = true,
    description = "Scores ingest-service's HTML cleaning against hand-made ground truth (token P/R/F1, pages/s).")
public final class BodyBenchmark implements Callable<Integer> {

  @Option(names = "--dir", description = "Folder of the sets; default $CLAIMWATCH_BODIES_DIR, else corpora/bodies/pages")
  Path dir;

  @Option(names = "--worst", description = "Print the N pages of lowest F1 of each set with their scores")
  int worst;

  @Option(names = "--dump", description = "Write each page's extracted text and its ground truth to this folder"
      + " (SET/PAGE.txt, SET/PAGE.truth.txt)")
  Path dump;

  @Option(names = "--warmup", description = "Untimed passes over each set before the timed one; default ${DEFAULT-VALUE}")
  int warmup = 1;

  @Option(names = "--hostile", description = "Also clean the hostile pages of issue 15 (4,000 / 16,000 / 100,000 nested"
      + " divs, 1.1 MB of divs nested 200 deep side by side), 3 times each: the answer, wall and CPU time")
  boolean hostile;

  @Parameters(arity = "0..*", paramLabel = "SET", description = "dragnet, l3s-gn1, cleanportaleval (development), dragnet-cetr (also reported),"
      + " cleaneval-final (held out: scored once, by the lead)")
  List<String> sets = List.of();

  public static void main(String[] args) {
    System.exit(new CommandLine(new BodyBenchmark()).execute(args));
  }

  record Page(String name, byte[] html, String truth) {}

  @Override
  public Integer call() throws IOException {
    if (dir == null) {
      String env = System.getenv("CLAIMWATCH_BODIES_DIR");
      dir = Path.of(env != null && !env.isBlank() ? env : "corpora/bodies/pages");
    }
    ArticleCleaner cleaner = ArticleCleaner.withDefaults(); // the service's limits; time budgets out of the way
    if (hostile) {
      hostile(cleaner);
    }
    if (sets.isEmpty()) {
      return 0;
    }
    System.out.printf("%-10s %6s %8s %8s %8s %8s %8s %10s %8s%n", "set", "pages", "P", "R", "F1", "microF1", "refused",
        "pages/s", "MB/s");
    for (String set : sets) {
      List<Page> pages = load(dir.resolve(set));
      refusals.clear();
      for (int i = 0; i < warmup; i++) {
        for (Page p : pages) {
          clean(cleaner, p.html());
        }
      }
      double p = 0;
      double r = 0;
      double f = 0;
      long extracted = 0;
      long truth = 0;
      long overlap = 0;
      int refused = 0;
      long nanos = 0;
      long bytes = 0;
      List<Object[]> scored = new ArrayList<>();
      for (Page page : pages) {
        long t0 = System.nanoTime();
        String text = clean(cleaner, page.html());
        nanos += System.nanoTime() - t0;
        bytes += page.html().length;
        if (text == null) {
          refused++;
          text = "";
        }
        BodyScore s = BodyScore.of(text, page.truth());
        p += s.precision();
        r += s.recall();
        f += s.f1();
        extracted += s.extracted();
        truth += s.truth();
        overlap += s.overlap();
        scored.add(new Object[] {page.name(), s});
        if (dump != null) {
          Files.createDirectories(dump.resolve(set));
          Files.writeString(dump.resolve(set).resolve(page.name() + ".txt"), text);
          Files.writeString(dump.resolve(set).resolve(page.name() + ".truth.txt"), page.truth());
        }
      }
      int n = pages.size();
      BodyScore micro = new BodyScore((int) extracted, (int) truth, (int) overlap);
      double secs = nanos / 1e9;
      System.out.printf("%-10s %6d %8.4f %8.4f %8.4f %8.4f %8d %10.1f %8.2f%n", set, n, p / n, r / n, f / n, micro.f1(),
          refused, n / secs, bytes / 1e6 / secs);
      if (!refusals.isEmpty()) {
        System.out.println("  refused, by reason (all passes): " + refusals);
      }
      if (worst > 0) {
        scored.sort(Comparator.comparingDouble(o -> ((BodyScore) o[1]).f1()));
        for (Object[] o : scored.subList(0, Math.min(worst, scored.size()))) {
          BodyScore s = (BodyScore) o[1];
          System.out.printf("  %-44s P %.3f R %.3f F1 %.3f (%d extracted, %d truth)%n", o[0], s.precision(), s.recall(),
              s.f1(), s.extracted(), s.truth());
        }
      }
    }
    return 0;
  }

  /** The pages of issue 15, each cleaned 3 times in this JVM (the first run is cold). */
  private static void hostile(ArticleCleaner cleaner) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    String lead = "<html><body><p>At least 40 people died in the floods, officials said.</p>";
    List<String[]> pages = new ArrayList<>();
    for (int depth : new int[] {4_000, 16_000, 100_000}) {
      pages.add(new String[] {depth + " nested divs", lead + "<div>x ".repeat(depth) + "</div>".repeat(depth) + "</body></html>"});
    }
    StringBuilder wide = new StringBuilder(lead);
    while (wide.length() < 1_100_000) {
      wide.append("<div class=\"c\">x ".repeat(200)).append("</div>".repeat(200));
    }
    pages.add(new String[] {"1.1 MB, 200 deep, side by side", wide.append("</body></html>").toString()});
    for (String[] page : pages) {
      byte[] bytes = page[1].getBytes(StandardCharsets.UTF_8);
      for (int run = 0; run < 3; run++) {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        String answer;
        try {
          answer = "cleaned (" + cleaner.clean(bytes, "text/html").text().length() + " chars)";
        } catch (DomainException e) {
          answer = e.reason();
        }
        System.out.printf("%-32s %8d KB  %-22s %8.0f ms wall %8.0f ms CPU%n", page[0], bytes.length / 1024, answer,
            (System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
      }
    }
  }

  private final java.util.Map<String, Integer> refusals = new java.util.TreeMap<>();

  /**
   * The clean text, or null when the cleaner refuses the page (counted by reason) or fails on it (counted
   * as "failed: " and the exception's class, so that a set scored once is scored whole).
   */
  private String clean(ArticleCleaner cleaner, byte[] html) {
    try {
      return cleaner.clean(html, "text/html").text();
    } catch (DomainException e) {
      refusals.merge(e.reason(), 1, Integer::sum);
      return null;
    } catch (RuntimeException e) {
      refusals.merge("failed: " + e.getClass().getSimpleName(), 1, Integer::sum);
      return null;
    }
  }

  private static List<Page> load(Path setDir) throws IOException {
    if (!Files.isDirectory(setDir.resolve("input"))) {
      throw new IOException("no pages in " + setDir + ": run corpora/bodies/rebuild first (corpora/bodies/README.md)");
    }
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> s = Files.list(setDir.resolve("input"))) {
      for (Path html : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String name = html.getFileName().toString().replaceFirst("\\.html$", "");
        Path txt = setDir.resolve("GoldStandard").resolve(name + ".txt");
        String truth = decode(Files.readAllBytes(txt));
        pages.add(new Page(name, Files.readAllBytes(html),
            CLEANEVAL_FORMAT.contains(setDir.getFileName().toString()) ? cleanEval(truth)
                : truth.startsWith("<") ? labelled(truth) : truth.stripLeading().startsWith("URL:") ? cleanEval(truth)
                : corrected(truth)));
      }
    }
    return pages;
  }

  /** UTF-16 when a byte-order mark says so (some of Dragnet's files), else UTF-8, else windows-1252. */
  static String decode(byte[] b) {
    if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
      return new String(b, StandardCharsets.UTF_16);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(b, java.nio.charset.Charset.forName("windows-1252"));
    }
  }

  /**
   * CleanEval's format (CleanPortalEval uses it): a first line "URL: ...", then paragraphs each opened
   * by a tag of its kind ({@code <p>}, {@code <h>}, {@code <l>}), with HTML character references: the
   * text without the URL line and the tags, references decoded.
   */
  static String cleanEval(String truth) {
    String body = truth.startsWith("\uFEFF") ? truth.substring(1) : truth;
    body = body.stripLeading();
    if (body.startsWith("URL")) { // as the snapshot's strip.py: the first line, when it is the URL line
      int nl = body.indexOf('\n');
      body = nl < 0 ? "" : body.substring(nl + 1);
    }
    body = CLEANEVAL_TAG.matcher(body).replaceAll("");
    return org.jsoup.parser.Parser.unescapeEntities(body, false);
  }

  /** A paragraph's tag in CleanEval's format, opening or closing, in either case. */
  private static final java.util.regex.Pattern CLEANEVAL_TAG = java.util.regex.Pattern.compile("(?i)</?[phl]>");

  /**
   * The sets whose ground truth is in CleanEval's format whatever a file's first line: CleanPortalEval
   * and CleanEval's final test set (a set not listed is read as CleanEval's when its truth opens with
   * "URL:").
   */
  static final java.util.Set<String> CLEANEVAL_FORMAT = java.util.Set.of("cleanportaleval", "cleaneval-final");

  /**
   * The line that starts the comments in Dragnet's corrected text: "!@#$%^&*()  COMMENTS" in most
   * files, typed with a key more or less in some ("!@ $%^&*()", "@#$%^&*()", "!@#$%^&**()"), or with
   * another word ("COMMNENTS", "CORRECTED" before a page's comments): a line of those symbols and one
   * upper-case word.
   */
  private static final java.util.regex.Pattern COMMENTS_MARKER =
      java.util.regex.Pattern.compile("(?m)^[ \\t]*[!@#$%^&*()][!@#$%^&*() \\t]{3,}[A-Z]{6,}[ \\t]*$");

  /** Dragnet's corrected text: the article, before the line that starts the comments. */
  static String corrected(String truth) {
    java.util.regex.Matcher m = COMMENTS_MARKER.matcher(truth);
    return m.find() ? truth.substring(0, m.start()) : truth;
  }

  /** L3S-GN1's annotated page: the text nodes whose nearest x-nc-sel span is headline (1) or full text (2). */
  static String labelled(String annotated) {
    Document doc = Jsoup.parse(annotated);
    StringBuilder out = new StringBuilder();
    List<String> labels = new ArrayList<>();
    doc.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          labels.add(label(e));
        } else if (node instanceof TextNode t) {
          String l = null;
          for (int i = labels.size() - 1; i >= 0 && l == null; i--) {
            l = labels.get(i);
          }
          if ("x-nc-sel1".equals(l) || "x-nc-sel2".equals(l)) {
            out.append(t.getWholeText()).append(' ');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element) {
          labels.remove(labels.size() - 1);
        }
      }
    });
    return out.toString();
  }

  private static String label(Element e) {
    for (String c : e.classNames()) {
      if (c.startsWith("x-nc-sel")) {
        return c;
      }
    }
    return null;
  }
}
