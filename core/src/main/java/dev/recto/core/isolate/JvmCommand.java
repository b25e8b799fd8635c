package dev.recto.core.isolate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a worker JVM is started: {@code java [jvmArgs] -cp classPath <worker main>}.
 *
 * <p>Immutable and thread-safe; the list is copied. The default runs the same {@code java} as this
 * JVM with this JVM's class path, so the workers find the same engines, and with {@code
 * -XX:+ExitOnOutOfMemoryError} so that a document that exhausts a worker's heap ends that worker
 * (the parent reports it and starts another) instead of leaving it half-broken.
 *
 * <pre>{@code
 * JvmCommand jvm = JvmCommand.defaults().withMaxHeap("1g");
 * }</pre>
 *
 * @param java the {@code java} launcher
 * @param classPath the worker's class path, in the platform's path-separator form; it must hold
 *     Recto's core and the engines the workers should find
 * @param jvmArgs options before the main class (heap size, system properties)
 */
public record JvmCommand(Path java, String classPath, List<String> jvmArgs) {

  public JvmCommand {
    Objects.requireNonNull(java, "java");
    Objects.requireNonNull(classPath, "classPath");
    jvmArgs = List.copyOf(jvmArgs);
  }

  /**
   * This JVM's launcher and class path; headless, exit on OutOfMemoryError, and HotSpot's own
   * messages on stderr (stdout carries the protocol).
   */
  public static JvmCommand defaults() {
    return new JvmCommand(
        Path.of(System.getProperty("java.home"), "bin", "java"),
        System.getProperty("java.class.path"),
        List.of(
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:+DisplayVMOutputToStderr",
            "-Djava.awt.headless=true"));
  }

  /** The same command with {@code -Xmx} set, e.g. {@code "1g"}. */
  public JvmCommand withMaxHeap(String size) {
    if (!size.matches("[0-9]+[kKmMgG]?")) {
      throw new IllegalArgumentException("heap size like 512m or 2g, was " + size);
    }
    List<String> args = new ArrayList<>();
    for (String a : jvmArgs) {
      if (!a.startsWith("-Xmx")) {
        args.add(a);
      }
    }
    args.add("-Xmx" + size);
    return new JvmCommand(java, classPath, args);
  }

  /** The same command with these options added after the current ones. */
  public JvmCommand withExtraArgs(List<String> extra) {
    List<String> args = new ArrayList<>(jvmArgs);
    args.addAll(extra);
    return new JvmCommand(java, classPath, args);
  }

  public JvmCommand withClassPath(String value) {
    return new JvmCommand(java, value, jvmArgs);
  }
}
