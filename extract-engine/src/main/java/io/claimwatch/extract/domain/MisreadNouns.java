package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A counted phrase's noun the tagger read as a verb: rule {@code misread-noun}. Where the phrase after a figure has no
 * noun and its last word, a word in "-ed" tagged a verb or an adjective (none of keys/nominal-adjectives.txt, "the
 * injured"), stands right before the verb of what happened ("seven other peopled died": a typo), a participle cannot
 * stand there alone, so that word is the noun counted
 * and the count's kind is that word: an unknown noun still names something, so the count is not left open to every
 * kind (an open kind would meet "soldiers killed" of another event). A measure of people then counts people
 * ({@code ClaimKeys}: "Earthquake kills 120").
 */
final class MisreadNouns {

  /** A word in "-ed", the shape of a participle, which a tagger reads as a verb or an adjective wherever it stands. */
  private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}{3,}ed");
  /** The word right after the phrase's last word, past the space. */
  private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{Ll}+)");

  private MisreadNouns() {}

  /**
   * The misread noun, lower case, or "": {@code c} is the counted phrase tagged, {@code after} the text from the end
   * of the figure, {@code events} the verbs of what happened ({@code keys/events.txt}).
   */
  static String kind(PhraseTagger.Tagged c, String after, ConceptLexicon events) {
    int n = c.words().size();
    if (n == 0 || !"VERB".equals(c.tags()[n - 1]) && !"ADJ".equals(c.tags()[n - 1])) return "";
    String last = c.words().get(n - 1);
    if (!PARTICIPLE.matcher(last).matches() || WordForms.first(events, List.of(last)) != null) return "";
    Matcher at = Pattern.compile("\\b" + last + "\\b").matcher(after.toLowerCase(Locale.ROOT));
    if (!at.find()) return "";
    Matcher next = NEXT_WORD.matcher(after.substring(at.end()));
    if (!next.find() || WordForms.first(events, List.of(next.group(1))) == null) return "";
    return last.toLowerCase(Locale.ROOT);
  }
}
