package dev.recto.core.spi;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.Page;
import dev.recto.core.model.Region;
import dev.recto.core.process.Deadline;
import java.util.List;
import java.util.Optional;

/**
 * Finds layout regions on a page.
 *
 * <p>Thread-safe; closed by the processor that created it.
 */
public interface LayoutEngine extends AutoCloseable {

  /** The provider's id. */
  String id();

  /** Whether {@link #detect} needs the page image (then the processor renders one). */
  boolean needsImage();

  /**
   * Regions in page-relative coordinates.
   *
   * @param page the page with its words
   * @param image the page image when {@link #needsImage()} is true, else empty
   */
  List<Region> detect(Page page, Optional<PageImage> image);

  /**
   * Regions in page-relative coordinates, giving up when {@code deadline} passes. Engines that can
   * stop native work stop it and throw; the default runs {@link #detect(Page, Optional)} to its end
   * and leaves the deadline check to the caller.
   *
   * @param deadline the document's deadline; read from any thread, never modified
   * @throws dev.recto.core.error.DeadlineExceededException when the engine stopped because the
   *     deadline passed
   */
  default List<Region> detect(Page page, Optional<PageImage> image, Deadline deadline) {
    return detect(page, image);
  }

  @Override
  void close();
}
