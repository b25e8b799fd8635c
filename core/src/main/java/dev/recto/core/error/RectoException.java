package dev.recto.core.error;

import java.util.Objects;

/**
 * The root of Recto's errors. Unchecked; every error that leaves Recto's API is one of its typed
 * subclasses and carries an {@link ErrorCode}.
 */
public abstract class RectoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  protected RectoException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }
}
