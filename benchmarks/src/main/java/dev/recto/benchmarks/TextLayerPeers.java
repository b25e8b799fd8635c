package dev.recto.benchmarks;

import dev.recto.core.eval.PdftotextRunner;
import dev.recto.core.ingest.TextLayerReader;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.layout.OnnxLayoutEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The born-digital engines of {@link PeerComparison}, on the PDFs of one corpus held in memory:
 * Recto's text layer ({@link TextLayerReader}, words with boxes), plain PDFBox {@link
 * PDFTextStripper} (defaults), the {@code pdftotext} command (a process per file, on copies written
 * to a temporary folder), and Recto's whole processor with fields (OCR off) without and with the
 * layout model. One item is one PDF; PDFs are parsed inside the timed work on every side.
 *
 * <p>Owns the processors and the temporary folder: {@link #close()} releases them. Not thread-safe
 * to build; the engines it returns may run on several threads.
 */
final class TextLayerPeers implements AutoCloseable {

  private static final Duration DEADLINE = Duration.ofMinutes(5);

  private final List<PdfCorpus.NamedPdf> pdfs;
  private final Path folder;
  private final List<Path> files = new ArrayList<>();
  private final DocumentProcessor plain;
  private final DocumentProcessor withLayout;
  private final PdftotextRunner pdftotext = PdftotextRunner.onPath();

  TextLayerPeers(PdfCorpus corpus) throws IOException {
    this.pdfs = corpus.documents();
    this.folder = Files.createTempDirectory("recto-peers");
    for (PdfCorpus.NamedPdf pdf : pdfs) {
      Path file = folder.resolve(pdf.name());
      Files.write(file, pdf.bytes());
      files.add(file);
    }
    plain = DocumentProcessor.builder().ocrMode(OcrMode.OFF).noLayout().build();
    withLayout =
        DocumentProcessor.builder().ocrMode(OcrMode.OFF).layoutEngine(OnnxLayoutEngine.ID).build();
  }

  int items() {
    return pdfs.size();
  }

  /** Whether the {@code pdftotext} command is installed. */
  boolean hasPdftotext() {
    return pdftotext.isAvailable();
  }

  /** The text-layer group: Recto's reader, PDFBox's stripper and (when installed) pdftotext. */
  List<PeerEngine> textLayerEngines() {
    List<PeerEngine> out = new ArrayList<>();
    out.add(
        new PeerEngine(
            "text-layer", "recto-text-layer", this::readerPages, this::readerText, true));
    out.add(
        new PeerEngine(
            "text-layer", "pdfbox-stripper", this::stripperPages, this::stripperText, true));
    if (hasPdftotext()) {
      out.add(
          new PeerEngine(
              "text-layer", "pdftotext", this::pdftotextPages, this::pdftotextText, true));
    }
    return out;
  }

  /** The end-to-end group: the processor with fields, without and with the layout model. */
  List<PeerEngine> endToEndEngines() {
    return List.of(
        new PeerEngine(
            "end-to-end",
            "recto-e2e",
            i -> pages(process(plain, i)),
            i -> text(process(plain, i)),
            true),
        new PeerEngine(
            "end-to-end",
            "recto-e2e-layout",
            i -> pages(process(withLayout, i)),
            i -> text(process(withLayout, i)),
            true));
  }

  /** The plain text {@code pdftotext} reads from item {@code i}: the reference for real PDFs. */
  String pdftotextText(int i) {
    return pdftotext.text(files.get(i));
  }

  private int readerPages(int i) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdfs.get(i).bytes())) {
      TextLayerReader reader = new TextLayerReader();
      Deadline deadline = Deadline.startingNow(DEADLINE);
      for (int p = 0; p < d.getNumberOfPages(); p++) {
        reader.read(d, p, deadline);
      }
      return d.getNumberOfPages();
    }
  }

  private String readerText(int i) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdfs.get(i).bytes())) {
      StringJoiner text = new StringJoiner(" ");
      Deadline deadline = Deadline.startingNow(DEADLINE);
      for (int p = 0; p < d.getNumberOfPages(); p++) {
        for (Word w : new TextLayerReader().read(d, p, deadline).words()) {
          text.add(w.text());
        }
      }
      return text.toString();
    }
  }

  private int stripperPages(int i) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdfs.get(i).bytes())) {
      new PDFTextStripper().getText(d);
      return d.getNumberOfPages();
    }
  }

  private String stripperText(int i) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdfs.get(i).bytes())) {
      return new PDFTextStripper().getText(d);
    }
  }

  private int pdftotextPages(int i) {
    String text = pdftotext.text(files.get(i));
    // pdftotext ends every page with a form feed.
    return (int) text.chars().filter(c -> c == '\f').count();
  }

  private ProcessingResult process(DocumentProcessor processor, int i) {
    PdfCorpus.NamedPdf pdf = pdfs.get(i);
    ProcessingResult r = processor.process(DocumentSource.of(pdf.bytes(), pdf.name()));
    if (r.documentIfPresent().isEmpty()) {
      throw new IllegalStateException("processor failed on " + pdf.name() + ": " + r.diagnostics());
    }
    return r;
  }

  private static int pages(ProcessingResult r) {
    return r.documentIfPresent().map(d -> d.pages().size()).orElse(0);
  }

  private static String text(ProcessingResult r) {
    StringJoiner text = new StringJoiner(" ");
    for (Page p : r.documentIfPresent().orElseThrow().pages()) {
      for (Word w : p.words()) {
        text.add(w.text());
      }
    }
    return text.toString();
  }

  @Override
  public void close() throws IOException {
    plain.close();
    withLayout.close();
    for (Path f : files) {
      Files.deleteIfExists(f);
    }
    Files.deleteIfExists(folder);
  }
}
