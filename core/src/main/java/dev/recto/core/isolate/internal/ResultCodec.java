package dev.recto.core.isolate.internal;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.Block;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.InputFormat;
import dev.recto.core.model.Line;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.TableCell;
import dev.recto.core.model.TableStructure;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.ProcessingStatus;
import dev.recto.core.process.Severity;
import dev.recto.core.process.Stage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lossless binary form of a {@link ProcessingResult}, for results that travel from a worker JVM
 * to its parent. Unlike Recto's JSON (rounded numbers, one box per field), decoding gives a result
 * {@code equals} to the one encoded: every double bit for bit, every word's provenance, lines and
 * blocks sharing the page's word objects as they did before.
 *
 * <p>Stateless and thread-safe. Decoding validates through the records' constructors; a damaged
 * message fails with {@link IOException}.
 */
public final class ResultCodec {

  /** Bumped on any change of the layout below; both ends must agree. */
  static final int VERSION = 4;

  private ResultCodec() {}

  public static byte[] encode(ProcessingResult r) {
    WireOut out = new WireOut();
    out.writeInt(VERSION);
    out.writeString(r.source());
    out.writeEnum(r.status());
    out.writeInt(r.diagnostics().size());
    for (Diagnostic d : r.diagnostics()) {
      out.writeEnum(d.severity());
      out.writeEnum(d.stage());
      out.writeInt(d.pageIndex());
      out.writeEnum(d.code());
      out.writeString(d.message());
    }
    out.writeBoolean(r.document() != null);
    if (r.document() != null) {
      writeDocument(r.document(), out);
    }
    writeInvoice(r.invoice(), out);
    return out.toByteArray();
  }

  /**
   * @throws IOException when the message is damaged or from another version
   */
  public static ProcessingResult decode(byte[] message) throws IOException {
    WireIn in = new WireIn(message);
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("result format " + version + ", expected " + VERSION);
    }
    try {
      String source = in.readString();
      ProcessingStatus status = in.readEnum(ProcessingStatus.class);
      int n = in.readCount();
      List<Diagnostic> diagnostics = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        diagnostics.add(
            new Diagnostic(
                in.readEnum(Severity.class),
                in.readEnum(Stage.class),
                in.readInt(),
                in.readEnum(ErrorCode.class),
                in.readString()));
      }
      Document document = in.readBoolean() ? readDocument(in) : null;
      InvoiceFields invoice = readInvoice(in);
      return new ProcessingResult(source, status, diagnostics, document, invoice);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IOException("invalid result: " + e.getMessage(), e);
    }
  }

  private static void writeDocument(Document d, WireOut out) {
    out.writeString(d.source());
    out.writeEnum(d.format());
    out.writeInt(d.pages().size());
    for (Page p : d.pages()) {
      writePage(p, out);
    }
  }

  private static Document readDocument(WireIn in) throws IOException {
    String source = in.readString();
    InputFormat format = in.readEnum(InputFormat.class);
    int n = in.readCount();
    List<Page> pages = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      pages.add(readPage(in));
    }
    return new Document(source, format, pages);
  }

  private static void writePage(Page p, WireOut out) {
    out.writeInt(p.index());
    out.writeDouble(p.width());
    out.writeDouble(p.height());
    out.writeInt(p.rotation());
    out.writeInt(p.sourceDpi());
    out.writeEnum(p.textSource());
    Map<Word, Integer> wordIndex = new IdentityHashMap<>();
    out.writeInt(p.words().size());
    for (Word w : p.words()) {
      wordIndex.putIfAbsent(w, wordIndex.size());
      writeWord(w, out);
    }
    Map<Line, Integer> lineIndex = new IdentityHashMap<>();
    out.writeInt(p.lines().size());
    for (Line l : p.lines()) {
      lineIndex.putIfAbsent(l, lineIndex.size());
      writeBox(l.box(), out);
      out.writeInt(l.words().size());
      for (Word w : l.words()) {
        Integer ref = wordIndex.get(w);
        out.writeInt(ref == null ? -1 : ref);
        if (ref == null) {
          writeWord(w, out);
        }
      }
    }
    out.writeInt(p.blocks().size());
    for (Block b : p.blocks()) {
      writeBox(b.box(), out);
      out.writeInt(b.lines().size());
      for (Line l : b.lines()) {
        Integer ref = lineIndex.get(l);
        out.writeInt(ref == null ? -1 : ref);
        if (ref == null) {
          writeBox(l.box(), out);
          out.writeInt(l.words().size());
          for (Word w : l.words()) {
            writeWord(w, out);
          }
        }
      }
    }
    out.writeInt(p.regions().size());
    for (Region r : p.regions()) {
      out.writeEnum(r.type());
      writeBox(r.box(), out);
      out.writeDouble(r.confidence());
      writeProvenance(r.provenance(), out);
      writeTable(r.table(), wordIndex, out);
    }
  }

  private static void writeTable(TableStructure t, Map<Word, Integer> wordIndex, WireOut out) {
    out.writeInt(t.headerRows());
    out.writeInt(t.rows().size());
    for (BoundingBox b : t.rows()) {
      writeBox(b, out);
    }
    out.writeInt(t.columns().size());
    for (BoundingBox b : t.columns()) {
      writeBox(b, out);
    }
    out.writeInt(t.cells().size());
    for (TableCell c : t.cells()) {
      out.writeInt(c.row());
      out.writeInt(c.column());
      writeBox(c.box(), out);
      out.writeInt(c.words().size());
      for (Word w : c.words()) {
        Integer ref = wordIndex.get(w);
        out.writeInt(ref == null ? -1 : ref);
        if (ref == null) {
          writeWord(w, out);
        }
      }
    }
  }

  private static TableStructure readTable(WireIn in, List<Word> words) throws IOException {
    int headerRows = in.readInt();
    List<BoundingBox> rows = readBoxes(in);
    List<BoundingBox> columns = readBoxes(in);
    int nc = in.readCount();
    List<TableCell> cells = new ArrayList<>(nc);
    for (int i = 0; i < nc; i++) {
      int row = in.readInt();
      int column = in.readInt();
      BoundingBox box = readBox(in);
      int n = in.readCount();
      List<Word> cellWords = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        int ref = in.readInt();
        cellWords.add(ref == -1 ? readWord(in) : element(words, ref));
      }
      cells.add(new TableCell(row, column, box, cellWords));
    }
    return new TableStructure(headerRows, rows, columns, cells);
  }

  private static List<BoundingBox> readBoxes(WireIn in) throws IOException {
    int n = in.readCount();
    List<BoundingBox> boxes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boxes.add(readBox(in));
    }
    return boxes;
  }

  private static Page readPage(WireIn in) throws IOException {
    int index = in.readInt();
    double width = in.readDouble();
    double height = in.readDouble();
    int rotation = in.readInt();
    int dpi = in.readInt();
    TextSource source = in.readEnum(TextSource.class);
    int nw = in.readCount();
    List<Word> words = new ArrayList<>(nw);
    for (int i = 0; i < nw; i++) {
      words.add(readWord(in));
    }
    int nl = in.readCount();
    List<Line> lines = new ArrayList<>(nl);
    for (int i = 0; i < nl; i++) {
      lines.add(readLine(in, words, true));
    }
    int nb = in.readCount();
    List<Block> blocks = new ArrayList<>(nb);
    for (int i = 0; i < nb; i++) {
      BoundingBox box = readBox(in);
      int n = in.readCount();
      List<Line> blockLines = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        int ref = in.readInt();
        blockLines.add(ref == -1 ? readLine(in, List.of(), false) : element(lines, ref));
      }
      blocks.add(new Block(blockLines, box));
    }
    int nr = in.readCount();
    List<Region> regions = new ArrayList<>(nr);
    for (int i = 0; i < nr; i++) {
      regions.add(
          new Region(
              in.readEnum(RegionType.class),
              readBox(in),
              in.readDouble(),
              readProvenance(in),
              readTable(in, words)));
    }
    return new Page(index, width, height, rotation, dpi, source, words, lines, blocks, regions);
  }

  /**
   * A line whose words are, with {@code refs}, each a reference into {@code words} or -1 and the
   * word in full; without, all in full.
   */
  private static Line readLine(WireIn in, List<Word> words, boolean refs) throws IOException {
    BoundingBox box = readBox(in);
    int n = in.readCount();
    List<Word> lineWords = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      int ref = refs ? in.readInt() : -1;
      lineWords.add(ref == -1 ? readWord(in) : element(words, ref));
    }
    return new Line(lineWords, box);
  }

  private static <T> T element(List<T> list, int ref) throws IOException {
    if (ref < 0 || ref >= list.size()) {
      throw new IOException("bad reference " + ref);
    }
    return list.get(ref);
  }

  private static void writeWord(Word w, WireOut out) {
    out.writeString(w.text());
    writeBox(w.box(), out);
    out.writeDouble(w.confidence());
    out.writeDouble(w.fontSize());
    writeProvenance(w.provenance(), out);
  }

  private static Word readWord(WireIn in) throws IOException {
    return new Word(
        in.readString(), readBox(in), in.readDouble(), in.readDouble(), readProvenance(in));
  }

  private static void writeProvenance(Provenance p, WireOut out) {
    out.writeInt(p.pageIndex());
    writeBox(p.box(), out);
    out.writeString(p.engineId());
    out.writeString(p.modelId());
    out.writeString(p.modelVersion());
  }

  private static Provenance readProvenance(WireIn in) throws IOException {
    return new Provenance(
        in.readInt(), readBox(in), in.readString(), in.readString(), in.readString());
  }

  private static void writeBox(BoundingBox b, WireOut out) {
    out.writeDouble(b.left());
    out.writeDouble(b.top());
    out.writeDouble(b.right());
    out.writeDouble(b.bottom());
  }

  private static BoundingBox readBox(WireIn in) throws IOException {
    return new BoundingBox(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
  }

  private static void writeInvoice(InvoiceFields f, WireOut out) {
    out.writeInt(f.fields().size());
    for (Map.Entry<FieldKey, ExtractedField> e : f.fields().entrySet()) {
      out.writeEnum(e.getKey());
      writeField(e.getValue(), out);
    }
    out.writeInt(f.lineItems().size());
    for (LineItem item : f.lineItems()) {
      out.writeInt(item.fields().size());
      for (Map.Entry<LineItemKey, ExtractedField> e : item.fields().entrySet()) {
        out.writeEnum(e.getKey());
        writeField(e.getValue(), out);
      }
      out.writeInt(item.customFields().size());
      for (Map.Entry<String, ExtractedField> e : item.customFields().entrySet()) {
        out.writeString(e.getKey());
        writeField(e.getValue(), out);
      }
    }
    out.writeInt(f.customFields().size());
    for (Map.Entry<String, ExtractedField> e : f.customFields().entrySet()) {
      out.writeString(e.getKey());
      writeField(e.getValue(), out);
    }
    out.writeInt(f.alternatives().size());
    for (Map.Entry<FieldKey, List<ExtractedField>> e : f.alternatives().entrySet()) {
      out.writeEnum(e.getKey());
      out.writeInt(e.getValue().size());
      for (ExtractedField a : e.getValue()) {
        writeField(a, out);
      }
    }
  }

  private static InvoiceFields readInvoice(WireIn in) throws IOException {
    int n = in.readCount();
    Map<FieldKey, ExtractedField> fields = new EnumMap<>(FieldKey.class);
    for (int i = 0; i < n; i++) {
      fields.put(in.readEnum(FieldKey.class), readField(in));
    }
    int ni = in.readCount();
    List<LineItem> items = new ArrayList<>(ni);
    for (int i = 0; i < ni; i++) {
      int nf = in.readCount();
      Map<LineItemKey, ExtractedField> row = new EnumMap<>(LineItemKey.class);
      for (int j = 0; j < nf; j++) {
        row.put(in.readEnum(LineItemKey.class), readField(in));
      }
      int nc = in.readCount();
      Map<String, ExtractedField> rowCustom = new java.util.TreeMap<>();
      for (int j = 0; j < nc; j++) {
        rowCustom.put(in.readString(), readField(in));
      }
      items.add(new LineItem(row, rowCustom));
    }
    int nc = in.readCount();
    Map<String, ExtractedField> custom = new java.util.TreeMap<>();
    for (int i = 0; i < nc; i++) {
      custom.put(in.readString(), readField(in));
    }
    int na = in.readCount();
    Map<FieldKey, List<ExtractedField>> alternatives = new EnumMap<>(FieldKey.class);
    for (int i = 0; i < na; i++) {
      FieldKey key = in.readEnum(FieldKey.class);
      int nv = in.readCount();
      List<ExtractedField> values = new ArrayList<>(nv);
      for (int j = 0; j < nv; j++) {
        values.add(readField(in));
      }
      alternatives.put(key, values);
    }
    return new InvoiceFields(fields, items, custom, alternatives);
  }

  private static void writeField(ExtractedField f, WireOut out) {
    out.writeString(f.value());
    out.writeString(f.currency());
    out.writeString(f.rawText());
    out.writeDouble(f.rawScore());
    out.writeDouble(f.confidence());
    out.writeInt(f.provenance().size());
    for (Provenance p : f.provenance()) {
      writeProvenance(p, out);
    }
    out.writeString(f.extractorId());
  }

  private static ExtractedField readField(WireIn in) throws IOException {
    String value = in.readString();
    String currency = in.readString();
    String raw = in.readString();
    double rawScore = in.readDouble();
    double confidence = in.readDouble();
    int n = in.readCount();
    List<Provenance> provenance = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      provenance.add(readProvenance(in));
    }
    return new ExtractedField(
        value, currency, raw, rawScore, confidence, provenance, in.readString());
  }
}
