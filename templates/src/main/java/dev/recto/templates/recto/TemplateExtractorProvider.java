package dev.recto.templates.recto;

import dev.recto.core.spi.FieldExtractor;
import dev.recto.core.spi.FieldExtractorProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Provides the template stage to {@link dev.recto.core.process.DocumentProcessor} at priority
 * {@value #PRIORITY}, above the generic extractor (10), so a template's fields win where both find
 * one. It needs a template directory, so it is <em>not</em> registered with {@link
 * java.util.ServiceLoader}: configure it and pass it to the builder.
 *
 * <pre>{@code
 * DocumentProcessor p = DocumentProcessor.builder()
 *     .extractorProviders(List.of(
 *         TemplateExtractorProvider.fromDirectory(Path.of("templates")),
 *         new GenericExtractorProvider()))
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class TemplateExtractorProvider implements FieldExtractorProvider {

  /** Above the generic extractor's 10. */
  public static final int PRIORITY = 100;

  private final TemplateMatcher matcher;

  public TemplateExtractorProvider(TemplateMatcher matcher) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  /**
   * A provider for every {@code .yml} and {@code .yaml} file under {@code dir}, in path order.
   *
   * @throws dev.recto.core.error.TemplateException for the first malformed template
   */
  public static TemplateExtractorProvider fromDirectory(Path dir) {
    return new TemplateExtractorProvider(new TemplateMatcher(loadAll(dir)));
  }

  /** Every Recto template under {@code dir}, in path order. */
  public static List<RectoTemplate> loadAll(Path dir) {
    List<RectoTemplate> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
              .sorted()
              .toList()) {
        out.add(RectoTemplateLoader.load(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list templates in " + dir, e);
    }
    return out;
  }

  @Override
  public String id() {
    return TemplateExtractor.ID;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public FieldExtractor create() {
    return new TemplateFieldExtractor(matcher);
  }
}
