package dev.recto.benchmarks;

import dev.recto.samples.SampleInvoice;
import java.util.List;

/**
 * The three PDF corpora the benchmarks take pages from, by name (the JMH parameter {@code corpus}):
 *
 * <ul>
 *   <li>{@code samples}: the bundled sample invoice ({@link SampleInvoice}, the same as {@code
 *       samples/documents/sample-invoice.pdf}), one page.
 *   <li>{@code synthetic}: {@value #SYNTHETIC_COUNT} invoices of Recto's generator, seed {@value
 *       SynthPages#SEED}, all designs, made in memory ({@link SynthPages}).
 *   <li>{@code shared}: the real invoices of {@code shared/data/invoice2data/compare}, found as
 *       {@link CorpusLocator} finds them; where that folder is absent, {@link PdfCorpus#load} falls
 *       back to three generated invoices and its {@code describe()} line says so.
 * </ul>
 *
 * <p>Stateless.
 */
public final class BenchCorpora {

  /** The corpus names, in report order. */
  public static final List<String> NAMES = List.of("samples", "synthetic", "shared");

  /** Invoices in the synthetic corpus. */
  public static final int SYNTHETIC_COUNT = 24;

  private BenchCorpora() {}

  /**
   * Loads the named corpus into memory.
   *
   * @throws IllegalArgumentException for a name not in {@link #NAMES}
   */
  public static PdfCorpus load(String name) {
    return switch (name) {
      case "samples" ->
          PdfCorpus.of(
              "bundled sample invoice",
              List.of(new PdfCorpus.NamedPdf(SampleInvoice.FILE_NAME, SampleInvoice.pdfBytes())));
      case "synthetic" ->
          PdfCorpus.of(
              "synthetic generator, " + SYNTHETIC_COUNT + " invoices, seed " + SynthPages.SEED,
              SynthPages.bornDigital(SYNTHETIC_COUNT, SynthPages.SEED).stream()
                  .map(b -> new PdfCorpus.NamedPdf(b.name() + ".pdf", b.pdf()))
                  .toList());
      case "shared" -> PdfCorpus.load(CorpusLocator.fromSystemProperties());
      default ->
          throw new IllegalArgumentException(
              "unknown corpus '" + name + "'; known: " + String.join(", ", NAMES));
    };
  }
}
