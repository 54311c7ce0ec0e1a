package io.claimwatch.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The REST API's JSON shapes (lowerCamelCase, AIP resource names). */
final class Dtos {

  private Dtos() {}

  /** An article submitted as JSON: exactly one of text or html. */
  @Schema(name = "NewArticle", description = "An article to ingest: its text, or its HTML page")
  record NewArticle(
      @Schema(description = "The article as plain text") String text,
      @Schema(description = "The article as an HTML page; the body is found and reduced to text") String html,
      @Schema(description = "Where it was published") String sourceUrl,
      @Schema(description = "Publication date, YYYY-MM-DD; detected from the text when absent", example = "2025-05-26")
      String publicationDate) {}

  @Schema(name = "Article", description = "An ingested article and where it is in the pipeline")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Article(
      @Schema(example = "articles/3f2c9a1b7d5e8f60") String name,
      String title,
      String sourceUrl,
      @Schema(description = "YYYY-MM-DD, the trusted publication date: given, or decided from the page's metadata, else an uncontradicted date line, story dateline or date line left in the text") String publicationDate,
      @Schema(description = "RECEIVED, EXTRACTING, DONE, FAILED or UNSUPPORTED (a language other than English: stored, not extracted)") String state,
      String failureReason,
      int claimCount,
      @Schema(description = "The version of the extractor that produced its claims; absent until DONE") String extractorVersion,
      int attemptCount,
      String createTime,
      String updateTime,
      long contentSizeBytes,
      String contentType,
      @Schema(description = "The clean text that claim offsets point into") String cleanText,
      @Schema(description = "Where publicationDate came from and how sure it is") DateEvidence publicationDateEvidence,
      @Schema(description = "The date line shown on the page, as found") DateEvidence dateline,
      @Schema(description = "True when the content contradicts the date line, which is then not the publication date") boolean datelineContradicted,
      @Schema(description = "Without a trusted publication date: a lower bound inferred from the latest date the text mentions") DateEvidence publicationNotBefore,
      @Schema(description = "ISO 639-1 code of the text's language", example = "en") String languageCode,
      @Schema(description = "The language detector's confidence, 0 to 1") double languageConfidence,
      @Schema(description = "The article this one reprints or updates; absent when it is an origin itself", example = "articles/9a1b7d5e8f603f2c") String origin,
      @Schema(description = "Estimated Jaccard similarity to the stored article that made this one a reprint; 0 for origins") double originSimilarity,
      @Schema(description = "The author or agency") String byline,
      @Schema(description = "Runs of clean text copied from the submitted document: [cleanStart, sourceStart, length] in code points") List<int[]> sourceMap,
      @Schema(description = "The dateline that opens the story (\"KYIV, Aug 6 (Reuters) -\"); absent when it opens with none") StoryDateline storyDateline) {

    /** The dateline that opens the story: the place as written and its date, with offsets in code points of cleanText. */
    @Schema(name = "StoryDateline")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoryDateline(
        @Schema(example = "KYIV") String place,
        @Schema(description = "Where the place starts in cleanText, in code points") int placeStart,
        @Schema(description = "Where it ends (exclusive)") int placeEnd,
        @Schema(description = "YYYY-MM-DD; absent when the dateline names no day or its year is not told") String date,
        @Schema(description = "Where its date phrase starts in cleanText; absent when it has none") Integer dateStart,
        @Schema(description = "Where it ends (exclusive); absent when it has none") Integer dateEnd) {}

    /** A date with where it was found and how far it is trusted. */
    @Schema(name = "DateEvidence")
    record DateEvidence(
        @Schema(description = "YYYY-MM-DD") String date,
        @Schema(description = "CLIENT, META, JSON_LD, TIME_ELEMENT, DATELINE (the page's date line), STORY_DATELINE, TEXT or INFERRED") String source,
        @Schema(description = "HIGH, MEDIUM or LOW") String confidence) {}
  }

  @Schema(name = "CreateArticleResponse")
  record Created(Article article, @Schema(description = "True when the same content was already stored") boolean alreadyExisted) {}

  @Schema(name = "BatchCreateArticlesRequest")
  record NewArticles(@Schema(description = "1 to 100 articles, each as POST /v1/articles takes it as JSON") List<NewArticle> articles) {}

  @Schema(name = "BatchCreateArticlesResult", description = "Either the stored article or why this one was refused")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BatchResult(Article article, Boolean alreadyExisted, Status error) {}

  @Schema(name = "BatchCreateArticlesResponse")
  record BatchResults(@Schema(description = "One result per article of the request, at the same index") List<BatchResult> results) {}

  @Schema(name = "ReextractArticlesRequest")
  record ReextractFilter(@Schema(description = "Empty for every DONE and FAILED article, or terms joined with AND: "
      + "state=DONE (or FAILED), create_time<2026-01-01T00:00:00Z, extractor_version!=<the current one>",
      example = "state=DONE") String filter) {}

  @Schema(name = "ReextractArticlesResponse")
  record Reextracted(@Schema(description = "Articles put back in the queue") long queuedCount) {}

  @Schema(name = "ListArticlesResponse")
  record ArticlePage(List<Article> articles, String nextPageToken) {}

  @Schema(name = "Claim", description = "A quantitative claim with its provenance")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Claim(
      @Schema(example = "claims/9a1b7d5e8f603f2c") String name,
      @Schema(example = "articles/3f2c9a1b7d5e8f60") String article,
      @Schema(description = "The exact substring of the article's clean text") String quote,
      @Schema(description = "Start of the quote in the clean text, in Unicode code points") int quoteStart,
      @Schema(description = "End of the quote (exclusive), in Unicode code points") int quoteEnd,
      @Schema(description = "Lower bound; absent when open") BigDecimal valueLow,
      @Schema(description = "Upper bound; absent when open") BigDecimal valueHigh,
      @Schema(description = "EXACT, APPROXIMATE, NEARLY, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, RANGE or VAGUE") String hedge,
      String unit,
      @Schema(description = "The number as written, with its hedge") String numberText,
      @Schema(description = "What is counted") String counted,
      @Schema(description = "Who says so; absent when the outlet says it in its own voice") String claimant,
      @Schema(description = "Start of the counted event or period: YYYY, YYYY-MM or YYYY-MM-DD") String eventStart,
      @Schema(description = "End of the counted event or period") String eventEnd,
      @Schema(description = "When the claimant said it, where the text says") String statementDate,
      @Schema(description = "ASSERTED, ESTIMATE or PROJECTION") String modality,
      @Schema(description = "The publication date relative dates were resolved against") String publicationDate,
      String extractorVersion,
      String group,
      String createTime) {}

  @Schema(name = "ListClaimsResponse")
  record ClaimPage(List<Claim> claims, String nextPageToken) {}

  @Schema(name = "Group", description = "Claims about one real-world quantity across articles and time, and whether they agree;"
      + " one answer is bounded whatever the group's size (the timeline comes in pages)")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Group(
      @Schema(example = "groups/9a1b7d5e8f603f2c") String name,
      @Schema(description = "What is counted, normalised; an absent part is open") Key key,
      @Schema(description = "The current best estimate: what the latest claims agree on; absent in lists") Estimate estimate,
      @Schema(description = "The claim the estimate rests on (the most precise of the latest); absent in lists") String currentClaim,
      @Schema(description = "Independent origins: reprints of one story count once") int originCount,
      int claimCount,
      @Schema(description = "One page of the claims, ordered by when they hold (undated last); absent in lists") List<Claim> timeline,
      @Schema(description = "For each claim of the page but the group's first, the verdict against the claim just before it"
          + " in time (the previous page's last for the page's first); absent in lists") List<Verdict> steps,
      @Schema(description = "For each claim of the page but the current one, the verdict between it and the current claim,"
          + " the earlier first; absent in lists") List<Verdict> againstCurrent,
      @Schema(description = "Pass as pageToken for the timeline's next page; absent on the last page and in lists") String nextPageToken,
      @Schema(description = "Groups of the same kind of quantity with another scope") List<Related> related,
      String createTime,
      String updateTime) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Key(String kind, String event, String party, String unit, String cause, String place) {}

  @Schema(name = "Verdict", description = "How two claims of a group relate, and why")
  record Verdict(String earlier, String later,
      @Schema(description = "CORROBORATES, UPDATES, CONFLICTS or DIFFERENT_SCOPE") String verdict, String reason) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Estimate(@Schema(description = "absent when open") BigDecimal low, @Schema(description = "absent when open") BigDecimal high,
      String basis, @Schema(description = "the unit of low and high, the unit of the claim it rests on (\"USD\", \"acre\"); "
          + "absent for a bare count") String unit) {}

  record Related(String group, String verdict, String reason, int claimCount) {}

  @Schema(name = "ListGroupsResponse")
  record GroupPage(List<Group> groups, String nextPageToken) {}

  @Schema(name = "Error", description = "AIP-193 error body")
  record ErrorBody(Status error) {}

  record Status(int code, String status, String message, List<ErrorInfo> details) {}

  record ErrorInfo(@com.fasterxml.jackson.annotation.JsonProperty("@type") @Schema(example = "type.googleapis.com/google.rpc.ErrorInfo") String type, String reason, String domain,
      java.util.Map<String, String> metadata) {}
}
