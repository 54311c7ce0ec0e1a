package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NameIndex: where an article writes each run of letters, read once per article; the rules that look a name up per
 * claim or per holder (VoteHolders' surname, PersonTitles.lastNamed, TextNames.fullName, Referents' surname,
 * ParagraphShapes.headlineSource) try those places, not the whole text.
 */
class NameIndexTest {

  /** Whether {@code s} stands at {@code at} as a word: no letter right before it or right after it. */
  private static boolean word(String text, String s, int at) {
    int end = at + s.length();
    return (at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)));
  }

  /** What a scan over the text gives: each place {@code s} is written as a word. */
  private static List<Integer> scanned(String text, String s) {
    List<Integer> out = new ArrayList<>();
    for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) if (word(text, s, at)) out.add(at);
    return out;
  }

  private static List<Integer> indexed(String text, String s) {
    List<Integer> out = new ArrayList<>();
    for (int at : NameIndex.of(text).written(text, s)) if (word(text, s, at)) out.add(at);
    return out;
  }

  @Test
  void aNameIsFoundWhereAScanFindsItWithNoLetterBefore() {
    String text = "Ada Okafor, chief economist, said MacOkafor's (Okafor) view was O'Brien's. Okafors rose; O'Brien and "
        + "Teodoro Benitez, Teodoro's rival, told the (AP). Fire Chief Ana Ruiz and fire chief Bob Lee.";
    for (String s : new String[] {"Okafor", "O'Brien", "Teodoro", "Teodoro Benitez", "(AP)", "Fire Chief", "Lee", "Nobody"})
      assertThat(indexed(text, s)).as(s).isEqualTo(scanned(text, s));
    // the index gives "Okafor" as a word, not inside "MacOkafor" nor as the start of "Okafors"
    assertThat(NameIndex.of(text).written(text, "Okafor")).containsExactly(text.indexOf("Okafor,"), text.indexOf("Okafor)"));
    // in any case: "Fire" and "fire"
    assertThat(NameIndex.of(text).startsIgnoringCase("FIRE")).containsExactly(text.indexOf("Fire"), text.indexOf("fire"));
    assertThat(NameIndex.leadingLetters("O'Brien")).isEqualTo("O");
    assertThat(NameIndex.leadingLetters("(AP)")).isEmpty();
  }

  @Test
  void theNamedRulesReadAsBefore() {
    String text = "Chief Ana Ruiz said on Monday. Later Police Chief Tom Baxter spoke, and Ada Okafor said Okafor would "
        + "wait. Teodoro Benitez won; Teodoro Benitez led and Teodoro had 41%. Rains kill 12 – NCDC\nThe NCDC said so.";
    assertThat(PersonTitles.lastNamed(text, text.length(), null, "chief")).isEqualTo("Tom Baxter");
    assertThat(PersonTitles.lastNamed(text, text.length(), "police", "chief")).isEqualTo("Tom Baxter");
    assertThat(PersonTitles.lastNamed(text, text.indexOf("Later"), null, "chief")).isEqualTo("Ana Ruiz");
    assertThat(PersonTitles.lastNamed(text, text.length(), "fire", "chief")).isNull();
    assertThat(new TextNames(text, List.of()).fullName(text.length(), "Okafor")).isEqualTo("Ada Okafor");
    assertThat(new VoteHolders().person(text, "Teodoro")).isEqualTo("benitez");
    int dash = text.indexOf('\n');
    Sentences.Sentence headline = new Sentences.Sentence(text.lastIndexOf("Rains"), dash, Sentences.Kind.HEADLINE);
    assertThat(new ParagraphShapes(Lexicon.get(), text, List.of(headline)).headlineSource(headline)).isEqualTo("NCDC");
  }

  /** 1 MB of text whose names stand at its start and end, asked as often as a long article's claims ask. */
  private static String longArticle(String opening, String closing) {
    StringBuilder text = new StringBuilder(opening);
    while (text.length() < 1_000_000) text.append("Officials said the chief of the region expected 40,000 tonnes more. ");
    return text.append(closing).toString();
  }

  @Test
  void aLongArticleIsReadOnceForNamesNotOncePerClaim() {
    String article = longArticle("Ada Okafor, chief economist, spoke. Teodoro Benitez won 41%. Police Chief Tom Baxter said. ",
        "Okafor said Teodoro Benitez led.");
    TextNames names = new TextNames(article, List.of());
    VoteHolders holders = new VoteHolders();
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (int claim = 0; claim < 20_000; claim++) {
        assertThat(names.fullName(article.length(), "Okafor")).isEqualTo("Ada Okafor");
        assertThat(holders.person(article, "Teodoro")).isEqualTo("benitez");
        assertThat(PersonTitles.lastNamed(article, article.length(), "police", "chief")).isEqualTo("Tom Baxter");
        assertThat(NameIndex.of(article).written(article, "Okafor")).hasSize(2);
      }
    });
  }

  @Test
  void aLongArticleIsReadOnceForAHeadlineSource() {
    String article = longArticle("Rains kill 12 – NCDC\n", "The NCDC said so.");
    Sentences.Sentence headline = new Sentences.Sentence(0, article.indexOf('\n'), Sentences.Kind.HEADLINE);
    ParagraphShapes shapes = new ParagraphShapes(Lexicon.get(), article, List.of(headline));
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (int claim = 0; claim < 20_000; claim++) assertThat(shapes.headlineSource(headline)).isEqualTo("NCDC");
    });
  }
}
