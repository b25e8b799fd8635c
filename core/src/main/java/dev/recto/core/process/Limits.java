package dev.recto.core.process;

import java.time.Duration;
import java.util.Objects;

/**
 * Resource limits applied to every document. Each is checked before the memory or time is spent and
 * fails with a typed {@link dev.recto.core.error.LimitExceededException} naming the limit (or
 * {@link dev.recto.core.error.DeadlineExceededException}). Where each is checked:
 *
 * <ul>
 *   <li>{@code maxInputBytes}: the file's size, or a stream while it is read (never buffers more
 *       than the limit plus one read).
 *   <li>{@code maxPages}: the page tree's {@code /Count} (or an image's frame count) right after
 *       opening, before any page is read.
 *   <li>{@code maxPixelsPerPage}: an image file's header, or a PDF page's crop box at the rendering
 *       dpi, before the raster is allocated.
 *   <li>{@code maxImageSamples}: each image a PDF page draws (XObject, inline image, soft mask),
 *       from its {@code /Width}, {@code /Height} and color components, before PDFBox decodes it.
 *   <li>{@code maxDecodedStreamBytes} and {@code maxCompressionRatio}: every stream of a PDF is
 *       decoded once right after opening, into a counter that keeps no bytes (flate bombs stop at
 *       the cap); image codecs (DCT, JPX, JBIG2, CCITT) are left to the image check.
 *   <li>{@code deadline}: enforced by the processor's worker pool (see {@link Concurrency}); a
 *       worker that overruns is abandoned.
 * </ul>
 *
 * <p>A document that still exhausts the heap fails with LIMIT_EXCEEDED "memory" (see {@link
 * DocumentProcessor#process}). Nesting depth of form XObjects is capped by PDFBox (50 levels);
 * deeper recursion (a Type3 glyph drawing itself) ends in INVALID_DOCUMENT.
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
 * @param deadline wall-clock time allowed for one document, including the wait for a free worker
 * @param rasterDpi resolution at which PDF pages are rendered for OCR, in dots per inch
 * @param maxImageSamples most samples (width x height x color components) of one image embedded in
 *     a PDF; about its decoded size in bytes at 8 bits per component
 * @param maxDecodedStreamBytes most bytes one PDF stream may decode to (its filters up to the first
 *     image codec)
 * @param maxCompressionRatio most decoded bytes per encoded byte of one PDF stream, checked once
 *     the stream has decoded to more than {@link #RATIO_FLOOR_BYTES}; one flate pass cannot exceed
 *     about 1,032, so a larger ratio means stacked filters
 */
public record Limits(
    long maxInputBytes,
    int maxPages,
    long maxPixelsPerPage,
    long pdfMainMemoryBytes,
    long pdfScratchFileBytes,
    Duration deadline,
    int rasterDpi,
    long maxImageSamples,
    long maxDecodedStreamBytes,
    int maxCompressionRatio) {

  /** Decoded size (bytes) below which {@code maxCompressionRatio} is not applied. */
  public static final long RATIO_FLOOR_BYTES = 1L << 20;

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
    positive("maxImageSamples", maxImageSamples);
    positive("maxDecodedStreamBytes", maxDecodedStreamBytes);
    positive("maxCompressionRatio", maxCompressionRatio);
  }

  private static void positive(String name, long v) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + v);
    }
  }

  /**
   * 256 MiB input, 1,000 pages, 50 megapixels per page image, 64 MiB of PDFBox heap buffer and 1
   * GiB of scratch file, 60 s per document, rendering at 300 dpi, 150 million samples per embedded
   * image (a 50-megapixel RGB image), 256 MiB decoded per stream, compression ratio 2,000.
   */
  public static Limits defaults() {
    return new Limits(
        256L << 20,
        1_000,
        50_000_000L,
        64L << 20,
        1L << 30,
        Duration.ofSeconds(60),
        300,
        150_000_000L,
        256L << 20,
        2_000);
  }

  public Limits withMaxInputBytes(long v) {
    return new Limits(
        v,
        maxPages,
        maxPixelsPerPage,
        pdfMainMemoryBytes,
        pdfScratchFileBytes,
        deadline,
        rasterDpi,
        maxImageSamples,
        maxDecodedStreamBytes,
        maxCompressionRatio);
  }

  public Limits withMaxPages(int v) {
    return new Limits(
        maxInputBytes,
        v,
        maxPixelsPerPage,
        pdfMainMemoryBytes,
        pdfScratchFileBytes,
        deadline,
        rasterDpi,
        maxImageSamples,
        maxDecodedStreamBytes,
        maxCompressionRatio);
  }

  public Limits withMaxPixelsPerPage(long v) {
    return new Limits(
        maxInputBytes,
        maxPages,
        v,
        pdfMainMemoryBytes,
        pdfScratchFileBytes,
        deadline,
        rasterDpi,
        maxImageSamples,
        maxDecodedStreamBytes,
        maxCompressionRatio);
  }

  public Limits withPdfMemory(long mainMemoryBytes, long scratchFileBytes) {
    return new Limits(
        maxInputBytes,
        maxPages,
        maxPixelsPerPage,
        mainMemoryBytes,
        scratchFileBytes,
        deadline,
        rasterDpi,
        maxImageSamples,
        maxDecodedStreamBytes,
        maxCompressionRatio);
  }

  public Limits withDeadline(Duration v) {
    return new Limits(
        maxInputBytes,
        maxPages,
        maxPixelsPerPage,
        pdfMainMemoryBytes,
        pdfScratchFileBytes,
        v,
        rasterDpi,
        maxImageSamples,
        maxDecodedStreamBytes,
        maxCompressionRatio);
  }

  public Limits withRasterDpi(int v) {
    return new Limits(
        maxInputBytes,
        maxPages,
        maxPixelsPerPage,
        pdfMainMemoryBytes,
        pdfScratchFileBytes,
        deadline,
        v,
        maxImageSamples,
        maxDecodedStreamBytes,
        maxCompressionRatio);
  }

  public Limits withMaxImageSamples(long v) {
    return new Limits(
        maxInputBytes,
        maxPages,
        maxPixelsPerPage,
        pdfMainMemoryBytes,
        pdfScratchFileBytes,
        deadline,
        rasterDpi,
        v,
        maxDecodedStreamBytes,
        maxCompressionRatio);
  }

  /** Caps on what one PDF stream may decode to: bytes, and decoded bytes per encoded byte. */
  public Limits withStreamDecoding(long maxDecodedBytes, int maxRatio) {
    return new Limits(
        maxInputBytes,
        maxPages,
        maxPixelsPerPage,
        pdfMainMemoryBytes,
        pdfScratchFileBytes,
        deadline,
        rasterDpi,
        maxImageSamples,
        maxDecodedBytes,
        maxRatio);
  }
}
