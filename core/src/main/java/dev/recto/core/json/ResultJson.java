package dev.recto.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Region;
import dev.recto.core.model.TableCell;
import dev.recto.core.model.TableStructure;
import dev.recto.core.model.Word;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.ProcessingResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Writes processing results as Recto's versioned JSON, described by the JSON Schema at {@link
 * #SCHEMA_RESOURCE}.
 *
 * <p>Numbers have fixed precision so that output is stable and diffable: coordinates (page-
 * relative, see {@link BoundingBox}) with {@value #COORD_DECIMALS} decimals, confidences with
 * {@value #CONFIDENCE_DECIMALS}, page sizes and font sizes in points with {@value #POINT_DECIMALS}.
 * A box is written as {@code [left, top, right, bottom]}.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String json = ResultJson.toJson(List.of(result), true);
 * }</pre>
 */
public final class ResultJson {

  /** The version of the output format; bumped on any incompatible change. */
  public static final String SCHEMA_VERSION = "1.3";

  /** Class-path location of the JSON Schema of this output. */
  public static final String SCHEMA_RESOURCE = "/dev/recto/core/json/recto-result.schema.json";

  public static final int COORD_DECIMALS = 4;
  public static final int CONFIDENCE_DECIMALS = 3;
  public static final int POINT_DECIMALS = 2;

  private static final JsonFactory FACTORY = new JsonFactory();

  private ResultJson() {}

  /** The results as one JSON document. */
  public static String toJson(List<ProcessingResult> results, boolean pretty) {
    StringWriter out = new StringWriter();
    write(results, out, pretty);
    return out.toString();
  }

  /** Writes the results as one JSON document; does not close {@code out}. */
  public static void write(List<ProcessingResult> results, Writer out, boolean pretty) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writeAll(results, g, pretty);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the results as UTF-8 JSON; does not close {@code out}. */
  public static void write(List<ProcessingResult> results, OutputStream out, boolean pretty)
      throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writeAll(results, g, pretty);
    }
  }

  private static void writeAll(List<ProcessingResult> results, JsonGenerator g, boolean pretty)
      throws IOException {
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    g.writeStartObject();
    g.writeStringField("schemaVersion", SCHEMA_VERSION);
    g.writeArrayFieldStart("documents");
    for (ProcessingResult r : results) {
      writeDocument(r, g);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
  }

  private static void writeDocument(ProcessingResult r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", r.source());
    g.writeStringField("status", r.status().name());
    if (r.document() != null) {
      g.writeStringField("format", r.document().format().mediaType());
    }
    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : r.diagnostics()) {
      g.writeStartObject();
      g.writeStringField("severity", d.severity().name());
      g.writeStringField("stage", d.stage().name());
      if (d.pageIndex() >= 0) {
        g.writeNumberField("page", d.pageIndex());
      } else {
        g.writeNullField("page");
      }
      if (d.code() != null) {
        g.writeStringField("code", d.code().name());
      }
      g.writeStringField("message", d.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("pages");
    if (r.document() != null) {
      for (Page p : r.document().pages()) {
        writePage(p, g);
      }
    }
    g.writeEndArray();
    g.writeObjectFieldStart("fields");
    for (Map.Entry<FieldKey, ExtractedField> e : r.invoice().fields().entrySet()) {
      g.writeFieldName(e.getKey().jsonName());
      writeField(e.getValue(), r.invoice().alternativesOf(e.getKey()), g);
    }
    g.writeEndObject();
    if (!r.invoice().customFields().isEmpty()) {
      g.writeObjectFieldStart("customFields");
      for (Map.Entry<String, ExtractedField> e : r.invoice().customFields().entrySet()) {
        g.writeFieldName(e.getKey());
        writeField(e.getValue(), g);
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("lineItems");
    for (LineItem item : r.invoice().lineItems()) {
      g.writeStartObject();
      for (Map.Entry<LineItemKey, ExtractedField> e : item.fields().entrySet()) {
        g.writeFieldName(e.getKey().jsonName());
        writeField(e.getValue(), g);
      }
      if (!item.customFields().isEmpty()) {
        g.writeObjectFieldStart("customFields");
        for (Map.Entry<String, ExtractedField> e : item.customFields().entrySet()) {
          g.writeFieldName(e.getKey());
          writeField(e.getValue(), g);
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writePage(Page p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("index", p.index());
    g.writeNumberField("width", round(p.width(), POINT_DECIMALS));
    g.writeNumberField("height", round(p.height(), POINT_DECIMALS));
    g.writeNumberField("rotation", p.rotation());
    if (p.sourceDpi() > 0) {
      g.writeNumberField("sourceDpi", p.sourceDpi());
    }
    g.writeStringField("textSource", p.textSource().name());
    if (!p.words().isEmpty()) {
      Provenance first = p.words().get(0).provenance();
      g.writeObjectFieldStart("engine");
      g.writeStringField("id", first.engineId());
      g.writeStringField("model", first.modelId());
      g.writeStringField("version", first.modelVersion());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("words");
    for (Word w : p.words()) {
      g.writeStartObject();
      g.writeStringField("text", w.text());
      g.writeFieldName("box");
      writeBox(w.box(), g);
      g.writeNumberField("confidence", round(w.confidence(), CONFIDENCE_DECIMALS));
      g.writeNumberField("fontSize", round(w.fontSize(), POINT_DECIMALS));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("regions");
    for (Region region : p.regions()) {
      g.writeStartObject();
      g.writeStringField("type", region.type().name());
      g.writeFieldName("box");
      writeBox(region.box(), g);
      g.writeNumberField("confidence", round(region.confidence(), CONFIDENCE_DECIMALS));
      g.writeStringField("engine", region.provenance().engineId());
      if (!region.table().isEmpty()) {
        writeTable(region.table(), g);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeTable(TableStructure t, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("table");
    g.writeNumberField("headerRows", t.headerRows());
    g.writeArrayFieldStart("rows");
    for (BoundingBox b : t.rows()) {
      writeBox(b, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("columns");
    for (BoundingBox b : t.columns()) {
      writeBox(b, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cells");
    for (TableCell c : t.cells()) {
      g.writeStartObject();
      g.writeNumberField("row", c.row());
      g.writeNumberField("column", c.column());
      g.writeFieldName("box");
      writeBox(c.box(), g);
      g.writeStringField("text", c.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeField(ExtractedField f, JsonGenerator g) throws IOException {
    writeField(f, List.of(), g);
  }

  /**
   * One field; {@code alternatives}, when there are any, as an array of field objects of the same
   * shape (their confidences are their extractors' own, not calibrated).
   */
  private static void writeField(
      ExtractedField f, List<ExtractedField> alternatives, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("value", f.value());
    if (f.currency() != null) {
      g.writeStringField("currency", f.currency());
    }
    g.writeNumberField("confidence", round(f.confidence(), CONFIDENCE_DECIMALS));
    g.writeNumberField("page", f.pageIndex());
    g.writeFieldName("box");
    writeBox(fieldBox(f), g);
    g.writeStringField("extractor", f.extractorId());
    g.writeStringField("raw", f.rawText());
    if (!alternatives.isEmpty()) {
      g.writeArrayFieldStart("alternatives");
      for (ExtractedField a : alternatives) {
        writeField(a, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** The union of the field's word boxes on its first page. */
  static BoundingBox fieldBox(ExtractedField f) {
    int page = f.pageIndex();
    BoundingBox box = null;
    for (Provenance p : f.provenance()) {
      if (p.pageIndex() == page) {
        box = box == null ? p.box() : box.union(p.box());
      }
    }
    return box;
  }

  private static void writeBox(BoundingBox b, JsonGenerator g) throws IOException {
    g.writeStartArray();
    g.writeNumber(round(b.left(), COORD_DECIMALS));
    g.writeNumber(round(b.top(), COORD_DECIMALS));
    g.writeNumber(round(b.right(), COORD_DECIMALS));
    g.writeNumber(round(b.bottom(), COORD_DECIMALS));
    g.writeEndArray();
  }

  /** {@code v} rounded half-up to {@code decimals}, trailing zeros dropped. */
  static BigDecimal round(double v, int decimals) {
    BigDecimal d =
        BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
