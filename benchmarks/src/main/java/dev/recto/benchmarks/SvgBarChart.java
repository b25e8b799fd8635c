package dev.recto.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A horizontal bar chart as a standalone SVG document, with a logarithmic value axis (pages per
 * second of Recto's stages span four decades, OCR at about 0.5 and the text layer at about 300).
 * Bars are drawn top to bottom in the order given, coloured by group; every bar is labelled with
 * its value.
 *
 * <pre>{@code
 * String svg = SvgBarChart.render("Pages per second", "pages/s",
 *     List.of(new SvgBarChart.Bar("text layer", "recto", 310.0)));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SvgBarChart {

  /**
   * One bar.
   *
   * @param label text left of the bar
   * @param group colour group (bars of one group share a colour)
   * @param value the value, above 0
   */
  public record Bar(String label, String group, double value) {
    public Bar {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(group, "group");
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("value must be finite and > 0, was " + value);
      }
    }
  }

  static final int LABEL_WIDTH = 430;
  static final int PLOT_WIDTH = 520;
  static final int ROW_HEIGHT = 22;
  static final int TOP = 46;
  private static final String[] COLOURS = {
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f"
  };

  private SvgBarChart() {}

  /** The chart as SVG text. */
  public static String render(String title, String unit, List<Bar> bars) {
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("no bars");
    }
    double lo = Math.floor(Math.log10(bars.stream().mapToDouble(Bar::value).min().orElseThrow()));
    double hi = Math.ceil(Math.log10(bars.stream().mapToDouble(Bar::value).max().orElseThrow()));
    if (hi <= lo) {
      hi = lo + 1;
    }
    int height = TOP + bars.size() * ROW_HEIGHT + 40;
    int width = LABEL_WIDTH + PLOT_WIDTH + 90;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n",
            width,
            height));
    svg.append(
        String.format(
            Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
            escape(title)));
    int axisY = TOP + bars.size() * ROW_HEIGHT + 4;
    for (int decade = (int) lo; decade <= (int) hi; decade++) {
      double x = LABEL_WIDTH + PLOT_WIDTH * (decade - lo) / (hi - lo);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>%n",
              x,
              TOP - 6,
              x,
              axisY));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
              x,
              axisY + 16,
              tick(decade)));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s (log scale)</text>%n",
            LABEL_WIDTH + PLOT_WIDTH / 2,
            axisY + 32,
            escape(unit)));
    List<String> groups = bars.stream().map(Bar::group).distinct().toList();
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = TOP + i * ROW_HEIGHT;
      double w = barWidth(b.value(), lo, hi);
      String colour = COLOURS[groups.indexOf(b.group()) % COLOURS.length];
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
              LABEL_WIDTH - 8,
              y + 15,
              escape(b.label())));
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
              LABEL_WIDTH,
              y + 3,
              w,
              ROW_HEIGHT - 6,
              colour));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\">%s</text>%n",
              LABEL_WIDTH + w + 4,
              y + 15,
              value(b.value())));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Width in pixels of a bar of {@code value} on an axis from 10^lo to 10^hi. */
  static double barWidth(double value, double lo, double hi) {
    return Math.max(1.0, PLOT_WIDTH * (Math.log10(value) - lo) / (hi - lo));
  }

  private static String tick(int decade) {
    double v = Math.pow(10, decade);
    return decade >= 0
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%s", v);
  }

  /** Three significant digits at most, no exponent. */
  static String value(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (v >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (v >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
