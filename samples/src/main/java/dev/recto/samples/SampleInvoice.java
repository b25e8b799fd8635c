package dev.recto.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes Recto's bundled sample invoice: a one-page, born-digital A4 invoice with a vendor block, a
 * customer block, invoice metadata, a ruled line-item table, totals and payment details.
 *
 * <p>The output is byte-for-byte deterministic (fixed dates and document id), so the committed
 * {@code samples/documents/sample-invoice.pdf} can be regenerated and compared:
 *
 * <pre>{@code
 * mvn -q -pl samples -am compile exec:java -Dexec.mainClass=dev.recto.samples.SampleInvoice \
 *     -Dexec.args=samples/documents
 * }</pre>
 *
 * <p>Stateless and thread-safe. The facts on the invoice are listed in {@link #FACTS}; the
 * arithmetic holds (line amounts = quantity x unit price; subtotal + 19% VAT = total).
 */
public final class SampleInvoice {

  /** File name of the sample in {@code samples/documents}. */
  public static final String FILE_NAME = "sample-invoice.pdf";

  /** What the sample says, as normalized values (ISO dates, plain decimals). */
  public static final Facts FACTS =
      new Facts(
          "INV-2026-0042",
          "2026-03-14",
          "2026-04-13",
          "Acme Office Supplies GmbH",
          "Globex Corporation",
          "1190.00",
          "226.10",
          "1416.10",
          "EUR",
          "DE89370400440532013000");

  /**
   * The sample's facts.
   *
   * @param invoiceId the invoice number as printed
   * @param invoiceDate ISO date
   * @param dueDate ISO date
   * @param vendorName the vendor
   * @param customerName the customer
   * @param subTotal plain decimal
   * @param totalTax plain decimal
   * @param invoiceTotal plain decimal
   * @param currency ISO 4217
   * @param iban without spaces
   */
  public record Facts(
      String invoiceId,
      String invoiceDate,
      String dueDate,
      String vendorName,
      String customerName,
      String subTotal,
      String totalTax,
      String invoiceTotal,
      String currency,
      String iban) {}

  private record Item(String description, String quantity, String unitPrice, String amount) {}

  private static final List<Item> ITEMS =
      List.of(
          new Item("Ergonomic office chair", "2", "350.00", "700.00"),
          new Item("Standing desk, oak", "1", "420.00", "420.00"),
          new Item("Printer paper A4 (box)", "5", "14.00", "70.00"));

  private SampleInvoice() {}

  /** The sample as PDF bytes. */
  public static byte[] pdfBytes() {
    try (PDDocument doc = new PDDocument()) {
      doc.setDocumentId(20260314L);
      PDDocumentInformation info = doc.getDocumentInformation();
      Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      date.clear();
      date.set(2026, Calendar.MARCH, 14, 9, 30, 0);
      info.setCreationDate(date);
      info.setModificationDate(date);
      info.setTitle("Invoice " + FACTS.invoiceId());
      info.setProducer("Recto sample generator");
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        draw(cs, page.getMediaBox().getHeight());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the sample invoice failed", e);
    }
  }

  private static void draw(PDPageContentStream cs, float pageHeight) throws IOException {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    Text t = new Text(cs, pageHeight);

    // Vendor block, top left; title, top right.
    t.at(bold, 14, 56, 60, FACTS.vendorName());
    t.at(regular, 10, 56, 78, "Industriestrasse 12");
    t.at(regular, 10, 56, 91, "70565 Stuttgart, Germany");
    t.at(regular, 10, 56, 104, "VAT ID: DE129273398");
    t.at(bold, 22, 400, 66, "INVOICE");

    // Customer block and metadata key-values.
    t.at(bold, 10, 56, 150, "Bill to:");
    t.at(regular, 10, 56, 164, FACTS.customerName());
    t.at(regular, 10, 56, 177, "742 Evergreen Terrace");
    t.at(regular, 10, 56, 190, "Springfield, OR 97403, USA");
    t.at(bold, 10, 360, 150, "Invoice No.:");
    t.at(regular, 10, 450, 150, FACTS.invoiceId());
    t.at(bold, 10, 360, 164, "Invoice Date:");
    t.at(regular, 10, 450, 164, "14.03.2026");
    t.at(bold, 10, 360, 178, "Due Date:");
    t.at(regular, 10, 450, 178, "13.04.2026");

    // Ruled line-item table.
    float top = 230;
    float[] cols = {56, 320, 390, 470, 539};
    t.rule(cols[0], top, cols[4], top);
    t.at(bold, 10, 60, top + 15, "Description");
    t.at(bold, 10, 324, top + 15, "Qty");
    t.at(bold, 10, 394, top + 15, "Unit price");
    t.at(bold, 10, 474, top + 15, "Amount");
    float row = top + 22;
    t.rule(cols[0], row, cols[4], row);
    for (Item item : ITEMS) {
      t.at(regular, 10, 60, row + 15, item.description());
      t.right(regular, 10, cols[2] - 4, row + 15, item.quantity());
      t.right(regular, 10, cols[3] - 4, row + 15, item.unitPrice());
      t.right(regular, 10, cols[4] - 4, row + 15, item.amount());
      row += 22;
      t.rule(cols[0], row, cols[4], row);
    }
    for (float x : cols) {
      t.rule(x, top, x, row);
    }

    // Totals block.
    float y = row + 24;
    t.at(regular, 10, 394, y, "Subtotal");
    t.right(regular, 10, cols[4] - 4, y, FACTS.subTotal() + " EUR");
    t.at(regular, 10, 394, y + 15, "VAT 19%");
    t.right(regular, 10, cols[4] - 4, y + 15, FACTS.totalTax() + " EUR");
    t.at(bold, 11, 394, y + 32, "Total");
    t.right(bold, 11, cols[4] - 4, y + 32, "1,416.10 EUR");

    // Payment details and footer.
    t.at(bold, 10, 56, y + 80, "Payment details");
    t.at(regular, 10, 56, y + 94, "Please pay within 30 days to:");
    t.at(regular, 10, 56, y + 108, "IBAN: DE89 3704 0044 0532 0130 00");
    t.at(regular, 10, 56, y + 122, "BIC: COBADEFFXXX");
    t.at(regular, 8, 56, 800, "Acme Office Supplies GmbH - Registered at Amtsgericht Stuttgart");
  }

  /** Draws text with a top-left origin, y being the baseline in points from the top. */
  private static final class Text {
    private final PDPageContentStream cs;
    private final float pageHeight;

    Text(PDPageContentStream cs, float pageHeight) {
      this.cs = cs;
      this.pageHeight = pageHeight;
    }

    void at(PDType1Font font, float size, float x, float baselineFromTop, String text)
        throws IOException {
      cs.beginText();
      cs.setFont(font, size);
      cs.newLineAtOffset(x, pageHeight - baselineFromTop);
      cs.showText(text);
      cs.endText();
    }

    void right(PDType1Font font, float size, float rightX, float baselineFromTop, String text)
        throws IOException {
      float width = font.getStringWidth(text) / 1000f * size;
      at(font, size, rightX - width, baselineFromTop, text);
    }

    void rule(float x0, float y0, float x1, float y1) throws IOException {
      cs.setLineWidth(0.7f);
      cs.moveTo(x0, pageHeight - y0);
      cs.lineTo(x1, pageHeight - y1);
      cs.stroke();
    }
  }

  /**
   * Writes {@value #FILE_NAME} into the directory given as the first argument (default {@code
   * samples/documents}).
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "samples/documents");
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE_NAME);
    Files.write(file, pdfBytes());
    System.out.println("wrote " + file);
  }
}
