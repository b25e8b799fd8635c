package dev.recto.extraction.generic;

import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds lexicon labels in the segments of a page.
 *
 * <p>A label must start at a word and end at a word boundary, or where only a number follows in its
 * word ({@code IVA21%}, {@code Tax7%}: OCR dropped the space before the rate). It is taken at the
 * start of a segment, after an earlier field label (chained labels: {@code Grondslag BTW bedrag}),
 * or anywhere when its last word ends with a colon. A fuzzy bill-to, ship-to or bank heading must
 * end its segment or a colon: {@code KLANG SELANGOR} is a place, not a misread {@code Klant}, nor
 * {@code PETALING JAYA} a misread {@code Betaling}. At each position the longest phrase wins
 * ({@code Due Date} over {@code Date}). Tokens of five or more letters may differ by one edit when
 * {@code fuzzy} is on (for OCR text), and one word may hold two of the label's words without their
 * space ({@code APAYER AVANT LE}); each such difference makes the match fuzzy. A segment that OCR
 * read letter-spaced ({@code A cc oun t N o}), with no label found in its words, is one label when
 * its letters without spaces are a phrase's ({@link #despacedMatch}).
 *
 * <p>Thread-safe: holds only the immutable lexicon.
 */
final class LabelFinder {

  private final LabelLexicon lexicon;

  LabelFinder(LabelLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Every label in {@code layout}, segment by segment in layout order. */
  List<LabelHit> find(PageLayout layout, boolean fuzzy) {
    List<LabelHit> out = new ArrayList<>();
    for (Segment s : layout.segments()) {
      out.addAll(find(s, fuzzy));
    }
    return out;
  }

  /** The labels of one segment, left to right. */
  List<LabelHit> find(Segment segment, boolean fuzzy) {
    List<String> tokens = new ArrayList<>();
    List<Integer> wordOf = new ArrayList<>();
    List<Integer> firstTokenOfWord = new ArrayList<>();
    List<Word> words = segment.words();
    for (int w = 0; w < words.size(); w++) {
      firstTokenOfWord.add(tokens.size());
      for (String t : TextFolding.tokens(words.get(w).text())) {
        tokens.add(t);
        wordOf.add(w);
      }
    }
    List<int[]> spans = new ArrayList<>(); // {firstWord, endWord, phraseIndex}
    List<LexiconPhrase> matched = new ArrayList<>();
    List<Double> qualities = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      int t0 = firstTokenOfWord.get(w);
      if (t0 >= tokens.size() || wordOf.get(t0) != w) {
        continue; // a word without tokens
      }
      Match m = longestAt(tokens, wordOf, t0, fuzzy);
      if (m == null) {
        continue;
      }
      int endWord =
          m.endToken >= tokens.size()
              ? words.size()
              : wordOf.get(m.endToken).equals(wordOf.get(m.endToken - 1))
                  ? wordOf.get(m.endToken - 1) + 1 // "IVA21%": the rate goes with its label
                  : wordOf.get(m.endToken);
      boolean atStart = w == 0;
      boolean colon = words.get(endWord - 1).text().endsWith(":");
      boolean afterLabel = !spans.isEmpty();
      boolean chained =
          afterLabel && w >= spans.get(spans.size() - 1)[1] && m.phrase.role().field().isPresent();
      boolean heading =
          m.phrase.role() == LabelRole.BILL_TO
              || m.phrase.role() == LabelRole.SHIP_TO
              || m.phrase.role() == LabelRole.BANK;
      if (heading && m.quality < 1 && !colon && endWord < words.size()) {
        continue; // "KLANG SELANGOR": a place, not a misread "Klant" heading its block
      }
      if (atStart || colon || chained) {
        spans.add(new int[] {w, endWord});
        matched.add(m.phrase);
        qualities.add(m.quality);
        w = endWord - 1;
      }
    }
    if (spans.size() <= 1 && fuzzy && isLetterSpaced(words)) {
      LexiconPhrase p = despacedMatch(words);
      // "P. O. N o.": the words matched "P.O. N", the whole segment is "P.O. No."
      if (p != null
          && (spans.isEmpty()
              || (letters(p) >= letters(matched.get(0))
                  && onlyShortWordsFrom(words, spans.get(0)[1])))) {
        return List.of(
            new LabelHit(
                p.role(), p.language(), segment, 0, words.size(), words.size(), DESPACED_QUALITY));
      }
    }
    List<LabelHit> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      int valueEnd = i + 1 < spans.size() ? spans.get(i + 1)[0] : words.size();
      LexiconPhrase p = matched.get(i);
      out.add(
          new LabelHit(
              p.role(),
              p.language(),
              segment,
              spans.get(i)[0],
              spans.get(i)[1],
              valueEnd,
              qualities.get(i)));
    }
    return out;
  }

  private record Match(LexiconPhrase phrase, int endToken, double quality) {}

  /**
   * True when the words from {@code from} on are one or two characters each, and there are some.
   */
  private static boolean onlyShortWordsFrom(List<Word> words, int from) {
    if (from >= words.size()) {
      return false;
    }
    for (int i = from; i < words.size(); i++) {
      if (words.get(i).text().length() > 2) {
        return false;
      }
    }
    return true;
  }

  private static int letters(LexiconPhrase p) {
    return String.join("", p.tokens()).length();
  }

  /** Quality of a label read from a letter-spaced segment ({@link #despacedMatch}). */
  static final double DESPACED_QUALITY = 0.8;

  /**
   * True when OCR split {@code words} inside its words: at least three words, and at least half of
   * them one or two characters long ({@code A cc oun t N o}: a faint, light label).
   */
  private static boolean isLetterSpaced(List<Word> words) {
    if (words.size() < 3) {
      return false;
    }
    int short_ = 0;
    for (Word w : words) {
      short_ += w.text().length() <= 2 ? 1 : 0;
    }
    return 2 * short_ >= words.size();
  }

  /**
   * The longest lexicon phrase whose letters, without spaces, are the segment's letters without
   * spaces, one edit allowed from five letters and two from ten ({@code A cc oun t N o} → {@code
   * account no}); null when none is.
   */
  private LexiconPhrase despacedMatch(List<Word> words) {
    StringBuilder letters = new StringBuilder();
    for (Word w : words) {
      letters.append(TextFolding.fold(w.text()).replaceAll("[^\\p{L}\\p{Nd}]", ""));
    }
    String got = letters.toString();
    LexiconPhrase best = null;
    int bestLength = 0;
    for (LexiconPhrase p : lexicon.phrases()) {
      String want = String.join("", p.tokens());
      int limit = want.length() >= 10 ? 2 : want.length() >= 5 ? 1 : 0;
      if (want.length() > bestLength
          && Math.abs(want.length() - got.length()) <= limit
          && TextFolding.editDistance(want, got, limit) <= limit) {
        best = p;
        bestLength = want.length();
      }
    }
    return best;
  }

  private Match longestAt(List<String> tokens, List<Integer> wordOf, int start, boolean fuzzy) {
    Match best = best(lexicon.startingWith(tokens.get(start)), tokens, wordOf, start, fuzzy);
    String token = tokens.get(start);
    if (best == null && fuzzy && token.length() >= 5) {
      for (String first : lexicon.firstTokens()) {
        if (TextFolding.editDistance(first, token, 1) <= 1
            || (first.length() < token.length() && token.startsWith(first))) {
          Match m = best(lexicon.startingWith(first), tokens, wordOf, start, true);
          if (m != null && (best == null || m.endToken > best.endToken)) {
            best = m;
          }
        }
      }
    }
    return best;
  }

  /** True when the tokens from {@code from} to the end of its word are all digits. */
  private static boolean onlyDigitsToWordEnd(List<String> tokens, List<Integer> wordOf, int from) {
    int word = wordOf.get(from);
    for (int t = from; t < tokens.size() && wordOf.get(t).equals(word); t++) {
      if (!tokens.get(t).chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  private static Match best(
      List<LexiconPhrase> candidates,
      List<String> tokens,
      List<Integer> wordOf,
      int start,
      boolean fuzzy) {
    for (LexiconPhrase p : candidates) { // longest first
      int n = p.tokens().size();
      int edits = 0;
      boolean ok = true;
      int t = start;
      for (int k = 0; k < n && ok; k++, t++) {
        if (t >= tokens.size()) {
          ok = false;
          break;
        }
        String want = p.tokens().get(k);
        String got = tokens.get(t);
        if (want.equals(got)) {
          continue;
        }
        if (fuzzy && want.length() >= 5 && TextFolding.editDistance(want, got, 1) <= 1) {
          edits++;
        } else if (fuzzy && k + 1 < n && got.equals(want + p.tokens().get(k + 1))) {
          edits++; // "APAYER AVANT LE": two words of the label read without their space
          k++;
        } else {
          ok = false;
        }
      }
      int end = t;
      boolean boundary =
          end >= tokens.size()
              || !wordOf.get(end).equals(wordOf.get(end - 1))
              || onlyDigitsToWordEnd(tokens, wordOf, end);
      if (ok && boundary) {
        return new Match(p, end, edits == 0 ? 1.0 : 0.85);
      }
    }
    return null;
  }
}
