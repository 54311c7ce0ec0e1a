package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date line against the content, and the lower bound when no date is trusted. */
class DateCheckTest {

  private final ArticleCleaner cleaner = ArticleCleaner.withDefaults();

  private CleanArticle text(String s) {
    return cleaner.clean(s.getBytes(StandardCharsets.UTF_8), "text/plain");
  }

  private static final String AUGUST_STORY = """
      Hundreds of prisoners after the offensive

      May 6, 2025

      Eleven days into the offensive, the army claims to control 1,150 square kilometres.

      On August 14, the ombudsman said his counterpart had made contact about an exchange. This is the biggest
      capture since the start of the invasion in February 2022.
      """;

  @Test
  void aDatelineTheContentContradictsIsFlaggedAndNotUsed() {
    CleanArticle a = text(AUGUST_STORY);
    Dating d = a.dating();
    assertThat(d.dateline()).isEqualTo(new DateEvidence(LocalDate.of(2025, 5, 6), DateEvidence.Source.DATELINE,
        DateEvidence.Confidence.MEDIUM));
    assertThat(d.datelineContradicted()).isTrue();
    assertThat(d.publication()).isNull();
    assertThat(a.publicationDate()).isNull();
    // no full date: the month-and-year gives a (weak) lower bound
    assertThat(d.notBefore()).isEqualTo(new DateEvidence(LocalDate.of(2022, 2, 1), DateEvidence.Source.INFERRED,
        DateEvidence.Confidence.LOW));
  }

  @Test
  void aDatelineWithRecentMentionsIsTrusted() {
    CleanArticle a = text("""
        Talks resume

        May 28, 2025

        The swap concluded on May 24, and the statement came on May 25. The war began on February 24, 2022.
        """);
    assertThat(a.dating().datelineContradicted()).isFalse();
    assertThat(a.dating().publication()).isEqualTo(new DateEvidence(LocalDate.of(2025, 5, 28),
        DateEvidence.Source.DATELINE, DateEvidence.Confidence.MEDIUM));
    assertThat(a.dating().notBefore()).isNull();
  }

  @Test
  void backgroundDatesAloneDoNotContradict() {
    CleanArticle a = text("March 3, 2025\n\nSince the invasion in February 2022 and the floods of July 14, 2021, 300 homes were rebuilt.");
    assertThat(a.dating().datelineContradicted()).isFalse();
    assertThat(a.publicationDate()).isEqualTo(LocalDate.of(2025, 3, 3));
  }

  @Test
  void aFullDateAfterTheDatelineContradictsIt() {
    CleanArticle a = text("March 3, 2025\n\nThe council met on June 10, 2025, and approved 40 new homes.");
    assertThat(a.dating().datelineContradicted()).isTrue();
    assertThat(a.dating().notBefore().date()).isEqualTo(LocalDate.of(2025, 6, 10));
  }

  @Test
  void datesInSentencesAboutTheFutureAreSetAside() {
    CleanArticle a = text("May 6, 2025\n\nThe vote is scheduled for September 14. Talks will resume on August 2.");
    assertThat(a.dating().datelineContradicted()).isFalse();
    assertThat(a.publicationDate()).isEqualTo(LocalDate.of(2025, 5, 6));
  }

  @Test
  void withoutADateTheLatestMentionedFullDateIsALowerBound() {
    CleanArticle a = text("The 971 captures took place between August 6, 2024, and May 25, 2025, the staff said.");
    assertThat(a.dating().publication()).isNull();
    assertThat(a.dating().dateline()).isNull();
    assertThat(a.dating().notBefore().date()).isEqualTo(LocalDate.of(2025, 5, 25));
  }

  @Test
  void mentionsAreFoundInTheUsualForms() {
    assertThat(DateCheck.mentions("On 14 August, on Aug. 3, on 2024-08-06, in May 2025, on 6th May 2025, and May 12."))
        .extracting(m -> m.kind() + " " + m.year() + "-" + m.month() + "-" + m.day())
        .containsExactly("MONTH_DAY 0-8-14", "MONTH_DAY 0-8-3", "FULL 2024-8-6", "MONTH_YEAR 2025-5-0",
            "FULL 2025-5-6", "MONTH_DAY 0-5-12");
    // "may" the verb is not a month; numbers that are not days are not dates
    assertThat(DateCheck.mentions("It may 12 times, and the 488th regiment may rest.")).isEmpty();
  }

  @Test
  void yearlessDatesResolveToTheirLatestOccurrenceUpToAWeekAhead() {
    LocalDate d = LocalDate.of(2025, 1, 3);
    assertThat(DateCheck.resolveYearless(new DateCheck.Mention(DateCheck.Kind.MONTH_DAY, 0, 12, 30, false, 0), d))
        .isEqualTo(LocalDate.of(2024, 12, 30));
    assertThat(DateCheck.resolveYearless(new DateCheck.Mention(DateCheck.Kind.MONTH_DAY, 0, 1, 8, false, 0), d))
        .isEqualTo(LocalDate.of(2025, 1, 8));
  }

  @Test
  void machineDatesAreTrustedAndTheClientsDateWins() {
    Dating machine = PublicationDating.decide(DateEvidence.of(LocalDate.of(2025, 5, 6), DateEvidence.Source.META),
        LocalDate.of(2025, 5, 6), "On August 14, the ombudsman spoke.");
    assertThat(machine.publication().source()).isEqualTo(DateEvidence.Source.META);
    assertThat(machine.publication().confidence()).isEqualTo(DateEvidence.Confidence.HIGH);
    assertThat(machine.datelineContradicted()).isTrue();

    Dating time = PublicationDating.decide(DateEvidence.of(LocalDate.of(2025, 5, 6), DateEvidence.Source.TIME_ELEMENT),
        null, "On August 14, the ombudsman spoke.");
    assertThat(time.publication()).as("a time element the content contradicts").isNull();

    Dating client = time.withClientDate(LocalDate.of(2024, 8, 20));
    assertThat(client.publication()).isEqualTo(new DateEvidence(LocalDate.of(2024, 8, 20), DateEvidence.Source.CLIENT,
        DateEvidence.Confidence.HIGH));
    assertThat(client.notBefore()).isNull();
  }

  /**
   * The shortcuts of {@link DateCheck#mentions}: month patterns tried only where a month's three letters stand, the
   * ASCII test of letters and digits, the future test on the sentence's region: the mentions the slow path finds.
   */
  @Test
  void mentionsWithTheShortcutsAreTheSlowPaths() {
    String text = """
        MANILA, Sept. 3 (Reuters) - Officials in Manila said on Monday that 41 people died when Typhoon Ondoy struck
        on September 26, 2009, and 12 more after the Jan. 5 landslide. March rains are Now expected; Marchers met
        on 4 March 2024 and in April 2023, Nov 12th and 2024-11-30. The Ministry's report, due in December 2026,
        will give a new toll. Decemberists, Julyan and Mayfield are names, not months; so is Augusta. Aug 31.
        Sunday’s storm — “the worst since June 2008”, said Dr. Ana Sánchez on 7th of October 2025 — cut power;
        señor Öztürk said 15 Nov. 2025 was Ñandú's day. May 2, 12 June, 30 February 2024, 1 Sept 1939.
        """;
    for (int from = 0; from < text.length(); from += 7) {
      String part = text.substring(from);
      assertThat(DateCheck.mentions(part, true)).as(part).isEqualTo(DateCheck.mentions(part, false));
    }
    assertThat(DateCheck.mentions(text)).extracting(DateCheck.Mention::kind).contains(
        DateCheck.Kind.FULL, DateCheck.Kind.MONTH_DAY, DateCheck.Kind.MONTH_YEAR);
    assertThat(DateCheck.mentions(text)).hasSizeGreaterThan(12);
  }
}
