package dev.recto.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Markdown and chart form of one {@link PeerComparison} run: a table per group with pages per
 * second, how many times faster Recto's counterpart was ({@code Recto ÷ engine}, same group and
 * threads) and word precision, recall and F1; then the bars.
 *
 * <p>Stateless.
 */
final class ComparisonReport {

  /** The Recto engine each peer is measured against. */
  static final Map<String, String> COUNTERPART =
      Map.of(
          "pdfbox-stripper", "recto-text-layer",
          "pdftotext", "recto-text-layer",
          "rapidocr-java", "recto-ppocr",
          "tesseract-cli", "recto-tesseract",
          "recto-e2e-layout", "recto-e2e");

  private ComparisonReport() {}

  /** The run as Markdown: notes, one table per group, the bars. */
  static String markdown(List<String> notes, List<PeerResult> results, List<PeerBars.Bar> bars) {
    StringBuilder md = new StringBuilder();
    for (String note : notes) {
      md.append("- ").append(note).append('\n');
    }
    for (String group : results.stream().map(PeerResult::group).distinct().toList()) {
      md.append("\n### ").append(group).append("\n\n");
      md.append(
          "| engine | threads | pages | seconds | pages/s | Recto ÷ engine | pages/CPU-s |"
              + " word P | word R | word F1 |\n");
      md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (PeerResult r : results) {
        if (!r.group().equals(group)) {
          continue;
        }
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %s | %s | %s | %.3f | %.3f | %.3f |%n",
                r.engine(),
                r.threads(),
                r.pages(),
                r.seconds(),
                SvgBarChart.value(r.pagesPerSecond()),
                rectoRatio(results, r).map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("-"),
                r.pagesPerCpuSecond() > 0 ? SvgBarChart.value(r.pagesPerCpuSecond()) : "-",
                r.words().precision(),
                r.words().recall(),
                r.f1()));
      }
    }
    md.append("\n### Bars\n\n| bar | measured | target | holds | margin | figures |\n");
    md.append("|---|---:|---:|---|---:|---|\n");
    for (PeerBars.Bar b : bars) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.3f | %s %.3f | %s | %+.0f%% | %s |%n",
              b.name(),
              b.measured(),
              b.higherIsBetter() ? ">=" : "<=",
              b.target(),
              b.holds() ? "**yes**" : "**no**",
              100 * b.margin(),
              b.detail()));
    }
    return md.toString();
  }

  /** Pages per second of every result as chart bars, labelled engine and threads. */
  static List<SvgBarChart.Bar> chartBars(List<PeerResult> results) {
    List<SvgBarChart.Bar> bars = new ArrayList<>();
    for (PeerResult r : results) {
      if (r.pagesPerSecond() > 0) {
        bars.add(
            new SvgBarChart.Bar(
                r.group() + ": " + r.engine() + ", " + r.threads() + "t",
                r.group(),
                r.pagesPerSecond()));
      }
    }
    return bars;
  }

  /** Recto's counterpart's pages/s over this engine's (same group and threads), if measured. */
  static Optional<Double> rectoRatio(List<PeerResult> results, PeerResult r) {
    String recto = COUNTERPART.get(r.engine());
    if (recto == null || r.pagesPerSecond() <= 0) {
      return Optional.empty();
    }
    return results.stream()
        .filter(
            o ->
                o.group().equals(r.group())
                    && o.engine().equals(recto)
                    && o.threads() == r.threads()
                    && o.pagesPerSecond() > 0)
        .findFirst()
        .map(o -> o.pagesPerSecond() / r.pagesPerSecond());
  }
}
