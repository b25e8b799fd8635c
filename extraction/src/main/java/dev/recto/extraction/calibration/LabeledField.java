package dev.recto.extraction.calibration;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import dev.recto.extraction.eval.FieldComparison;
import dev.recto.extraction.eval.FieldTruth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One extracted field with its features, its confidence and whether it was right: the unit that
 * calibrators are fitted and measured on.
 *
 * <p>Only extracted fields are labeled (a missed field has no confidence to calibrate). A field is
 * right when the truth prints it and the values match ({@link FieldComparison}); wrong when the
 * value differs or the truth knows none is printed (exhaustive truth that does not list it, or a
 * field it marks {@link FieldTruth#absent()}, as a reviewer's "not on the document"). Fields the
 * truth marks unprinted, and fields a partial truth does not list, are left out.
 *
 * @param document the document's name
 * @param key the field
 * @param features its features
 * @param confidence the confidence it carried (raw or calibrated, as extracted)
 * @param correct whether the value was right
 */
public record LabeledField(
    String document, FieldKey key, FieldFeatures features, double confidence, boolean correct) {

  public LabeledField {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(features, "features");
  }

  /** The labeled fields of one document. */
  public static List<LabeledField> of(Document document, InvoiceFields fields, FieldTruth truth) {
    DocumentEvidence evidence = DocumentEvidence.of(document, fields);
    List<LabeledField> out = new ArrayList<>();
    for (FieldKey key : fields.fields().keySet()) {
      if (truth.unprinted().contains(key)) {
        continue;
      }
      String want = truth.fields().get(key);
      if (want == null && !truth.knownAbsent(key)) {
        continue;
      }
      ExtractedField f = fields.fields().get(key);
      boolean right = want != null && FieldComparison.matches(key.type(), want, f.value());
      out.add(
          new LabeledField(
              truth.name(), key, FieldFeatures.of(evidence, key), f.confidence(), right));
    }
    return out;
  }
}
