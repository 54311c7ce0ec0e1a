package io.claimwatch.gateway.rest;

import com.google.rpc.ErrorInfo;
import io.claimwatch.proto.RpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One table from gRPC codes to HTTP statuses, and the AIP-193 error body:
 * {"error":{"code":404,"status":"NOT_FOUND","message":"...","details":[ErrorInfo]}}.
 */
public class ErrorMapper {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
  private static final String DOMAIN = "gateway.claimwatch.io";
  private static final String ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo";

  /** A request the gateway itself refuses before calling a backend. */
  static final class ApiError extends RuntimeException {
    final Status.Code code;
    final String reason;

    ApiError(Status.Code code, String reason, String message) {
      super(message);
      this.code = code;
      this.reason = reason;
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
    Status.Code code = e.getStatus().getCode();
    int http = httpStatus(code);
    if (http == 500) {
      LOG.errorf(e, "backend call failed with %s", code);
      return body(500, Status.Code.INTERNAL, "internal error", List.of());
    }
    List<Dtos.ErrorInfo> details = RpcErrors.errorInfo(e).map(ErrorMapper::info).map(List::of).orElse(List.of());
    String message = e.getStatus().getDescription() != null ? e.getStatus().getDescription()
        : code == Status.Code.UNAVAILABLE ? "a backend service is unavailable; retry later"
        : code == Status.Code.DEADLINE_EXCEEDED ? "a backend service did not answer in time" : code.name();
    Response r = body(http, code, message, details);
    if (http == 503) {
      return Response.fromResponse(r).header("Retry-After", "5").build();
    }
    if (http == 429) {
      // The backend's hint (INGEST_QUEUE_FULL carries retry_after_seconds), else 5 s.
      String after = details.isEmpty() ? null : details.get(0).metadata().get("retry_after_seconds");
      return Response.fromResponse(r).header("Retry-After", after == null ? "5" : after).build();
    }
    return r;
  }

  @ServerExceptionMapper
  public Response api(ApiError e) {
    return body(httpStatus(e.code), e.code, e.getMessage(),
        List.of(new Dtos.ErrorInfo(ERROR_INFO, e.reason, DOMAIN, Map.of())));
  }

  /** Unreadable JSON, unknown routes, wrong media types: the framework's status, in our body. */
  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int http = e.getResponse().getStatus();
    Status.Code code = switch (http) {
      case 400 -> Status.Code.INVALID_ARGUMENT;
      case 404 -> Status.Code.NOT_FOUND;
      case 405, 406, 415 -> Status.Code.UNIMPLEMENTED;
      default -> http < 500 ? Status.Code.FAILED_PRECONDITION : Status.Code.INTERNAL;
    };
    String message = http == 400 ? "the request body could not be read: send valid JSON of the documented shape"
        : http == 415 ? "send application/json, text/plain or text/html" : e.getMessage();
    return body(http, code, message, List.of());
  }

  /** One refused item of a batch, as the AIP-193 status the gateway answers for a whole call. */
  static Dtos.Status status(com.google.rpc.Status s) {
    Status.Code code = Status.fromCodeValue(s.getCode()).getCode();
    List<Dtos.ErrorInfo> details = new java.util.ArrayList<>();
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

  private static Dtos.ErrorInfo info(ErrorInfo i) {
    return new Dtos.ErrorInfo(ERROR_INFO, i.getReason(), i.getDomain(), i.getMetadataMap());
  }

  private static Response body(int http, Status.Code code, String message, List<Dtos.ErrorInfo> details) {
    return Response.status(http).type(MediaType.APPLICATION_JSON)
        .entity(new Dtos.ErrorBody(new Dtos.Status(http, code.name(), message, details))).build();
  }
}
