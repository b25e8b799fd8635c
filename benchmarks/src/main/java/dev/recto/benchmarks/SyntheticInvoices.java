package dev.recto.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Three small one-page invoice PDFs made in memory with PDFBox's Standard-14 fonts, so that the
 * benchmarks run (as a smoke test) where the real invoice folder is absent.
 *
 * <p>The output is deterministic; figures measured on it are not comparable with figures measured
 * on real invoices. Stateless; thread-safe.
 */
public final class SyntheticInvoices {

  /** How many PDFs {@link #generate()} returns. */
  public static final int COUNT = 3;

  private static final float MARGIN = 56;
  private static final float LEADING = 16;

  private SyntheticInvoices() {}

  /** Generates the PDFs, named {@code synthetic-1.pdf} and on. */
  public static List<PdfCorpus.NamedPdf> generate() {
    List<PdfCorpus.NamedPdf> pdfs = new ArrayList<>(COUNT);
    for (int i = 1; i <= COUNT; i++) {
      pdfs.add(new PdfCorpus.NamedPdf("synthetic-" + i + ".pdf", invoice(i)));
    }
    return pdfs;
  }

  private static byte[] invoice(int number) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float y = PDRectangle.A4.getHeight() - MARGIN;
        y = line(content, bold, 18, y, "INVOICE  No. INV-2026-" + (1000 + number));
        y = line(content, regular, 10, y, "Recto Sample Supplies GmbH, Hauptstrasse " + number);
        y = line(content, regular, 10, y, "Invoice date: 2026-11-" + (10 + number));
        y = line(content, regular, 10, y, "VAT ID: DE1234567" + number + number);
        y -= LEADING;
        y = line(content, bold, 10, y, "Description                 Qty   Unit price   Amount");
        double total = 0;
        for (int item = 1; item <= 4 + number; item++) {
          double price = 9.5 * item + number;
          total += price * item;
          String row =
              String.format(
                  Locale.ROOT,
                  "Item %d widget type %c          %d   %8.2f   %8.2f",
                  item,
                  (char) ('A' + item),
                  item,
                  price,
                  price * item);
          y = line(content, regular, 10, y, row);
        }
        y -= LEADING;
        y = line(content, regular, 10, y, String.format(Locale.ROOT, "Net: %.2f EUR", total));
        y =
            line(
                content, regular, 10, y, String.format(Locale.ROOT, "VAT 19%%: %.2f", total * .19));
        line(content, bold, 12, y, String.format(Locale.ROOT, "Total due: %.2f EUR", total * 1.19));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot generate synthetic invoice " + number, e);
    }
  }

  /** Writes one line at {@code y} and returns the baseline of the next. */
  private static float line(
      PDPageContentStream content, PDType1Font font, float size, float y, String text)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(MARGIN, y);
    content.showText(text);
    content.endText();
    return y - LEADING;
  }
}
