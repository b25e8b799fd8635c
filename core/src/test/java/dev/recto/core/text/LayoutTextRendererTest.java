package dev.recto.core.text;

import static dev.recto.core.text.TestWords.all;
import static dev.recto.core.text.TestWords.document;
import static dev.recto.core.text.TestWords.page;
import static dev.recto.core.text.TestWords.phrase;
import static dev.recto.core.text.TestWords.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LayoutTextRendererTest {

  private static List<String> lines(String text) {
    return List.of(text.split("\n"));
  }

  private static List<String> nonBlank(String text) {
    return lines(text).stream().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void twoColumnsStayOnOneLineWithAWideGap() {
    var page =
        page(
            0,
            all(
                phrase("Invoice Number:", 50, 100, 10),
                phrase("INV-2024-001", 400, 100, 10),
                phrase("Bill to:", 50, 114, 10),
                phrase("Total", 400, 114, 10)));

    List<String> out = nonBlank(LayoutTextRenderer.render(page));

    assertThat(out).hasSize(2);
    assertThat(out.get(0)).matches("Invoice Number: {2,}INV-2024-001");
    assertThat(out.get(1)).matches("Bill to: {2,}Total");
  }

  @Test
  void wordsOfOneRowWithSlightlyDifferentBaselinesStayOnOneLine() {
    var page =
        page(
            0,
            all(
                phrase("Total amount", 50, 200, 10),
                phrase("EUR", 300, 201.5, 10), // 0.15 em lower
                phrase("1,234.50", 340, 198.5, 11), // a bigger font, 0.15 em higher
                phrase("next row", 50, 215, 10)));

    String text = LayoutTextRenderer.render(page);

    assertThat(nonBlank(text)).hasSize(2);
    Matcher m = Pattern.compile("Total amount\\s+EUR\\s+(\\d,\\d{3}\\.\\d\\d)").matcher(text);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("1,234.50");
  }

  @Test
  void bigTitleAndSmallTextOnOneBaselineShareALine() {
    var page =
        page(
            0,
            all(
                List.of(word("INVOICE", 50, 100, 20)), // baseline about 118.7
                phrase("Page 1", 450, 112.5, 7))); // baseline about 119.1

    assertThat(nonBlank(LayoutTextRenderer.render(page)))
        .singleElement()
        .satisfies(l -> assertThat(l).matches("INVOICE +Page 1"));
  }

  @Test
  void readingOrderIsTopToBottomThenLeftToRight() {
    List<dev.recto.core.model.Word> words =
        new ArrayList<>(
            all(
                phrase("Seller GmbH", 50, 100, 10),
                phrase("Invoice 7", 400, 100, 10),
                phrase("Main Street 1", 50, 114, 10),
                phrase("Date 2024-01-31", 400, 114, 10),
                phrase("Item Qty Price", 50, 160, 10)));
    Collections.shuffle(words, new Random(7));

    List<String> out = nonBlank(LayoutTextRenderer.render(page(0, words)));

    assertThat(out.stream().map(l -> l.trim().replaceAll(" {2,}", " | ")).toList())
        .containsExactly(
            "Seller GmbH | Invoice 7", "Main Street 1 | Date 2024-01-31", "Item Qty Price");
  }

  @Test
  void columnsOfATableAlign() {
    var page =
        page(
            0,
            all(
                phrase("Description", 50, 100, 10),
                phrase("Amount", 450, 100, 10),
                phrase("Consulting services", 50, 114, 10),
                phrase("1200.00", 450, 114, 10),
                phrase("Travel", 50, 128, 10),
                phrase("80.00", 450, 128, 10)));

    List<String> out = nonBlank(LayoutTextRenderer.render(page));

    assertThat(out).hasSize(3);
    assertThat(out.get(1).indexOf("1200.00")).isEqualTo(out.get(0).indexOf("Amount"));
    assertThat(out.get(2).indexOf("80.00")).isEqualTo(out.get(0).indexOf("Amount"));
  }

  @Test
  void verticalGapsBecomeBlankLinesAndCloseRowsDoNot() {
    var page =
        page(
            0,
            all(
                phrase("first", 50, 100, 10),
                phrase("second", 50, 112, 10), // 1.2 em below: next line
                phrase("third", 50, 172, 10))); // 6 em below: blank lines

    List<String> out = lines(LayoutTextRenderer.render(page));

    assertThat(out.get(0)).isEqualTo("first");
    assertThat(out.get(1)).isEqualTo("second");
    assertThat(out.subList(2, out.size() - 1)).isNotEmpty().allMatch(String::isEmpty);
    assertThat(out.get(out.size() - 1)).isEqualTo("third");
    assertThat(out.size() - 3).isLessThanOrEqualTo(LayoutTextRenderer.MAX_LINE_BREAKS - 1);
  }

  @Test
  void wordsSplitWithoutAGapAreJoined() {
    var page = page(0, List.of(word("F", 50, 100, 10), word("actuur:", 55, 100, 10)));

    assertThat(LayoutTextRenderer.render(page)).isEqualTo("Factuur:\n");
  }

  @Test
  void horizontallyOverlappingPhrasesOfOneBandGoOnSeparateLines() {
    // A big heading at the left; at the right, two small lines both within half the heading's
    // em of its baseline: the second overlaps the first and must start a new line.
    var page =
        page(
            0,
            all(
                List.of(word("FACTUUR.", 45, 43, 18)),
                phrase("Coolblue B.V.", 445, 46.5, 7),
                phrase("Weena 664", 445, 55, 7)));

    List<String> out = nonBlank(LayoutTextRenderer.render(page));

    assertThat(out).hasSize(2);
    assertThat(out.get(0)).matches("FACTUUR\\. +Coolblue B\\.V\\.");
    assertThat(out.get(1).trim()).isEqualTo("Weena 664");
  }

  @Test
  void pagesEndWithFormFeedsAndEmptyPagesAreEmpty() {
    String text =
        LayoutTextRenderer.render(
            document(page(0, phrase("one", 50, 100, 10)), page(1, List.of())));

    assertThat(text).isEqualTo("one\n\f\f");
  }

  @Test
  void columnWidthIsTheMedianCharacterWidth() {
    var page = page(0, all(phrase("abcd efgh", 50, 100, 10), phrase("wide", 50, 120, 30)));

    // 8 characters at 5 points, 4 at 15 points: the weighted median is 5.
    assertThat(LayoutTextRenderer.columnWidth(page)).isCloseTo(5.0, within(1e-6));
  }
}
