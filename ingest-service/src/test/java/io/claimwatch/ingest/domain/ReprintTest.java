package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Reprints and updated pages are linked to one origin; another story on the same topic is not. */
public class ReprintTest {

  public static final String WIRE = """
      Ukraine says it captured nearly 1,000 Russian soldiers in Kursk

      Ukraine said Thursday that its armed forces had captured nearly 1,000 Russian soldiers in the southwestern \
      Kursk region since it launched a surprise incursion into the border region in August.

      "During the operation, Ukrainian forces captured 909 Russian servicemen, significantly replenishing the \
      exchange fund," the Ukrainian military said in a statement.

      The statement referred to reserves of Russian prisoners of war that Kyiv hopes to exchange for its own \
      captured soldiers held in Russian prisons.

      "This made it possible to bring home hundreds of Ukrainian defenders who had been held in Russian \
      prisons," it added.

      Prisoner exchanges are one of the few ongoing areas of cooperation between Kyiv and Moscow since the \
      full-scale invasion nearly three years ago.

      Since launching its offensive in the Kursk region last year, Ukraine has gradually lost ground to \
      Russian troops as they try to drive Ukrainian forces out of the country.

      Kyiv argues that the territory it occupies inside Russia will be an important bargaining chip in any \
      future peace negotiations with the Kremlin.
      """;

  /** Another outlet: site furniture, a byline and an intro line of its own. */
  public static final String OUTLET_A = """
      Home › World › Europe

      By AFP

      This article was first published by our partner agency and is republished with permission.

      """ + WIRE + """

      Share this article

      Advertisement

      Subscribe to our newsletter
      """;

  /** A third outlet: a different headline and an editor's intro line, the same body. */
  public static final String OUTLET_B = WIRE.replace("Ukraine says it captured nearly 1,000 Russian soldiers in Kursk",
      "Nearly 1,000 Russians taken prisoner, Kyiv says") + """

      Editor's note: figures could not be independently verified.
      """;

  /** The wire page, updated later in the day with one paragraph more. */
  public static final String UPDATED = WIRE + """

      Russia's defence ministry did not respond to a request for comment on the figures on Thursday evening.
      """;

  /** The same topic, another story. */
  public static final String OTHER_STORY = """
      Prisoner swap brings 303 Ukrainian soldiers home

      Ukraine and Russia exchanged hundreds of prisoners of war on Sunday in the final phase of a swap agreed \
      at talks in Turkey, officials in Kyiv said.

      The 303 Ukrainian soldiers who returned include members of the National Guard and the Border Guard \
      Service, some of whom had been held since the fall of Mariupol in 2022.

      President Volodymyr Zelensky said the country would bring back every single one of its people from \
      Russian captivity, and thanked the mediators.

      Moscow said it had received the same number of Russian servicemen, who were taken to Belarus for \
      medical checks before returning home.

      The exchange, carried out over three days, remains the only concrete result of the peace talks so far.
      """;

  private final InMemoryArticleStore store = new InMemoryArticleStore();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final IngestService ingest = new IngestService(ArticleCleaner.withDefaults(), store,
      Clock.fixed(Instant.parse("2025-05-26T10:00:00Z"), ZoneOffset.UTC), registry, IngestService.DEFAULT_REPRINT_THRESHOLD);

  private Article submit(String text) {
    return ingest.submit(text.getBytes(StandardCharsets.UTF_8), "text/plain", null, null).article();
  }

  @Test
  void reprintsAndUpdatesGoBackToOneOrigin() {
    Article wire = submit(WIRE);
    Article a = submit(OUTLET_A);
    Article b = submit(OUTLET_B);
    Article updated = submit(UPDATED);
    Article other = submit(OTHER_STORY);

    assertThat(wire.origin()).isNull();
    assertThat(a.id()).isNotEqualTo(wire.id());
    for (Article reprint : new Article[] {a, b, updated}) {
      assertThat(reprint.originId()).as("origin of %s", reprint.title()).isEqualTo(wire.id());
      assertThat(reprint.origin().similarity()).isBetween(IngestService.DEFAULT_REPRINT_THRESHOLD, 1.0);
    }
    assertThat(other.origin()).isNull();
    assertThat(registry.get("ingest.reprints.linked").counter().count()).isEqualTo(3);
    System.out.printf("reprint similarity: outlet A %.2f, outlet B %.2f, updated %.2f%n",
        a.origin().similarity(), b.origin().similarity(), updated.origin().similarity());
  }

  @Test
  void aReprintOfAReprintLinksToTheFirstOriginAndExactDuplicatesStayOneArticle() {
    Article wire = submit(WIRE);
    Article updated = submit(UPDATED);
    Article updatedAgain = submit(UPDATED + "\nThe ministry later confirmed the exchange talks were continuing.\n");
    assertThat(updated.originId()).isEqualTo(wire.id());
    assertThat(updatedAgain.originId()).isEqualTo(wire.id());

    IngestService.Submission again = ingest.submit(WIRE.getBytes(StandardCharsets.UTF_8), "text/plain", null, null);
    assertThat(again.alreadyExisted()).isTrue();
    assertThat(again.article().origin()).isNull();
    assertThat(store.all()).hasSize(3);
  }

  @Test
  void aStricterThresholdLinksLess() {
    IngestService strict = new IngestService(ArticleCleaner.withDefaults(), store,
        Clock.systemUTC(), registry, 0.99);
    strict.submit(WIRE.getBytes(StandardCharsets.UTF_8), "text/plain", null, null);
    Article updated = strict.submit(UPDATED.getBytes(StandardCharsets.UTF_8), "text/plain", null, null).article();
    assertThat(updated.origin()).isNull();
  }
}
