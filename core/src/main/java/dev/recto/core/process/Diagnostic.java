package dev.recto.core.process;

import dev.recto.core.error.ErrorCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A structured note about processing: which stage, which page, what happened.
 *
 * <p>Immutable and thread-safe. Messages never contain document text.
 *
 * @param severity how serious it is
 * @param stage the stage that raised it
 * @param pageIndex zero-based page, or -1 for the whole document
 * @param code the error code for errors raised by a typed exception, {@code null} otherwise; read
 *     it through {@link #errorCode()}
 * @param message a human-readable explanation
 */
public record Diagnostic(
    Severity severity, Stage stage, int pageIndex, ErrorCode code, String message) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(stage, "stage");
    if (pageIndex < -1) {
      throw new IllegalArgumentException("pageIndex must be >= -1, was " + pageIndex);
    }
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(Stage stage, int pageIndex, ErrorCode code, String message) {
    return new Diagnostic(Severity.ERROR, stage, pageIndex, code, message);
  }

  public static Diagnostic warning(Stage stage, int pageIndex, String message) {
    return new Diagnostic(Severity.WARNING, stage, pageIndex, null, message);
  }

  public static Diagnostic info(Stage stage, int pageIndex, String message) {
    return new Diagnostic(Severity.INFO, stage, pageIndex, null, message);
  }

  public Optional<ErrorCode> errorCode() {
    return Optional.ofNullable(code);
  }
}
