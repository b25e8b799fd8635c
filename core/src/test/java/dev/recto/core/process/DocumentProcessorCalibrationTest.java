package dev.recto.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import dev.recto.core.model.Provenance;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.spi.FieldCalibrator;
import dev.recto.core.spi.FieldExtractor;
import dev.recto.core.testkit.Providers;
import dev.recto.core.testkit.TestPdfs;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentProcessorCalibrationTest {

  /** Extracts the first word of the document as InvoiceId with score 0.5. */
  private static final FieldExtractor FIRST_WORD =
      new FieldExtractor() {
        @Override
        public String id() {
          return "first-word";
        }

        @Override
        public InvoiceFields extract(Document document) {
          var w = document.pages().get(0).words().get(0);
          Provenance p = w.provenance();
          return new InvoiceFields(
              Map.of(
                  FieldKey.INVOICE_ID,
                  new ExtractedField(w.text(), null, w.text(), 0.5, 0.5, List.of(p), "first-word")),
              List.of());
        }
      };

  /** Sets every confidence to 0.9 and remembers that it saw a document. */
  private static final class Fixed implements FieldCalibrator {
    Document seen;

    @Override
    public String id() {
      return "fixed";
    }

    @Override
    public InvoiceFields calibrate(Document document, InvoiceFields fields) {
      seen = document;
      Map<FieldKey, ExtractedField> out = new EnumMap<>(FieldKey.class);
      fields
          .fields()
          .forEach(
              (k, f) ->
                  out.put(
                      k,
                      new ExtractedField(
                          f.value(),
                          f.currency(),
                          f.rawText(),
                          f.rawScore(),
                          0.9,
                          f.provenance(),
                          f.extractorId())));
      return new InvoiceFields(out, fields.lineItems());
    }
  }

  private static DocumentProcessor processor(List<FieldCalibrator> calibrators) {
    return DocumentProcessor.builder()
        .ocrProviders(List.of())
        .layoutProviders(List.of())
        .extractorProviders(List.of(Providers.extractor("first-word", 1, FIRST_WORD)))
        .calibratorProviders(
            calibrators.stream().map(c -> Providers.calibrator(c.id(), 1, c)).toList())
        .build();
  }

  @Test
  void calibratorSetsConfidenceAfterTheMergeAndKeepsTheRawScore() {
    Fixed fixed = new Fixed();
    try (DocumentProcessor p = processor(List.of(fixed))) {
      ProcessingResult r =
          p.process(DocumentSource.of(TestPdfs.textPages(List.of("INV-42 total")), "a.pdf"));

      ExtractedField id = r.invoice().get(FieldKey.INVOICE_ID).orElseThrow();
      assertThat(id.value()).isEqualTo("INV-42");
      assertThat(id.rawScore()).isEqualTo(0.5);
      assertThat(id.confidence()).isEqualTo(0.9);
      assertThat(fixed.seen).isSameAs(r.document());
    }
  }

  @Test
  void withoutCalibratorTheExtractorsConfidenceStays() {
    try (DocumentProcessor p = processor(List.of())) {
      ProcessingResult r =
          p.process(DocumentSource.of(TestPdfs.textPages(List.of("INV-42 total")), "a.pdf"));

      assertThat(r.invoice().get(FieldKey.INVOICE_ID).orElseThrow().confidence()).isEqualTo(0.5);
    }
  }

  @Test
  void aFailingCalibratorLeavesRawConfidencesAndWarns() {
    FieldCalibrator broken =
        new FieldCalibrator() {
          @Override
          public String id() {
            return "broken";
          }

          @Override
          public InvoiceFields calibrate(Document document, InvoiceFields fields) {
            throw new IllegalStateException("boom");
          }
        };
    try (DocumentProcessor p = processor(List.of(broken))) {
      ProcessingResult r =
          p.process(DocumentSource.of(TestPdfs.textPages(List.of("INV-42 total")), "a.pdf"));

      assertThat(r.status()).isEqualTo(ProcessingStatus.SUCCESS);
      assertThat(r.invoice().get(FieldKey.INVOICE_ID).orElseThrow().confidence()).isEqualTo(0.5);
      assertThat(r.diagnostics())
          .singleElement()
          .satisfies(d -> assertThat(d.message()).contains("calibrator 'broken' failed"));
    }
  }
}
