package dev.recto.review;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.process.ProcessingResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Routes a document's fields: a field whose confidence meets its threshold is accepted; every other
 * field, and every required field that was not extracted, becomes a review task. A document with no
 * task is auto-accepted.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Router router = new Router(FieldThresholds.uniform(0.95), Set.of(FieldKey.INVOICE_TOTAL));
 * RoutingDecision d = router.route("inv-001", result, "invoices/inv-001.pdf");
 * if (!d.autoAccepted()) queue.enqueueAll(d.review());
 * }</pre>
 *
 * @param thresholds per-field thresholds
 * @param required fields a document must have: missing ones become tasks with an empty proposal
 */
public record Router(FieldThresholds thresholds, Set<FieldKey> required) {

  public Router {
    Objects.requireNonNull(thresholds, "thresholds");
    required = required.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(required));
  }

  /**
   * Routes the fields of a processing result (a failed one has no fields: all required missing).
   */
  public RoutingDecision route(String documentId, ProcessingResult result, String pageImage) {
    return route(documentId, result.invoice(), pageImage);
  }

  /** Routes these fields. */
  public RoutingDecision route(String documentId, InvoiceFields invoice, String pageImage) {
    Set<FieldKey> accepted = EnumSet.noneOf(FieldKey.class);
    List<NewTask> review = new ArrayList<>();
    for (Map.Entry<FieldKey, ExtractedField> e : invoice.fields().entrySet()) {
      FieldKey key = e.getKey();
      ExtractedField f = e.getValue();
      if (thresholds.accepts(key, f.confidence())) {
        accepted.add(key);
      } else {
        review.add(
            new NewTask(
                documentId, key, f.value(), f.confidence(), f.pageIndex(), box(f), pageImage));
      }
    }
    for (FieldKey key : required) {
      if (!invoice.fields().containsKey(key)) {
        review.add(new NewTask(documentId, key, "", 0.0, 0, null, pageImage));
      }
    }
    return new RoutingDecision(documentId, accepted, review);
  }

  /** The union of the boxes of the field's words on its first page. */
  private static BoundingBox box(ExtractedField f) {
    int page = f.pageIndex();
    BoundingBox box = null;
    for (Provenance p : f.provenance()) {
      if (p.pageIndex() == page) {
        box = box == null ? p.box() : box.union(p.box());
      }
    }
    return box;
  }
}
