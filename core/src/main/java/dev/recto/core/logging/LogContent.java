package dev.recto.core.logging;

/**
 * Keeps document content (text read from a page, field values) out of logs unless the operator
 * turns it on with the system property {@value #PROPERTY}{@code =true}, for debugging on their own
 * documents. Every log statement that would print document content passes it through {@link #text}:
 *
 * <pre>{@code
 * LOG.debug("dropped line '{}' (p={})", LogContent.text(line.text()), p);
 * // recto.log.documentContent unset: dropped line '[17 chars withheld]' (p=0.31)
 * }</pre>
 *
 * <p>The property is read on each call (not cached), so a test or an operator can flip it at run
 * time. Stateless and thread-safe.
 */
public final class LogContent {

  /** The system property that lets document content into logs when {@code true}. */
  public static final String PROPERTY = "recto.log.documentContent";

  private LogContent() {}

  /** Whether document content may be logged now. */
  public static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  /**
   * {@code content} itself when {@link #enabled()}, otherwise a placeholder that says only how long
   * it was ({@code [17 chars withheld]}); {@code null} stays {@code null}.
   */
  public static String text(CharSequence content) {
    if (content == null) {
      return null;
    }
    return enabled()
        ? content.toString()
        : "[" + content.length() + " chars withheld; -D" + PROPERTY + "=true logs them]";
  }
}
