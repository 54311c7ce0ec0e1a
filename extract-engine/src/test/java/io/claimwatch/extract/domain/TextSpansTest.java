package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link TextSpans#find}: where a claimant's words stand, for explanations; the words before a sentence are read back from it. */
class TextSpansTest {

    private static final String TEXT = "Police Sgt. Tom Baxter said the port was shut. The Harbor Ports Authority said 40 ships waited.\n\n"
            + "He said   12 cranes were unsafe. Harbor officials said the Harbor Ports\nAuthority would reopen it.";

    private static String at(String text, int[] span) {
        return span == null ? null : text.substring(span[0], span[1]);
    }

    @Test
    void theWordsInTheSentenceNearestTheFigureElseAfterElseLastBefore() {
        int he = TEXT.indexOf("He said"), end = TEXT.indexOf("unsafe.") + 7;
        // in the sentence
        assertThat(at(TEXT, TextSpans.find(TEXT, "12 cranes", he, end, he, end))).isEqualTo("12 cranes");
        // after it (the sentence's pieces), whitespace between the words as written
        assertThat(TextSpans.find(TEXT, "Harbor Ports Authority", he, end, he, TEXT.length()))
                .containsExactly(TEXT.lastIndexOf("Harbor Ports\nAuthority"), TEXT.length() - " would reopen it.".length());
        // last before it: "He said" refers back to the name
        int[] back = TextSpans.find(TEXT, "Tom Baxter", he, end, he, 0);
        assertThat(back).containsExactly(TEXT.indexOf("Tom Baxter"), TEXT.indexOf("Tom Baxter") + "Tom Baxter".length());
        assertThat(TextSpans.find(TEXT, "Harbor Ports Authority", he, end, he, 0)[0]).isEqualTo(TEXT.indexOf("The Harbor") + 4);
        assertThat(at(TEXT, TextSpans.find(TEXT, "Sgt. Tom", he, end, he, 0))).isEqualTo("Sgt. Tom");
        // nowhere before it (a word after the first never written before, or the first word nowhere)
        assertThat(TextSpans.find(TEXT, "Harbor officials", he, TEXT.indexOf("Harbor officials"), he, 0)).isNull();
        assertThat(TextSpans.find(TEXT, "Ana Ruiz", he, end, he, 0)).isNull();
        assertThat(TextSpans.find(TEXT, "Tom Ruiz", he, end, he, 0)).isNull();
    }

    @Test
    void theWordsBeforeASentenceAreReadBackFromItNotFromTheArticlesStart() {
        StringBuilder b = new StringBuilder("The Harbor Ports Authority said 40 ships waited. ");
        while (b.length() < 4_000_000) b.append("The port stayed shut, officials said on Monday. ");
        String text = b.toString();
        int sentence = text.length() - "The port stayed shut, officials said on Monday. ".length();
        // 20,000 claims near the end of a 4 MB article: a scan from the article's start per claim read 80 GB
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int claim = 0; claim < 20_000; claim++) {
                assertThat(TextSpans.find(text, "officials", sentence, text.length(), sentence, 0)).isNotNull();
                assertThat(TextSpans.find(text, "the Harbor Ports Authority", sentence, text.length(), sentence, 0)).isNull();
            }
        });
        assertThat(TextSpans.find(text, "Harbor Ports Authority", sentence, text.length(), sentence, 0)).containsExactly(4, 26);
    }
}
