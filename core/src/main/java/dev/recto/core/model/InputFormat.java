package dev.recto.core.model;

/** The input formats Recto reads. */
public enum InputFormat {
  PDF("application/pdf"),
  PNG("image/png"),
  JPEG("image/jpeg"),
  TIFF("image/tiff");

  private final String mediaType;

  InputFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The IANA media type, e.g. {@code application/pdf}. */
  public String mediaType() {
    return mediaType;
  }

  public boolean isImage() {
    return this != PDF;
  }
}
