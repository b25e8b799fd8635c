package dev.recto.core.error;

import dev.recto.core.process.Stage;

/** A processing stage failed; says which stage and, when known, which page. */
public class StageFailureException extends RectoException {
  private static final long serialVersionUID = 1L;

  private final Stage stage;
  private final int pageIndex;

  /**
   * @param pageIndex zero-based page, or -1 for the whole document
   */
  public StageFailureException(Stage stage, int pageIndex, String message, Throwable cause) {
    super(
        ErrorCode.STAGE_FAILED,
        stage + (pageIndex >= 0 ? " failed on page " + pageIndex : " failed") + ": " + message,
        cause);
    this.stage = stage;
    this.pageIndex = pageIndex;
  }

  public Stage stage() {
    return stage;
  }

  /** Zero-based page, or -1 for the whole document. */
  public int pageIndex() {
    return pageIndex;
  }
}
