package io.claimwatch.ingest.domain;

/**
 * A failure the caller can act on. {@link #reason()} is a stable UPPER_SNAKE code (it becomes
 * google.rpc.ErrorInfo.reason); the message says, in English, what to fix.
 */
public abstract sealed class DomainException extends RuntimeException
    permits DomainException.InvalidInput, DomainException.NotFound, DomainException.WrongState,
    DomainException.Exhausted, DomainException.DependencyUnavailable {

  private final String reason;

  protected DomainException(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }

  /** The request itself is wrong: empty, binary, too large, malformed. */
  public static final class InvalidInput extends DomainException {
    public InvalidInput(String reason, String message) {
      super(reason, message, null);
    }
  }

  /** The named resource does not exist. */
  public static final class NotFound extends DomainException {
    public NotFound(String reason, String message) {
      super(reason, message, null);
    }
  }

  /** The resource exists but is not in a state that allows the operation (e.g. retrying an article that did not fail). */
  public static final class WrongState extends DomainException {
    public WrongState(String reason, String message) {
      super(reason, message, null);
    }
  }

  /** The service is over a capacity limit now; the caller should retry after {@link #retryAfter()}. */
  public static final class Exhausted extends DomainException {
    private final java.time.Duration retryAfter;

    public Exhausted(String reason, String message, java.time.Duration retryAfter) {
      super(reason, message, null);
      this.retryAfter = retryAfter;
    }

    public java.time.Duration retryAfter() {
      return retryAfter;
    }
  }

  /** A service this one depends on cannot be reached now; retrying later may work. */
  public static final class DependencyUnavailable extends DomainException {
    public DependencyUnavailable(String reason, String message, Throwable cause) {
      super(reason, message, cause);
    }
  }
}
