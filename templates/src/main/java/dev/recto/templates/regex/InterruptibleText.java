package dev.recto.templates.regex;

import java.util.Objects;

/**
 * A text that a regular expression can be stopped in: every {@value #CHECK_EVERY} characters read,
 * it looks at the reading thread's interrupt flag and throws {@link RegexInterruptedException} when
 * it is set.
 *
 * <p>Why: {@link java.util.regex.Matcher} never checks for interruption, and a template is
 * untrusted input whose pattern may backtrack catastrophically ({@code (a+)+$}) over a document's
 * text. The processor's worker pool interrupts a document's worker when its deadline passes and
 * abandons it; matching over this text then ends shortly after, so the worker is freed instead of
 * burning a core for hours. Every template pattern that runs over document text (Recto's and
 * invoice2data's) reads it through this class.
 *
 * <p>Not thread-safe (a read counter); wrap per matcher. {@link #toString()} and {@link
 * #subSequence} give plain strings.
 */
public final class InterruptibleText implements CharSequence {

  /** Characters read between two looks at the interrupt flag. */
  static final int CHECK_EVERY = 4096;

  private final CharSequence text;
  private int reads;

  private InterruptibleText(CharSequence text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** {@code text} made interruptible (returned as is when it already is). */
  public static CharSequence of(CharSequence text) {
    return text instanceof InterruptibleText ? text : new InterruptibleText(text);
  }

  @Override
  public char charAt(int index) {
    if (++reads >= CHECK_EVERY) {
      reads = 0;
      if (Thread.currentThread().isInterrupted()) {
        throw new RegexInterruptedException();
      }
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public String toString() {
    return text.toString();
  }

  /**
   * Thrown from inside a match when the matching thread was interrupted (its document's deadline
   * passed and the worker was abandoned). The interrupt flag stays set.
   */
  public static final class RegexInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RegexInterruptedException() {
      super("regular expression stopped: the thread was interrupted (deadline passed)");
    }
  }
}
