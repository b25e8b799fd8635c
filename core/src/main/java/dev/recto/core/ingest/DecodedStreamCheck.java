package dev.recto.core.ingest;

import dev.recto.core.error.LimitExceededException;
import dev.recto.core.process.Deadline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Refuses PDFs with decompression bombs before PDFBox inflates them. PDFBox decodes a stream's
 * filters completely into heap buffers when the stream is first read (a content stream, a font, an
 * image), so a 1 MB flate stream that inflates to 1 GB would take 1 GB of heap. This check decodes
 * every stream of the document once, through PDFBox's own filters, into a counter that keeps no
 * bytes and stops at the cap.
 *
 * <p>A stream whose filters' worst-case expansion (see {@link #expansionBound}) times its encoded
 * size is within both caps is not decoded: for the default caps, every single-flate stream under
 * 260 kB. Streams are checked in xref order, uncompressed objects first (object streams are streams
 * too, so a bomb there is found before the objects inside are parsed). Filters are decoded up to
 * the first image codec (DCT, JPX, JBIG2, CCITT), whose output the image-size cap bounds instead. A
 * stream whose data is damaged is skipped: PDFBox reports it when, if ever, it is read. Known gap:
 * the cross-reference stream and any object stream PDFBox needs to open the document are decoded by
 * PDFBox while loading, before this check.
 *
 * <p>Memory: with one filter, none beyond a 64 KiB buffer; with stacked filters, the intermediate
 * output, at most {@code maxDecodedBytes}. Stateless and thread-safe; a document must be checked
 * from one thread at a time.
 */
public final class DecodedStreamCheck {

  private static final Set<COSName> IMAGE_CODECS =
      Set.of(
          COSName.DCT_DECODE,
          COSName.DCT_DECODE_ABBREVIATION,
          COSName.JPX_DECODE,
          COSName.JBIG2_DECODE,
          COSName.CCITTFAX_DECODE,
          COSName.CCITTFAX_DECODE_ABBREVIATION);

  private final long maxDecodedBytes;
  private final long maxRatio;
  private final long ratioFloorBytes;

  /**
   * @param maxDecodedBytes most bytes one stream may decode to
   * @param maxRatio most decoded bytes per encoded byte, applied above {@code ratioFloorBytes}
   * @param ratioFloorBytes decoded size below which the ratio is not checked
   */
  public DecodedStreamCheck(long maxDecodedBytes, long maxRatio, long ratioFloorBytes) {
    this.maxDecodedBytes = maxDecodedBytes;
    this.maxRatio = maxRatio;
    this.ratioFloorBytes = ratioFloorBytes;
  }

  /**
   * Checks every stream of the document.
   *
   * @throws LimitExceededException naming {@code maxDecodedStreamBytes} or {@code
   *     maxCompressionRatio} for the first stream over a cap (decoding stops there)
   * @throws dev.recto.core.error.DeadlineExceededException when the deadline passes meanwhile
   * @return the number of streams decoded, for diagnostics and tests
   */
  public int check(PDDocument document, Deadline deadline) {
    COSDocument cos = document.getDocument();
    List<COSObjectKey> direct = new ArrayList<>();
    List<COSObjectKey> inObjectStreams = new ArrayList<>();
    for (Map.Entry<COSObjectKey, Long> e : cos.getXrefTable().entrySet()) {
      (e.getValue() != null && e.getValue() < 0 ? inObjectStreams : direct).add(e.getKey());
    }
    int decoded = 0;
    for (List<COSObjectKey> keys : List.of(direct, inObjectStreams)) {
      for (COSObjectKey key : keys) {
        deadline.check("checking stream sizes");
        COSBase object = resolve(cos, key);
        if (object instanceof COSStream stream && measure(stream)) {
          decoded++;
        }
      }
    }
    return decoded;
  }

  private static COSBase resolve(COSDocument cos, COSObjectKey key) {
    try {
      var pooled = cos.getObjectFromPool(key);
      return pooled == null ? null : pooled.getObject();
    } catch (RuntimeException e) {
      return null; // a damaged object; PDFBox reports it if the document uses it
    }
  }

  /**
   * Decodes the stream's general filters into a counter, unless their worst-case expansion proves
   * the stream within both caps; false when nothing was decoded.
   */
  private boolean measure(COSStream stream) {
    List<COSName> filters = generalFilters(stream.getFilters());
    if (filters.isEmpty()) {
      return false;
    }
    try {
      long encoded = Math.max(1, rawLength(stream));
      double bound = expansionBound(filters);
      if (bound * encoded <= maxDecodedBytes
          && (bound <= maxRatio || bound * encoded <= ratioFloorBytes)) {
        return false; // cannot exceed either cap: skip the decoding
      }
      decode(stream, filters, encoded);
      return true;
    } catch (IOException | RuntimeException e) {
      if (e instanceof LimitExceededException limit) {
        throw limit;
      }
      return false; // damaged data; PDFBox reports it if the document uses the stream
    }
  }

  private void decode(COSStream stream, List<COSName> filters, long encoded) throws IOException {
    try (InputStream raw = stream.createRawInputStream()) {
      InputStream in = raw;
      for (int i = 0; i < filters.size(); i++) {
        Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
        boolean last = i == filters.size() - 1;
        OutputStream out = last ? new Counter(encoded) : new Buffer(encoded);
        filter.decode(in, out, stream, i);
        if (!last) {
          in = new ByteArrayInputStream(((Buffer) out).toByteArray());
        }
      }
    }
  }

  /** Bytes of the stream's encoded data as stored (its /Length may lie). */
  private static long rawLength(COSStream stream) throws IOException {
    try (InputStream raw = stream.createRawInputStream()) {
      long total = 0;
      byte[] buf = new byte[8192];
      for (int n; (n = raw.read(buf)) > 0; ) {
        total += n;
      }
      return total;
    }
  }

  /**
   * The most decoded bytes per encoded byte the filters can produce, chained: flate 1,032 (a
   * 258-byte match in 2 bits), LZW 4,096 (a 9-bit code for a string of at most 4,096 bytes), run
   * length 64, ASCII85 4 ("z"), ASCIIHex and Crypt 1; infinite for a filter not listed.
   */
  static double expansionBound(List<COSName> filters) {
    double bound = 1;
    for (COSName f : filters) {
      bound *= EXPANSION.getOrDefault(f, Double.POSITIVE_INFINITY);
    }
    return bound;
  }

  private static final Map<COSName, Double> EXPANSION =
      Map.ofEntries(
          Map.entry(COSName.FLATE_DECODE, 1032.0),
          Map.entry(COSName.FLATE_DECODE_ABBREVIATION, 1032.0),
          Map.entry(COSName.LZW_DECODE, 4096.0),
          Map.entry(COSName.LZW_DECODE_ABBREVIATION, 4096.0),
          Map.entry(COSName.RUN_LENGTH_DECODE, 64.0),
          Map.entry(COSName.RUN_LENGTH_DECODE_ABBREVIATION, 64.0),
          Map.entry(COSName.ASCII85_DECODE, 4.0),
          Map.entry(COSName.ASCII85_DECODE_ABBREVIATION, 4.0),
          Map.entry(COSName.ASCII_HEX_DECODE, 1.0),
          Map.entry(COSName.ASCII_HEX_DECODE_ABBREVIATION, 1.0),
          Map.entry(COSName.CRYPT, 1.0));

  /** The stream's filters up to the first image codec. */
  private static List<COSName> generalFilters(COSBase filters) {
    List<COSName> names = new ArrayList<>();
    if (filters instanceof COSName name) {
      names.add(name);
    } else if (filters instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSName name) {
          names.add(name);
        }
      }
    }
    List<COSName> general = new ArrayList<>();
    for (COSName name : names) {
      if (IMAGE_CODECS.contains(name)) {
        break;
      }
      general.add(name);
    }
    return general;
  }

  private void count(long total, long encoded) {
    if (total > maxDecodedBytes) {
      throw new LimitExceededException("maxDecodedStreamBytes", total, maxDecodedBytes);
    }
    if (total > ratioFloorBytes && total / encoded > maxRatio) {
      throw new LimitExceededException("maxCompressionRatio", total / encoded, maxRatio);
    }
  }

  /** Counts decoded bytes and drops them. */
  private final class Counter extends OutputStream {
    private final long encoded;
    private long total;

    Counter(long encoded) {
      this.encoded = encoded;
    }

    @Override
    public void write(int b) {
      total++;
      count(total, encoded);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      total += len;
      count(total, encoded);
    }
  }

  /** Keeps an intermediate stage's output, within the same caps. */
  private final class Buffer extends ByteArrayOutputStream {
    private final long encoded;

    Buffer(long encoded) {
      this.encoded = encoded;
    }

    @Override
    public synchronized void write(int b) {
      count(count + 1L, encoded);
      super.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      count(count + (long) len, encoded);
      super.write(b, off, len);
    }
  }
}
