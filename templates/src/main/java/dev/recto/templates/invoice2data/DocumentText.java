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
