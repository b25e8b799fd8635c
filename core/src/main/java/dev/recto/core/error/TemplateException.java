package dev.recto.core.error;

/** A template is malformed; names the file and the field path. */
public class TemplateException extends RectoException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String fieldPath;

  public TemplateException(String file, String fieldPath, String message, Throwable cause) {
    super(ErrorCode.TEMPLATE_ERROR, file + ": " + fieldPath + ": " + message, cause);
    this.file = file;
    this.fieldPath = fieldPath;
  }

  public String file() {
    return file;
  }

  public String fieldPath() {
    return fieldPath;
  }
}
