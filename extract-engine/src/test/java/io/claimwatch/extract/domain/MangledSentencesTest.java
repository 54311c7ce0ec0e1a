package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text mangled as feeds and scrapers mangle it never makes a sentence fail: every sentence with a figure in the seeds and
 * in our own eval articles, with each word dropped in turn, in upper case (a headline), with
 * its punctuation stripped, twice in a row, and one word a line, extracts without a failure. The rules read the words
 * next to a figure; a mangled sentence puts any word, or none, next to any other.
 */
class MangledSentencesTest {

    private static final Pattern FIGURE_SENTENCE = Pattern.compile("[^.!?\\n]*\\d[^.!?\\n]*[.!?]?");

    @Test
    void everyMangledFigureSentenceExtractsWithoutAFailure() throws IOException {
        List<Path> texts = new ArrayList<>();
        for (String dir : List.of("../seeds", "../extract-service/src/test/resources/eval")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
            }
        }
        assertThat(texts).hasSizeGreaterThan(15);
        int runs = 0;
        List<String> failed = new ArrayList<>();
        for (Path p : texts) {
            Matcher m = FIGURE_SENTENCE.matcher(Files.readString(p));
            while (m.find()) {
                for (String mangled : mangled(m.group().strip())) {
                    runs++;
                    for (Extraction.Failure f : EXTRACTOR.extract(mangled, null).failures()) {
                        failed.add(f.error() + " on \"" + mangled + "\"");
                    }
                }
            }
        }
        assertThat(runs).isGreaterThan(1_500);
        assertThat(failed).as(runs + " mangled sentences").isEmpty();
    }

    private static List<String> mangled(String sentence) {
        String[] words = sentence.split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            List<String> dropped = new ArrayList<>(Arrays.asList(words));
            dropped.remove(i);
            out.add(String.join(" ", dropped));
        }
        out.add(sentence.toUpperCase(Locale.ROOT));
        out.add(sentence.replaceAll("[\\p{Punct}&&[^$%]]", ""));
        out.add(sentence + " " + sentence);
        out.add(sentence.replace(' ', '\n'));
        return out;
    }
}
