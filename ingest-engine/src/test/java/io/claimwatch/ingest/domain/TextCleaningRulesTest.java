package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The text-level rules, one at a time, on made-up pages. */
class TextCleaningRulesTest {

  private final ArticleCleaner cleaner = ArticleCleaner.withDefaults();

  private CleanArticle clean(String text) {
    return cleaner.clean(text.getBytes(StandardCharsets.UTF_8), "text/plain");
  }

  private static final String P1 = "The council approved the budget on Monday, with 31 votes in favour and 9 against.";
  private static final String P2 = "Opposition members said the plan would cut 120 jobs in the parks department.";
  private static final String P3 = "The mayor said the savings were needed to close a gap of about 4 million euros.";

  @Test
  void reportingCreditsAreDroppedButSentencesAboutReportingStay() {
    String kept = "Reporting by the BBC showed that 40 homes were lost.";
    String text = P1 + "\n\n(Reporting by Jane Doe in Kyiv; Additional reporting by Tom Roe; Editing by Ann Poe)\n\n"
        + P2 + "\n\nWriting by Jane Doe; editing by Ann Poe\n\n(Compiled by the Oslo newsroom)\n\n" + kept
        + "\n\nOur Standards: The Thomson Reuters Trust Principles.\n";
    assertThat(clean(text).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + kept);
  }

  @Test
  void wireCopyWrappedAtAFixedWidthKeepsItsParagraphsWhole() {
    String text = "PAKISTAN SAYS AFGHAN AIR RAID KILLED ALMOST 150\n\n"
        + "Almost 150 people were killed when\n"
        + "Afghan aircraft raided a number of Pakistani villages on\n"
        + "Monday, Pakistani officials said.\n"
        + "    The toll in Teri Mangal in Kurram Agency rose to 81, about\n"
        + "45 people were killed in Lwarai Mandi in North Waziristan\n"
        + "Tribal Agency and 23 died in Angur Adar, the officials said.\n";
    assertThat(clean(text).text()).isEqualTo("PAKISTAN SAYS AFGHAN AIR RAID KILLED ALMOST 150\n\n"
        + "Almost 150 people were killed when\nAfghan aircraft raided a number of Pakistani villages on\n"
        + "Monday, Pakistani officials said.\n\n"
        + "The toll in Teri Mangal in Kurram Agency rose to 81, about\n45 people were killed in Lwarai Mandi in North"
        + " Waziristan\nTribal Agency and 23 died in Angur Adar, the officials said.");
  }

  @Test
  void teaserMarkerFollowedByBodyLosesOnlyItself() {
    String text = P1 + "\n\nAlso read\n\n" + P2 + "\n\nMost read\n\n" + P3 + "\n";
    assertThat(clean(text).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void teaserMarkerFollowedByASectionHeadingAndBodyKeepsThem() {
    String text = P1 + "\n\nRead more\n\nBudget Vote Splits Council\n\n" + P2 + "\n\n" + P3;
    assertThat(clean(text).text()).isEqualTo(P1 + "\n\nBudget Vote Splits Council\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void teaserItemsWithReadingTimesAreDroppedUpToTheNextBodyParagraph() {
    String text = P1 + "\n\nRelated\n\nRiver Port Reports Record 12 Million Tonnes\n\nVolumes rose for a third year.\n"
        + "2 min read\n\nCity Hires 40 New Teachers\n\nThe hires fill vacancies...\n\n" + P2;
    assertThat(clean(text).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void teaserItemsRunningToTheEndAreDropped() {
    String text = P1 + "\n\nMore from Europe\n\nRiver Port Reports Record 12 Million Tonnes\n\n"
        + "Volumes rose for a third year.\n\nCity Hires 40 New Teachers\n\nThe hires fill 40 vacancies.";
    assertThat(clean(text).text()).isEqualTo(P1);
  }

  @Test
  void donationAppealBlockIsDropped() {
    String text = P1 + "\n\nA Message from The Example Herald:\n\nDear readers,\n\n"
        + "We need 5,000 new supporters this month to keep our newsroom open.\n\n"
        + "Once\nMonthly\nAnnual\nContinue\nNot ready to support today?\nRemind me later.\n\n" + P2;
    assertThat(clean(text).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void imageCaptionWithCreditIsDropped() {
    String text = "Council Approves Budget\n\nCouncillors during the vote\nJane Doe / Reuters\n\n" + P1
        + "\n\nProtesters outside city hall on Monday. City Press Office / Handout\n\n" + P2
        + "\n\nPhoto: John Smith\n\n" + P3;
    assertThat(clean(text).text()).isEqualTo("Council Approves Budget\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void breadcrumbEndingWithTheTitleIsCollapsed() {
    String text = "Homepage World Council Approves Budget\n\nCouncil Approves Budget\n\n" + P1;
    CleanArticle a = clean(text);
    assertThat(a.text()).isEqualTo("Council Approves Budget\n\n" + P1);
    assertThat(a.title()).isEqualTo("Council Approves Budget");
    String chrome = "Politics Local Council Approves Budget\n\nCouncil Approves Budget\n\n" + P1;
    assertThat(clean(chrome).text()).isEqualTo("Council Approves Budget\n\n" + P1);
  }

  @Test
  void aWholeArticlePrintedTwiceIsKeptOnce() {
    String once = P1 + "\n" + P2 + "\n" + P3;
    CleanArticle a = clean(once + "\n" + once + "\n");
    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void repeatedParagraphIsKeptOnceAtItsFirstPlace() {
    CleanArticle a = clean(P1 + "\n\n" + P2 + "\n\n" + P1 + "\n\n" + P3);
    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void bodyLinesAreKeptByteIdentical() {
    String odd = "He said: \u201cIt\u2019s   \u201cnot\u201d over\u201d \u2014 and 1\u00a0000 people agreed.";
    assertThat(clean(odd + "   \n").text()).isEqualTo(odd);
  }

  @Test
  void hardWrappedParagraphsStayTogether() {
    String wrapped = "The council approved the budget on Monday, with 31 votes in\n"
        + "favour and 9 against, after a debate that lasted more than\n"
        + "six hours and ended shortly before midnight.";
    assertThat(clean(wrapped + "\n\n" + P2).text()).isEqualTo(wrapped + "\n\n" + P2);
  }

  @Test
  void furnitureLinesAreDropped() {
    String text = "Council Approves Budget\n\n5 min read\n\n" + P1 + "\n\nNewsletter\n\nSubscribe to our newsletter\n\n"
        + "Did you find the article interesting? Share it here Share the article:\n\n"
        + "Read more about: Budget , Council\n\nSupport The Example Herald!\nContribute today\n\n" + P2
        + "\n\n12 comments\n\nWe use cookies to improve your experience. Accept\n\n"
        + "Subscribers agree to the Privacy Policy\n\n" + P3
        + "\n\nPosted on August 9, 2012 by Servicing Stop. This entry was posted in Budgets. Bookmark the permalink."
        + "\n\nArticle by Steph, filed under Cities & Urbanism in the Architecture category.";
    assertThat(clean(text).text()).isEqualTo("Council Approves Budget\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void titleIsTheFirstShortLineWithoutFinalPunctuation() {
    assertThat(clean("VideoCouncil Approves Budget\n\n" + P1).title()).isEqualTo("Council Approves Budget");
    assertThat(clean(P1 + "\n\nCouncil Approves Budget").title()).isNull();
  }

  @Test
  void datelines() {
    assertThat(clean("Title Of Story\n\nMay 6, 2025\n\n" + P1).publicationDate()).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(clean("Title Of Story\n\n6 May 2025\n\n" + P1).publicationDate()).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(clean("2025-05-06\n\n" + P1).publicationDate()).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(clean("Published: Tuesday, Sept. 3, 2024, 10:15 am EDT\n\n" + P1).publicationDate())
        .isEqualTo(LocalDate.of(2024, 9, 3));
    CleanArticle both = clean("Updated 8 May 2025\n\nPublished 6 May 2025\n\n" + P1);
    assertThat(both.publicationDate()).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(both.publicationDateSource()).isEqualTo("dateline");
    assertThat(both.text()).isEqualTo(P1);
    // a date inside a sentence is not a dateline
    CleanArticle none = clean("The vote was held on May 6, 2025, in the old hall.\n\n" + P1);
    assertThat(none.publicationDate()).isNull();
    assertThat(none.publicationDateSource()).isNull();
    // a date line far down the page is not one either
    String late = P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\nAbc def ghi.\n\nJkl mno pqr.\n\nStu vwx yz.\n\nMay 6, 2025";
    assertThat(clean(late).publicationDate()).isNull();
  }

  @Test
  void htmlMetaDateWinsOverEverythingElse() {
    String html = "<html><head><meta property=\"article:published_time\" content=\"2024-02-01T08:00:00Z\">"
        + "<script type=\"application/ld+json\">{\"datePublished\":\"2024-02-02\"}</script></head><body>"
        + "<article><h1>Council Approves Budget</h1><time datetime=\"2024-02-03\">3 Feb</time><p>" + P1 + "</p><p>"
        + P2 + "</p><p>" + P3 + "</p></article></body></html>";
    CleanArticle a = cleaner.clean(html.getBytes(StandardCharsets.UTF_8), "text/html");
    assertThat(a.publicationDate()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(a.publicationDateSource()).isEqualTo("meta");
    assertThat(a.text()).isEqualTo("Council Approves Budget\n\n3 Feb\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void htmlArticleBodyWithTeaserCardsAndHiddenElements() {
    String html = "<html><head><title>Budget | Herald</title></head><body><div itemprop=\"articleBody\"><p>" + P1
        + "</p><div style=\"display:none\">Hidden promo text that is long enough.</div><p>" + P2
        + "</p><div class=\"recommended-stories\"><article><h3>Other Story About 99 Things</h3><p>Teaser.</p></article></div>"
        + "<ul><li>" + P3 + "</li></ul></div></body></html>";
    CleanArticle a = cleaner.clean(html.getBytes(StandardCharsets.UTF_8), "text/html");
    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    assertThat(a.title()).isEqualTo("Budget");
  }

  @Test
  void htmlSiteLogoInH1IsNotTheHeadline() {
    String html = "<html><body><header class=\"masthead\"><h1 class=\"site-logo\">The Example Herald</h1></header>"
        + "<article><h2>Council Approves Budget</h2><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></article></body></html>";
    CleanArticle a = cleaner.clean(html.getBytes(StandardCharsets.UTF_8), "text/html");
    assertThat(a.text()).isEqualTo("Council Approves Budget\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
    assertThat(a.title()).isEqualTo("Council Approves Budget");
  }
}
