package dev.recto.templates.io;

import dev.recto.core.error.TemplateException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Lists and reads the template files of a template folder without leaving it.
 *
 * <p>A folder is walked without following symbolic links into subfolders; a file or folder entry
 * that is a symbolic link is taken only when its target, fully resolved, lies inside the folder
 * (resolved the same way), and otherwise refused with a {@link TemplateException} that names the
 * link and its target: a template folder cannot be used to read {@code /etc/passwd} or another
 * tenant's files. Files larger than {@value #MAX_BYTES} bytes are refused before they are read.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * for (Path f : TemplateFiles.list(root, n -> n.endsWith(".yml"))) {
 *   String text = TemplateFiles.read(f);
 * }
 * }</pre>
 */
public final class TemplateFiles {

  /** The largest template file read, in bytes. */
  public static final long MAX_BYTES = 1L << 20;

  private TemplateFiles() {}

  /**
   * The files under {@code root} whose file name passes {@code nameFilter}, sorted by their path
   * relative to {@code root}.
   *
   * @throws TemplateException when the folder cannot be listed or a symbolic link under it points
   *     outside it
   */
  public static List<Path> list(Path root, Predicate<String> nameFilter) {
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      throw new TemplateException(root.toString(), "", "cannot list templates: " + e, e);
    }
    List<Path> out = new ArrayList<>();
    // The root may itself be a link; what lies under it is walked from its real path.
    try (Stream<Path> walk = Files.walk(realRoot)) {
      for (Path real : (Iterable<Path>) walk::iterator) {
        Path p = root.resolve(realRoot.relativize(real).toString());
        if (Files.isSymbolicLink(real)) {
          Path target = inside(realRoot, p);
          if (Files.isDirectory(target)) {
            // Listed through its real path, which lies inside the root and is walked anyway.
            continue;
          }
        }
        if (Files.isRegularFile(real) && nameFilter.test(real.getFileName().toString())) {
          out.add(p);
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new TemplateException(root.toString(), "", "cannot list templates: " + e, e);
    }
    out.sort(Comparator.comparing(p -> root.relativize(p).toString()));
    return out;
  }

  /**
   * Reads one template file as UTF-8.
   *
   * @throws TemplateException when it cannot be read, is larger than {@value #MAX_BYTES} bytes or
   *     is not UTF-8
   */
  public static String read(Path file) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new TemplateException(
            file.toString(),
            "(document)",
            "file of " + size + " bytes is larger than the limit of " + MAX_BYTES,
            null);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new TemplateException(file.toString(), "(document)", "not UTF-8 text", e);
    } catch (IOException e) {
      throw new TemplateException(file.toString(), "(document)", "cannot read: " + e, e);
    }
  }

  /** The real target of {@code link}, which must lie inside {@code realRoot}. */
  private static Path inside(Path realRoot, Path link) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      throw new TemplateException(link.toString(), "", "symbolic link cannot be resolved: " + e, e);
    }
    if (!target.startsWith(realRoot)) {
      throw new TemplateException(
          link.toString(),
          "",
          "symbolic link points outside the template folder "
              + realRoot
              + ": "
              + target
              + " (refused)",
          null);
    }
    return target;
  }
}
