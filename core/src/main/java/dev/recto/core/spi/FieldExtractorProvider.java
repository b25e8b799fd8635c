package dev.recto.core.spi;

/** Creates {@link FieldExtractor}s; see {@link EngineProvider}. */
public interface FieldExtractorProvider extends EngineProvider {

  FieldExtractor create();
}
