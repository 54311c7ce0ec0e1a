package io.claimwatch.extract.domain;

import java.util.List;
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
  private static final Pattern HOLDER = Pattern.compile("^\\W*" + TimeWords.words(HOLDERS) + "\\s+(?:also\\s+)?(?:had|has|have|held|holds)\\s+"
      + MoneyMeasures.HOLDER_TAIL, Pattern.CASE_INSENSITIVE);
  /** A referent of what befell the company at the sentence's opening, then words and no figure to the sum. */
  private static final Pattern EVENT = Pattern.compile("^\\W*" + TimeWords.words(EVENTS) + "\\s+[^0-9]*$", Pattern.CASE_INSENSITIVE);
  /** The holder of a sum anywhere in the sentence before ("Mutual Bank of Harvey, Illinois, which had "). */
  private static final Pattern ANTECEDENT_HOLDER = Pattern.compile(MoneyMeasures.HOLDER_HEAD);
  /** A wire's dateline before a lead's first word ("WASHINGTON (Reuters) - "), no name of the story's. */
  private static final String DATELINE = "(?:\\p{Lu}[\\p{Lu}\\s,.'-]*\\(\\s*\\p{Lu}\\p{L}*\\s*\\)\\s*-+\\s*)?";
  /** A referent of either kind opening a sentence. */
  private static final Pattern REFERENT_OPENING = Pattern.compile("^\\W*(?:" + TimeWords.words(HOLDERS) + "|" + TimeWords.words(EVENTS) + ")\\b",
      Pattern.CASE_INSENSITIVE);
  /** How far back the sentence before the sentence before is looked for. */
  private static final int REACH = 400;
  /** The name opening the sentence before as the subject of a state or a passive ("Alliance Bank was closed"). */
  private static final Pattern ANTECEDENT_SUBJECT = Pattern.compile("^[\\W&&[^\\p{Lu}]]*" + DATELINE + MoneyMeasures.NAME
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
    String found = named(previous);
    if (!found.isEmpty() || !REFERENT_OPENING.matcher(previous).find()) return found;
    // the sentence before opens with a referent too ("Alliance Bank was closed ... The bank had $1.14 billion ... The
    // cost to the Deposit Insurance Fund will be $206 million"): the one before it, in the same paragraph
    int from = Math.max(0, previousStart - REACH), earlier = TextSearch.sentenceStart(text, from, previousStart - 1);
    return earlier <= from || text.substring(earlier, previousStart).indexOf('\n') >= 0 ? "" : named(text.substring(earlier, previousStart));
  }

  /** The company a sentence names as a holder of its sums, or as the subject that opens it; "" for none. */
  private static String named(String sentence) {
    Matcher m = ANTECEDENT_HOLDER.matcher(sentence);
    if (m.find()) return m.group(1);
    m = ANTECEDENT_SUBJECT.matcher(sentence);
    return m.find() ? m.group(1) : "";
  }
}
