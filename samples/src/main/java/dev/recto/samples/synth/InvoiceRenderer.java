package dev.recto.samples.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Draws an {@link InvoiceSpec} in a {@link Design} as a born-digital PDF and records its {@link
 * Truth} while drawing. Output is byte-identical for the same spec, design, name and fonts: the
 * document id and dates come from the spec, never from the clock.
 *
 * <p>Not thread-safe (it shares parsed fonts through its {@link FontLibrary}); use one renderer per
 * thread. The library is owned by the caller.
 *
 * <pre>{@code
 * try (FontLibrary fonts = new FontLibrary()) {
 *   InvoiceRenderer renderer = new InvoiceRenderer(fonts);
 *   InvoiceRenderer.Rendered r = renderer.render(spec, Designs.byId("d01-classic"), "inv-000001");
 *   Files.write(dir.resolve("inv-000001.pdf"), r.pdf());
 * }
 * }</pre>
 */
public final class InvoiceRenderer {

  /**
   * A rendered invoice.
   *
   * @param pdf the PDF bytes
   * @param truth what is printed where
   */
  public record Rendered(byte[] pdf, Truth truth) {}

  private final FontLibrary fonts;

  public InvoiceRenderer(FontLibrary fonts) {
    this.fonts = fonts;
  }

  /**
   * Renders one invoice.
   *
   * @param name file name stem, recorded in the truth and used for the PDF document id
   */
  public Rendered render(InvoiceSpec spec, Design design, String name) {
    try (PDDocument document = new PDDocument()) {
      metadata(document, spec, name);
      RenderContext ctx =
          new RenderContext(document, spec, design, fonts.faces(document, design.font()));
      try {
        ctx.newPage();
        HeaderPainter.header(ctx);
        PartiesPainter.parties(ctx);
        new TablePainter(ctx).draw();
        new SummaryPainter(ctx).draw();
        PagePainter.footers(ctx);
      } finally {
        ctx.closeStreams();
      }
      Truth truth =
          ctx.truth.build(
              name, design.id(), spec.locale().id(), spec.currency(), spec.inconsistency());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return new Rendered(out.toByteArray(), truth);
    } catch (IOException e) {
      throw new UncheckedIOException("rendering " + name, e);
    }
  }

  private static void metadata(PDDocument document, InvoiceSpec spec, String name) {
    document.setDocumentId((long) (name + "/" + spec.invoiceId()).hashCode());
    PDDocumentInformation info = document.getDocumentInformation();
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    date.clear();
    date.set(
        spec.invoiceDate().getYear(),
        spec.invoiceDate().getMonthValue() - 1,
        spec.invoiceDate().getDayOfMonth(),
        9,
        0,
        0);
    info.setCreationDate(date);
    info.setModificationDate(date);
    info.setTitle(spec.label(Label.TITLE) + " " + spec.invoiceId());
    info.setAuthor(spec.vendor().name());
    info.setProducer("Recto synthetic invoice generator");
  }
}
