package dev.recto.samples.synth;

import dev.recto.core.ingest.TextLayerReader;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  /** Truth words with no read-back word of the same text on the same page at IoU >= 0.8. */
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
      if (!found) {
        missing.add(w.text() + "@" + w.page() + " " + w.box());
      }
    }
    return missing;
  }

  private ReadBack() {}
}
