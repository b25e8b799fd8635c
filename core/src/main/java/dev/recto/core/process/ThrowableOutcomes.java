package dev.recto.core.process;

import dev.recto.core.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a throwable that escaped a document's stages (not a {@link
 * dev.recto.core.error.RectoException}) into a typed error diagnostic, and logs it so that it is
 * never swallowed silently. Messages name the error's class and the stage, never document content.
 *
 * <p>Stateless and thread-safe.
 */
final class ThrowableOutcomes {
  private static final Logger LOG = LoggerFactory.getLogger(ThrowableOutcomes.class);

  private ThrowableOutcomes() {}

  /**
   * The diagnostic for {@code t}: {@link OutOfMemoryError} is {@link ErrorCode#LIMIT_EXCEEDED}
   * (limit "memory"), {@link StackOverflowError} {@link ErrorCode#INVALID_DOCUMENT}, {@link
   * LinkageError} {@link ErrorCode#ENGINE_UNAVAILABLE}, anything else {@link
   * ErrorCode#STAGE_FAILED}.
   */
  static Diagnostic diagnose(Throwable t, Stage stage, int page, String source) {
    String where = stage + (page >= 0 ? " page " + page : "");
    if (t instanceof OutOfMemoryError) {
      LOG.warn("{}: out of memory during {}; document failed with LIMIT_EXCEEDED", source, where);
      return Diagnostic.error(
          stage,
          page,
          ErrorCode.LIMIT_EXCEEDED,
          "memory exceeded: the Java heap ran out during "
              + where
              + " (raise -Xmx or lower the Limits)");
    }
    if (t instanceof StackOverflowError) {
      LOG.warn("{}: stack overflow during {}; document failed as INVALID_DOCUMENT", source, where);
      return Diagnostic.error(
          stage, page, ErrorCode.INVALID_DOCUMENT, "document nests too deeply (stack overflow)");
    }
    if (t instanceof LinkageError) {
      LOG.warn("{}: {} during {}", source, t.getClass().getName(), where, t);
      return Diagnostic.error(
          stage, page, ErrorCode.ENGINE_UNAVAILABLE, "a library failed to link: " + t);
    }
    LOG.warn("{}: unexpected {} during {}", source, t.getClass().getName(), where, t);
    return Diagnostic.error(stage, page, ErrorCode.STAGE_FAILED, "unexpected " + t);
  }
}
