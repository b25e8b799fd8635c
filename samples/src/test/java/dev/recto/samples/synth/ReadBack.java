package dev.recto.samples.synth;

import dev.recto.core.ingest.TextLayerReader;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Reads a generated PDF back with Recto's text-layer reader and compares it with its truth. */
final class ReadBack {

  /** Words per page as the reader sees them. */
  static List<List<Word>> words(byte[] pdf) throws IOException {
    List<List<Word>> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        pages.add(
            new TextLayerReader()
                .read(doc, i, Deadline.startingNow(Duration.ofSeconds(30)))
                .words());
      }
    }
    return pages;
  }

  /**
   * Truth words with no read-back word of the same text on the same page at IoU >= 0.8. A word of a
   * {@link RegionType#FIGURE} (a turned stamp) also counts as found when the reader returns it in
   * pieces: read words whose centres lie in its box and that, left to right, spell it. The reader
   * splits turned text where the baseline has drifted by half a point from the word's first glyph.
   */
  static List<String> unmatched(Truth truth, List<List<Word>> read) {
    List<String> missing = new ArrayList<>();
    for (Truth.WordTruth w : truth.words()) {
      boolean found = false;
      for (Word r : read.get(w.page())) {
        if (r.text().equals(w.text()) && r.box().iou(w.box()) >= 0.8) {
          found = true;
          break;
        }
      }
      if (!found && truth.regions().get(w.region()).type() == RegionType.FIGURE) {
        found = inPieces(w, read.get(w.page()));
      }
      if (!found) {
        missing.add(w.text() + "@" + w.page() + " " + w.box());
      }
    }
    return missing;
  }

  private static boolean inPieces(Truth.WordTruth w, List<Word> read) {
    BoundingBox b = w.box();
    String spelled =
        read.stream()
            .filter(
                r -> {
                  double cx = r.box().centerX();
                  double cy = r.box().centerY();
                  return cx >= b.left() && cx <= b.right() && cy >= b.top() && cy <= b.bottom();
                })
            .sorted(Comparator.comparingDouble((Word r) -> r.box().left()))
            .map(Word::text)
            .collect(Collectors.joining());
    return spelled.equals(w.text());
  }

  private ReadBack() {}
}
