package dev.recto.benchmarks;

import dev.recto.core.ingest.PageImage;
import dev.recto.samples.synth.FontLibrary;
import dev.recto.samples.synth.InvoiceGenerator;
import dev.recto.samples.synth.InvoiceRenderer;
import dev.recto.samples.synth.ScanOptions;
import dev.recto.samples.synth.ScanPlan;
import dev.recto.samples.synth.ScanRenderer;
import dev.recto.samples.synth.SynthCorpus;
import dev.recto.samples.synth.Truth;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.imageio.ImageIO;

/**
 * Invoices from Recto's synthetic generator, made in memory: born-digital PDFs with their truth,
 * and simulated scans (one page image each, 150-300 dpi, up to 3 degrees skew, {@link
 * ScanOptions#defaults()}) with the truth words of that page. The same count and seed give the same
 * invoices as {@code ./recto synth --count N --seed S [--scan]} ({@link SynthCorpus}).
 *
 * <p>Stateless; every call builds its own generator and fonts.
 */
public final class SynthPages {

  /** The seed the benchmarks use unless told otherwise. */
  public static final long SEED = 2026L;

  /**
   * One born-digital invoice.
   *
   * @param name file name stem, {@code inv-NNNNNN}
   * @param pdf the PDF bytes
   * @param truth what the generator drew
   */
  public record BornDigital(String name, byte[] pdf, Truth truth) {}

  /**
   * One page of a simulated scan.
   *
   * @param id {@code inv-NNNNNN#page}, page one-based
   * @param png the page as PNG bytes, as {@code ./recto synth --scan} writes it
   * @param image the decoded page (pixels), at {@code image.dpi()}
   * @param truthText the page's truth words joined by single spaces
   */
  public record ScannedPage(String id, byte[] png, PageImage image, String truthText) {}

  private SynthPages() {}

  /** Invoices {@code 0..count-1} of {@code seed}, born-digital. */
  public static List<BornDigital> bornDigital(int count, long seed) {
    List<BornDigital> out = new ArrayList<>();
    InvoiceGenerator generator = new InvoiceGenerator();
    try (FontLibrary fonts = new FontLibrary()) {
      InvoiceRenderer renderer = new InvoiceRenderer(fonts);
      for (int i = 0; i < count; i++) {
        String name = SynthCorpus.name(i);
        InvoiceRenderer.Rendered r =
            renderer.render(generator.generate(seed, i), SynthCorpus.design(seed, i), name);
        out.add(new BornDigital(name, r.pdf(), r.truth()));
      }
    }
    return out;
  }

  /**
   * The first page of the simulated scan of each of invoices {@code 0..count-1} of {@code seed}.
   */
  public static List<ScannedPage> scannedFirstPages(int count, long seed) {
    List<ScannedPage> out = new ArrayList<>();
    ScanRenderer scanner = new ScanRenderer();
    int i = 0;
    for (BornDigital b : bornDigital(count, seed)) {
      try {
        ScanPlan plan = ScanPlan.of(seed, i++, ScanOptions.defaults());
        ScanRenderer.Scanned s = scanner.scan(b.pdf(), b.truth(), plan);
        byte[] png = s.pngs().get(0);
        PageImage image = new PageImage(0, ImageIO.read(new ByteArrayInputStream(png)), plan.dpi());
        out.add(new ScannedPage(b.name() + "#1", png, image, pageText(s.truth(), 0)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The truth words of zero-based page {@code page}, joined by single spaces. */
  public static String pageText(Truth truth, int page) {
    StringJoiner text = new StringJoiner(" ");
    for (Truth.WordTruth w : truth.words()) {
      if (w.page() == page) {
        text.add(w.text());
      }
    }
    return text.toString();
  }
}
