package io.claimwatch.ingest.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that drop page furniture spanning or depending on neighbouring units: donation appeals,
 * image captions with their credits, a breadcrumb glued to the headline, date lines.
 */
final class BoilerplateUnits {

  private static final Lexicon APPEAL_START = Lexicon.load("appeal-start.txt");
  private static final Lexicon APPEAL_END = Lexicon.load("appeal-end.txt");
  private static final Lexicon IMAGE_CREDITS = Lexicon.load("image-credits.txt");
  /** A donation appeal longer than this many units without an end marker is not treated as a block. */
  private static final int MAX_APPEAL_UNITS = 30;
  /**
   * What ends a sentence, as the last char of a key: the pattern {@code [.!?:;,…]$|\.\.\.$} found in it (a key has no
   * line terminator, for which {@code $} would also stand, and "..." ends in '.'), by a look at its last char.
   */
  private static final String SENTENCE_END = ".!?:;,…";
  /** A caption followed by its credit on one line: "Soldiers at the border. Jane Doe / Reuters". */
  private static final Pattern CREDIT_TAIL = Pattern.compile("^(.{8,}?[.!?|])\\s+([^.!?|]{3,120})$");

  private BoilerplateUnits() {}

  /** "A Message from X:" / "Dear readers," ... "Remind me later.": drop the whole block. */
  static void dropAppeals(List<Unit> all) {
    for (int i = 0; i < all.size(); i++) {
      if (!APPEAL_START.matches(all.get(i))) {
        continue;
      }
      int end = -1;
      for (int j = i + 1; j < all.size() && j <= i + MAX_APPEAL_UNITS; j++) {
        if (APPEAL_END.matches(all.get(j))) {
          end = j;
          // a run of end markers ("Not ready to support today?" then "Remind me later.") ends together
          while (end + 1 < all.size() && APPEAL_END.matches(all.get(end + 1))) {
            end++;
          }
          break;
        }
      }
      if (end < 0) {
        all.get(i).dropped = true; // the salutation alone; the rest may be body
        continue;
      }
      for (int j = i; j <= end; j++) {
        all.get(j).dropped = true;
      }
      i = end;
    }
  }

  /** Image credits, an uncaptioned caption line right before one, and captions with their credit on one line. */
  static void dropImageCredits(List<Unit> all) {
    List<Unit> live = Units.live(all);
    for (int i = 0; i < live.size(); i++) {
      Unit u = live.get(i);
      if (u.key.length() <= 160 && IMAGE_CREDITS.matches(u)) {
        u.dropped = true;
        // a caption line right before its credit: short, no sentence end, not the first unit (title)
        if (i >= 2) {
          Unit prev = live.get(i - 1);
          if (!prev.dropped && prev.key.length() <= 200 && !endsSentence(prev.key)
              && !Teasers.isMarker(prev)) {
            prev.dropped = true;
          }
        }
        continue;
      }
      if (u.key.length() <= 300 && !endsSentence(u.key)) {
        Matcher m = CREDIT_TAIL.matcher(u.key);
        if (m.matches() && IMAGE_CREDITS.matches(m.group(2).strip())) {
          u.dropped = true;
        }
      }
    }
  }

  /**
   * A line that is chrome glued to the headline, followed by the headline itself ("Home News
   * Headline" then "Headline"): the first copy is dropped.
   */
  static void dropBreadcrumbTitles(List<Unit> all) {
    List<Unit> live = Units.live(all);
    for (int i = 0; i + 1 < live.size() && i < TextCleaner.TOP_UNITS; i++) {
      String a = live.get(i).key;
      String b = live.get(i + 1).key;
      if (b.length() >= 15 && a.length() > b.length() && a.endsWith(b)) {
        String prefix = a.substring(0, a.length() - b.length()).strip();
        if (!prefix.isEmpty() && prefix.split(" ").length <= 6 && !endsSentence(prefix)) {
          live.get(i).dropped = true;
        }
      }
    }
  }

  /** Whether a key (or a stripped part of one) ends with a char of {@link #SENTENCE_END}. */
  private static boolean endsSentence(String key) {
    return !key.isEmpty() && SENTENCE_END.indexOf(key.charAt(key.length() - 1)) >= 0;
  }

  /** Drops the date lines among the first units; the first publication date, else the first update date. */
  static LocalDate dropDatelines(List<Unit> all) {
    List<Unit> live = Units.live(all);
    LocalDate published = null;
    LocalDate updated = null;
    for (int i = 0; i < live.size() && i < TextCleaner.TOP_UNITS; i++) {
      Dates.DateLine d = Dates.parseLine(live.get(i).key);
      if (d == null) {
        continue;
      }
      live.get(i).dropped = true;
      if (d.updated()) {
        updated = updated == null ? d.date() : updated;
      } else {
        published = published == null ? d.date() : published;
      }
    }
    return published != null ? published : updated;
  }
}
