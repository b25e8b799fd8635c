package dev.recto.core.error;

import java.time.Duration;

/** The per-document deadline passed before processing finished. */
public class DeadlineExceededException extends RectoException {
  private static final long serialVersionUID = 1L;

  public DeadlineExceededException(Duration deadline, String where) {
    super(
        ErrorCode.DEADLINE_EXCEEDED, "deadline of " + deadline + " exceeded during " + where, null);
  }
}
