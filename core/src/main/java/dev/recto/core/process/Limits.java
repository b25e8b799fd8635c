package dev.recto.core.process;

import java.time.Duration;
import java.util.Objects;

/**
 * Resource limits applied to every document. Each is checked before the memory or time is spent and
 * fails with a typed {@link dev.recto.core.error.LimitExceededException} (or {@link
 * dev.recto.core.error.DeadlineExceededException}).
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * Limits limits = Limits.defaults().withMaxPages(50).withDeadline(Duration.ofSeconds(20));
 * }</pre>
 *
 * @param maxInputBytes largest input accepted, in bytes
 * @param maxPages most pages per document
 * @param maxPixelsPerPage most pixels of one page image (decoded image, or a page rendered at the
 *     rasterization dpi)
 * @param pdfMainMemoryBytes heap PDFBox may use to buffer a document's streams; beyond it PDFBox
 *     spills to a temporary file
 * @param pdfScratchFileBytes temporary-file space PDFBox may use per document
 * @param deadline wall-clock time allowed for one document
 * @param rasterDpi resolution at which PDF pages are rendered for OCR, in dots per inch
 */
public record Limits(
    long maxInputBytes,
    int maxPages,
    long maxPixelsPerPage,
    long pdfMainMemoryBytes,
    long pdfScratchFileBytes,
    Duration deadline,
    int rasterDpi) {

  public Limits {
    positive("maxInputBytes", maxInputBytes);
    positive("maxPages", maxPages);
    positive("maxPixelsPerPage", maxPixelsPerPage);
    positive("pdfMainMemoryBytes", pdfMainMemoryBytes);
    positive("pdfScratchFileBytes", pdfScratchFileBytes);
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive, was " + deadline);
    }
    if (rasterDpi < 36 || rasterDpi > 1200) {
      throw new IllegalArgumentException("rasterDpi must be in [36,1200], was " + rasterDpi);
    }
  }

  private static void positive(String name, long v) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + v);
    }
  }

  /**
   * 256 MiB input, 1,000 pages, 50 megapixels per page image, 64 MiB of PDFBox heap buffer and 1
   * GiB of scratch file, 60 s per document, rendering at 300 dpi.
   */
  public static Limits defaults() {
    return new Limits(
        256L << 20, 1_000, 50_000_000L, 64L << 20, 1L << 30, Duration.ofSeconds(60), 300);
  }

  public Limits withMaxInputBytes(long v) {
    return new Limits(
        v,
        maxPages,
        maxPixelsPerPage,
        pdfMainMemoryBytes,
        pdfScratchFileBytes,
        deadline,
        rasterDpi);
  }

  public Limits withMaxPages(int v) {
    return new Limits(
        maxInputBytes,
        v,
        maxPixelsPerPage,
        pdfMainMemoryBytes,
        pdfScratchFileBytes,
        deadline,
        rasterDpi);
  }

  public Limits withMaxPixelsPerPage(long v) {
    return new Limits(
        maxInputBytes, maxPages, v, pdfMainMemoryBytes, pdfScratchFileBytes, deadline, rasterDpi);
  }

  public Limits withPdfMemory(long mainMemoryBytes, long scratchFileBytes) {
    return new Limits(
        maxInputBytes,
        maxPages,
        maxPixelsPerPage,
        mainMemoryBytes,
        scratchFileBytes,
        deadline,
        rasterDpi);
  }

  public Limits withDeadline(Duration v) {
    return new Limits(
        maxInputBytes,
        maxPages,
        maxPixelsPerPage,
        pdfMainMemoryBytes,
        pdfScratchFileBytes,
        v,
        rasterDpi);
  }

  public Limits withRasterDpi(int v) {
    return new Limits(
        maxInputBytes,
        maxPages,
        maxPixelsPerPage,
        pdfMainMemoryBytes,
        pdfScratchFileBytes,
        deadline,
        v);
  }
}
