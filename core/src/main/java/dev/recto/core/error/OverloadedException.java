package dev.recto.core.error;

/**
 * The processor refused a document without starting it: too many earlier documents overran their
 * deadlines and their workers are still running. Retry later, or raise the processor's stuck-worker
 * cap if the host can afford the threads.
 */
public class OverloadedException extends RectoException {
  private static final long serialVersionUID = 1L;

  /**
   * @param stuckWorkers workers abandoned at their deadline and still running
   * @param maxStuckWorkers the processor's cap
   */
  public OverloadedException(int stuckWorkers, int maxStuckWorkers) {
    super(
        ErrorCode.OVERLOADED,
        stuckWorkers
            + " workers are still running documents abandoned at their deadline (cap "
            + maxStuckWorkers
            + "); document refused, retry later",
        null);
  }

  /**
   * @param message why the processor cannot take the document now
   * @param cause what refused it, e.g. the JVM failing to start a thread
   */
  public OverloadedException(String message, Throwable cause) {
    super(ErrorCode.OVERLOADED, message, cause);
  }
}
