package dev.recto.extraction.table;

import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Line;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognizes the header row of a line-item table in one visual row: runs of up to {@value
 * HeaderLexicon#MAX_WORDS} close words are looked up in the {@link HeaderLexicon}, words the
 * lexicon does not know join the heading they touch (or head a column of their own), and the row
 * qualifies when it names at least three line-item columns, or a description and a number column,
 * and most of its words are headings.
 *
 * <p>Immutable and thread-safe.
 */
final class HeaderDetector {

  /** Words closer than this many word heights may form one heading. */
  static final double HEADING_GAP_IN_HEIGHTS = 1.0;

  /** A row with more than this share of words holding digits is not a header. */
  static final double MAX_DIGIT_SHARE = 0.25;

  /** At least this share of the row's words must be known headings. */
  static final double MIN_KNOWN_SHARE = 0.6;

  private static final Set<LineItemKey> NUMBER_KEYS =
      EnumSet.of(
          LineItemKey.QUANTITY,
          LineItemKey.UNIT_PRICE,
          LineItemKey.AMOUNT,
          LineItemKey.TAX,
          LineItemKey.TAX_RATE);

  private final HeaderLexicon lexicon;

  HeaderDetector(HeaderLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The header that {@code row} (words left to right) is, if it is one. */
  Optional<TableHeader> detect(int pageIndex, Line row) {
    List<Word> words = row.words();
    if (digitWords(words) > MAX_DIGIT_SHARE * words.size()) {
      return Optional.empty(); // a body row, most likely: headings are words
    }
    double height = Phrase.medianHeight(words);
    List<Slot> slots = new ArrayList<>();
    int known = 0;
    int i = 0;
    while (i < words.size()) {
      Slot found = null;
      for (int k = Math.min(HeaderLexicon.MAX_WORDS, words.size() - i);
          k >= 1 && found == null;
          k--) {
        List<Word> run = words.subList(i, i + k);
        if (!close(run, height)) {
          continue;
        }
        List<String> texts = run.stream().map(Word::text).toList();
        Optional<HeaderLexicon.Term> term = lexicon.lookup(texts);
        if (term.isPresent()) {
          found = new Slot(new ArrayList<>(run), term.get());
        }
      }
      if (found == null) {
        found = new Slot(new ArrayList<>(List.of(words.get(i))), null);
      } else {
        known += found.words.size();
      }
      slots.add(found);
      i += found.words.size();
    }
    if (known < MIN_KNOWN_SHARE * words.size()) {
      return Optional.empty();
    }
    List<Slot> merged = absorbUnknown(slots, height);
    List<HeaderCell> cells = resolve(merged);
    Set<LineItemKey> keys = EnumSet.noneOf(LineItemKey.class);
    for (HeaderCell c : cells) {
      c.column().ifPresent(keys::add);
    }
    boolean hasNumber = keys.stream().anyMatch(NUMBER_KEYS::contains);
    // A tax summary (rate, base, tax, total) has numbers but no description or quantity.
    boolean items =
        keys.contains(LineItemKey.DESCRIPTION)
            || keys.contains(LineItemKey.QUANTITY) && keys.contains(LineItemKey.UNIT_PRICE);
    boolean enough = hasNumber && items && keys.size() >= 2;
    if (!enough || cells.size() < 2) {
      return Optional.empty();
    }
    BoundingBox box = cells.get(0).box();
    for (HeaderCell c : cells) {
      box = box.union(c.box());
    }
    return Optional.of(new TableHeader(pageIndex, cells, box));
  }

  private static int digitWords(List<Word> words) {
    int n = 0;
    for (Word w : words) {
      if (w.text().chars().anyMatch(Character::isDigit)) {
        n++;
      }
    }
    return n;
  }

  private static boolean close(List<Word> run, double height) {
    for (int j = 1; j < run.size(); j++) {
      if (run.get(j).box().left() - run.get(j - 1).box().right()
          > HEADING_GAP_IN_HEIGHTS * height) {
        return false;
      }
    }
    return true;
  }

  /** Unknown words that touch a known heading join it; the rest become unnamed columns. */
  private static List<Slot> absorbUnknown(List<Slot> slots, double height) {
    List<Slot> out = new ArrayList<>();
    for (Slot s : slots) {
      Slot last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean touches = last != null && gap(last, s) <= HEADING_GAP_IN_HEIGHTS * height;
      boolean sameKey =
          s.term != null && last != null && last.term != null && s.term.key() == last.term.key();
      if (touches && (s.term == null || last.term == null || sameKey)) {
        last.words.addAll(s.words);
        if (last.term == null) {
          last.term = s.term;
        }
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static double gap(Slot left, Slot right) {
    return right.words.get(0).box().left() - left.words.get(left.words.size() - 1).box().right();
  }

  /**
   * Keys for the slots: an ambiguous heading takes its fallback when its key is taken or when the
   * fallback is the description and no other heading names it; of two headings with one key the
   * rightmost keeps an amount, the leftmost any other key (the rightmost then takes its fallback
   * when it has a free one: {@code TVA | TVA} is rate and amount).
   */
  private static List<HeaderCell> resolve(List<Slot> slots) {
    Set<LineItemKey> firm = EnumSet.noneOf(LineItemKey.class);
    for (Slot s : slots) {
      if (s.term != null && s.term.key() != null && s.term.fallback() == null) {
        firm.add(s.term.key());
      }
    }
    List<LineItemKey> keys = new ArrayList<>();
    for (Slot s : slots) {
      LineItemKey key = s.term == null ? null : s.term.key();
      LineItemKey fallback = s.term == null ? null : s.term.fallback();
      if (fallback != null
          && (firm.contains(key)
              || fallback == LineItemKey.DESCRIPTION && !firm.contains(fallback))) {
        key = fallback;
      }
      keys.add(key);
    }
    for (int a = 0; a < keys.size(); a++) {
      for (int b = a + 1; b < keys.size(); b++) {
        if (keys.get(a) != null && keys.get(a) == keys.get(b)) {
          if (keys.get(a) == LineItemKey.AMOUNT) {
            keys.set(a, null);
          } else {
            // "TVA | TVA": the second of two ambiguous headings takes its fallback (the amount).
            LineItemKey fallback = slots.get(b).term == null ? null : slots.get(b).term.fallback();
            keys.set(b, fallback != null && !keys.contains(fallback) ? fallback : null);
          }
        }
      }
    }
    Slot rightmost = slots.get(slots.size() - 1);
    boolean ignored = rightmost.term != null && rightmost.term.key() == null;
    if (!keys.contains(LineItemKey.AMOUNT) && keys.get(keys.size() - 1) == null && !ignored) {
      // An amount column heads the rightmost column in nearly every layout.
      keys.set(keys.size() - 1, LineItemKey.AMOUNT);
    }
    List<HeaderCell> cells = new ArrayList<>();
    for (int j = 0; j < slots.size(); j++) {
      cells.add(HeaderCell.of(keys.get(j), slots.get(j).words));
    }
    return cells;
  }

  /** A heading being built: its words and the term they matched, if any. */
  private static final class Slot {
    final List<Word> words;
    HeaderLexicon.Term term;

    Slot(List<Word> words, HeaderLexicon.Term term) {
      this.words = words;
      this.term = term;
    }
  }
}
