package io.claimwatch.claims.domain;

/**
 * A failure the caller can act on. {@link #reason()} is a stable UPPER_SNAKE code (it becomes
 * google.rpc.ErrorInfo.reason); the message says, in English, what to fix.
 */
public abstract sealed class DomainException extends RuntimeException
    permits DomainException.InvalidInput, DomainException.NotFound {

  private final String reason;

  protected DomainException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }

  /** The request is wrong: a malformed name, filter, page token or claim. */
  public static final class InvalidInput extends DomainException {
    public InvalidInput(String reason, String message) {
      super(reason, message);
    }
  }

  /** The named resource does not exist. */
  public static final class NotFound extends DomainException {
    public NotFound(String reason, String message) {
      super(reason, message);
    }
  }
}
