package io.claimwatch.gateway.rest;

import io.claimwatch.gateway.domain.PageTokens;
import jakarta.enterprise.context.ApplicationScoped;

/** pageSize as the client wrote it, and page tokens sealed for the query they belong to. */
@ApplicationScoped
public class Paging {

  private final PageTokens tokens;

  Paging(PageTokens tokens) {
    this.tokens = tokens;
  }

  /** The page size; absent is 0 (the backend's default). Not a number: 400, never the framework's 404. */
  static int pageSize(String raw) {
    if (raw == null || raw.isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw ErrorMapper.badRequest("PAGE_SIZE_INVALID", "pageSize must be a whole number from 0 to 500");
    }
  }

  /** The backend's token in a client's pageToken, checked against the query; empty for the first page. */
  String open(String clientToken, String query) {
    if (clientToken == null || clientToken.isEmpty()) {
      return "";
    }
    return tokens.open(clientToken, query).orElseThrow(() -> ErrorMapper.badRequest("INVALID_PAGE_TOKEN",
        "pageToken is not one this API gave out for this query; send the nextPageToken of the previous page "
            + "with the same filter, order and parent, or leave it out for the first page"));
  }

  /** The client's token for the backend's next_page_token. */
  String seal(String backendToken, String query) {
    return tokens.seal(backendToken, query);
  }
}
