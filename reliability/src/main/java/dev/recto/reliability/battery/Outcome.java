package dev.recto.reliability.battery;

import java.util.Objects;

/**
 * The one recorded outcome of one battery document.
 *
 * <p>{@code status} is a processing status ({@code SUCCESS}, {@code PARTIAL_SUCCESS}, {@code
 * FAILURE}) or one of the harness's: {@code UNTYPED} (an exception escaped {@code process}), {@code
 * OOM} (an OutOfMemoryError escaped it), {@code CRASH} (the worker JVM died on it), {@code HUNG}
 * (no answer long after the deadline; the worker was killed), {@code HARNESS_ERROR} (the file could
 * not be read or mutated).
 *
 * @param id the task id
 * @param document the document's name
 * @param kind {@code ORIGINAL} or the mutation kind
 * @param status see above
 * @param code the first error code for PARTIAL_SUCCESS and FAILURE, the exception class for
 *     UNTYPED, empty otherwise
 * @param millis wall time of {@code process} in milliseconds (for CRASH and HUNG, the time until
 *     the harness gave up)
 * @param detail a short note: the mutation, the exit code, the message; never document text
 */
public record Outcome(
    int id, String document, String kind, String status, String code, long millis, String detail) {

  public Outcome {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@code status} plus the code when there is one: the key counted in reports. */
  public String key() {
    return code.isEmpty() ? status : status + " " + code;
  }

  /** One tab-separated line, tabs and line breaks in fields replaced by spaces. */
  public String toLine() {
    return String.join(
        "\t",
        Integer.toString(id),
        clean(document),
        clean(kind),
        clean(status),
        clean(code),
        Long.toString(millis),
        clean(detail));
  }

  static Outcome parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 7) {
      throw new IllegalArgumentException("not an outcome line: " + line);
    }
    return new Outcome(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4], Long.parseLong(f[5]), f[6]);
  }

  private static String clean(String s) {
    String one = s.replaceAll("[\\t\\r\\n]", " ");
    return one.length() > 300 ? one.substring(0, 300) : one;
  }
}
