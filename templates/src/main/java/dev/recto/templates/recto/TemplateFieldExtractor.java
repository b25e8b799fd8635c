package dev.recto.templates.recto;

import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import dev.recto.core.spi.FieldExtractor;
import java.util.Objects;

/**
 * The template stage as a {@link FieldExtractor}: picks the best template with a {@link
 * TemplateMatcher} and extracts its fields; {@link InvoiceFields#EMPTY} when no template matches,
 * so the generic extractor's fields stand. Immutable and thread-safe.
 */
public final class TemplateFieldExtractor implements FieldExtractor {

  private final TemplateMatcher matcher;

  public TemplateFieldExtractor(TemplateMatcher matcher) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  @Override
  public String id() {
    return TemplateExtractor.ID;
  }

  @Override
  public InvoiceFields extract(Document document) {
    LayoutText text = LayoutText.of(document);
    return matcher
        .match(document, text)
        .map(m -> TemplateExtractor.extract(m.template(), document, text))
        .orElse(InvoiceFields.EMPTY);
  }
}
