package dev.recto.core.isolate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recto.core.isolate.TestWorkerCustomizer;
import dev.recto.core.json.ResultJson;
import dev.recto.core.model.Block;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.InputFormat;
import dev.recto.core.model.Line;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.ProcessingStatus;
import dev.recto.core.process.ProcessorBuilder;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.testkit.TestPdfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCodecTest {

  private static DocumentProcessor processor() {
    ProcessorBuilder builder = DocumentProcessor.builder();
    new TestWorkerCustomizer().customize(builder, List.of());
    return builder.build();
  }

  private static ProcessingResult roundTrip(ProcessingResult r) throws IOException {
    return ResultCodec.decode(ResultCodec.encode(r));
  }

  @Test
  void realResultsComeBackEqualWithFieldsRegionsOcrWordsAndFailures() throws IOException {
    List<ProcessingResult> results;
    try (DocumentProcessor p = processor()) {
      results =
          List.of(
              p.process(
                  DocumentSource.of(
                      TestPdfs.textPages(List.of("Invoice 17 Total 4.11", "Page two")), "a.pdf")),
              p.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "scan.pdf")),
              p.process(DocumentSource.of(new byte[] {1, 2, 3}, "junk.bin")),
              p.process(DocumentSource.of(TestPdfs.encrypted("pw"), "locked.pdf")));
    }
    ProcessingResult text = results.get(0);
    assertThat(text.invoice().fields()).isNotEmpty();
    assertThat(text.document().pages().get(0).regions()).isNotEmpty();
    assertThat(results.get(1).document().pages().get(0).words()).isNotEmpty();
    assertThat(results.get(2).status()).isEqualTo(ProcessingStatus.FAILURE);
    for (ProcessingResult r : results) {
      ProcessingResult back = roundTrip(r);
      assertThat(back).isEqualTo(r);
      assertThat(ResultJson.toJson(List.of(back), true))
          .isEqualTo(ResultJson.toJson(List.of(r), true));
    }
  }

  @Test
  void customFieldsComeBackEqual() throws IOException {
    ProcessingResult base;
    try (DocumentProcessor p = processor()) {
      base = p.process(DocumentSource.of(TestPdfs.textPages(List.of("Order 4711")), "a.pdf"));
    }
    dev.recto.core.field.ExtractedField order =
        dev.recto.core.testkit.TestFields.field("4711", "templates:acme");
    ProcessingResult withCustom =
        new ProcessingResult(
            base.source(),
            base.status(),
            base.diagnostics(),
            base.document(),
            new dev.recto.core.field.InvoiceFields(
                base.invoice().fields(),
                List.of(
                    new dev.recto.core.field.LineItem(
                        java.util.Map.of(), java.util.Map.of("discount", order))),
                java.util.Map.of("order_id", order, "partner_street", order)));
    ProcessingResult back = roundTrip(withCustom);
    assertThat(back).isEqualTo(withCustom);
    assertThat(back.invoice().customFields()).containsOnlyKeys("order_id", "partner_street");
    assertThat(back.invoice().lineItems().get(0).customFields()).containsOnlyKeys("discount");
  }

  @Test
  void alternativesComeBackEqualInOrder() throws IOException {
    ProcessingResult base;
    try (DocumentProcessor p = processor()) {
      base = p.process(DocumentSource.of(TestPdfs.textPages(List.of("Invoice A-1")), "a.pdf"));
    }
    dev.recto.core.field.ExtractedField kept =
        dev.recto.core.testkit.TestFields.field("A-1", "templates:acme");
    dev.recto.core.field.ExtractedField same =
        dev.recto.core.testkit.TestFields.field("A-1", "recto-generic");
    dev.recto.core.field.ExtractedField other =
        dev.recto.core.testkit.TestFields.field("A-7", "third");
    ProcessingResult withAlternatives =
        new ProcessingResult(
            base.source(),
            base.status(),
            base.diagnostics(),
            base.document(),
            new dev.recto.core.field.InvoiceFields(
                java.util.Map.of(dev.recto.core.field.FieldKey.INVOICE_ID, kept),
                List.of(),
                java.util.Map.of(),
                java.util.Map.of(dev.recto.core.field.FieldKey.INVOICE_ID, List.of(same, other))));
    ProcessingResult back = roundTrip(withAlternatives);
    assertThat(back).isEqualTo(withAlternatives);
    assertThat(back.invoice().alternativesOf(dev.recto.core.field.FieldKey.INVOICE_ID))
        .containsExactly(same, other);
  }

  @Test
  void tableStructuresComeBackEqualWithCellWordsSharedWithThePage() throws IOException {
    ProcessingResult base;
    try (DocumentProcessor p = processor()) {
      base = p.process(DocumentSource.of(TestPdfs.textPages(List.of("Qty 2 4.11")), "a.pdf"));
    }
    ProcessingResult withTable = dev.recto.core.testkit.TestTables.withOneRowTable(base);
    ProcessingResult back = roundTrip(withTable);
    assertThat(back).isEqualTo(withTable);
    Page page = back.document().pages().get(0);
    assertThat(page.regions().get(0).table().cells()).hasSize(3);
    assertThat(page.regions().get(0).table().cells().get(1).words().get(0))
        .isSameAs(page.words().get(1));
  }

  @Test
  void theBundledSampleInvoiceComesBackEqual() throws IOException {
    Path sample = findUp(Path.of("samples/documents/sample-invoice.pdf"));
    assumeTrue(sample != null, "samples/documents/sample-invoice.pdf not found above " + cwd());
    ProcessingResult r;
    try (DocumentProcessor p = processor()) {
      r = p.process(DocumentSource.of(sample));
    }
    assertThat(r.document().pages().get(0).words()).hasSizeGreaterThan(20);
    assertThat(roundTrip(r)).isEqualTo(r);
  }

  @Test
  void linesAndBlocksKeepWordsTheyDoNotShareWithThePage() throws IOException {
    BoundingBox box = new BoundingBox(0.1, 0.1, 0.2, 0.12);
    Provenance prov = new Provenance(0, box, "e", "m", "1");
    Word shared = new Word("shared", box, 1.0, 9.5, prov);
    Word own = new Word("own", box, 0.5, 0, prov);
    Line sharedLine = new Line(List.of(shared, own), box);
    Line ownLine = new Line(List.of(own), box);
    Page page =
        new Page(
            0,
            612,
            792,
            90,
            0,
            TextSource.TEXT_LAYER,
            List.of(shared),
            List.of(sharedLine),
            List.of(new Block(List.of(sharedLine, ownLine), box)),
            List.of());
    Page empty =
        new Page(
            1,
            100.5,
            200.25,
            0,
            300,
            TextSource.NONE,
            List.of(),
            List.of(ownLine),
            List.of(),
            List.of());
    Document doc = new Document("hand.pdf", InputFormat.PDF, List.of(page, empty));
    ProcessingResult r =
        ProcessingResult.completed(doc, List.of(), dev.recto.core.field.InvoiceFields.EMPTY);
    assertThat(roundTrip(r)).isEqualTo(r);
  }

  @Test
  void damagedMessagesFailWithIoException() throws IOException {
    byte[] good;
    try (DocumentProcessor p = processor()) {
      good =
          ResultCodec.encode(
              p.process(DocumentSource.of(TestPdfs.textPages(List.of("Total 4.11")), "a.pdf")));
    }
    assertThatThrownBy(() -> ResultCodec.decode(Arrays.copyOf(good, good.length / 2)))
        .isInstanceOf(IOException.class);
    byte[] otherVersion = good.clone();
    otherVersion[3] = 99;
    assertThatThrownBy(() -> ResultCodec.decode(otherVersion))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("result format");
  }

  private static Path cwd() {
    return Path.of("").toAbsolutePath();
  }

  private static Path findUp(Path relative) {
    for (Path dir = cwd(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
