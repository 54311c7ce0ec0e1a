package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extract.domain.FieldSource.Field;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Explanations: on every claim of the seeds, each field's rule and the words it came from. */
class ExplanationTest {

    private static final Path SEEDS = Path.of("../seeds");

    @Test
    void everyFieldOfEveryClaimOfTheSeedsHasARuleAndEveryFieldWithAValueItsWordsInTheText() throws IOException {
        int claims = 0;
        for (Path seed : seeds()) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            Extraction x = Fixtures.EXTRACTOR.extract(text, publicationDate(seed), Deadline.NONE, true);
            for (ExtractedClaim c : x.claims()) {
                claims++;
                String where = seed.getFileName() + ": " + c.quote();
                assertThat(c.explanation()).as(where).extracting(FieldSource::field).containsExactly(Field.values());
                for (FieldSource s : c.explanation()) {
                    String what = where + " / " + s;
                    assertThat(s.rule()).as(what).isNotBlank();
                    if (!s.field().valueOf(c).isEmpty() && s.field() != Field.BACKGROUND) assertThat(s.hasSpan()).as(what).isTrue();
                    if (!s.hasSpan()) continue;
                    assertThat(s.start()).as(what).isBetween(0, s.end());
                    assertThat(s.end()).as(what).isLessThanOrEqualTo(text.length());
                    assertThat(text.substring(s.start(), s.end())).as(what).isEqualTo(s.text()).isNotBlank();
                }
                FieldSource claimant = source(c, Field.CLAIMANT);
                if (c.claimant() != null) assertThat(oneLine(claimant.text())).as(where).isEqualTo(c.claimant());
                FieldSource counted = source(c, Field.COUNTED);
                if (c.counted() != null && !c.counted().isEmpty()) {
                    assertThat(Arrays.stream(c.counted().toLowerCase(Locale.ROOT).split(" ")))
                            .as(where + " / " + counted).anyMatch(w -> counted.text().toLowerCase(Locale.ROOT).contains(w));
                }
                assertThat(text.substring(source(c, Field.NUMBER).start(), source(c, Field.NUMBER).end())).as(where)
                        .isEqualTo(c.numberText().substring(c.numberText().length() - (source(c, Field.NUMBER).end() - source(c, Field.NUMBER).start())));
            }
        }
        assertThat(claims).isGreaterThan(20);
    }

    @Test
    void explanationsChangeNoClaimAndCostNothingWhenNotAskedFor() throws IOException {
        for (Path seed : seeds()) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            List<ExtractedClaim> plain = Fixtures.EXTRACTOR.extract(text, publicationDate(seed)).claims();
            List<ExtractedClaim> explained = Fixtures.EXTRACTOR.extract(text, publicationDate(seed), Deadline.NONE, true).claims();
            assertThat(plain).allMatch(c -> c.explanation().isEmpty());
            assertThat(explained.stream().map(ExplanationTest::withoutExplanation).toList()).isEqualTo(plain);
        }
    }

    @Test
    void namesTheClaimantRuleAndTheDatePhrase() {
        String text = "The interior ministry said on Monday that 85 prisoners had been freed since the riot began on March 3.";
        ExtractedClaim c = Fixtures.EXTRACTOR.extract(text, LocalDate.of(2025, 3, 12), Deadline.NONE, true).claims().get(0);
        FieldSource claimant = source(c, Field.CLAIMANT);
        assertThat(claimant.rule()).isEqualTo("claimant.speaker-before");
        assertThat(claimant.text()).isEqualTo("The interior ministry");
        assertThat(text.substring(claimant.start(), claimant.end())).isEqualTo("The interior ministry");
        assertThat(source(c, Field.EVENT_START).rule()).isEqualTo("dating.since-to-report/date.calendar-date");
        assertThat(source(c, Field.EVENT_START).text()).isEqualTo("March 3");
        assertThat(source(c, Field.STATEMENT_DATE).rule()).isEqualTo("statement.reporting-verb/date.weekday");
        assertThat(source(c, Field.STATEMENT_DATE).text()).isEqualTo("Monday");
        assertThat(source(c, Field.NUMBER).text()).isEqualTo("85");
    }

    @Test
    void aPronounsClaimantIsFoundWhereItWasNamedAndNoClaimantHasARuleButNoSpan() {
        String text = "Ana Ruiz leads the rescue teams.\n\nShe said 40 people were still missing.\n\nThe storm destroyed 300 homes.";
        List<ExtractedClaim> cs = Fixtures.EXTRACTOR.extract(text, LocalDate.of(2025, 3, 12), Deadline.NONE, true).claims();
        FieldSource she = source(cs.get(0), Field.CLAIMANT);
        assertThat(cs.get(0).claimant()).isEqualTo("Ana Ruiz");
        assertThat(she.start()).isZero();
        assertThat(she.text()).isEqualTo("Ana Ruiz");
        FieldSource none = source(cs.get(1), Field.CLAIMANT);
        assertThat(none.rule()).isEqualTo("claimant.outlet-voice");
        assertThat(none.hasSpan()).isFalse();
    }

    private static FieldSource source(ExtractedClaim c, Field f) {
        return c.explanation().stream().filter(s -> s.field() == f).findFirst().orElseThrow();
    }

    private static ExtractedClaim withoutExplanation(ExtractedClaim c) {
        return new ExtractedClaim(c.quote(), c.start(), c.end(), c.low(), c.high(), c.hedge(), c.unit(), c.numberText(), c.counted(),
                c.claimant(), c.eventStart(), c.eventEnd(), c.statementDate(), c.modality(), c.key(), c.background(), List.of());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<Path> out = new ArrayList<>(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            assertThat(out).hasSize(5);
            return out;
        }
    }

    /** The seed's publication date in seeds/gold.jsonl. */
    private static LocalDate publicationDate(Path seed) throws IOException {
        Pattern line = Pattern.compile("\"doc\":\\s*\"" + Pattern.quote(seed.getFileName().toString())
                + "\".*?\"publication_date\":\\s*\"([0-9-]+)\"");
        for (String l : Files.readAllLines(SEEDS.resolve("gold.jsonl"))) {
            Matcher m = line.matcher(l);
            if (m.find()) return LocalDate.parse(m.group(1));
        }
        return null;
    }
}
