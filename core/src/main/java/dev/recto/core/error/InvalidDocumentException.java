package dev.recto.core.error;

/**
 * The input cannot be read as a document: unreadable source, unsupported format, a damaged file, or
 * a PDF that needs a password.
 */
public class InvalidDocumentException extends RectoException {
  private static final long serialVersionUID = 1L;

  public InvalidDocumentException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }

  public InvalidDocumentException(String message, Throwable cause) {
    this(ErrorCode.INVALID_DOCUMENT, message, cause);
  }
}
