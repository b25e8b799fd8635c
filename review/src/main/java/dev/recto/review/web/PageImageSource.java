package dev.recto.review.web;

import java.io.IOException;

/**
 * Gives the review page the image of a task's page. Implementations must be thread-safe: the server
 * answers requests on several threads.
 */
@FunctionalInterface
public interface PageImageSource {

  /**
   * The page as a PNG that spans the whole displayed page, so that a page-relative box (see {@code
   * dev.recto.core.model.BoundingBox}) scaled by the image size lands on the field.
   *
   * @param pageImage the task's page image reference (a path or {@code file:} URI of a PDF or
   *     image)
   * @param pageIndex zero-based page
   * @throws IOException when the file cannot be read or rendered
   */
  byte[] png(String pageImage, int pageIndex) throws IOException;
}
