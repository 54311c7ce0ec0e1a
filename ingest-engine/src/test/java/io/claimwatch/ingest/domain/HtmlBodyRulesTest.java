package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a page's body is found and where it ends: short posts among menus, readers' comments and readers' comments. */
class HtmlBodyRulesTest {

  private final ArticleCleaner cleaner = ArticleCleaner.withDefaults();

  private String clean(String html) {
    return cleaner.clean(html.getBytes(StandardCharsets.UTF_8), "text/html").text();
  }

  @Test
  void aShortPostIsTakenWithoutThePageMenus() {
    StringBuilder menu = new StringBuilder("<ul>");
    for (String item : new String[] {"Briefing Room", "Speeches", "Press Briefings", "Statements", "Schedule",
        "Legislation", "Nominations", "Disclosures", "Issues", "Civil Rights", "Defense", "Economy", "Education"}) {
      menu.append("<li><a href=\"/").append(item.length()).append("\">").append(item).append("</a></li>");
    }
    menu.append("</ul>");
    String text = clean("<html><body><div>" + menu + "</div><div id=\"post\"><h1>Weekly Address</h1>"
        + "<p>The President honors the victims, and those who are still recovering.</p></div>"
        + "<div>" + menu + "</div></body></html>");
    assertThat(text).contains("The President honors the victims").doesNotContain("Briefing Room", "Economy");
  }

  @Test
  void readersCommentsEndTheBodyAtTheirAnchor() {
    String text = clean("<html><body><div class=\"story\"><h1>Keegan returns</h1>"
        + "<p>Kevin Keegan has returned to manage Newcastle, the club said on Wednesday, eleven years after he left.</p>"
        + "<p>He signed a contract that runs for three and a half years, according to the club.</p>"
        + "<a name=\"comments\"></a><div>Comments</div>"
        + "<p>What a marvellous opportunity for him, and for the club, if only they give him time.</p>"
        + "<p>Posted by Idealist on January 10, 2008 5:58 PM</p></div></body></html>");
    assertThat(text).contains("three and a half years").doesNotContain("marvellous", "Idealist");
  }

  @Test
  void aCommentsAnchorAboveTheArticleEndsNothing() {
    String text = clean("<html><body><div class=\"story\"><a name=\"comments\"></a><h1>Keegan returns</h1>"
        + "<p>Kevin Keegan has returned to manage Newcastle, the club said on Wednesday, eleven years after he left.</p>"
        + "</div></body></html>");
    assertThat(text).contains("eleven years after he left");
  }

  @Test
  void aTitleNeverClosedDoesNotSwallowThePage() {
    String page = "<html><head><title>Jewell close to striker move (Birmingham Post)ntById('font');\n"
        + "<script>var x = 1;</script></head><body><div class=\"story\"><h1>Jewell close to striker move</h1>"
        + "<p>Derby manager Paul Jewell has revealed he has almost completed a deal to sign an Argentinian striker.</p>"
        + "</div></body></html>";
    CleanArticle a = cleaner.clean(page.getBytes(StandardCharsets.UTF_8), "text/html");
    assertThat(a.text()).contains("Derby manager Paul Jewell has revealed");
    int at = a.text().indexOf("Derby manager");
    assertThat(a.sourceMap().toSource(at)).isEqualTo(page.indexOf("Derby manager"));
  }

  @Test
  void aPostsCategoriesAndTagsInItsClassesDoNotMakeItFurniture() {
    String text = clean("<html><body><div id=\"content\"><div class=\"post type-post hentry category-food"
        + " category-recipes tag-cookie-recipes tag-dogs\"><h1>Pumpkin dog treats</h1>"
        + "<p>This was a post which almost did not get written, because we bake for the dogs every week.</p>"
        + "<p>Mix the pumpkin, the flax seed and the flour, then bake the treats for twenty minutes.</p></div>"
        + "<div class=\"sidebar\"><a href=\"/a\">Archives</a> <a href=\"/b\">About us</a></div></div></body></html>");
    assertThat(text).contains("almost did not get written", "twenty minutes").doesNotContain("Archives");
    assertThat(PageStats.kindOf("tag-cloud")).as("a lone tag cloud is still one").isEqualTo(PageStats.FURNITURE);
    assertThat(PageStats.kindOf("category-social tag-cookies")).isEqualTo(PageStats.PLAIN);
  }

  @Test
  void theStandfirstUnderTheHeadlineIsKept() {
    String page = "<html><body><div class=\"head\"><h1>U.S. Pledges More Funding To Fight AIDS</h1>"
        + "<h2 class=\"subhead\">Millions of Dollars Planned for Programs to Curb Pandemic</h2></div>"
        + "<div class=\"story\"><p>WASHINGTON\u2014Secretary of State Hillary Clinton on Monday pledged new funding,"
        + " and said the administration has accelerated the pace of its work.</p>"
        + "<p>The funding, she said, would go to programs for pregnant women, and for groups at high risk.</p></div>"
        + "</body></html>";
    CleanArticle a = cleaner.clean(page.getBytes(StandardCharsets.UTF_8), "text/html");
    assertThat(a.text()).startsWith("U.S. Pledges More Funding To Fight AIDS\n\nMillions of Dollars Planned for Programs"
        + " to Curb Pandemic\n\nWASHINGTON");
    int at = a.text().indexOf("Millions of Dollars");
    assertThat(a.sourceMap().toSource(at)).isEqualTo(page.indexOf("Millions of Dollars"));
    assertThat(clean(page.replace("<h2 class=\"subhead\">", "<h2 class=\"subhead\"><a href=\"/x\">")
        .replace("Pandemic</h2>", "Pandemic</a></h2>"))).as("a link under the headline is no standfirst")
        .doesNotContain("Millions of Dollars");
  }

  @Test
  void aSentenceWithLinksInItIsNoBoxOfLinks() {
    String links = "<div><a href=\"/p\">PREVIOUS POST</a> <a href=\"/p\">The Tragedy in Colorado</a>"
        + " <a href=\"/n\">NEXT POST</a> <a href=\"/n\">Taking the Cyberattack Threat Seriously</a>.</div>";
    String text = clean("<html><body><div class=\"post\"><h1>Hacker Monthly on your reader</h1>"
        + "<p>Thanks to our partners, you can now read Hacker Monthly, and all the upcoming issues, on these devices"
        + " and more, as we promised in the previous update.</p>"
        + "<div><a href=\"/chart\">More specific instructions can be found here</a>. You can <a href=\"/get\">"
        + "download the file thru the store</a> (we've also linked to it from our <a href=\"/\">home page</a>).</div>"
        + links + "</div></body></html>");
    assertThat(text).contains("You can download the file thru the store").doesNotContain("PREVIOUS POST");
  }

  @Test
  void aPhotoPagesCaptionIsItsTextWhenTheBodyHoldsNoProse() {
    String thumbs = "<div class=\"thumbs\"><a href=\"/s?page=2\"><img src=\"t2.jpg\" alt=\"\"></a>"
        + "<a href=\"/s?page=3\"><img src=\"t3.jpg\" alt=\"\"></a></div>";
    String slide = "<div class=\"content-wrapper\"><div class=\"image\"><img src=\"p.jpg\" alt=\"\"></div>"
        + "<div class=\"caption\">A boy poses with a painting at the art exhibition in Hangzhou, China, where visitors"
        + " are encouraged to touch the paintings and sit on them. <span class=\"credit\">(ChinaFotoPress/Getty Images)"
        + "</span></div></div>";
    String page = "<html><body><h1>Art Exhibition in China</h1><p class=\"summary\">Visitors pose with paintings.</p>"
        + "<div class=\"slideshow\"><h2>Paintings at the Exhibition</h2>" + thumbs + slide + "</div>"
        + "<div class=\"side\"><div class=\"caption\">An older gallery of the same museum, with a caption as long"
        + " as a sentence but shorter than the slide's.</div></div></body></html>";
    String text = clean(page);
    assertThat(text).contains("A boy poses with a painting at the art exhibition in Hangzhou, China")
        .doesNotContain("ChinaFotoPress", "An older gallery");
    String story = "<html><body><div class=\"story\"><h1>Keegan returns</h1>"
        + "<p>Kevin Keegan has returned to manage Newcastle, the club said on Wednesday, eleven years after he left.</p>"
        + "<div class=\"caption\">Kevin Keegan at St James' Park on Wednesday, where he was greeted by thousands of"
        + " fans.</div></div></body></html>";
    assertThat(clean(story)).as("a story with prose keeps its captions out").contains("eleven years")
        .doesNotContain("greeted by thousands");
  }

  @Test
  void theStandfirstInTheHeadlinesHeaderIsKept() {
    String page = "<html><body><article><header><h1>Galaxy Tab 7.7 banned in EU in fresh patent twist</h1>"
        + "<p id=\"introP\">Mixed news for Samsung: its Galaxy Tab 10.1N can go on sale, its smaller Galaxy Tab 7.7"
        + " will see a sales ban in Germany extend to the entire EU.</p><div class=\"postByline\">by Zack Whittaker"
        + "</div></header><div class=\"postBody\"><p>A German court has ruled that an existing ban on the tablet,"
        + " which prevented it from being sold in the country, should be extended across the European Union.</p>"
        + "<p>The larger model, which was redesigned last year, can remain on sale, the court said.</p></div>"
        + "</article></body></html>";
    CleanArticle a = cleaner.clean(page.getBytes(StandardCharsets.UTF_8), "text/html");
    assertThat(a.text()).startsWith("Galaxy Tab 7.7 banned in EU in fresh patent twist\n\nMixed news for Samsung:")
        .contains("A German court has ruled").doesNotContain("Zack Whittaker");
    int at = a.text().indexOf("Mixed news");
    assertThat(a.sourceMap().toSource(at)).isEqualTo(page.indexOf("Mixed news"));
    assertThat(clean(page.replace("<header>", "<nav><header>").replace("</header>", "</header></nav>")))
        .as("a header inside navigation is no article's").doesNotContain("Mixed news");
  }
}
