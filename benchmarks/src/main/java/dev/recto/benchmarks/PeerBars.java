package dev.recto.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bars, checked against the results of one {@link PeerComparison} run. A bar whose
 * engines were not measured (a peer not installed, a group skipped) is left out rather than
 * guessed.
 *
 * <p>Stateless.
 */
final class PeerBars {

  /**
   * One bar.
   *
   * @param name what it says, e.g. "PP-OCR pages/s vs RapidOCR-Java"
   * @param measured the measured figure (a ratio or pages per second)
   * @param target the figure it must reach
   * @param higherIsBetter whether {@code measured} must be at least (true) or at most the target
   * @param detail the numbers behind it
   */
  record Bar(String name, double measured, double target, boolean higherIsBetter, String detail) {
    /** Whether the bar holds. */
    boolean holds() {
      return higherIsBetter ? measured >= target : measured <= target;
    }

    /** How far it is from the target, as a fraction of the target (positive = margin). */
    double margin() {
      return higherIsBetter ? measured / target - 1 : target / measured - 1;
    }
  }

  static final double TESSERACT_SLACK = 1.15;
  static final double TEXT_LAYER_SHARE = 0.8;
  static final double E2E_PAGES = 100;
  static final double E2E_LAYOUT_PAGES = 20;

  private PeerBars() {}

  /** The bars the results allow to check. */
  static List<Bar> check(List<PeerResult> results) {
    List<Bar> bars = new ArrayList<>();
    find(results, "ocr", "recto-ppocr", 1)
        .ifPresent(
            recto ->
                find(results, "ocr", "rapidocr-java", 1)
                    .ifPresent(
                        rapid -> {
                          bars.add(
                              new Bar(
                                  "PP-OCR pages/s vs RapidOCR-Java (ratio >= 1.0)",
                                  recto.pagesPerSecond() / rapid.pagesPerSecond(),
                                  1.0,
                                  true,
                                  fmt(
                                      "Recto %.3f pages/s, RapidOCR %.3f pages/s",
                                      recto.pagesPerSecond(), rapid.pagesPerSecond())));
                          bars.add(
                              new Bar(
                                  "PP-OCR word F1 / RapidOCR-Java's (> 1.0)",
                                  recto.f1() / rapid.f1(),
                                  Math.nextUp(1.0),
                                  true,
                                  fmt("Recto F1 %.3f, RapidOCR F1 %.3f", recto.f1(), rapid.f1())));
                        }));
    find(results, "ocr", "recto-tesseract", 1)
        .ifPresent(
            recto ->
                find(results, "ocr", "tesseract-cli", 1)
                    .ifPresent(
                        cli ->
                            bars.add(
                                new Bar(
                                    "Recto Tesseract time per page / tesseract CLI's (<= 1.15)",
                                    cli.pagesPerSecond() / recto.pagesPerSecond(),
                                    TESSERACT_SLACK,
                                    false,
                                    fmt(
                                        "Recto %.0f ms/page, CLI %.0f ms/page",
                                        1000 / recto.pagesPerSecond(),
                                        1000 / cli.pagesPerSecond())))));
    for (int threads : new int[] {1, 2}) {
      int t = threads;
      find(results, "text-layer", "recto-text-layer", t)
          .ifPresent(
              recto ->
                  find(results, "text-layer", "pdfbox-stripper", t)
                      .ifPresent(
                          pdfbox ->
                              bars.add(
                                  new Bar(
                                      "text layer pages/s vs PDFTextStripper, "
                                          + t
                                          + " thread(s) (ratio >= 0.8)",
                                      recto.pagesPerSecond() / pdfbox.pagesPerSecond(),
                                      TEXT_LAYER_SHARE,
                                      true,
                                      fmt(
                                          "Recto %.1f pages/s, PDFBox %.1f pages/s",
                                          recto.pagesPerSecond(), pdfbox.pagesPerSecond())))));
    }
    find(results, "end-to-end", "recto-e2e", 2)
        .ifPresent(
            r ->
                bars.add(
                    new Bar(
                        "born-digital end to end, 2 threads (>= 100 pages/s)",
                        r.pagesPerSecond(),
                        E2E_PAGES,
                        true,
                        e2eDetail(r))));
    find(results, "end-to-end", "recto-e2e-layout", 2)
        .ifPresent(
            r ->
                bars.add(
                    new Bar(
                        "born-digital end to end with layout model, 2 threads (>= 20 pages/s)",
                        r.pagesPerSecond(),
                        E2E_LAYOUT_PAGES,
                        true,
                        e2eDetail(r))));
    return bars;
  }

  /** Pages and seconds, and the figure an idle machine would give: pages per CPU-s x threads. */
  private static String e2eDetail(PeerResult r) {
    return fmt(
        "%d pages in %.1f s; %.1f pages per CPU-s of the working threads, x %d threads = %.0f"
            + " pages/s if the threads had their cores",
        r.pages(),
        r.seconds(),
        r.pagesPerCpuSecond(),
        r.threads(),
        r.pagesPerCpuSecond() * r.threads());
  }

  private static Optional<PeerResult> find(
      List<PeerResult> results, String group, String engine, int threads) {
    return results.stream()
        .filter(r -> r.group().equals(group) && r.engine().equals(engine) && r.threads() == threads)
        .filter(r -> r.seconds() > 0)
        .findFirst();
  }

  private static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
