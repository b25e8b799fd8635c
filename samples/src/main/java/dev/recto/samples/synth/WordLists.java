package dev.recto.samples.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists under {@code words/} next to this class: plain UTF-8 text, one entry per
 * line, {@code #} starts a comment line, blank lines are skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class WordLists {

  private WordLists() {}

  /** The entries of {@code words/<name>.txt}, in file order. */
  public static List<String> read(String name) {
    String resource = "words/" + name + ".txt";
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no word list " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      if (out.isEmpty()) {
        throw new IllegalStateException(resource + " is empty");
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }
}
