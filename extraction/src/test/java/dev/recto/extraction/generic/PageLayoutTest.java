package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PageLayoutTest {

  private static final double W = 595;
  private static final double H = 842;

  /**
   * Words of {@code text} from {@code x} points on a baseline at {@code y} points that rises {@code
   * rise} points per point across (a tilted scan), 10 pt boxes, 12 pt between lines.
   */
  private static List<Word> tilted(double x, double y, double rise, String text) {
    List<Word> out = new ArrayList<>();
    double left = x;
    for (String t : text.split(" ")) {
      double width = 6 * t.length();
      double top = y - rise * left;
      BoundingBox box = BoundingBox.fromAbsolute(left, top, left + width, top + 10, W, H);
      out.add(new Word(t, box, 1.0, 9, new Provenance(0, box, "test", "test", "1")));
      left += width + 4;
    }
    return out;
  }

  private static List<String> lineTexts(List<Word> words) {
    return PageLayout.visualLines(words).stream()
        .map(
            l ->
                l.stream()
                    .sorted((a, b) -> Double.compare(a.box().left(), b.box().left()))
                    .map(Word::text)
                    .collect(Collectors.joining(" ")))
        .toList();
  }

  @Test
  void aTiltedThreeColumnFooterKeepsItsLinesApart() {
    double rise = 0.02; // about one degree
    List<Word> words = new ArrayList<>();
    String[][] columns = {
      {"Cobalt Logistik GmbH", "Hauptstrasse 52", "19793 Dusseldorf"},
      {"Bank: Deutsche Bank", "IBAN: DE73 5272 5593 5795 1398 92", "BIC: UFQMDEP9"},
      {"Zahlbar innerhalb", "von 30 Tagen", "ohne Abzug"}
    };
    double[] xs = {40, 230, 440};
    for (int c = 0; c < columns.length; c++) {
      for (int l = 0; l < 3; l++) {
        words.addAll(tilted(xs[c], 700 + 12 * l, rise, columns[c][l]));
      }
    }
    // visual lines run across the columns (segments split them later), one per printed line
    assertThat(lineTexts(words))
        .containsExactly(
            "Cobalt Logistik GmbH Bank: Deutsche Bank Zahlbar innerhalb",
            "Hauptstrasse 52 IBAN: DE73 5272 5593 5795 1398 92 von 30 Tagen",
            "19793 Dusseldorf BIC: UFQMDEP9 ohne Abzug");
  }

  @Test
  void aKeyAndItsValueFarAcrossShareALine() {
    List<Word> words = new ArrayList<>(tilted(50, 400, 0, "Total amount"));
    words.addAll(tilted(480, 401, 0, "1.190,00"));
    words.addAll(tilted(50, 412, 0, "Due date"));
    assertThat(lineTexts(words)).containsExactly("Total amount 1.190,00", "Due date");
  }

  @Test
  void aTiltedTotalsBlockKeepsEachAmountWithItsLabel() {
    // 0.03 pt of rise per pt across: the amounts 430 pt right of their labels sit 13 pt higher,
    // a whole line (12 pt) up
    double rise = 0.03;
    List<Word> words = new ArrayList<>();
    String[][] rows = {
      {"Total Net", "GBP 14,730.04"}, {"VAT 20%", "GBP 2,946.01"}, {"Gross Total", "GBP 17,676.05"}
    };
    for (int r = 0; r < rows.length; r++) {
      words.addAll(tilted(50, 300 + 12 * r, rise, rows[r][0]));
      words.addAll(tilted(480, 300 + 12 * r, rise, rows[r][1]));
    }
    words.addAll(tilted(50, 200, rise, "Meridian Logistics LLP, 36 The Green, Sheffield"));
    assertThat(lineTexts(words))
        .containsExactly(
            "Meridian Logistics LLP, 36 The Green, Sheffield",
            "Total Net GBP 14,730.04",
            "VAT 20% GBP 2,946.01",
            "Gross Total GBP 17,676.05");
  }

  @Test
  void aLevelPageHasNoSlope() {
    List<Word> words = new ArrayList<>();
    for (int l = 0; l < 5; l++) {
      words.addAll(tilted(50, 100 + 12 * l, 0, "one two three four five"));
    }
    assertThat(PageSkew.slope(words)).isZero();
    List<Word> tilted = new ArrayList<>();
    for (int l = 0; l < 5; l++) {
      tilted.addAll(tilted(50, 100 + 12 * l, 0.03, "one two three four five"));
    }
    // 0.03 pt per pt is 0.03 * 595 / 842 in page-normalized units, upwards (negative)
    assertThat(PageSkew.slope(tilted)).isCloseTo(-0.03 * W / H, within(1e-9));
  }
}
