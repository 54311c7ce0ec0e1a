package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vote-holder: whose an election's result is, read from the name right before the figure ("Rivas received 48.5% of
 * the votes", "Benitez in the lead with 51%", "the Liberals 44 and the Green Alliance 12"), so that one candidate's
 * or party's votes, share or seats key apart from a rival's (two holders' counts of one election were one quantity to a
 * key that names no party), while rival sources' counts of one holder stay together. Failing a name right before it, the
 * holder named right after its "for" ({@code vote-holder-after}: "43 percent for the Parti Quebecois"), else the party that
 * is its clause's subject ({@code vote-holder-subject}: "The separatist PQ, led by Lucien Bouchard, won 75 seats"). A body's
 * name is read whole, less the places before it ("Quebec Liberal Party" is the "Liberal Party" of another report), and an
 * acronym the article spells out ("Parti Quebecois (PQ)") is the name it stands for. Words in {@code keys/vote-holders.txt}.
 * Thread-safe.
 */
final class VoteHolders {

  /** A run of capitalised words ending within a few words before the figure (its hedge stripped by the caller). */
  private static final Pattern NAME_BEFORE = Pattern.compile(
      "(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)(?:['’]s?)?\\s+(?:[\\p{Ll}]+\\s+){0,4}$");
  /** How far before the figure the holder's name may end. */
  private static final int REACH = 40;

  /** vote-holder-after: "for the Parti Quebecois", "for Yale-educated businessman Henrique Salas Romer", up to a clause's end. */
  private static final Pattern NAME_AFTER = Pattern.compile("^\\s*(?:(?:of\\s+the\\s+(?:popular\\s+)?)?votes?\\s+)?for\\s+(?:the\\s+)?"
      + "(?:[\\p{L}'’-]+\\s+){0,3}?((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)(?=\\s*(?:[,.;:)]|$|and\\b))");
  /** A run of capitalised words and a lower-case word after it ("the Action Democratique party"): a name in a sentence. */
  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*)(['’]s?)?(\\s+\\p{Ll}+)?");
  /** Words that may open a sentence before its subject: "But the anti-separatist". */
  private static final Pattern OPENS = Pattern.compile("^\\s*(?:(?:But|And|Yet)\\s+)?(?:(?:the|The)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$");
  /** "Parti Quebecois (PQ)": a name and the acronym the article writes for it. */
  private static final Pattern SPELLED_OUT = Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,4}\\p{Lu}[\\p{L}'’-]+)\\s*\\((\\p{Lu}{2,6})\\)");
  /** An acronym ("PQ", "ADQ"). */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

  private final Set<String> counts = new HashSet<>();
  private final Set<String> heads = new HashSet<>();
  /** heads-first: the first word of a name that names a body ("Parti Quebecois", "Partido Justicialista"). */
  private final Set<String> headsFirst = new HashSet<>();
  private final Set<String> notHolders = new HashSet<>();

  VoteHolders() {
    ConceptLexicon.load("/keys/vote-holders.txt").forEach((word, concept) -> {
      switch (concept) {
        case "counts" -> counts.add(word);
        case "heads" -> heads.add(word);
        case "heads-first" -> headsFirst.add(word);
        default -> notHolders.add(word);
      }
    });
  }

  /** Whether a figure of this kind and event is an election's result. */
  boolean counts(String kind, String event) {
    return counts.contains(kind) || counts.contains(event);
  }

  /**
   * Whose result the figure at {@code at} is: the name right before it, else after its "for", else its clause's subject.
   */
  String of(String text, ClaimKeys.Position at) {
    int from = Math.max(at.clauseStart(), at.sentenceStart());
    String holder = of(text, from, at.hedgeStart());
    if (holder == null) holder = after(text, at.figureEnd(), Math.min(at.clauseEnd(), at.sentenceEnd()));
    return holder != null ? holder : subject(text, at.sentenceStart(), from, at.hedgeStart());
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
    if (isBody(words)) return body(words);
    String spelled = words.size() == 1 ? spelledOut(text, written) : null;
    if (spelled != null) return spelled;   // "the PQ won 77 seats"
    return words.size() == 1 ? surname(text, written, last) : last;
  }

  /**
   * vote-holder-after: the holder named after the figure's "for", to its clause's end ("40 percent for Yale-educated
   * businessman Henrique Salas Romer": "romer"), or null.
   */
  String after(String text, int figureEnd, int end) {
    Matcher m = NAME_AFTER.matcher(text.substring(figureEnd, Math.max(figureEnd, end)));
    return m.find() ? holder(text, m.group(1)) : null;
  }

  /**
   * vote-holder-subject: the party that is the subject of the figure's clause: in [from, hedgeStart), the body named last
   * (a name ending or opening on a head word, or an acronym; not a possessive, "PQ's main rival") with no figure after it
   * before this one; else the body that opens the sentence ([sentenceStart, ...): "But the anti-separatist Quebec Liberal
   * Party, though winning only 48 seats, received 44 percent"). Null if none.
   */
  String subject(String text, int sentenceStart, int from, int hedgeStart) {
    if (hedgeStart <= from) return null;
    Matcher m = NAME.matcher(text).region(sentenceStart, hedgeStart);
    String last = null, opening = null;
    while (m.find()) {
      if (m.group(2) != null) continue;   // a possessive names whose, not who
      String name = m.group(1);
      String lowerAfter = m.group(3) == null ? "" : m.group(3).strip();
      if (heads.contains(lowerAfter)) name = name + " " + lowerAfter;   // "the Action Democratique party"
      List<String> words = new ArrayList<>();
      String written = "";
      for (String w : name.split("\\s+")) {
        if (notHolders.contains(plain(w))) continue;
        words.add(plain(w));
        written = w;
      }
      String holder = words.isEmpty() ? null : isBody(words) ? body(words) : words.size() == 1 ? spelledOut(text, written) : null;
      if (holder == null) continue;
      if (OPENS.matcher(text.substring(sentenceStart, m.start())).matches()) opening = holder;
      boolean figureBetween = text.substring(m.end(), hedgeStart).chars().anyMatch(Character::isDigit);
      last = m.start() >= from && !figureBetween ? holder : null;
    }
    return last != null ? last : opening;
  }

  /** A holder written as a name: a body's whole name, a person's surname, an acronym's spelled-out name. */
  private String holder(String text, String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.split("\\s+")) if (!notHolders.contains(plain(w))) words.add(plain(w));
    if (words.isEmpty()) return null;
    if (isBody(words)) return body(words);
    String spelled = words.size() == 1 ? spelledOut(text, name) : null;
    if (spelled != null) return spelled;
    return words.size() == 1 ? surname(text, name, words.get(0)) : words.get(words.size() - 1);
  }

  /** The body's name an acronym stands for where the article spells it out ("Parti Quebecois (PQ)"), or null. */
  private String spelledOut(String text, String acronym) {
    if (!ACRONYM.matcher(acronym).matches()) return null;
    String written = SPELLINGS.of(text).get(acronym);
    if (written == null) return null;
    List<String> spelled = new ArrayList<>();
    for (String w : written.split("\\s+")) if (!notHolders.contains(plain(w))) spelled.add(plain(w));
    return spelled.isEmpty() || !isBody(spelled) ? null : body(spelled);
  }

  /** What the article spells its acronyms out as, the first spelling of each ("Parti Quebecois (PQ)": PQ), read once per article. */
  private static final PerArticle<Map<String, String>> SPELLINGS = new PerArticle<>(VoteHolders::spellings);

  private static Map<String, String> spellings(String text) {
    Map<String, String> out = new HashMap<>();
    Matcher s = SPELLED_OUT.matcher(text);
    while (s.find()) out.putIfAbsent(s.group(2), s.group(1));
    return out;
  }

  /** Whether a name's words name a body: its last word a head ("Liberal Party"), or its first a head-first ("Parti Quebecois"). */
  private boolean isBody(List<String> words) {
    return heads.contains(words.get(words.size() - 1)) || words.size() > 1 && headsFirst.contains(words.get(0));
  }

  /** A body's name as a holder: the places named before a name of three words or more are dropped ("Quebec Liberal Party": "liberal party"). */
  private String body(List<String> words) {
    List<String> kept = new ArrayList<>(words);
    while (kept.size() > 2 && place(kept.get(0))) kept.remove(0);
    return String.join(" ", kept);
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
    // the pattern tried only where the name is written with no letter before it (the article's index of words,
    // NameIndex: its \b needs a non-letter there; transparent bounds: \b sees the char before), as find() would
    Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b(\\s+\\p{Lu}[\\p{L}'’-]+)?").matcher(text)
        .useTransparentBounds(true).useAnchoringBounds(false);
    java.util.Map<String, Integer> after = new java.util.TreeMap<>();
    int all = 0, from = 0;
    for (int i : NameIndex.of(text).written(text, name)) {
      if (i < from) continue;
      m.region(i, text.length());
      if (!m.lookingAt()) continue;
      all++;
      if (m.group(1) != null) after.merge(plain(m.group(1).strip()), 1, Integer::sum);
      from = m.end();
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

  /** Whether a word names a country or a first-level division ("Quebec"). */
  private static boolean place(String word) {
    Gazetteer.Place p = Gazetteer.get().lookup(word);
    return p != null && (p.isCountry() || p.isDivision());
  }

  /** Lower case without accents ("Benítez" and "Benitez" are one name). */
  private static String plain(String word) {
    return java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
