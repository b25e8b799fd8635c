package dev.recto.review.feedback;

import dev.recto.core.field.FieldKey;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A template written from one reviewed document.
 *
 * @param documentId the reviewed document's id in the queue
 * @param templateName the template's name ({@code review-} and the vendor's name as a slug); the
 *     template extractor reports it as {@code template:NAME} in each field's provenance
 * @param file the YAML file written
 * @param values the fields whose correct value was known (reviewed, or accepted without review)
 * @param rules the fields the template has a rule for (a subset of {@code values}, plus {@code
 *     Currency} when read beside the total)
 */
public record InducedTemplate(
    String documentId, String templateName, Path file, Set<FieldKey> values, Set<FieldKey> rules) {

  public InducedTemplate {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(templateName, "templateName");
    Objects.requireNonNull(file, "file");
    values = values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
    rules = rules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rules));
  }
}
