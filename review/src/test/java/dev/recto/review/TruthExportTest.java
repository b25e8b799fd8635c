package dev.recto.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.field.FieldKey;
import dev.recto.extraction.eval.FieldTruth;
import dev.recto.extraction.eval.FieldTruthReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviewed fields become truth files that extraction's eval and calibration read. */
class TruthExportTest {
  @TempDir Path dir;

  @Test
  void correctionsAndAcceptancesBecomeTruthPerDocument() throws Exception {
    try (ReviewQueue queue = ReviewQueue.open(ReviewDatabase.h2(dir.resolve("queue")))) {
      ReviewTask total =
          queue.enqueue(ReviewQueueContract.task("inv/1", FieldKey.INVOICE_TOTAL, "4.10", 0.62));
      ReviewTask id =
          queue.enqueue(ReviewQueueContract.task("inv/1", FieldKey.INVOICE_ID, "A-17", 0.5));
      ReviewTask po =
          queue.enqueue(ReviewQueueContract.task("inv/1", FieldKey.PURCHASE_ORDER, "PO 9", 0.3));
      queue.enqueue(ReviewQueueContract.task("inv-2", FieldKey.INVOICE_TOTAL, "9.00", 0.4));
      queue.correct(total.id(), "ana", "4.11");
      queue.accept(id.id(), "ana");
      queue.correct(po.id(), "ana", ""); // not on the document

      List<Path> files = TruthExport.write(queue, dir.resolve("truth"));

      assertThat(files)
          .extracting(p -> p.getFileName().toString())
          .containsExactly("inv_1.truth.json");
      FieldTruth truth = FieldTruthReader.read(files.get(0));
      assertThat(truth.name()).isEqualTo("inv_1");
      assertThat(truth.fields())
          .containsEntry(FieldKey.INVOICE_TOTAL, "4.11")
          .containsEntry(FieldKey.INVOICE_ID, "A-17")
          .doesNotContainKey(FieldKey.PURCHASE_ORDER);
      assertThat(truth.exhaustive()).as("only reviewed fields are known").isFalse();
      assertThat(truth.absent())
          .as("the proposal corrected to 'not on the document' is known wrong")
          .containsExactly(FieldKey.PURCHASE_ORDER);
      assertThat(truth.knownAbsent(FieldKey.PURCHASE_ORDER)).isTrue();
      assertThat(truth.knownAbsent(FieldKey.DUE_DATE)).as("never reviewed: unknown").isFalse();

      // What template induction takes: the reviewed values and the source document.
      TruthExport.LabeledDocument doc = TruthExport.documents(queue).get(0);
      assertThat(doc.values())
          .containsExactlyInAnyOrderEntriesOf(
              java.util.Map.of(FieldKey.INVOICE_TOTAL, "4.11", FieldKey.INVOICE_ID, "A-17"));
      assertThat(doc.source()).isEqualTo("/data/inv/1.pdf");

      // And the (confidence, right?) pairs thresholds are derived from.
      assertThat(TruthExport.labeledScores(queue))
          .containsExactlyInAnyOrder(
              new LabeledScore(FieldKey.INVOICE_TOTAL, 0.62, false),
              new LabeledScore(FieldKey.INVOICE_ID, 0.5, true),
              new LabeledScore(FieldKey.PURCHASE_ORDER, 0.3, false));

      JsonNode json = new ObjectMapper().readTree(files.get(0).toFile());
      assertThat(json.get("documentId").asText()).isEqualTo("inv/1");
      JsonNode review = json.get("review");
      assertThat(review.get("InvoiceTotal").get("proposed").asText()).isEqualTo("4.10");
      assertThat(review.get("InvoiceTotal").get("confidence").asDouble()).isEqualTo(0.62);
      assertThat(review.get("InvoiceTotal").get("resolution").asText()).isEqualTo("CORRECTED");
      assertThat(review.get("InvoiceId").get("resolution").asText()).isEqualTo("ACCEPTED");
      assertThat(review.get("PurchaseOrder").get("value").asText()).isEmpty();
      assertThat(review.get("InvoiceTotal").get("box").size()).isEqualTo(4);
    }
  }
}
