package dev.recto.reliability.mutate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * The first page made to draw a chain of form XObjects, each drawing the next (the last one
 * sometimes drawing the first: a cycle). Needs a PDF that PDFBox opens; stateless.
 */
final class FormNesting {
  private static final int[] DEPTHS = {16, 256, 2_048, 20_000};
  private static final int MAX_INPUT = 8 << 20;
  private static final long STACK = 512L << 20;
  private static final COSName NEXT = COSName.getPDFName("RectoNext");

  private FormNesting() {}

  /**
   * The rewritten file, or null when it does not open, has no page or is too big to bother. Runs on
   * a thread of its own with a 512 MiB stack: PDFBox walks a 20,000-deep chain recursively when the
   * forms are linked.
   */
  static Damage apply(byte[] original, SplittableRandom random) {
    int depth = DEPTHS[random.nextInt(DEPTHS.length)];
    boolean cycle = random.nextInt(4) == 0;
    if (original.length > MAX_INPUT) {
      return null;
    }
    AtomicReference<Damage> result = new AtomicReference<>();
    Thread worker =
        new Thread(
            null, () -> result.set(build(original, depth, cycle)), "recto-form-nesting", STACK);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    return result.get();
  }

  private static Damage build(byte[] original, int depth, boolean cycle) {
    try (PDDocument doc = Loader.loadPDF(original)) {
      if (doc.getNumberOfPages() == 0) {
        return null;
      }
      if (doc.isEncrypted()) {
        doc.setAllSecurityToBeRemoved(true);
      }
      List<PDFormXObject> chain = new ArrayList<>(depth);
      for (int i = 0; i < depth; i++) {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(0, 0, 100, 100));
        chain.add(form);
      }
      for (int i = 0; i < depth; i++) {
        PDFormXObject form = chain.get(i);
        PDFormXObject next = i + 1 < depth ? chain.get(i + 1) : cycle ? chain.get(0) : null;
        PDResources resources = new PDResources();
        String content = "0 0 10 10 re f\n";
        if (next != null) {
          resources.put(NEXT, next);
          content = "q 0.99 0 0 0.99 0.5 0.5 cm /RectoNext Do Q\n" + content;
        }
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream()) {
          out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
      }
      PDPage page = doc.getPage(0);
      try (PDPageContentStream cs =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
        cs.drawForm(chain.get(0));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + depth * 200);
      doc.save(out, CompressParameters.NO_COMPRESSION);
      return new Damage(
          out.toByteArray(), "page 1 draws " + depth + " nested forms" + (cycle ? " (cycle)" : ""));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return null;
    }
  }
}
