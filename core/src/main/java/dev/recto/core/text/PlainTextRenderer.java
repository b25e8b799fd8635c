package dev.recto.core.text;

import dev.recto.core.model.Document;
import dev.recto.core.model.Line;
import dev.recto.core.model.Page;
import java.util.Objects;

/**
 * Plain text of a document in reading order: the words of each {@link Line} joined by one space,
 * lines in {@link Page#lines()} order ended by {@code \n}, and every page ended by a form feed
 * {@code \f}, the way {@code pdftotext} ends pages. The text of page {@code i} is therefore the
 * {@code i}-th {@code \f}-terminated chunk, and a page without words is an empty chunk.
 *
 * <p>No layout is kept: columns that {@link LineGrouper} split into separate lines come out as
 * separate lines. For a rendering that keeps rows and column gaps see {@link LayoutTextRenderer}.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String text = PlainTextRenderer.render(result.document());
 * String firstPage = text.substring(0, text.indexOf('\f'));
 * }</pre>
 */
public final class PlainTextRenderer {

  private PlainTextRenderer() {}

  /** The text of all pages, each page ended by {@code \f}. */
  public static String render(Document document) {
    Objects.requireNonNull(document, "document");
    StringBuilder out = new StringBuilder();
    for (Page page : document.pages()) {
      appendPage(page, out);
      out.append('\f');
    }
    return out.toString();
  }

  /** The text of one page, each line ended by {@code \n}, without the trailing {@code \f}. */
  public static String render(Page page) {
    Objects.requireNonNull(page, "page");
    StringBuilder out = new StringBuilder();
    appendPage(page, out);
    return out.toString();
  }

  private static void appendPage(Page page, StringBuilder out) {
    for (Line line : page.lines()) {
      out.append(line.text()).append('\n');
    }
  }
}
