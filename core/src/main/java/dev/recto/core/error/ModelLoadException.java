package dev.recto.core.error;

/** A model could not be loaded: missing, corrupt, or its SHA-256 did not match. */
public class ModelLoadException extends RectoException {
  private static final long serialVersionUID = 1L;

  public ModelLoadException(String message, Throwable cause) {
    super(ErrorCode.MODEL_LOAD_FAILED, message, cause);
  }
}
