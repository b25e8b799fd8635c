package dev.recto.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgBarChartTest {

  @Test
  void writesWellFormedSvgWithOneRectPerBarAndEscapedLabels() throws Exception {
    String svg =
        SvgBarChart.render(
            "pages <per> second",
            "pages/s",
            List.of(
                new SvgBarChart.Bar("text & layer", "a", 300),
                new SvgBarChart.Bar("ocr", "b", 0.5),
                new SvgBarChart.Bar("layout", "b", 20)));
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    NodeList rects = doc.getElementsByTagName("rect");
    // background plus one per bar
    assertEquals(4, rects.getLength());
    assertTrue(svg.contains("text &amp; layer"));
    assertTrue(svg.contains("pages &lt;per&gt; second"));
    double text = Double.parseDouble(((org.w3c.dom.Element) rects.item(1)).getAttribute("width"));
    double ocr = Double.parseDouble(((org.w3c.dom.Element) rects.item(2)).getAttribute("width"));
    double layout = Double.parseDouble(((org.w3c.dom.Element) rects.item(3)).getAttribute("width"));
    assertTrue(text > layout && layout > ocr, text + " " + layout + " " + ocr);
  }

  @Test
  void barWidthIsLogarithmic() {
    // axis 10^-1 .. 10^3: each decade is a quarter of the plot
    double w1 = SvgBarChart.barWidth(1, -1, 3);
    double w10 = SvgBarChart.barWidth(10, -1, 3);
    double w100 = SvgBarChart.barWidth(100, -1, 3);
    assertEquals(SvgBarChart.PLOT_WIDTH / 4.0, w1, 1e-9);
    assertEquals(w10 - w1, w100 - w10, 1e-9);
  }

  @Test
  void rejectsNonPositiveValuesAndEmptyCharts() {
    assertThrows(IllegalArgumentException.class, () -> new SvgBarChart.Bar("x", "g", 0));
    assertThrows(IllegalArgumentException.class, () -> SvgBarChart.render("t", "u", List.of()));
  }

  @Test
  void formatsValuesToAboutThreeDigits() {
    assertEquals("312", SvgBarChart.value(312.4));
    assertEquals("31.2", SvgBarChart.value(31.24));
    assertEquals("3.12", SvgBarChart.value(3.124));
    assertEquals("0.312", SvgBarChart.value(0.3124));
  }
}
