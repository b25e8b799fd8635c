package dev.recto.templates.invoice2data;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import dev.recto.core.text.LayoutTextRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Invoice2DataInput} of a processed {@link Document}: its layout text ({@link
 * LayoutTextRenderer}, Recto's {@code pdftotext -layout}), and areas rendered from the words whose
 * centre lies inside the area, as {@code pdftotext -x -y -W -H} crops. Stateless and thread-safe.
 */
public final class DocumentText {

  private DocumentText() {}

  /** The input for a document. */
  public static Invoice2DataInput of(Document document) {
    String text = LayoutTextRenderer.render(document);
    return new Invoice2DataInput(text, Optional.of(area -> area(document, area)));
  }

  /**
   * The text-layer document with the words of an OCR pass added where the text layer has none, as
   * {@code ocrmypdf --redo-ocr} adds text for the images of a page that has text: an OCR word is
   * added when less than a third of its box overlaps text-layer words of the same page. This is
   * invoice2data's last resort for documents whose identifying text is in an image.
   *
   * @param textLayer the document read from its text layer
   * @param ocr the same document read by OCR (same pages, same page sizes)
   */
  public static Document withOcrWords(Document textLayer, Document ocr) {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < textLayer.pages().size(); i++) {
      Page page = textLayer.pages().get(i);
      if (i >= ocr.pages().size()) {
        pages.add(page);
        continue;
      }
      List<Word> words = new ArrayList<>(page.words());
      for (Word w : ocr.pages().get(i).words()) {
        BoundingBox b = w.box();
        double area = (b.right() - b.left()) * (b.bottom() - b.top());
        double covered = 0;
        for (Word t : page.words()) {
          BoundingBox c = t.box();
          double ix = Math.min(b.right(), c.right()) - Math.max(b.left(), c.left());
          double iy = Math.min(b.bottom(), c.bottom()) - Math.max(b.top(), c.top());
          if (ix > 0 && iy > 0) {
            covered += ix * iy;
          }
        }
        if (area <= 0 || covered < area / 3) {
          words.add(w);
        }
      }
      pages.add(page.withWords(page.textSource(), words));
    }
    return new Document(textLayer.source(), textLayer.format(), pages);
  }

  /** The layout text of an area of the document (pages {@code f..l}, each ended by a form feed). */
  public static String area(Document document, Area area) {
    StringBuilder out = new StringBuilder();
    List<Page> pages = document.pages();
    for (int i = area.firstPage() - 1; i < Math.min(area.lastPage(), pages.size()); i++) {
      Page page = pages.get(i);
      List<Word> inside = new ArrayList<>();
      for (Word w : page.words()) {
        BoundingBox b = w.box();
        double cx = (b.left() + b.right()) / 2 * page.width();
        double cy = (b.top() + b.bottom()) / 2 * page.height();
        if (cx >= area.leftPoints()
            && cx <= area.rightPoints()
            && cy >= area.topPoints()
            && cy <= area.bottomPoints()) {
          inside.add(w);
        }
      }
      out.append(LayoutTextRenderer.render(page.withWords(page.textSource(), inside)));
      out.append('\f');
    }
    return out.toString();
  }
}
