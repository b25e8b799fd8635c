package dev.recto.templates.recto;

import dev.recto.core.field.InvoiceFields;
import dev.recto.core.logging.LogContent;
import dev.recto.core.model.Document;
import dev.recto.core.spi.FieldExtractor;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The template stage as a {@link FieldExtractor}: picks the best template with a {@link
 * TemplateMatcher} and extracts its fields; {@link InvoiceFields#EMPTY} when no template matches,
 * so the generic extractor's fields stand. Logs the match at debug level, field values only through
 * {@link LogContent}. Immutable and thread-safe.
 */
public final class TemplateFieldExtractor implements FieldExtractor {

  private static final Logger LOG = LoggerFactory.getLogger(TemplateFieldExtractor.class);

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
    Optional<TemplateMatch> match = matcher.match(document, text);
    if (match.isEmpty()) {
      LOG.debug("{}: no template matched", document.source());
      return InvoiceFields.EMPTY;
    }
    InvoiceFields fields = TemplateExtractor.extract(match.get().template(), document, text);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{}: template '{}' (score {}) gave {}",
          document.source(),
          match.get().template().name(),
          match.get().score(),
          fields.fields().entrySet().stream()
              .map(e -> e.getKey().jsonName() + "=" + LogContent.text(e.getValue().value()))
              .toList());
    }
    return fields;
  }
}
