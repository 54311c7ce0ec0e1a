package io.claimwatch.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.rpc.ErrorInfo;
import io.claimwatch.proto.RpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place errors become HTTP answers: gRPC codes to HTTP statuses (the README's table), the
 * framework's own refusals (JSON binding, routing, media types) and the gateway's own, all in the
 * AIP-193 body {"error":{"code":404,"status":"NOT_FOUND","message":"...","details":[ErrorInfo]}}.
 * Messages are the gateway's or a Claimwatch service's own English sentences, never a library's text.
 */
public class ErrorMapper {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
  static final String DOMAIN = "gateway.claimwatch.io";
  static final String ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo";
  /** Retry-After of a 503 whose backend gave no hint of its own. */
  static final String RETRY_AFTER_SECONDS = "5";

  /** A request the gateway itself refuses, with its HTTP status when the table's is not the one (405, 413 ...). */
  public static final class ApiError extends RuntimeException {
    final Status.Code code;
    final String reason;
    final int http;
    final Map<String, String> headers;

    ApiError(Status.Code code, String reason, String message) {
      this(code, httpStatus(code), reason, message, Map.of());
    }

    ApiError(Status.Code code, int http, String reason, String message, Map<String, String> headers) {
      super(message, null, false, false);
      this.code = code;
      this.http = http;
      this.reason = reason;
      this.headers = headers;
    }
  }

  static ApiError badRequest(String reason, String message) {
    return new ApiError(Status.Code.INVALID_ARGUMENT, reason, message);
  }

  static int httpStatus(Status.Code code) {
    return switch (code) {
      case INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE -> 400;
      case UNAUTHENTICATED -> 401;
      case PERMISSION_DENIED -> 403;
      case NOT_FOUND -> 404;
      case ALREADY_EXISTS, ABORTED -> 409;
      case RESOURCE_EXHAUSTED -> 429;
      case UNIMPLEMENTED -> 501;
      case UNAVAILABLE -> 503;
      case DEADLINE_EXCEEDED -> 504;
      default -> 500;
    };
  }

  @ServerExceptionMapper
  public Response grpc(StatusRuntimeException e) {
    return grpcError(e);
  }

  /** A backend's status as the client's answer. */
  static Response grpcError(StatusRuntimeException e) {
    Status.Code code = e.getStatus().getCode();
    // Only a Claimwatch service's own error (it carries an ErrorInfo of ours) is passed on with its message;
    // anything else is the transport's or a library's, whose text would leak internals.
    Optional<ErrorInfo> info = RpcErrors.errorInfo(e).filter(i -> i.getDomain().endsWith(".claimwatch.io"));
    if (info.isEmpty()) {
      if (code == Status.Code.RESOURCE_EXHAUSTED || httpStatus(code) == 500 || httpStatus(code) < 500) {
        // RESOURCE_EXHAUSTED without our ErrorInfo is a transport limit (a message over the size limit): the
        // gateway's fault, not the caller's rate, so it is no 429.
        LOG.errorf("backend call failed with %s: %s", code, e.getStatus().getDescription());
        return error(500, Status.Code.INTERNAL, null, "internal error", Map.of(), Map.of());
      }
      LOG.warnf("backend call failed with %s: %s", code, e.getStatus().getDescription());
      return switch (code) {
        case UNAVAILABLE -> error(503, code, "BACKEND_UNAVAILABLE", "a backend service is unavailable; retry after "
            + RETRY_AFTER_SECONDS + " s", Map.of("retry_after_seconds", RETRY_AFTER_SECONDS), Map.of("Retry-After", RETRY_AFTER_SECONDS));
        case DEADLINE_EXCEEDED -> error(504, code, "BACKEND_TIMEOUT", "a backend service did not answer in time; retry later",
            Map.of(), Map.of());
        default -> error(501, code, null, "the call is not implemented", Map.of(), Map.of());
      };
    }
    ErrorInfo i = info.get();
    int http = httpStatus(code);
    if (http == 500) {
      LOG.errorf("backend call failed with %s (%s)", code, i.getReason());
      return error(500, Status.Code.INTERNAL, null, "internal error", Map.of(), Map.of());
    }
    String message = e.getStatus().getDescription() != null ? e.getStatus().getDescription() : code.name();
    Map<String, String> headers = Map.of();
    if (http == 503) {
      headers = Map.of("Retry-After", i.getMetadataOrDefault("retry_after_seconds", RETRY_AFTER_SECONDS));
    } else if (http == 429) {
      // The backend's hint (INGEST_QUEUE_FULL carries retry_after_seconds), else 5 s.
      headers = Map.of("Retry-After", i.getMetadataOrDefault("retry_after_seconds", "5"));
    }
    return body(http, code, message, List.of(info(i)), headers);
  }

  @ServerExceptionMapper
  public Response api(ApiError e) {
    return error(e.http, e.code, e.reason, e.getMessage(), Map.of(), e.headers);
  }

  /** JSON that parses but does not bind (a string expected, an object sent), or does not parse. */
  @ServerExceptionMapper
  public Response json(JsonProcessingException e) {
    return error(400, Status.Code.INVALID_ARGUMENT, "BODY_INVALID", jsonMessage(e), Map.of(), Map.of());
  }

  /** Declared apart: the framework has its own (empty) answer for this more specific type. */
  @ServerExceptionMapper
  public Response jsonBinding(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
    return json(e);
  }

  @ServerExceptionMapper
  public Response jsonMapping(JsonMappingException e) {
    return json(e);
  }

  static String jsonMessage(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (original.contains("Invalid UTF-8") || original.contains("Invalid UTF8")) {
      return "the request body is not valid UTF-8; send JSON encoded in UTF-8";
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String path = m.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
        String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(Object::toString).sorted()
            .collect(Collectors.joining(", ", " (the fields are: ", ")"));
        return "the request body has a field the API does not know at '" + path + "'" + known;
      }
      if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getTargetType() != null) {
        return "the request body does not have the documented shape at '" + path + "': expected " + expected(mi.getTargetType());
      }
      return "the request body does not have the documented shape at '" + path + "'";
    }
    var loc = e.getLocation();
    return "the request body is not valid JSON" + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")");
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    return "an object";
  }

  /** The framework's refusals: unknown routes, wrong methods and media types, unreadable bodies. */
  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    Throwable cause = e.getCause();
    while (cause != null) {
      if (cause instanceof JsonProcessingException j) {
        return json(j);
      }
      cause = cause.getCause();
    }
    return framework(e.getResponse().getStatus());
  }

  /** An HTTP status the server chose itself (routing, media types, size limits), with its reason and message. */
  static Response framework(int http) {
    return switch (http) {
      case 400 -> error(400, Status.Code.INVALID_ARGUMENT, "BODY_INVALID",
          "the request could not be read: send valid JSON of the documented shape", Map.of(), Map.of());
      case 404 -> error(404, Status.Code.NOT_FOUND, "ROUTE_NOT_FOUND", "no such path; the API is under /v1 (see /q/openapi)",
          Map.of(), Map.of());
      case 405 -> error(405, Status.Code.INVALID_ARGUMENT, "METHOD_NOT_ALLOWED", "this path does not take that HTTP method",
          Map.of(), Map.of());
      case 406 -> error(406, Status.Code.INVALID_ARGUMENT, "NOT_ACCEPTABLE",
          "this path answers application/json (the watch stream: text/event-stream)", Map.of(), Map.of());
      case 413 -> error(413, Status.Code.INVALID_ARGUMENT, "BODY_TOO_LARGE", "the request body is larger than the gateway accepts",
          Map.of(), Map.of());
      case 414 -> error(414, Status.Code.INVALID_ARGUMENT, "URI_TOO_LONG", "the request line is longer than the gateway accepts",
          Map.of(), Map.of());
      case 415 -> error(415, Status.Code.INVALID_ARGUMENT, "UNSUPPORTED_MEDIA_TYPE",
          "send application/json (articles also as text/plain or text/html, batches also as application/x-ndjson)", Map.of(), Map.of());
      case 431 -> error(431, Status.Code.INVALID_ARGUMENT, "HEADERS_TOO_LARGE", "the request headers are larger than the gateway accepts",
          Map.of(), Map.of());
      default -> http < 500 ? error(http, Status.Code.INVALID_ARGUMENT, null, "the request was refused", Map.of(), Map.of())
          : error(500, Status.Code.INTERNAL, null, "internal error", Map.of(), Map.of());
    };
  }

  /** Anything else is a bug of the gateway's: 500 with a generic message, the detail in the log. */
  @ServerExceptionMapper
  public Response unexpected(RuntimeException e) {
    LOG.error("unexpected error", e);
    return error(500, Status.Code.INTERNAL, null, "internal error", Map.of(), Map.of());
  }

  /** One refused item of a batch, as the AIP-193 status the gateway answers for a whole call. */
  static Dtos.Status status(com.google.rpc.Status s) {
    Status.Code code = Status.fromCodeValue(s.getCode()).getCode();
    List<Dtos.ErrorInfo> details = new ArrayList<>();
    for (com.google.protobuf.Any a : s.getDetailsList()) {
      if (a.is(ErrorInfo.class)) {
        try {
          details.add(info(a.unpack(ErrorInfo.class)));
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
          // an unreadable detail is left out
        }
      }
    }
    return new Dtos.Status(httpStatus(code), code.name(), s.getMessage(), details);
  }

  /** The AIP-193 status of a gateway error, as it appears in a body or a batch result. */
  static Dtos.Status status(int http, Status.Code code, String reason, String message, Map<String, String> metadata) {
    return new Dtos.Status(http, code.name(), message,
        reason == null ? List.of() : List.of(new Dtos.ErrorInfo(ERROR_INFO, reason, DOMAIN, metadata)));
  }

  private static Dtos.ErrorInfo info(ErrorInfo i) {
    return new Dtos.ErrorInfo(ERROR_INFO, i.getReason(), i.getDomain(), i.getMetadataMap());
  }

  /** A gateway error as a response: the body, and headers such as Retry-After. */
  public static Response error(int http, Status.Code code, String reason, String message, Map<String, String> metadata,
      Map<String, String> headers) {
    return body(http, code, message, status(http, code, reason, message, metadata).details(), headers);
  }

  private static Response body(int http, Status.Code code, String message, List<Dtos.ErrorInfo> details,
      Map<String, String> headers) {
    Response.ResponseBuilder r = Response.status(http).type(MediaType.APPLICATION_JSON)
        .entity(new Dtos.ErrorBody(new Dtos.Status(http, code.name(), message, details)));
    headers.forEach(r::header);
    return r.build();
  }
}
