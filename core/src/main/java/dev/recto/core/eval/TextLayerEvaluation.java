package dev.recto.core.eval;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.eval.PdftotextBboxParser.PopplerPage;
import dev.recto.core.eval.PdftotextBboxParser.PopplerWord;
import dev.recto.core.eval.TextLayerReport.FileResult;
import dev.recto.core.ingest.InputData;
import dev.recto.core.ingest.PdfLoader;
import dev.recto.core.ingest.TextLayerPage;
import dev.recto.core.ingest.TextLayerReader;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import dev.recto.core.process.Limits;
import dev.recto.core.source.DocumentSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Measures Recto's PDF text layer ({@link TextLayerReader}) against poppler's {@code pdftotext} on
 * every {@code *.pdf} of a folder.
 *
 * <p>Words: pdftotext's bag is its plain output ({@code pdftotext -enc UTF-8 FILE -}) split on
 * whitespace; Recto's bag is every word of every page. Boxes: words of the same text on the same
 * page are paired with {@code pdftotext -bbox}'s words nearest first, and their page-relative edges
 * compared (see {@link BoxAgreement}).
 *
 * <p>Stateless and thread-safe. Runs one {@code pdftotext} process at a time.
 *
 * <pre>{@code
 * TextLayerReport report = TextLayerEvaluation.evaluate(Path.of("invoices/"));
 * System.out.println(report.toText());
 * double f1 = report.words().f1();
 * }</pre>
 */
public final class TextLayerEvaluation {

  /** How many differing words each file's report lists. */
  public static final int SAMPLE_SIZE = 12;

  private TextLayerEvaluation() {}

  /**
   * Evaluates every {@code *.pdf} directly in {@code dir} (not in subfolders) with the {@code
   * pdftotext} on the {@code PATH}.
   *
   * @throws EngineUnavailableException when {@code pdftotext} is not installed
   * @throws UncheckedIOException when the folder cannot be listed or pdftotext fails
   * @throws dev.recto.core.error.InvalidDocumentException when a PDF cannot be parsed
   */
  public static TextLayerReport evaluate(Path dir) {
    return evaluate(dir, PdftotextRunner.onPath());
  }

  /** Same as {@link #evaluate(Path)} with the given {@code pdftotext}. */
  public static TextLayerReport evaluate(Path dir, PdftotextRunner pdftotext) {
    List<Path> pdfs;
    try (Stream<Path> listing = Files.list(dir)) {
      pdfs =
          listing
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    List<FileResult> files = new ArrayList<>();
    WordBagF1 words = WordBagF1.ZERO;
    BoxAgreement boxes = BoxAgreement.NONE;
    for (Path pdf : pdfs) {
      FileResult r = evaluateFile(pdf, pdftotext);
      files.add(r);
      words = words.plus(r.words());
      boxes = boxes.plus(r.boxes());
    }
    return new TextLayerReport(dir.toString(), files, words, boxes);
  }

  /** Evaluates one PDF. */
  public static FileResult evaluateFile(Path pdf, PdftotextRunner pdftotext) {
    List<TextLayerPage> pages = readTextLayer(pdf);
    WordBag reference = WordBag.split(pdftotext.text(pdf));
    List<String> rectoWords = new ArrayList<>();
    for (TextLayerPage page : pages) {
      for (Word w : page.words()) {
        rectoWords.add(w.text());
      }
    }
    WordBag candidate = WordBag.of(rectoWords);
    List<PopplerPage> popplerPages = PdftotextBboxParser.parse(pdftotext.bboxXhtml(pdf));
    BoxAgreement boxes = BoxAgreement.NONE;
    for (int i = 0; i < Math.min(pages.size(), popplerPages.size()); i++) {
      boxes = boxes.plus(compareBoxes(pages.get(i).words(), popplerPages.get(i)));
    }
    return new FileResult(
        pdf.getFileName().toString(),
        pages.size(),
        WordBagF1.compare(reference, candidate),
        boxes,
        reference.minus(candidate).mostFrequent(SAMPLE_SIZE),
        candidate.minus(reference).mostFrequent(SAMPLE_SIZE));
  }

  private static List<TextLayerPage> readTextLayer(Path pdf) {
    Limits limits = Limits.defaults();
    PdfLoader loader =
        new PdfLoader(limits.pdfMainMemoryBytes(), limits.pdfScratchFileBytes(), limits.maxPages());
    InputData input = InputData.of(DocumentSource.of(pdf), limits.maxInputBytes());
    TextLayerReader reader = new TextLayerReader();
    Deadline deadline = Deadline.startingNow(limits.deadline());
    List<TextLayerPage> pages = new ArrayList<>();
    try (PDDocument document = loader.load(input)) {
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        pages.add(reader.read(document, i, deadline));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the text layer of " + pdf, e);
    }
    return pages;
  }

  /**
   * Pairs words of equal text on one page, nearest box centres first, and measures the pairs' edge
   * distances. Recto's boxes are page-relative already; poppler's are divided by its page size.
   */
  static BoxAgreement compareBoxes(List<Word> recto, PopplerPage poppler) {
    Map<String, List<BoundingBox>> popplerByText = new HashMap<>();
    for (PopplerWord w : poppler.words()) {
      popplerByText
          .computeIfAbsent(w.text(), k -> new ArrayList<>())
          .add(
              BoundingBox.fromPoints(
                  w.xMin(), w.yMin(), w.xMax(), w.yMax(), poppler.width(), poppler.height()));
    }
    Map<String, List<BoundingBox>> rectoByText = new HashMap<>();
    for (Word w : recto) {
      rectoByText.computeIfAbsent(w.text(), k -> new ArrayList<>()).add(w.box());
    }
    BoxAgreement result = BoxAgreement.NONE;
    for (Map.Entry<String, List<BoundingBox>> e : rectoByText.entrySet()) {
      List<BoundingBox> theirs = popplerByText.get(e.getKey());
      if (theirs != null) {
        result = result.plus(pairNearest(e.getValue(), theirs));
      }
    }
    return result;
  }

  private static BoxAgreement pairNearest(List<BoundingBox> ours, List<BoundingBox> theirs) {
    record Pair(int a, int b, double distance) {}
    List<Pair> pairs = new ArrayList<>();
    for (int a = 0; a < ours.size(); a++) {
      for (int b = 0; b < theirs.size(); b++) {
        BoundingBox x = ours.get(a);
        BoundingBox y = theirs.get(b);
        pairs.add(new Pair(a, b, Math.hypot(x.centerX() - y.centerX(), x.centerY() - y.centerY())));
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::distance));
    boolean[] usedA = new boolean[ours.size()];
    boolean[] usedB = new boolean[theirs.size()];
    BoxAgreement result = BoxAgreement.NONE;
    for (Pair p : pairs) {
      if (usedA[p.a()] || usedB[p.b()]) {
        continue;
      }
      usedA[p.a()] = true;
      usedB[p.b()] = true;
      BoundingBox x = ours.get(p.a());
      BoundingBox y = theirs.get(p.b());
      result =
          result.plus(
              BoxAgreement.ofWord(
                  x.left() - y.left(),
                  x.right() - y.right(),
                  x.top() - y.top(),
                  x.bottom() - y.bottom()));
    }
    return result;
  }
}
