package dev.recto.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recto.core.eval.WordBagF1;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerBarsTest {

  private static PeerResult r(
      String group, String engine, int threads, long pages, double s, int matched) {
    return new PeerResult(
        group, engine, threads, pages, s, s / 2, new WordBagF1(100, 100, matched));
  }

  @Test
  void checksEachBarFromTheResults() {
    List<PeerResult> results =
        List.of(
            r("ocr", "recto-ppocr", 1, 10, 20, 95), // 0.5 pages/s
            r("ocr", "rapidocr-java", 1, 10, 25, 90), // 0.4 pages/s
            r("ocr", "recto-tesseract", 1, 10, 13, 90), // 1.3 s/page
            r("ocr", "tesseract-cli", 1, 10, 10, 90), // 1.0 s/page
            r("text-layer", "recto-text-layer", 2, 300, 1, 99),
            r("text-layer", "pdfbox-stripper", 2, 400, 1, 97),
            r("end-to-end", "recto-e2e", 2, 90, 1, 99),
            r("end-to-end", "recto-e2e-layout", 2, 30, 1, 99));
    List<PeerBars.Bar> bars = PeerBars.check(results);
    assertEquals(6, bars.size());
    PeerBars.Bar ppocr = bar(bars, "PP-OCR pages/s");
    assertEquals(1.25, ppocr.measured(), 1e-9);
    assertTrue(ppocr.holds());
    PeerBars.Bar f1 = bar(bars, "PP-OCR word F1");
    assertEquals(95.0 / 90, f1.measured(), 1e-9);
    assertTrue(f1.holds());
    PeerBars.Bar tess = bar(bars, "Recto Tesseract");
    assertEquals(1.3, tess.measured(), 1e-9);
    assertFalse(tess.holds());
    assertEquals(1.15 / 1.3 - 1, tess.margin(), 1e-9);
    PeerBars.Bar text = bar(bars, "text layer pages/s vs PDFTextStripper, 2");
    assertEquals(0.75, text.measured(), 1e-9);
    assertFalse(text.holds());
    PeerBars.Bar plain = bar(bars, "born-digital end to end, 2");
    assertEquals(90, plain.measured(), 1e-9);
    assertFalse(plain.holds());
    // cpuSeconds is half the wall time in these results: 180 pages per CPU-s, 360 with 2 threads
    assertTrue(plain.detail().contains("180.0 pages per CPU-s"), plain.detail());
    assertTrue(plain.detail().contains("= 360 pages/s"), plain.detail());
    PeerBars.Bar layout = bar(bars, "born-digital end to end with layout");
    assertEquals(30, layout.measured(), 1e-9);
    assertTrue(layout.holds());
  }

  private static PeerBars.Bar bar(List<PeerBars.Bar> bars, String prefix) {
    return bars.stream().filter(b -> b.name().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void equalWordF1DoesNotCountAsHigher() {
    List<PeerResult> results =
        List.of(r("ocr", "recto-ppocr", 1, 10, 20, 90), r("ocr", "rapidocr-java", 1, 10, 25, 90));
    assertFalse(bar(PeerBars.check(results), "PP-OCR word F1").holds());
  }

  @Test
  void leavesOutBarsWhosePeersWereNotMeasured() {
    List<PeerResult> results = List.of(r("ocr", "recto-ppocr", 1, 10, 20, 95));
    assertTrue(PeerBars.check(results).isEmpty());
  }

  @Test
  void reportRatiosAreRectoOverPeerAtTheSameThreads() {
    List<PeerResult> results =
        List.of(
            r("text-layer", "recto-text-layer", 1, 200, 1, 99),
            r("text-layer", "pdfbox-stripper", 1, 100, 1, 97),
            r("text-layer", "pdfbox-stripper", 2, 100, 1, 97));
    assertEquals(2.0, ComparisonReport.rectoRatio(results, results.get(1)).orElseThrow(), 1e-9);
    assertTrue(ComparisonReport.rectoRatio(results, results.get(2)).isEmpty());
    assertTrue(ComparisonReport.rectoRatio(results, results.get(0)).isEmpty());
    String md = ComparisonReport.markdown(List.of("note"), results, PeerBars.check(results));
    assertTrue(md.contains("| pdfbox-stripper | 1 | 100 | 1.0 | 100 | 2.00 | 200 |"), md);
  }
}
