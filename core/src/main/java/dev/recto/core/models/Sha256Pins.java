package dev.recto.core.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pinned SHA-256 digests by file name, as {@code sha256sum} writes them ({@code <64 hex digits>
 * <two spaces or " *"><name>} per line; {@code #} comments and blank lines ignored). A name may
 * have several allowed digests.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Sha256Pins pins = Sha256Pins.parse("ab12...  eng.traineddata\n");
 * pins.check("eng.traineddata", Sha256Pins.sha256(path)); // true when pinned
 * }</pre>
 *
 * @param digests allowed lower-case hex digests per name
 */
public record Sha256Pins(Map<String, Set<String>> digests) {

  private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");
  private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

  public Sha256Pins {
    Objects.requireNonNull(digests, "digests");
    Map<String, Set<String>> copy = new HashMap<>();
    digests.forEach(
        (name, set) -> {
          for (String d : set) {
            if (!DIGEST.matcher(d).matches()) {
              throw new IllegalArgumentException(
                  "pin for " + name + " is not 64 lower-case hex digits: '" + d + "'");
            }
          }
          copy.put(name, Set.copyOf(set));
        });
    digests = Map.copyOf(copy);
  }

  /** No pins. */
  public static Sha256Pins none() {
    return new Sha256Pins(Map.of());
  }

  /**
   * Parses {@code sha256sum} output.
   *
   * @throws IllegalArgumentException naming the first line that is neither a pin, a comment nor
   *     blank
   */
  public static Sha256Pins parse(String text) {
    Map<String, Set<String>> map = new HashMap<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      var m = LINE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException("line " + (i + 1) + " is not '<sha256>  <name>'");
      }
      map.computeIfAbsent(m.group(2), k -> new HashSet<>())
          .add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    return new Sha256Pins(map);
  }

  /**
   * Reads pins from a class-path resource.
   *
   * @throws IllegalStateException when the resource is missing (a packaging error)
   */
  public static Sha256Pins fromResource(String resource, ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("pin list " + resource + " is missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pin list " + resource, e);
    }
  }

  /** These pins plus {@code other}'s; for a name in both, either digest is allowed. */
  public Sha256Pins plus(Sha256Pins other) {
    Map<String, Set<String>> map = new HashMap<>();
    digests.forEach((k, v) -> map.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    other.digests.forEach((k, v) -> map.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    return new Sha256Pins(map);
  }

  /** The allowed digests of {@code name}; empty when it is not pinned. */
  public Set<String> allowed(String name) {
    return digests.getOrDefault(name, Set.of());
  }

  /** Whether {@code digest} is pinned for {@code name}. */
  public boolean check(String name, String digest) {
    return allowed(name).contains(digest);
  }

  /** The SHA-256 of a stream's remaining bytes, 64 lower-case hex digits; does not close it. */
  public static String sha256(InputStream in) throws IOException {
    MessageDigest sha = newDigest();
    new DigestInputStream(in, sha).transferTo(java.io.OutputStream.nullOutputStream());
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The SHA-256 of a file, 64 lower-case hex digits. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
