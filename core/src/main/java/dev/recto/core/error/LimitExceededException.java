package dev.recto.core.error;

/** A configured limit would be exceeded. Raised before the memory or time is spent. */
public class LimitExceededException extends RectoException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long actual;
  private final long maximum;

  /**
   * @param limit the limit's name as in {@code Limits}, e.g. {@code maxPages}
   * @param actual the value found (a lower bound when counting stopped early)
   * @param maximum the configured maximum
   */
  public LimitExceededException(String limit, long actual, long maximum) {
    super(
        ErrorCode.LIMIT_EXCEEDED,
        limit + " exceeded: " + actual + " > " + maximum + " (raise it in Limits if intended)",
        null);
    this.limit = limit;
    this.actual = actual;
    this.maximum = maximum;
  }

  public String limit() {
    return limit;
  }

  public long actual() {
    return actual;
  }

  public long maximum() {
    return maximum;
  }
}
