package dev.recto.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The PDFs a benchmark reads, held in memory as bytes so that file I/O stays out of the measured
 * code, with their total page count.
 *
 * <p>Immutable and thread-safe: the byte arrays are never written after construction and callers
 * must not modify the arrays returned by {@link #documents()}.
 *
 * <pre>{@code
 * PdfCorpus corpus = PdfCorpus.load(CorpusLocator.fromSystemProperties());
 * System.out.println(corpus.describe());
 * }</pre>
 */
public final class PdfCorpus {

  /** One PDF: a name for messages and its bytes. */
  public record NamedPdf(String name, byte[] bytes) {
    /** Checks that both parts are present. */
    public NamedPdf {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      if (bytes == null || bytes.length == 0) {
        throw new IllegalArgumentException("PDF " + name + " has no bytes");
      }
    }
  }

  private final String origin;
  private final List<NamedPdf> documents;
  private final int pageCount;

  private PdfCorpus(String origin, List<NamedPdf> documents, int pageCount) {
    this.origin = origin;
    this.documents = List.copyOf(documents);
    this.pageCount = pageCount;
  }

  /**
   * Loads what {@code location} points at: every {@code *.pdf} file of a folder, or the synthetic
   * invoices when the location is the fallback.
   *
   * @throws IllegalStateException when a PDF cannot be read or parsed, or the folder has none
   */
  public static PdfCorpus load(CorpusLocator.Location location) {
    if (location.folder().isEmpty()) {
      return of("synthetic (" + location.reason() + ")", SyntheticInvoices.generate());
    }
    Path folder = location.folder().get();
    List<NamedPdf> pdfs = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
          pdfs.add(new NamedPdf(name, Files.readAllBytes(file)));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read PDFs from " + folder + ": " + e, e);
    }
    if (pdfs.isEmpty()) {
      throw new IllegalStateException("no *.pdf files in " + folder);
    }
    return of(folder.toString(), pdfs);
  }

  /**
   * A corpus of the given PDFs; parses each once to count its pages.
   *
   * @throws IllegalStateException when PDFBox cannot open one of them
   */
  public static PdfCorpus of(String origin, List<NamedPdf> pdfs) {
    int pages = 0;
    for (NamedPdf pdf : pdfs) {
      try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
        pages += document.getNumberOfPages();
      } catch (IOException e) {
        throw new IllegalStateException("PDFBox cannot open " + pdf.name() + ": " + e, e);
      }
    }
    return new PdfCorpus(origin, pdfs, pages);
  }

  /** Where the PDFs came from: a folder path or a note on the synthetic fallback. */
  public String origin() {
    return origin;
  }

  /** The PDFs in a fixed order (sorted by file name for a folder). */
  public List<NamedPdf> documents() {
    return documents;
  }

  /** Pages of all documents together; one benchmark operation reads this many pages. */
  public int pageCount() {
    return pageCount;
  }

  /** One line for the benchmark log: origin, document and page counts. */
  public String describe() {
    long bytes = documents.stream().mapToLong(d -> d.bytes().length).sum();
    return String.format(
        Locale.ROOT,
        "recto.bench corpus: %d PDFs, %d pages, %d bytes from %s",
        documents.size(),
        pageCount,
        bytes,
        origin);
  }
}
