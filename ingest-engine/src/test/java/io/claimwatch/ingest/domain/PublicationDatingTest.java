package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one decision of the publication date: metadata, date line, story dateline, text, or none. */
class PublicationDatingTest {

  private static final String WIRE = """
      Quake kills 77 in Ecuador

      QUITO, April 17, 2016 (Reuters) - A magnitude 7.8 earthquake struck Ecuador's coast on Saturday, killing 77 people.
      """;

  @Test
  void metadataOfHighConfidenceWinsOverTheDatelineAndTheText() {
    Dating d = PublicationDating.decide(DateEvidence.of(LocalDate.of(2016, 4, 18), DateEvidence.Source.META), null, WIRE);
    assertThat(d.publication()).isEqualTo(new DateEvidence(LocalDate.of(2016, 4, 18), DateEvidence.Source.META,
        DateEvidence.Confidence.HIGH));
    assertThat(d.storyDateline().place()).isEqualTo("QUITO");
    assertThat(d.storyDateline().date()).isEqualTo(LocalDate.of(2016, 4, 17));
  }

  @Test
  void withoutMetadataTheStoryDatelineGivesTheDate() {
    Dating d = PublicationDating.fromText(WIRE);
    assertThat(d.publication()).isEqualTo(new DateEvidence(LocalDate.of(2016, 4, 17), DateEvidence.Source.STORY_DATELINE,
        DateEvidence.Confidence.MEDIUM));
    StoryDateline s = d.storyDateline();
    assertThat(WIRE.substring(s.placeStart(), s.placeEnd())).isEqualTo("QUITO");
    assertThat(WIRE.substring(s.dateStart(), s.dateEnd())).isEqualTo("April 17, 2016");
    assertThat(d.notBefore()).isNull();
  }

  @Test
  void thePagesDateLineComesBeforeTheStoryDateline() {
    Dating d = PublicationDating.decide(null, LocalDate.of(2016, 4, 18), WIRE);
    assertThat(d.publication().source()).isEqualTo(DateEvidence.Source.DATELINE);
    assertThat(d.publicationDate()).isEqualTo(LocalDate.of(2016, 4, 18));
  }

  @Test
  void aYearlessDatelineTakesTheYearWhoseDayTheLeadsWeekdayNames() {
    String text = "SEVILLE, Aug 12 (Reuters) - Firefighters contained a blaze on Tuesday that burned 2,000 hectares."
        + " It was the worst since 2024.";
    Dating d = PublicationDating.fromText(text);
    assertThat(d.storyDateline().date()).isEqualTo(LocalDate.of(2025, 8, 12));   // a Tuesday
    assertThat(d.publication().source()).isEqualTo(DateEvidence.Source.STORY_DATELINE);
  }

  @Test
  void aDatelineWithoutADateGivesThePlaceOnly() {
    String text = "LAHORE, Pakistan (AP) — Floods killed at least 30 people, officials said.";
    Dating d = PublicationDating.fromText(text);
    assertThat(d.storyDateline()).isEqualTo(new StoryDateline("LAHORE, Pakistan", 0, 16, null, -1, -1));
    assertThat(d.publication()).isNull();
    assertThat(StoryDateline.read("WASHINGTON — The Senate voted 51-49.").place()).isEqualTo("WASHINGTON");
    assertThat(StoryDateline.read("Officials said — the toll rose to 40.")).as("no capitals, date or agency").isNull();
  }

  @Test
  void desksThatFileTogetherAreOneDateline() {
    // Reuters' stories written by two bureaus: "NEW YORK/LONDON (Reuters) -", "OTTAWA/WILMINGTON, Delaware (Reuters) -"
    assertThat(StoryDateline.read("NEW YORK/LONDON (Reuters) - Oil fell 2 percent on Monday."))
        .isEqualTo(new StoryDateline("NEW YORK/LONDON", 0, 15, null, -1, -1));
    assertThat(StoryDateline.read("OTTAWA/WILMINGTON, Delaware (Reuters) - Nortel will cut 1,300 jobs.").place())
        .isEqualTo("OTTAWA/WILMINGTON, Delaware");
    StoryDateline dated = StoryDateline.read("LONDON/PARIS, Aug 12, 2008 (Reuters) - Airbus said on Tuesday it would cut 100 jobs.");
    assertThat(dated.place()).isEqualTo("LONDON/PARIS");
    assertThat(dated.date()).isEqualTo(LocalDate.of(2008, 8, 12));
    assertThat(StoryDateline.read("Sales rose 4 percent/year — the most since 2008.")).as("a slash in a sentence").isNull();
  }

  @Test
  void aDateLineLeftInTheTextIsTheLastResort() {
    Dating d = PublicationDating.fromText("Wire Staff | March 3, 2022\n\nOfficials said 40 homes burned on March 2, 2022.");
    assertThat(d.publication()).isEqualTo(new DateEvidence(LocalDate.of(2022, 3, 3), DateEvidence.Source.TEXT,
        DateEvidence.Confidence.MEDIUM));
    assertThat(PublicationDating.fromText("Published 10:42 GMT, May 6, 2025\n\nThe toll rose to 40.").publicationDate())
        .isEqualTo(LocalDate.of(2025, 5, 6));
  }

  @Test
  void aStoryDatelineTheContentContradictsIsNotThePublicationDate() {
    String text = "KYIV, March 3, 2025 (Reuters) - The council met on June 10, 2025, and on June 20, 2025, it approved 40 homes.";
    Dating d = PublicationDating.fromText(text);
    assertThat(d.storyDateline().date()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(d.publication()).isNull();
    assertThat(d.notBefore().date()).isEqualTo(LocalDate.of(2025, 6, 20));
  }

  @Test
  void withNoEvidenceThereIsNoDate() {
    Dating d = PublicationDating.fromText("Officials said at least 40 people died in the floods on Monday.");
    assertThat(d.publication()).isNull();
    assertThat(d.storyDateline()).isNull();
    assertThat(d.notBefore()).isNull();
  }
}
