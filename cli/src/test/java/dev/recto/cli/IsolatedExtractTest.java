package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.FieldKey;
import dev.recto.core.isolate.IsolatedProcessor;
import dev.recto.core.json.ResultJson;
import dev.recto.core.process.DocumentProcessing;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.samples.SampleInvoice;
import dev.recto.samples.synth.FontLibrary;
import dev.recto.samples.synth.InvoiceGenerator;
import dev.recto.samples.synth.InvoiceRenderer;
import dev.recto.samples.synth.SynthCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline (text layer, layout, extraction, calibration) in a worker JVM. */
class IsolatedExtractTest {
  @TempDir Path dir;

  private List<DocumentSource> documents() throws IOException {
    List<DocumentSource> sources = new ArrayList<>();
    Path sample = dir.resolve("sample-invoice.pdf");
    Files.write(sample, SampleInvoice.pdfBytes());
    sources.add(DocumentSource.of(sample));
    InvoiceGenerator generator = new InvoiceGenerator();
    try (FontLibrary fonts = new FontLibrary()) {
      InvoiceRenderer renderer = new InvoiceRenderer(fonts);
      for (int i = 0; i < 3; i++) {
        String name = SynthCorpus.name(i);
        byte[] pdf =
            renderer.render(generator.generate(7, i), SynthCorpus.design(7, i), name).pdf();
        sources.add(DocumentSource.of(pdf, name + ".pdf"));
      }
    }
    return sources;
  }

  @Test
  void isolatedResultsEqualInProcessResultsOnTheSampleAndSyntheticInvoices() throws IOException {
    List<DocumentSource> sources = documents();
    List<ProcessingResult> local = new ArrayList<>();
    List<ProcessingResult> remote = new ArrayList<>();
    try (DocumentProcessing in = DocumentProcessor.builder().build();
        DocumentProcessing out = IsolatedProcessor.builder().workers(1).build()) {
      for (DocumentSource s : sources) {
        local.add(in.process(s));
        remote.add(out.process(s));
      }
    }
    ProcessingResult sample = remote.get(0);
    assertThat(sample.isSuccess()).isTrue();
    assertThat(sample.invoice().get(FieldKey.INVOICE_TOTAL)).isPresent();
    assertThat(sample.document().pages().get(0).regions()).isNotEmpty();
    assertThat(remote).isEqualTo(local);
    assertThat(ResultJson.toJson(remote, true)).isEqualTo(ResultJson.toJson(local, true));
  }

  @Test
  void extractIsolatedPrintsWhatExtractPrints() throws IOException {
    Path sample = dir.resolve("sample-invoice.pdf");
    Files.write(sample, SampleInvoice.pdfBytes());
    Path broken = dir.resolve("broken.pdf");
    Files.writeString(broken, "%PDF-1.4\nnot really\n");
    ExtractCommandTest.Run plain =
        ExtractCommandTest.run("extract", "--threads", "1", sample.toString(), broken.toString());
    ExtractCommandTest.Run isolated =
        ExtractCommandTest.run(
            "extract", "--isolated", "--workers", "1", sample.toString(), broken.toString());
    assertThat(isolated.exitCode()).isEqualTo(RectoCli.EXIT_SOME_FAILED);
    assertThat(isolated.exitCode()).isEqualTo(plain.exitCode());
    assertThat(isolated.out()).contains("InvoiceTotal").isEqualTo(plain.out());
  }
}
