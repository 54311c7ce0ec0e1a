package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bin/extract-claims --explain} on a seed: every claim, every field, its rule and its words. */
class ExtractClaimsExplainTest {

  private static final Path SEED = Path.of("../seeds/001_3cfe998d9931a718.txt");
  private static final List<String> FIELDS = List.of("number", "hedge", "counted", "claimant", "event_start", "event_end",
      "statement_date", "modality", "background", "key");

  @Test
  void explainPrintsEachClaimsQuoteThenOneLinePerFieldWithItsRuleAndWords() {
    String out = cli("--explain", "--published", "2025-05-25", SEED.toString());
    int claims = ExtractClaims.run(List.of(SEED), name -> LocalDate.of(2025, 5, 25)).files().get(0).path("claims").size();
    assertThat(out).startsWith("001_3cfe998d9931a718.txt (published 2025-05-25, " + claims + " claims)");
    for (String field : FIELDS) {
      assertThat(Pattern.compile("(?m)^ +" + field + " += .+  <- \\S+").matcher(out).results().count()).as(field).isEqualTo(claims);
    }
    // "Ukraine’s Armed Forces have confirmed that 971 Russian soldiers were captured"
    Matcher armedForces = Pattern.compile("(?m)^ +claimant += Ukraine’s Armed Forces  <- claimant\\.speaker-before"
        + "  \\[(\\d+)-(\\d+) \"Ukraine’s Armed Forces\"]$").matcher(out);
    assertThat(armedForces.find()).as(out).isTrue();
    assertThat(Integer.parseInt(armedForces.group(2)) - Integer.parseInt(armedForces.group(1))).isEqualTo("Ukraine’s Armed Forces".length());
    assertThat(out).containsPattern("(?m)^ +event_start += 2024-08-06  <- dating\\.own-clause/date\\.calendar-date"
        + "  \\[\\d+-\\d+ \"August 6, 2024, and May 25, 2025\"]$");
  }

  @Test
  void explainRightBeforeTheFileNamesTheCountedAndNumberRulesOfEachClaim() {
    String out = cli("--explain", SEED.toString());
    assertThat(out).startsWith("001_3cfe998d9931a718.txt");
    assertThat(out).containsPattern("(?m)^ +counted += .+  <- counted\\.[a-z-]+");
    assertThat(out).containsPattern("(?m)^ +number += .+  <- number\\.[a-z-]+");
  }

  @Test
  void explainJsonAddsAnExplanationToEachClaimOfTheUsualLine() throws Exception {
    JsonNode plain = new ObjectMapper().readTree(cli("--published", "2025-05-25", SEED.toString()));
    JsonNode explained = new ObjectMapper().readTree(cli("--explain-json", "--published", "2025-05-25", SEED.toString()));
    assertThat(plain.path("claims").get(0).has("explanation")).isFalse();
    for (JsonNode c : explained.path("claims")) {
      assertThat(c.path("explanation")).extracting(s -> s.path("field").asText()).containsExactlyElementsOf(FIELDS);
      ((com.fasterxml.jackson.databind.node.ObjectNode) c).remove("explanation");
    }
    assertThat(explained).isEqualTo(plain);
  }

  private static String cli(String... args) {
    PrintStream stdout = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      CommandLine cl = new CommandLine(new ExtractClaims());
      cl.registerConverter(LocalDate.class, LocalDate::parse);
      assertThat(cl.execute(args)).isZero();
    } finally {
      System.setOut(stdout);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
