package io.claimwatch.gateway.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares in the OpenAPI document what every /v1 call may answer besides its own results: the
 * errors of the edge (key, scope, rate, sizes, routing) and of the backends, each with the AIP-193
 * Error body; and the bearer key every call takes.
 */
public class OpenApiErrors implements OASFilter {

  /** The errors any call may meet, with what they mean. */
  static final Map<String, String> COMMON = new LinkedHashMap<>();

  static {
    COMMON.put("400", "Invalid input (INVALID_ARGUMENT, FAILED_PRECONDITION): a bad filter, page size or token, an unreadable body");
    COMMON.put("401", "No API key, or an unknown one (API_KEY_MISSING, API_KEY_INVALID)");
    COMMON.put("403", "The API key lacks the call's scope (SCOPE_MISSING)");
    COMMON.put("404", "No such resource, or no such path (ROUTE_NOT_FOUND)");
    COMMON.put("405", "The path does not take this HTTP method (METHOD_NOT_ALLOWED)");
    COMMON.put("406", "The client does not accept the answer's media type (NOT_ACCEPTABLE)");
    COMMON.put("413", "The request body is too large (BODY_TOO_LARGE)");
    COMMON.put("414", "The request line is too long (URI_TOO_LONG)");
    COMMON.put("415", "The body's media type is not taken here (UNSUPPORTED_MEDIA_TYPE)");
    COMMON.put("429", "Over the key's rate (RATE_LIMITED), the gateway's request bodies in flight (GATEWAY_BUSY), a backend's "
        + "calls in flight (BACKEND_BUSY, SERVER_BUSY) or ingest's queue (INGEST_QUEUE_FULL, INGEST_QUEUE_BEHIND); "
        + "retry after Retry-After");
    COMMON.put("431", "The request headers are too large (HEADERS_TOO_LARGE)");
    COMMON.put("500", "An internal error (generic message; detail in the gateway's log)");
    COMMON.put("503", "A backend service is unavailable; see Retry-After");
    COMMON.put("504", "A backend service did not answer in time");
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSecurityScheme("apiKey", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
        .scheme("bearer").description("An API key: Authorization: Bearer <key>"));
    if (openAPI.getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> p : openAPI.getPaths().getPathItems().entrySet()) {
      if (!p.getKey().startsWith("/v1")) {
        continue;
      }
      for (Operation op : p.getValue().getOperations().values()) {
        op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("apiKey"));
        APIResponses responses = op.getResponses();
        for (Map.Entry<String, String> e : COMMON.entrySet()) {
          APIResponse r = responses.getAPIResponse(e.getKey());
          if (r == null) {
            r = OASFactory.createAPIResponse().description(e.getValue());
            responses.addAPIResponse(e.getKey(), r);
          }
          r.setContent(errorContent());
        }
        // Every other status a declared call could give is an error in the same shape.
        responses.setDefaultValue(OASFactory.createAPIResponse().description("Any other error").content(errorContent()));
      }
    }
  }

  private static Content errorContent() {
    MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Error"));
    return OASFactory.createContent().addMediaType("application/json", json);
  }
}
