package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The link-list rule, the page-wrapper and styled-cell rules of the scorer's class weights, the
 * content-wrapper rule of furniture classes, and the article-tool furniture lines, on made-up pages.
 */
class HtmlListAndWeightRulesTest {

  private final ArticleCleaner cleaner = ArticleCleaner.withDefaults();

  private String clean(String html) {
    return cleaner.clean(html.getBytes(StandardCharsets.UTF_8), "text/html").text();
  }

  private static final String STORY = "<p>The harbour board approved the new ferry terminal on Tuesday, after a debate"
      + " of three hours, with seven votes in favour and two against.</p>"
      + "<p>Work on the terminal, which will cost about 40 million dollars, is to begin in the spring, the board said,"
      + " and the first ferries should dock there in two years.</p>";

  @Test
  void threeLinkedLinesInARowAreAListAndLeftOut() {
    String list = "<br><a href=\"/1\">Council to vote on parking fees</a><br><a href=\"/2\">Storm closes the coast"
        + " road</a><br><a href=\"/3\">School board names a new head</a><br>";
    String text = clean("<html><body><table><tr><td><h1>Board backs ferry terminal</h1>" + STORY
        + "<b>More local news</b>" + list + "</td></tr></table></body></html>");
    assertThat(text).contains("first ferries should dock").doesNotContain("parking fees", "coast road", "new head");
    String one = clean("<html><body><table><tr><td><h1>Board backs ferry terminal</h1>" + STORY
        + "<p><a href=\"/r\">Related: the terminal's first plans, in 2005</a></p>" + STORY.replace("Tuesday", "Monday")
        + "</td></tr></table></body></html>");
    assertThat(one).as("a lone linked line between paragraphs is kept").contains("Related: the terminal's first plans");
  }

  @Test
  void aClassOnAWrapperOfTheWholePageWeighsNothing() {
    StringBuilder menu = new StringBuilder("<table class=\"menu-links\"><tr><td>");
    for (String s : new String[] {"Home", "Local news", "Sports", "Business", "Weather", "Obituaries", "Contact us"}) {
      menu.append("<a href=\"/").append(s.length()).append("\">").append(s).append("</a> | ");
    }
    menu.append("</td></tr></table>");
    String text = clean("<html><body><div class=\"obj_main\">" + menu + "<table><tr><td><h1>Board backs ferry terminal</h1>" + STORY
        + "</td></tr></table>" + menu + "</div></body></html>");
    assertThat(text).contains("first ferries should dock").doesNotContain("Obituaries");
    Document doc = Jsoup.parse("<div class=\"obj_main\"><p>The whole page.</p></div><p>x</p>");
    PageStats stats = PageStats.of(doc, new CleaningBudget(Duration.ofSeconds(5), Duration.ofSeconds(5)));
    Element wrapper = doc.selectFirst("div");
    assertThat(stats.info(wrapper).weight).isEqualTo(25);
    assertThat(BlockScorer.weight(wrapper, stats.info(wrapper), stats)).isZero();
  }

  @Test
  void aShortStyledCellWithoutASentenceIsNotTheStory() {
    String text = clean("<html><body><table><tr><td class=\"txt_content_small\">The Valley Herald, your online news"
        + " edition - Sunday, January 20, 2008</td></tr><tr><td><div class=\"txt_title\">Board backs ferry terminal"
        + "</div><div class=\"body01\">The harbour board approved the new ferry terminal on Tuesday.<br>Work on the"
        + " terminal, which will cost about 40 million dollars, is to begin in the spring.<br>The first ferries"
        + " should dock there in two years, the board said.</div></td></tr></table></body></html>");
    assertThat(text).contains("first ferries should dock").doesNotContain("your online news edition");
  }

  @Test
  void aWidgetRoundThePostsOwnContainerIsItsWrapperNotFurniture() {
    StringBuilder side = new StringBuilder("<div class=\"sidebar\">");
    for (int k = 0; k < 12; k++) {
      side.append("<p>An older post of this blog, about the ferries of the valley and their timetables, number ")
          .append(k).append(".</p>");
    }
    side.append("</div>");
    String page = "<html><body><div class=\"widget Blog\" id=\"Blog1\"><div class=\"post hentry\">"
        + "<h3 class=\"post-title\">Board backs ferry terminal</h3><div class=\"post-body entry-content\">" + STORY
        + "</div></div></div>" + side + "</body></html>";
    assertThat(clean(page)).contains("first ferries should dock");
    Document doc = Jsoup.parse(page);
    PageStats stats = PageStats.of(doc, new CleaningBudget(Duration.ofSeconds(5), Duration.ofSeconds(5)));
    assertThat(stats.info(doc.getElementById("Blog1")).furniture).isFalse();
    assertThat(stats.info(doc.selectFirst("div.sidebar")).furniture).as("a widget of other text stays furniture")
        .isTrue();
  }

  @Test
  void articleToolsAndAWritersAddressAloneAreFurniture() {
    String text = cleaner.clean(("The harbour board approved the new ferry terminal on Tuesday, with seven votes.\n\n"
        + "Print version | Email to a friend | Related articles\n\nView larger image\n\nHave your say\n\n"
        + "\u00ab Back to Local News Home\n\njane.roe@valleyherald.example\n\n"
        + "The first ferries should dock there in two years, the board said.\n").getBytes(StandardCharsets.UTF_8),
        "text/plain").text();
    assertThat(text).isEqualTo("The harbour board approved the new ferry terminal on Tuesday, with seven votes.\n\n"
        + "The first ferries should dock there in two years, the board said.");
  }
}
