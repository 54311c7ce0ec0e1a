package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gateway's page in a real headless Chromium (Debian's, installed by this test's setup when
 * missing), over the four real services holding the seeds: the Kursk group's claims on the time
 * axis, the open-ended hedge drawn open, the conflict marked, the estimate shaded, and a click that
 * highlights the sentence in its article. Screenshots are kept in target/browser/ (the group, then the
 * sentence of the clicked claim).
 */
class PageBrowserIT {

  private static final Path ROOT = Path.of(System.getProperty("claimwatch.root", "..")).toAbsolutePath().normalize();
  private static LocalCluster cluster;
  private static GatewayClient gateway;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    Process install = new ProcessBuilder("bash", ROOT.resolve("tools/src/test/browser/install-chromium.sh").toString())
        .inheritIO().start();
    assertThat(install.waitFor()).as("installing Debian's chromium and chromium-driver").isZero();
    cluster = LocalCluster.start(ROOT, Optional.empty(), false, Duration.ofSeconds(120));
    gateway = cluster.gateway();
    SeedSources sources = SeedSources.of(ROOT.resolve("seeds"));
    List<String> names = new ArrayList<>();
    for (Path seed : EndToEndIT.seeds()) {
      SeedSources.Source s = sources.of(seed.getFileName().toString());
      names.add(gateway.submit(seed, s.sourceUrl(), s.publicationDate()).body().path("article").path("name").asText());
    }
    for (String name : names) {
      gateway.awaitSettled(name, Duration.ofSeconds(90));
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1100",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theKurskGroupIsShownWithItsHedgesConflictAndEstimateAndAClickShowsTheSentence() throws Exception {
    // What the API says of the Kursk group: the one of "971 Russian soldiers".
    List<JsonNode> all = gateway.claims("articles/-", null);
    JsonNode staff = claim(all, "971 Russian soldiers");
    JsonNode talk = claim(all, "upwards of 1,000");
    JsonNode group = gateway.get("/v1/" + staff.path("group").asText()).body();
    String groupName = group.path("name").asText();
    int dated = 0;
    Set<String> claimants = new LinkedHashSet<>();
    for (JsonNode c : group.path("timeline")) {
      boolean hasDate = !(c.path("statementDate").asText() + c.path("publicationDate").asText() + c.path("eventEnd").asText()
          + c.path("eventStart").asText()).isEmpty();
      if (hasDate && (c.has("valueLow") || c.has("valueHigh"))) {
        dated++;
        claimants.add(c.path("claimant").asText("(the outlet)"));
      }
    }

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.get(cluster.gatewayUrl() + "/");
    browser.findElement(By.id("api-key")).sendKeys(cluster.adminKey());
    browser.findElement(By.cssSelector("#key-form button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#groups li")));
    browser.findElement(By.id("search")).sendKeys(group.path("key").path("event").asText());
    WebElement item = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#groups li[data-name='" + groupName + "']")));
    item.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart .bar")));

    assertThat(browser.findElement(By.id("group-summary")).getText())
        .contains(group.path("claimCount").asText() + " claims").contains("best estimate");
    assertThat(browser.findElements(By.cssSelector("#chart .bar"))).as("one bar per dated claim").hasSize(dated)
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(browser.findElements(By.cssSelector("#chart rect.estimate"))).as("the estimate shaded").hasSize(1);
    WebElement open = bar(talk);
    assertThat(open.getAttribute("data-open")).as("'upwards of 1,000' is open above").isEqualTo("high");
    assertThat(open.findElements(By.cssSelector(".open-end"))).hasSize(1);
    assertThat(bar(staff).getAttribute("data-open")).isEqualTo("none");
    assertThat(open.findElements(By.cssSelector(".conflict"))).as("the conflict marked on both claims").hasSize(1);
    assertThat(bar(staff).findElements(By.cssSelector(".conflict"))).hasSize(1);
    List<String> legend = browser.findElements(By.cssSelector("#legend li")).stream().map(WebElement::getText).toList();
    assertThat(legend).containsExactlyInAnyOrderElementsOf(claimants);

    Path shots = ROOT.resolve("tools/target/browser");
    Files.createDirectories(shots);
    Files.write(shots.resolve("kursk-group.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

    // A real pointer click at the middle of the bar. Claims of one figure on one day draw one over
    // the other ("971 Russian soldiers were captured" and "the 971 captures took place"): the click
    // shows the sentence of the claim drawn on top there, one of the group's 971s.
    new Actions(browser).moveToElement(bar(staff)).click().perform();
    WebElement quote = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-text mark#quote")));
    List<String> samePlace = group.path("timeline").findValues("quote").stream().map(JsonNode::asText)
        .filter(q -> q.contains("971")).toList();
    assertThat(quote.getText()).isIn(samePlace).contains("971");
    assertThat(browser.findElement(By.id("article-text")).getText()).contains(quote.getText()).hasSizeGreaterThan(quote.getText().length());
    Files.write(shots.resolve("kursk-claim.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static WebElement bar(JsonNode claim) {
    return browser.findElement(By.cssSelector("#chart .bar[data-claim='" + claim.path("name").asText() + "']"));
  }

  private static JsonNode claim(List<JsonNode> all, String quotePart) {
    return all.stream().filter(c -> c.path("quote").asText().contains(quotePart)).findFirst().orElseThrow();
  }
}
