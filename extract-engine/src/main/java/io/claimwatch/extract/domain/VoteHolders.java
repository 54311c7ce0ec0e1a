package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vote-holder: whose an election's result is, read from the name right before the figure ("Rivas received 48.5% of
 * the votes", "Benitez in the lead with 51%", "the Liberals 44 and the Green Alliance 12"), so that one candidate's
 * or party's votes, share or seats key apart from a rival's (two holders' counts of one election were one quantity to a
 * key that names no party), while rival sources' counts of one holder stay together. Words in {@code keys/vote-holders.txt}.
 * Thread-safe.
 */
final class VoteHolders {

  /** A run of capitalised words ending within a few words before the figure (its hedge stripped by the caller). */
  private static final Pattern NAME_BEFORE = Pattern.compile(
      "(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)(?:['’]s?)?\\s+(?:[\\p{Ll}]+\\s+){0,4}$");
  /** How far before the figure the holder's name may end. */
  private static final int REACH = 40;

  private final Set<String> counts = new HashSet<>();
  private final Set<String> heads = new HashSet<>();
  private final Set<String> notHolders = new HashSet<>();

  VoteHolders() {
    ConceptLexicon.load("/keys/vote-holders.txt").forEach((word, concept) -> {
      switch (concept) {
        case "counts" -> counts.add(word);
        case "heads" -> heads.add(word);
        default -> notHolders.add(word);
      }
    });
  }

  /** Whether a figure of this kind and event is an election's result. */
  boolean counts(String kind, String event) {
    return counts.contains(kind) || counts.contains(event);
  }

  /**
   * The holder named in [from, hedgeStart) right before the figure, lower-cased: a body's whole name ("centre party"), a
   * person's last name ("gonzalez"); null if none.
   */
  String of(String text, int from, int hedgeStart) {
    String before = text.substring(Math.max(from, hedgeStart - REACH), Math.max(from, hedgeStart));
    Matcher m = NAME_BEFORE.matcher(before);
    if (!m.find()) return null;
    List<String> words = new ArrayList<>();
    String written = null;
    for (String w : m.group(1).split("\\s+")) {
      String bare = w.replaceAll("['’]s?$", "");
      String lower = plain(bare);
      if (!notHolders.contains(lower)) {
        words.add(lower);
        written = bare;
      } else {
        words.clear();   // "President Rivas": the name after the title
      }
    }
    if (words.isEmpty()) return null;
    String last = words.get(words.size() - 1);
    if (heads.contains(last)) return String.join(" ", words);
    return words.size() == 1 ? surname(text, written, last) : last;
  }

  /** A person's name as a holder, lower case without accents: the surname of a first name, as {@link #surname} reads it. */
  String person(String text, String name) {
    return surname(text, name, plain(name));
  }

  /**
   * A first name the article mostly writes with a surname is that surname's holder ("followed by Teodoro with 41%" in a
   * story that names "Teodoro Benitez"): the word after it in at least half of its mentions (the most frequent, then
   * the first in order), else {@code fallback}.
   */
  private String surname(String text, String name, String fallback) {
    // the pattern tried only where the name is written (transparent bounds: its \b sees the char before), as find() would
    Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b(\\s+\\p{Lu}[\\p{L}'’-]+)?").matcher(text)
        .useTransparentBounds(true).useAnchoringBounds(false);
    java.util.Map<String, Integer> after = new java.util.TreeMap<>();
    int all = 0;
    for (int i = text.indexOf(name); i >= 0; ) {
      m.region(i, text.length());
      if (!m.lookingAt()) {
        i = text.indexOf(name, i + 1);
        continue;
      }
      all++;
      if (m.group(1) != null) after.merge(plain(m.group(1).strip()), 1, Integer::sum);
      i = text.indexOf(name, m.end());
    }
    String best = fallback;
    int most = 0;
    for (java.util.Map.Entry<String, Integer> e : after.entrySet()) {
      if (e.getValue() * 2 >= all && e.getValue() > most && !heads.contains(e.getKey())) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** Lower case without accents ("Benítez" and "Benitez" are one name). */
  private static String plain(String word) {
    return java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
