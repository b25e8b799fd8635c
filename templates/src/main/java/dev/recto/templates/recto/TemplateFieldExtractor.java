package dev.recto.templates.recto;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.logging.LogContent;
import dev.recto.core.model.Document;
import dev.recto.core.spi.FieldExtractor;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The template stage as a {@link FieldExtractor}: picks the best template with a {@link
 * TemplateMatcher} and extracts its fields; {@link InvoiceFields#EMPTY} when no template matches,
 * so the generic extractor's fields stand. Logs the match at debug level, field values only through
 * {@link LogContent}. Immutable and thread-safe.
 *
 * <p>A document-level field's raw score (and its uncalibrated confidence) is the template's fixed
 * prior ({@value TemplateExtractor#SCORE}) times the {@linkplain TemplateMatch#score() match score}
 * (1 for a template without layout marks, 0.8-1 with them), so that the calibrator can weigh how
 * well the template matched; line items and custom fields keep the prior.
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
    InvoiceFields fields =
        withMatchScore(
            TemplateExtractor.extract(match.get().template(), document, text), match.get().score());
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

  /** {@code fields} with each core field's raw score and confidence multiplied by {@code score}. */
  static InvoiceFields withMatchScore(InvoiceFields fields, double score) {
    Map<FieldKey, ExtractedField> scaled = new EnumMap<>(FieldKey.class);
    fields
        .fields()
        .forEach(
            (k, f) ->
                scaled.put(
                    k,
                    new ExtractedField(
                        f.value(),
                        f.currency(),
                        f.rawText(),
                        f.rawScore() * score,
                        f.confidence() * score,
                        f.provenance(),
                        f.extractorId())));
    return fields.withCore(scaled, fields.lineItems());
  }
}
