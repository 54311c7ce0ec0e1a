package io.claimwatch.gateway.rest;

import com.google.protobuf.ByteString;
import io.claimwatch.claims.v1.GetClaimRequest;
import io.claimwatch.claims.v1.GetGroupRequest;
import io.claimwatch.claims.v1.ListGroupsRequest;
import io.claimwatch.claims.v1.ListClaimsRequest;
import io.claimwatch.ingest.v1.CreateArticleRequest;
import io.claimwatch.ingest.v1.CreateArticleResponse;
import io.claimwatch.ingest.v1.GetArticleRequest;
import io.claimwatch.ingest.v1.ListArticlesRequest;
import io.claimwatch.ingest.v1.ListArticlesResponse;
import io.claimwatch.ingest.v1.RetryArticleRequest;
import io.claimwatch.proto.ProtoTypes;
import io.claimwatch.gateway.client.ClaimsClient;
import io.claimwatch.gateway.client.IngestClient;
import io.claimwatch.gateway.domain.PageTokens;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The public REST API: articles in, their status and claims out. The claims-service reads return a {@link Uni}: they
 * run on the event loop from the request to the answer, with no worker thread in between; the ingest calls block on
 * a worker thread.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

  @Inject
  IngestClient ingest;

  @Inject
  ClaimsClient claims;

  @Inject
  Paging paging;

  @POST
  @Path("/articles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit an article as JSON", description = "Stores the article and queues it for extraction. "
      + "The same content again answers 200 with the stored article and adds nothing.")
  @APIResponse(responseCode = "201", description = "Stored; extraction follows", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dtos.Created.class)))
  @APIResponse(responseCode = "200", description = "Already stored", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dtos.Created.class)))
  @APIResponse(responseCode = "400", description = "Empty, binary, oversized or malformed input")
  public Response createFromJson(Dtos.NewArticle body) {
    return create(request(body));
  }

  @POST
  @Path("/articles")
  @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
  @Operation(summary = "Submit an article as its raw text or HTML page")
  @APIResponse(responseCode = "201", description = "Stored; extraction follows", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dtos.Created.class)))
  @APIResponse(responseCode = "200", description = "Already stored", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dtos.Created.class)))
  public Response createFromBody(byte[] body, @jakarta.ws.rs.HeaderParam("Content-Type") String contentType,
      @QueryParam("sourceUrl") String sourceUrl,
      @Parameter(description = "YYYY-MM-DD") @QueryParam("publicationDate") String publicationDate) {
    // The bytes go to ingest as they came, with the declared content type and charset: ingest decodes them (by the
    // declared charset, a byte-order mark or <meta charset>) and refuses what does not decode, rather than the
    // gateway turning bytes it cannot read into U+FFFD.
    String type = contentType == null || contentType.isBlank() ? "text/plain" : contentType.strip();
    return create(request(body == null ? new byte[0] : body, type, sourceUrl, publicationDate));
  }

  private Response create(CreateArticleRequest req) {
    CreateArticleResponse r = ingest.create(req);
    Dtos.Created body = new Dtos.Created(ProtoMapper.article(r.getArticle()), r.getAlreadyExisted());
    if (r.getAlreadyExisted()) {
      return Response.ok(body).build();
    }
    return Response.created(URI.create("/v1/" + r.getArticle().getName())).entity(body).build();
  }

  /** The CreateArticle request of one JSON article: exactly one of text and html. */
  static CreateArticleRequest request(Dtos.NewArticle body) {
    if (body == null) {
      throw ErrorMapper.badRequest("BODY_MISSING", "send a JSON object with \"text\" or \"html\"");
    }
    boolean hasText = body.text() != null && !body.text().isEmpty();
    boolean hasHtml = body.html() != null && !body.html().isEmpty();
    if (hasText == hasHtml) {
      throw ErrorMapper.badRequest("ARTICLE_CONTENT_AMBIGUOUS", "send exactly one of \"text\" and \"html\"");
    }
    return request((hasText ? body.text() : body.html()).getBytes(StandardCharsets.UTF_8),
        (hasText ? "text/plain" : "text/html") + "; charset=utf-8", body.sourceUrl(), body.publicationDate());
  }

  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static CreateArticleRequest request(byte[] content, String contentType, String sourceUrl, String publicationDate) {
    CreateArticleRequest.Builder req = CreateArticleRequest.newBuilder()
        .setContent(ByteString.copyFrom(content))
        .setContentType(contentType)
        .setSourceUrl(sourceUrl == null ? "" : sourceUrl);
    if (publicationDate != null && !publicationDate.isBlank()) {
      String date = publicationDate.strip();
      try {
        if (!DATE.matcher(date).matches()) {
          throw new DateTimeParseException("not YYYY-MM-DD", date, 0);
        }
        req.setPublicationDate(ProtoTypes.date(LocalDate.parse(date)));
      } catch (DateTimeParseException e) {
        throw ErrorMapper.badRequest("PUBLICATION_DATE_INVALID", "publicationDate must be a real date written YYYY-MM-DD, got '"
            + (date.length() > 40 ? date.substring(0, 40) + "..." : date) + "'");
      }
    }
    return req.build();
  }

  @GET
  @Path("/articles")
  @Operation(summary = "List articles, newest first")
  public Dtos.ArticlePage listArticles(@Parameter(description = "0 to 500; absent or 0 means 50") @QueryParam("pageSize") String pageSize,
      @Parameter(description = "nextPageToken of the previous page, with the same filter") @QueryParam("pageToken") String pageToken,
      @Parameter(description = "state=DONE (or RECEIVED, EXTRACTING, FAILED)") @QueryParam("filter") String filter) {
    String query = PageTokens.query("articles", filter);
    ListArticlesResponse r = ingest.list(ListArticlesRequest.newBuilder().setPageSize(Paging.pageSize(pageSize))
        .setPageToken(paging.open(pageToken, query)).setFilter(nz(filter)).build());
    return new Dtos.ArticlePage(r.getArticlesList().stream().map(ProtoMapper::article).toList(),
        paging.seal(r.getNextPageToken(), query));
  }

  @GET
  @Path("/articles/{article}")
  @Operation(summary = "Get an article and its status")
  @APIResponse(responseCode = "200", description = "The article", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dtos.Article.class)))
  @APIResponse(responseCode = "404", description = "No such article", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dtos.ErrorBody.class)))
  public Dtos.Article getArticle(@PathParam("article") String article) {
    return ProtoMapper.article(ingest.get(GetArticleRequest.newBuilder().setName("articles/" + article).build()).getArticle());
  }

  @POST
  @Path("/articles/{articleAndVerb}")
  @Operation(summary = "Retry a FAILED article", description = "Queues the article for extraction again, from its first "
      + "attempt. Any other state answers 400 with reason ARTICLE_NOT_FAILED; re-extract DONE articles with "
      + "POST /v1/articles:reextract.")
  @APIResponse(responseCode = "200", description = "Queued again (state RECEIVED)")
  @APIResponse(responseCode = "400", description = "Not FAILED (ARTICLE_NOT_FAILED)")
  @APIResponse(responseCode = "404", description = "No such article")
  public Dtos.Article retryArticle(@Parameter(description = "{article}:retry, the AIP-136 custom method")
      @PathParam("articleAndVerb") String articleAndVerb) {
    // One template for "{article}:retry": the path parameter is decoded, so a client that percent-encodes the colon
    // (RestAssured does) is served too; a literal ":retry" in the template is matched against the raw path.
    if (!articleAndVerb.endsWith(":retry")) {
      throw new ErrorMapper.ApiError(io.grpc.Status.Code.NOT_FOUND, "METHOD_NOT_FOUND", "no such method: POST /v1/articles/" + articleAndVerb
          + "; the article methods are :retry");
    }
    String article = articleAndVerb.substring(0, articleAndVerb.length() - ":retry".length());
    return ProtoMapper.article(ingest.retry(RetryArticleRequest.newBuilder().setName("articles/" + article).build()).getArticle());
  }

  @GET
  @Path("/articles/{article}/claims")
  @Operation(summary = "List claims of one article, or of all with the article '-'",
      description = "Ordered by article and place in the article. The filter joins terms with AND: hedge=AT_LEAST, "
          + "claimant:\"sbu\", counted:\"soldiers\", quote:\"captured\", group=\"groups/x\", value>=100, value<=1000.")
  public Uni<Dtos.ClaimPage> listClaims(@PathParam("article") String article,
      @Parameter(description = "0 to 500; absent or 0 means 50") @QueryParam("pageSize") String pageSize,
      @Parameter(description = "nextPageToken of the previous page, with the same parent, filter and orderBy") @QueryParam("pageToken") String pageToken,
      @QueryParam("filter") String filter,
      @Parameter(description = "empty (by article and place) or \"publication_date desc\"") @QueryParam("orderBy") String orderBy) {
    String query = PageTokens.query("claims", "articles/" + article, filter, orderBy);
    ListClaimsRequest req = ListClaimsRequest.newBuilder().setParent("articles/" + article)
        .setPageSize(Paging.pageSize(pageSize)).setPageToken(paging.open(pageToken, query)).setFilter(nz(filter))
        .setOrderBy(nz(orderBy)).build();
    return claims.listClaims(req).map(r -> new Dtos.ClaimPage(r.getClaimsList().stream().map(ProtoMapper::claim).toList(),
        paging.seal(r.getNextPageToken(), query)));
  }

  @GET
  @Path("/claims/{claim}")
  @Operation(summary = "Get one claim")
  @APIResponse(responseCode = "200", description = "The claim", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dtos.Claim.class)))
  @APIResponse(responseCode = "404", description = "No such claim")
  public Uni<Dtos.Claim> getClaim(@PathParam("claim") String claim) {
    return claims.getClaim(GetClaimRequest.newBuilder().setName("claims/" + claim).build()).map(r -> ProtoMapper.claim(r.getClaim()));
  }

  @GET
  @Path("/groups")
  @Operation(summary = "List groups of claims, most recently changed first",
      description = "Each group holds the claims about one real-world quantity, with its claim and origin counts; "
          + "get one for its estimate and its timeline with verdicts.")
  public Uni<Dtos.GroupPage> listGroups(@Parameter(description = "0 to 500; absent or 0 means 50") @QueryParam("pageSize") String pageSize,
      @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
    String query = PageTokens.query("groups");
    ListGroupsRequest req = ListGroupsRequest.newBuilder().setPageSize(Paging.pageSize(pageSize))
        .setPageToken(paging.open(pageToken, query)).build();
    return claims.listGroups(req).map(r -> new Dtos.GroupPage(
        r.getGroupsList().stream().map(g -> ProtoMapper.group(g, false, null)).toList(), paging.seal(r.getNextPageToken(), query)));
  }

  @GET
  @Path("/groups/{group}")
  @Operation(summary = "Get a group: its counts and estimate, and one page of its claims in order, each judged",
      description = "The answer is bounded whatever the group's size: claimCount, originCount, the estimate and "
          + "currentClaim (the claim the estimate rests on) are the whole group's; timeline is one page of its claims "
          + "ordered by when they hold, steps judges each of them against the claim just before it in time, and "
          + "againstCurrent judges each against the current claim. Page on with nextPageToken.")
  @APIResponse(responseCode = "200", description = "The group with one page of its timeline and the verdicts on it", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dtos.Group.class)))
  @APIResponse(responseCode = "404", description = "No such group")
  public Uni<Dtos.Group> getGroup(@PathParam("group") String group,
      @Parameter(description = "claims of the timeline per page, 0 to 500; absent or 0 means 50") @QueryParam("pageSize") String pageSize,
      @Parameter(description = "nextPageToken of the previous page of the same group") @QueryParam("pageToken") String pageToken) {
    String query = PageTokens.query("group", group);
    GetGroupRequest req = GetGroupRequest.newBuilder().setName("groups/" + group)
        .setPageSize(Paging.pageSize(pageSize)).setPageToken(paging.open(pageToken, query)).build();
    return claims.getGroup(req).map(r -> ProtoMapper.group(r.getGroup(), true,
        r.getNextPageToken().isEmpty() ? null : paging.seal(r.getNextPageToken(), query)));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
