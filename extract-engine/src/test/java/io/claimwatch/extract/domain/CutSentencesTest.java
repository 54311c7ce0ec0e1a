package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text cut short anywhere (a teaser, a headline, a feed's truncated summary) never makes a sentence fail: every prefix
 * of every sentence with a figure in the seeds and in our own eval articles, cut at each space after its first digit,
 * extracts without a failure. The rules read words around a figure; a cut puts the text's end right after any of them.
 */
class CutSentencesTest {

    private static final Pattern FIGURE_SENTENCE = Pattern.compile("[^.!?\\n]*\\d[^.!?\\n]*");

    @Test
    void everyPrefixOfAFigureSentenceExtractsWithoutAFailure() throws IOException {
        List<Path> texts = new ArrayList<>();
        for (String dir : List.of("../seeds", "../extract-service/src/test/resources/eval")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
            }
        }
        assertThat(texts).hasSizeGreaterThan(15);
        int cuts = 0;
        List<String> failed = new ArrayList<>();
        for (Path p : texts) {
            Matcher m = FIGURE_SENTENCE.matcher(Files.readString(p));
            while (m.find()) {
                String s = m.group().strip();
                int first = 0;
                while (!Character.isDigit(s.charAt(first))) first++;
                for (int i = first; i <= s.length(); i++) {
                    if (i < s.length() && s.charAt(i) != ' ') continue;
                    String cut = s.substring(0, i);
                    cuts++;
                    for (Extraction.Failure f : EXTRACTOR.extract(cut, null).failures()) {
                        failed.add(f.error() + " on \"" + cut + "\"");
                    }
                }
            }
        }
        assertThat(cuts).isGreaterThan(1_000);
        assertThat(failed).as(cuts + " cuts").isEmpty();
    }
}
