package dev.recto.extraction.generic;

import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts back dollar signs that OCR read as a capital S ({@code S8.20} for {@code $8.20}): the two
 * glyphs differ only by the stroke through the S, which a thin receipt print loses. A word is
 * corrected only when it is an amount with two decimals right after the S and the same page prints
 * at least one amount with a real {@code $}: without that evidence {@code S8.20} stays as read.
 *
 * <p>Stateless and thread-safe.
 */
final class DollarSigns {

  private static final Pattern S_AMOUNT = Pattern.compile("S\\d{1,3}(?:,\\d{3})*\\.\\d{2}");
  private static final Pattern DOLLAR_AMOUNT = Pattern.compile("\\$\\d.*");

  private DollarSigns() {}

  /** {@code words} with {@code S}-amounts read as dollar amounts where the page shows {@code $}. */
  static List<Word> restore(List<Word> words) {
    if (words.stream().noneMatch(w -> DOLLAR_AMOUNT.matcher(w.text()).matches())) {
      return words;
    }
    List<Word> out = new ArrayList<>(words.size());
    for (Word w : words) {
      if (S_AMOUNT.matcher(w.text()).matches()) {
        out.add(
            new Word(
                "$" + w.text().substring(1),
                w.box(),
                w.confidence(),
                w.fontSize(),
                w.provenance()));
      } else {
        out.add(w);
      }
    }
    return out;
  }
}
