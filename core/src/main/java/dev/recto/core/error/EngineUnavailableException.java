package dev.recto.core.error;

/** A required engine is missing; the message says how to get it. */
public class EngineUnavailableException extends RectoException {
  private static final long serialVersionUID = 1L;

  public EngineUnavailableException(String message, Throwable cause) {
    super(ErrorCode.ENGINE_UNAVAILABLE, message, cause);
  }
}
