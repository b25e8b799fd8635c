package dev.recto.core.text;

import static dev.recto.core.text.TestWords.all;
import static dev.recto.core.text.TestWords.document;
import static dev.recto.core.text.TestWords.page;
import static dev.recto.core.text.TestWords.phrase;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

  @Test
  void linesInReadingOrderJoinedBySingleSpaces() {
    // Given out of order: the renderer follows page.lines(), which are top to bottom.
    var page =
        page(
            0,
            all(
                phrase("second line here", 50, 130, 10),
                phrase("Invoice 42", 50, 100, 10),
                phrase("third", 50, 160, 10)));

    assertThat(PlainTextRenderer.render(page)).isEqualTo("Invoice 42\nsecond line here\nthird\n");
  }

  @Test
  void everyPageEndsWithAFormFeed() {
    var first = page(0, phrase("page one", 50, 100, 10));
    var empty = page(1, List.of());
    var third = page(2, phrase("page three", 50, 100, 10));

    String text = PlainTextRenderer.render(document(first, empty, third));

    assertThat(text).isEqualTo("page one\n\f\fpage three\n\f");
    assertThat(text.split("\f", -1)).hasSize(4);
  }
}
