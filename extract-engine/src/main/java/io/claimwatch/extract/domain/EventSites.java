package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule "attack-site": the site of a strike, a raid or a bombing (the kinds of event of the attack family,
 * {@code keys/cause-families.txt}). One war or one campaign strikes many places of one country within
 * weeks: a school in Deir al-Balah, homes in the Nuseirat camp, the villages of Angur Adar and Teri Mangal.
 * Their tolls are each their own quantity, told apart by the place the strike hit, a name the gazetteer
 * does not know named after "in", "at", "near" or a verb of attack ("attacked Angur Adar",
 * {@code keys/site-verbs.txt}). A claim's site is the one its own clause or sentence names, else the one the
 * sentence before it in its paragraph names, else the article's: the first of its headline and lead
 * sentences that names an attack and one site. A running total ("since October 7", "in the past 24
 * hours", {@code keys/cumulative-words.txt}), a count of another event than the article's, and a sentence
 * that names a place but no attack (the ministry's count "in the Gaza Strip") take no site: a war's
 * cumulative counts stay one quantity.
 */
final class EventSites {

  private static final String ATTACK = "attack";
  private static final ConceptLexicon CUMULATIVE = ConceptLexicon.load("/keys/cumulative-words.txt");
  /** "on July 14", "on 14 July": a day a sentence names (the month's word checked against lexicon/months.txt). */
  private static final Pattern ON_DAY = Pattern.compile("\\bon\\s+(?:(\\p{L}+)\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(\\p{L}+))\\b");

  /** "#day-7-14": the scope word of a strike {@link #ownDay} dates apart. */
  private static final Pattern DAY_SCOPE = Pattern.compile("#day-\\d{1,2}-\\d{1,2}");

  private final PlaceFinder places;
  private final FrameReader frames;
  private final ConceptLexicon families;
  private final Sentences sentences;
  private final PerArticle<Article> article = new PerArticle<>(this::read);

  EventSites(PlaceFinder places, FrameReader frames, ConceptLexicon families, Sentences sentences) {
    this.places = places;
    this.frames = frames;
    this.families = families;
    this.sentences = sentences;
  }

  /** The article's site and all the sites its sentences that name an attack name, read once an article. */
  private record Article(String site, Set<String> sites) {}

  /**
   * The scope words of the article's sites ("#nuseirat") where it tells strikes apart; empty if it does not. The days
   * that date a strike apart ("#day-7-14") are sites too: {@link #dayScope}.
   */
  Set<String> scopes(String text) {
    Article a = article.of(text);
    if (a.sites.size() < 2) return Set.of();
    Set<String> out = new java.util.TreeSet<>();
    for (String s : a.sites) out.add("#" + s);
    return out;
  }

  /** Whether a scope word is the day of a strike the article dates apart ("#day-7-14"), which only {@link #of} gives. */
  static boolean dayScope(String word) {
    return DAY_SCOPE.matcher(word).matches();
  }

  /**
   * The article's site, the first its headline and lead sentences give with an attack; and whether it tells several
   * strikes apart: its sentences that name an attack name two sites or more (one site named by one report and not by
   * another is no reason to part their counts).
   */
  private Article read(String text) {
    String site = null;
    Set<String> all = new java.util.TreeSet<>();
    int lead = 0;
    for (Sentences.Sentence s : sentences.split(text)) {
      boolean inLead = s.kind() != Sentences.Kind.BODY || ++lead <= FrameReader.LEAD_SENTENCES;
      if (s.kind() == Sentences.Kind.SUBHEAD || !namesAttack(frames.kept.sentence(text, s.start(), s.end()))) continue;
      Set<String> named = places.located(text, s.start(), s.end(), FrameReader.titleCase(text, s)).scope();
      // "The attack took place at the Imam Ali mosque": the attack already told, at another name of its site
      if (site != null && !site.isEmpty() && !named.contains(site) && frames.refersToEvent(text, s.start(), s.end())) continue;
      all.addAll(named);
      if (site == null && inLead && !named.isEmpty()) site = named.size() == 1 ? named.iterator().next() : "";
    }
    return new Article(site == null ? "" : site, all);
  }

  /**
   * The site of a claim of an event of kind {@code cause}, or "": the one its own part of the sentence names
   * ({@code own}: the places keying read there), else the sentence before it in its paragraph, else the
   * article's; none for another event than the article's ({@code apart}) or a running total.
   */
  String of(String text, String cause, ClaimKeys.Position at, Places own, boolean apart, PartialDate frameDate) {
    Article a = article.of(text);
    if (a.sites.size() < 2) return "";
    if (apart || !ATTACK.equals(cause) && !ATTACK.equals(families.first(List.of(cause)))) return "";
    int ss = at.sentenceStart(), se = at.sentenceEnd();
    FramePasses.Read sentence = frames.kept.sentence(text, ss, se);
    if (cumulative(sentence.words)) return "";
    if (!own.scope().isEmpty()) return own.scope().size() == 1 ? own.scope().iterator().next() : "";
    String day = ownDay(text, ss, se, frameDate);
    if (!day.isEmpty()) return day;
    if (!own.isEmpty() && !namesAttack(sentence)) return "";   // "37 killed ... in the Gaza Strip": an area's count
    if (at.previousSentenceStart() >= 0) {
      Set<String> before = places.located(text, at.previousSentenceStart(), ss, false).scope();
      if (before.size() == 1) return before.iterator().next();
    }
    return a.site;
  }

  /** Whether the words read names an event of the attack family ("airstrike", "bombing") or a verb of attack ("attacked"). */
  private boolean namesAttack(FramePasses.Read read) {
    for (String c : frames.sentenceKinds(read)) {
      if (ATTACK.equals(c) || ATTACK.equals(families.first(List.of(c)))) return true;
    }
    for (String w : read.words) if (PlaceFinder.SITE_VERBS.contains(w)) return true;
    return false;
  }

  /**
   * "including a strike on July 14 which reportedly killed 90": a strike the sentence dates to a day other than the
   * article's is another strike, its day its site ("day-7-14"); "" if the sentence names none.
   */
  private String ownDay(String text, int ss, int se, PartialDate frameDate) {
    Matcher m = ON_DAY.matcher(text).region(ss, se);
    while (m.find()) {
      Integer month = Lexicon.get().months.get((m.group(1) != null ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT));
      if (month == null || !namesAttack(frames.kept.of(text).once(Math.max(ss, m.start() - 30), m.start()))) continue;
      int day = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
      if (frameDate != null && frameDate.month() == month && frameDate.day() == day) return "";
      return "day-" + month + "-" + day;
    }
    return "";
  }

  private static boolean cumulative(List<String> words) {
    for (String w : words) if (CUMULATIVE.contains(w)) return true;
    return false;
  }
}
