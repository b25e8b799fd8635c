package dev.recto.extraction.generic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The multilingual label lexicon: phrases in English, German, French, Spanish, Italian, Dutch and
 * Portuguese for each {@link LabelRole}, read from {@code labels.txt} next to this class.
 *
 * <p>Immutable and thread-safe once loaded; load it once and share it.
 */
final class LabelLexicon {

  private static final String RESOURCE = "labels.txt";

  private final List<LexiconPhrase> phrases;
  private final Map<String, List<LexiconPhrase>> byFirstToken;

  private LabelLexicon(List<LexiconPhrase> phrases) {
    this.phrases = List.copyOf(phrases);
    Map<String, List<LexiconPhrase>> index = new HashMap<>();
    for (LexiconPhrase p : phrases) {
      index.computeIfAbsent(p.tokens().get(0), k -> new ArrayList<>()).add(p);
    }
    index.replaceAll(
        (k, v) ->
            v.stream()
                .sorted(Comparator.comparingInt((LexiconPhrase p) -> -p.tokens().size()))
                .toList());
    this.byFirstToken = Map.copyOf(index);
  }

  /** The lexicon bundled with Recto. */
  static LabelLexicon bundled() {
    try (InputStream in = LabelLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Parses lexicon text: lines {@code LANG ROLE phrase | phrase ...}; {@code #} starts a comment.
   *
   * @throws IllegalArgumentException naming the line when a line is malformed
   */
  static LabelLexicon parse(String text) {
    List<LexiconPhrase> out = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] head = t.split("\\s+", 3);
        if (head.length < 3) {
          throw new IllegalArgumentException(
              "lexicon line " + lineNo + ": expected LANG ROLE phrases");
        }
        LabelRole role;
        try {
          role = LabelRole.valueOf(head[1]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "lexicon line " + lineNo + ": unknown role " + head[1], e);
        }
        for (String phrase : head[2].split("\\|")) {
          List<String> tokens = TextFolding.tokens(phrase);
          if (tokens.isEmpty()) {
            throw new IllegalArgumentException("lexicon line " + lineNo + ": empty phrase");
          }
          out.add(new LexiconPhrase(role, head[0], tokens));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LabelLexicon(out);
  }

  /** Every phrase, in file order. */
  List<LexiconPhrase> phrases() {
    return phrases;
  }

  /** The phrases whose first token is {@code token}, longest first. */
  List<LexiconPhrase> startingWith(String token) {
    return byFirstToken.getOrDefault(token, List.of());
  }

  /** Every distinct first token, for fuzzy lookups. */
  java.util.Set<String> firstTokens() {
    return byFirstToken.keySet();
  }
}
