package dev.recto.templates.recto;

import dev.recto.core.spi.FieldExtractor;
import dev.recto.core.spi.FieldExtractorProvider;
import dev.recto.templates.io.TemplateFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

  /**
   * Every Recto template under {@code dir}, in path order; symbolic links that lead out of {@code
   * dir} are refused (see {@link TemplateFiles#list}).
   *
   * @throws dev.recto.core.error.TemplateException for the first malformed template, an unreadable
   *     folder or a symbolic link out of it
   */
  public static List<RectoTemplate> loadAll(Path dir) {
    List<RectoTemplate> out = new ArrayList<>();
    for (Path f : TemplateFiles.list(dir, n -> n.endsWith(".yml") || n.endsWith(".yaml"))) {
      out.add(RectoTemplateLoader.load(f));
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
