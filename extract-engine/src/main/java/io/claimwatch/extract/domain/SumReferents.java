package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * money-owner-referent: a sum whose sentence opens with a word that stands for one company ({@code
 * keys/owner-referents.txt}: "It had", "The bank had", "The failure is expected to cost") is the company the sentence
 * before names as the holder of its own sums ("Alpha Bank had total assets of ...", "Mutual Bank of Harvey, Illinois,
 * which had ...") or as the subject that opens it and is what befell ("Alliance Bank was closed by ..."): "The bank had
 * $1.14 billion in assets and $951 million in deposits" is Alliance's, and the failure's cost Alpha's, so that one
 * story's banks key apart. Read only where no name in the sum's own sentence owns it, and in the same paragraph.
 */
final class SumReferents {

  private static final List<String> HOLDERS = Lexicon.keyedList("/keys/owner-referents.txt", "holder");
  private static final List<String> EVENTS = Lexicon.keyedList("/keys/owner-referents.txt", "event");
  /** The referent as the holder of the sum, at the sentence's opening ("The bank had $1.14 billion in assets and "). */
  private static final Pattern HOLDER = Pattern.compile("^\\W*" + alternation(HOLDERS) + "\\s+(?:also\\s+)?(?:had|has|have|held|holds)\\s+"
      + MoneyMeasures.HOLDER_TAIL, Pattern.CASE_INSENSITIVE);
  /** A referent of what befell the company at the sentence's opening, then words and no figure to the sum. */
  private static final Pattern EVENT = Pattern.compile("^\\W*" + alternation(EVENTS) + "\\s+[^0-9]*$", Pattern.CASE_INSENSITIVE);
  /** The holder of a sum anywhere in the sentence before ("Mutual Bank of Harvey, Illinois, which had "). */
  private static final Pattern ANTECEDENT_HOLDER = Pattern.compile(MoneyMeasures.HOLDER_HEAD);
  /** The name opening the sentence before as the subject of a state or a passive ("Alliance Bank was closed"). */
  private static final Pattern ANTECEDENT_SUBJECT = Pattern.compile("^[\\W&&[^\\p{Lu}]]*" + MoneyMeasures.NAME
      + "(?:\\s*,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?){0,2}\\s*,?\\s+(?:was|were|is|had\\s+been|has\\s+been)\\s");

  private SumReferents() {}

  /**
   * The company the sentence before ({@code previousStart}, -1 for none) names, written as there, when the sentence
   * [{@code sentenceStart}, {@code hedgeStart}) opens with a referent of it; "" for none.
   */
  static String antecedent(String text, int sentenceStart, int hedgeStart, int previousStart) {
    if (previousStart < 0 || previousStart >= sentenceStart) return "";
    String before = text.substring(sentenceStart, Math.max(sentenceStart, hedgeStart));
    if (!HOLDER.matcher(before).find() && !EVENT.matcher(before).find()) return "";
    String previous = text.substring(previousStart, sentenceStart);
    Matcher m = ANTECEDENT_HOLDER.matcher(previous);
    if (m.find()) return m.group(1);
    m = ANTECEDENT_SUBJECT.matcher(previous);
    return m.find() ? m.group(1) : "";
  }

  private static String alternation(List<String> phrases) {
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < phrases.size(); i++) {
      sb.append(i == 0 ? "" : "|").append(Pattern.quote(phrases.get(i).toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
    }
    return sb.append(')').toString();
  }
}
