package dev.recto.benchmarks;

import dev.recto.core.ingest.PageImage;
import dev.recto.ocr.eval.EvalSample;
import dev.recto.ocr.eval.EvalSet;
import dev.recto.ocr.eval.EvalSets;
import dev.recto.ocr.eval.OcrText;
import dev.recto.ocr.ppocr.PpOcrEngine;
import dev.recto.ocr.ppocr.PpOcrOptions;
import dev.recto.ocr.tesseract.TesseractEngine;
import dev.recto.ocr.tesseract.TesseractOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The OCR engines of {@link PeerComparison} on the same page images, each page a PNG file that
 * every engine starts from (decoding is part of every engine's time): Recto's PP-OCR engine
 * (defaults: detection limit side 960, recognition on every core), RapidOCR-Java on the same models
 * at the same limit side with 2 native threads ({@link RapidOcrPeer}), Recto's Tesseract engine
 * (eng, psm 3) and the {@code tesseract} command with {@code OMP_THREAD_LIMIT=1} ({@link
 * TesseractCli}; it uses the same Debian {@code eng.traineddata}).
 *
 * <p>Pages: the first page of the simulated scans of synthetic invoices {@code 0..n-1} (truth: the
 * generator's words of that page) and, when {@code shared/data} is found, the pages of the
 * invoice2data PDFs rendered gray at 300 dpi (truth: their text layer, as in {@code recto eval
 * ocr}). Case-sensitive word comparison.
 *
 * <p>Owns the engines and the temporary PNG files: {@link #close()} releases them. One thread.
 */
final class OcrPeers implements AutoCloseable {

  /**
   * One page.
   *
   * @param id where it came from
   * @param png the page image file
   * @param dpi its resolution
   * @param truth the words on it, joined by spaces
   */
  record OcrPage(String id, Path png, int dpi, String truth) {}

  private final Path folder;
  private final List<OcrPage> pages = new ArrayList<>();
  private final PpOcrEngine ppocr;
  private final TesseractEngine tesseract;
  private final RapidOcrPeer rapidOcr;
  private final boolean tesseractCli;

  /**
   * Writes the pages and starts the engines.
   *
   * @param scans simulated scans to include
   * @param invoicePages invoice2data pages to include at most (0 for none)
   */
  OcrPeers(int scans, int invoicePages, Optional<Path> sharedData) throws IOException {
    folder = Files.createTempDirectory("recto-ocr-peers");
    for (SynthPages.ScannedPage s : SynthPages.scannedFirstPages(scans, SynthPages.SEED)) {
      Path png = folder.resolve(s.id().replace('#', '-') + ".png");
      Files.write(png, s.png());
      pages.add(new OcrPage("synthetic-scan/" + s.id(), png, s.image().dpi(), s.truthText()));
    }
    if (invoicePages > 0 && sharedData.isPresent()) {
      EvalSet set = EvalSets.invoices(sharedData.get().resolve(EvalSets.INVOICES), 300);
      for (EvalSet.Item item : set.limit(invoicePages).items()) {
        EvalSample sample = item.load();
        Path png = folder.resolve("i2d-" + pages.size() + ".png");
        ImageIO.write(sample.image().image(), "png", png.toFile());
        pages.add(new OcrPage("invoice2data/" + sample.id(), png, 300, sample.reference()));
      }
    }
    ppocr = PpOcrEngine.create(PpOcrOptions.defaults());
    tesseract = TesseractEngine.create(TesseractOptions.defaults());
    rapidOcr = RapidOcrPeer.create(2, PpOcrOptions.DEFAULT_DET_LIMIT_SIDE);
    tesseractCli = TesseractCli.isAvailable();
  }

  List<OcrPage> pages() {
    return pages;
  }

  /** The engines; the Tesseract command only when installed. */
  List<PeerEngine> engines() {
    List<PeerEngine> out = new ArrayList<>();
    out.add(
        new PeerEngine(
            "ocr", "recto-ppocr", i -> 1, i -> OcrText.of(ppocr.recognize(decode(i))), true));
    out.add(new PeerEngine("ocr", "rapidocr-java", i -> 1, i -> rapidOcr.read(png(i)), false));
    out.add(
        new PeerEngine(
            "ocr",
            "recto-tesseract",
            i -> 1,
            i -> OcrText.of(tesseract.recognize(decode(i))),
            true));
    if (tesseractCli) {
      out.add(
          new PeerEngine(
              "ocr",
              "tesseract-cli",
              i -> 1,
              i -> TesseractCli.read(png(i), pages.get(i).dpi()),
              true));
    }
    return out;
  }

  private Path png(int i) {
    return pages.get(i).png();
  }

  private PageImage decode(int i) throws IOException {
    BufferedImage image = ImageIO.read(png(i).toFile());
    if (image == null) {
      throw new IOException("cannot decode " + png(i));
    }
    return new PageImage(0, image, pages.get(i).dpi());
  }

  @Override
  public void close() throws IOException {
    ppocr.close();
    tesseract.close();
    for (OcrPage p : pages) {
      Files.deleteIfExists(p.png());
    }
    Files.deleteIfExists(folder);
  }
}
