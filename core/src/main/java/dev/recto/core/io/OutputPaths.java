package dev.recto.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Resolves the file an output is written to inside its output folder, and refuses names that would
 * leave it: a name with a path separator, {@code ..}, {@code .}, an absolute name, a NUL, or a
 * target that already exists as a symbolic link (writing through it would write wherever it
 * points). Names come from documents, document ids and input file names, so they are not trusted.
 *
 * <p>Stateless and thread-safe. Checks the file system at call time; a link created afterwards by
 * someone else who can write to the folder is not caught (the folder itself is the caller's).
 *
 * <pre>{@code
 * Path file = OutputPaths.child(outDir, input.getFileName() + ".json");  // outDir/NAME.json
 * }</pre>
 */
public final class OutputPaths {

  private OutputPaths() {}

  /**
   * {@code root/name}, where {@code name} is one plain file name.
   *
   * @throws IllegalArgumentException when {@code name} is not a plain file name or {@code
   *     root/name} is a symbolic link
   */
  public static Path child(Path root, String name) {
    if (name.isEmpty()
        || name.equals(".")
        || name.equals("..")
        || name.indexOf('/') >= 0
        || name.indexOf('\\') >= 0
        || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "output name '" + name + "' is not a plain file name inside " + root);
    }
    Path file;
    try {
      file = root.resolve(name);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("output name '" + name + "' is not a valid file name", e);
    }
    if (!root.equals(file.getParent()) || file.getFileName().toString().equals("..")) {
      throw new IllegalArgumentException("output name '" + name + "' leaves " + root);
    }
    if (Files.isSymbolicLink(file)) {
      throw new IllegalArgumentException(
          "refusing to write " + file + ": it is a symbolic link to " + target(file));
    }
    return file;
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "(unreadable)";
    }
  }
}
