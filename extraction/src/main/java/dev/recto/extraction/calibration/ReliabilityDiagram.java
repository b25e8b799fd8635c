package dev.recto.extraction.calibration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a reliability diagram: accuracy against mean confidence per equal-mass bin (dots sized by
 * bin share), with the diagonal of perfect calibration. Written as SVG and as PNG (Java2D,
 * headless). Stateless.
 */
public final class ReliabilityDiagram {

  private static final int SIZE = 480;
  private static final int MARGIN = 56;

  private ReliabilityDiagram() {}

  /** The diagram as an SVG document. */
  public static String svg(List<CalibrationMetrics.Bin> bins, String title) {
    int total = bins.stream().mapToInt(CalibrationMetrics.Bin::count).sum();
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n",
            SIZE,
            SIZE));
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    int plot = SIZE - 2 * MARGIN;
    s.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
            MARGIN,
            MARGIN,
            plot,
            plot));
    for (int t = 0; t <= 10; t += 2) {
      double v = t / 10.0;
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>%n",
              px(v),
              SIZE - MARGIN + 16,
              v));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>%n",
              MARGIN - 6,
              py(v) + 4,
              v));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbb\""
                + " stroke-dasharray=\"4 4\"/>%n",
            px(0),
            py(0),
            px(1),
            py(1)));
    StringBuilder path = new StringBuilder();
    for (CalibrationMetrics.Bin b : bins) {
      path.append(path.length() == 0 ? "M" : " L")
          .append(
              String.format(Locale.ROOT, "%.1f %.1f", px(b.meanConfidence()), py(b.accuracy())));
    }
    s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f6fb4\"/>\n");
    for (CalibrationMetrics.Bin b : bins) {
      s.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#1f6fb4\"/>%n",
              px(b.meanConfidence()),
              py(b.accuracy()),
              radius(b.count(), total)));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">mean confidence per bin</text>%n",
            SIZE / 2,
            SIZE - 14));
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">"
                + "share right</text>%n",
            SIZE / 2,
            SIZE / 2));
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"30\" text-anchor=\"middle\" font-size=\"14\">%s</text>%n",
            SIZE / 2,
            escape(title)));
    s.append("</svg>\n");
    return s.toString();
  }

  /** The diagram as an image. */
  public static BufferedImage image(List<CalibrationMetrics.Bin> bins, String title) {
    int total = bins.stream().mapToInt(CalibrationMetrics.Bin::count).sum();
    BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, SIZE, SIZE);
      int plot = SIZE - 2 * MARGIN;
      g.setColor(new Color(0x999999));
      g.drawRect(MARGIN, MARGIN, plot, plot);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      for (int t = 0; t <= 10; t += 2) {
        String label = String.format(Locale.ROOT, "%.1f", t / 10.0);
        int w = g.getFontMetrics().stringWidth(label);
        g.drawString(label, (int) px(t / 10.0) - w / 2, SIZE - MARGIN + 16);
        g.drawString(label, MARGIN - 6 - w, (int) py(t / 10.0) + 4);
      }
      g.setColor(new Color(0xbbbbbb));
      g.setStroke(
          new BasicStroke(
              1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
      g.drawLine((int) px(0), (int) py(0), (int) px(1), (int) py(1));
      g.setStroke(new BasicStroke(1.5f));
      g.setColor(new Color(0x1f6fb4));
      for (int i = 1; i < bins.size(); i++) {
        CalibrationMetrics.Bin a = bins.get(i - 1);
        CalibrationMetrics.Bin b = bins.get(i);
        g.drawLine(
            (int) px(a.meanConfidence()),
            (int) py(a.accuracy()),
            (int) px(b.meanConfidence()),
            (int) py(b.accuracy()));
      }
      for (CalibrationMetrics.Bin b : bins) {
        double r = radius(b.count(), total);
        g.fillOval(
            (int) (px(b.meanConfidence()) - r),
            (int) (py(b.accuracy()) - r),
            (int) (2 * r),
            (int) (2 * r));
      }
      g.setColor(Color.BLACK);
      String x = "mean confidence per bin";
      g.drawString(x, (SIZE - g.getFontMetrics().stringWidth(x)) / 2, SIZE - 14);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
      g.drawString(title, (SIZE - g.getFontMetrics().stringWidth(title)) / 2, 30);
      Graphics2D r = (Graphics2D) g.create();
      try {
        r.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        r.rotate(-Math.PI / 2);
        String y = "share right";
        r.drawString(y, -(SIZE + r.getFontMetrics().stringWidth(y)) / 2, 20);
      } finally {
        r.dispose();
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Writes {@code base.svg} and {@code base.png}. */
  public static void write(List<CalibrationMetrics.Bin> bins, String title, Path base)
      throws IOException {
    Files.writeString(
        base.resolveSibling(base.getFileName() + ".svg"), svg(bins, title), StandardCharsets.UTF_8);
    ImageIO.write(
        image(bins, title), "png", base.resolveSibling(base.getFileName() + ".png").toFile());
  }

  private static double px(double v) {
    return MARGIN + v * (SIZE - 2 * MARGIN);
  }

  private static double py(double v) {
    return SIZE - MARGIN - v * (SIZE - 2 * MARGIN);
  }

  private static double radius(int count, int total) {
    return 2.5 + 6 * Math.sqrt(total == 0 ? 0 : (double) count / total);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
