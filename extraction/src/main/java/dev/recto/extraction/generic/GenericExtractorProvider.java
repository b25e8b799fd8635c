package dev.recto.extraction.generic;

import dev.recto.core.spi.FieldExtractor;
import dev.recto.core.spi.FieldExtractorProvider;

/**
 * Registers {@link GenericInvoiceExtractor} with {@link java.util.ServiceLoader} under the id
 * {@value GenericInvoiceExtractor#ID}, at a low priority so that template extractors, which know
 * the vendor, run first and win where both find a field.
 */
public final class GenericExtractorProvider implements FieldExtractorProvider {

  /** Below template extractors (which use 100). */
  public static final int PRIORITY = 10;

  @Override
  public String id() {
    return GenericInvoiceExtractor.ID;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public FieldExtractor create() {
    return new GenericInvoiceExtractor();
  }
}
