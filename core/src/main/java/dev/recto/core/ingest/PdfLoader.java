package dev.recto.core.ingest;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.InvalidDocumentException;
import dev.recto.core.error.LimitExceededException;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens PDFs with PDFBox under a bounded memory setting and turns every parse failure into a typed
 * error.
 *
 * <p>Thread-safe. The returned {@link PDDocument} is owned by the caller, who closes it.
 */
public final class PdfLoader {
  private final long mainMemoryBytes;
  private final long scratchFileBytes;
  private final int maxPages;

  /**
   * @param mainMemoryBytes heap PDFBox may use to buffer streams before spilling to a temp file
   * @param scratchFileBytes temp-file space PDFBox may use
   * @param maxPages most pages a document may have
   */
  public PdfLoader(long mainMemoryBytes, long scratchFileBytes, int maxPages) {
    this.mainMemoryBytes = mainMemoryBytes;
    this.scratchFileBytes = scratchFileBytes;
    this.maxPages = maxPages;
  }

  /**
   * Opens and checks the page count.
   *
   * @throws InvalidDocumentException for damaged PDFs, and with {@link
   *     ErrorCode#ENCRYPTED_DOCUMENT} for PDFs that need a password
   * @throws LimitExceededException when the page count is over the limit (the document is closed)
   */
  public PDDocument load(InputData input) {
    PDDocument document = null;
    RandomAccessRead read = null;
    try {
      read = input.openRandomAccess();
      MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(mainMemoryBytes, scratchFileBytes);
      document = Loader.loadPDF(read, "", null, null, memory.streamCache);
      int pages = document.getNumberOfPages();
      if (pages > maxPages) {
        throw new LimitExceededException("maxPages", pages, maxPages);
      }
      if (pages == 0) {
        throw new InvalidDocumentException("PDF " + input.name() + " has no pages", null);
      }
      return document;
    } catch (InvalidPasswordException e) {
      closeQuietly(document, read);
      throw new InvalidDocumentException(
          ErrorCode.ENCRYPTED_DOCUMENT,
          "PDF " + input.name() + " is encrypted and needs a password",
          e);
    } catch (IOException e) {
      closeQuietly(document, read);
      throw new InvalidDocumentException("cannot parse PDF " + input.name() + ": " + e, e);
    } catch (LimitExceededException | InvalidDocumentException e) {
      closeQuietly(document, read);
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // PDFBox may throw unchecked exceptions on damaged files; they are the document's fault.
      closeQuietly(document, read);
      throw new InvalidDocumentException("cannot parse PDF " + input.name() + ": " + e, e);
    }
  }

  private static void closeQuietly(PDDocument document, RandomAccessRead read) {
    try {
      if (document != null) {
        document.close(); // also closes the source
      } else if (read != null) {
        read.close();
      }
    } catch (IOException ignored) {
      // Closing a broken document may fail; there is nothing left to release.
    }
  }
}
