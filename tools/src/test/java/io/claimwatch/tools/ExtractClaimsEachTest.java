package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bin/extract-claims --each}: many runs in one process, each exactly as a run of its own (corpora/score-each). */
class ExtractClaimsEachTest {

  private static final Path SEEDS = Path.of("../seeds");

  @TempDir
  Path out;

  @Test
  void eachRunWritesTheLinesARunOfItsOwnPrintsGroupedWithinItself() throws IOException {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(SEEDS)) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(seeds).hasSize(5);
    Result r = cli("--published", "2025-05-26", "--each", out.toString(), "all=" + SEEDS,
        "two=" + seeds.get(4) + "," + seeds.get(0));
    assertThat(r.code()).as(r.err()).isZero();
    // the folder's articles only (not its gold.jsonl), in the order of their names, as `bin/extract-claims seeds/*.txt`
    List<String> plain = new java.util.ArrayList<>(List.of("--published", "2025-05-26"));
    seeds.forEach(p -> plain.add(p.toString()));
    String alone = cli(plain.toArray(String[]::new)).out();
    assertThat(Files.readString(out.resolve("all.jsonl"))).isEqualTo(alone);
    assertThat(alone.lines().count()).isEqualTo(5);
    // a run of two files groups them within that run only, sorted by name
    String two = cli("--published", "2025-05-26", seeds.get(0).toString(), seeds.get(4).toString()).out();
    assertThat(Files.readString(out.resolve("two.jsonl"))).isEqualTo(two);
  }

  @Test
  void anArgumentWithoutANameOrAPathThatIsNotThereIsRefusedWithWhatToFix() {
    Result noName = cli("--each", out.toString(), SEEDS.toString());
    assertThat(noName.code()).isEqualTo(2);
    assertThat(noName.err()).contains("each argument is NAME=PATH[,PATH...]");
    Result missing = cli("--each", out.toString(), "a=" + SEEDS.resolve("no-such-file.txt"));
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or folder");
    Result twice = cli("--each", out.toString(), "a=" + SEEDS, "a=" + SEEDS);
    assertThat(twice.code()).isEqualTo(2);
    Result explained = cli("--each", out.toString(), "--explain", "a=" + SEEDS);
    assertThat(explained.code()).isEqualTo(2);
    assertThat(explained.err()).contains("give --each alone");
  }

  private record Result(int code, String out, String err) {}

  private static Result cli(String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream was = System.out;
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      CommandLine cl = new CommandLine(new ExtractClaims());
      cl.registerConverter(LocalDate.class, LocalDate::parse);
      cl.setErr(new java.io.PrintWriter(stderr, true, StandardCharsets.UTF_8));
      int code = cl.execute(args);
      return new Result(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(was);
    }
  }
}
