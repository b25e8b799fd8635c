package dev.recto.samples.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a {@link Truth} as {@code NAME.truth.json}: UTF-8, two-space indented, keys in a fixed
 * order, boxes as {@code [left, top, right, bottom]} page-relative with {@value #BOX_DECIMALS}
 * decimals. The JSON Schema is the class-path resource {@value #SCHEMA_RESOURCE}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TruthJson {

  /** Version of the truth format; bumped on any incompatible change. */
  public static final String SCHEMA_VERSION = "1.0";

  /** Class-path location of the JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "/dev/recto/samples/synth/truth.schema.json";

  /** Decimals of box coordinates (1e-5 of a page is well under a hundredth of a point). */
  public static final int BOX_DECIMALS = 5;

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private TruthJson() {}

  /** The truth as JSON bytes. */
  public static byte[] toBytes(Truth truth) {
    return (toString(toTree(truth)) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A truth tree (possibly extended, as {@link ScanJson} does) as indented JSON text. */
  static String toString(ObjectNode tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise truth of " + tree.path("name").asText(), e);
    }
  }

  /** The truth as a JSON tree. */
  public static ObjectNode toTree(Truth t) {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("name", t.name());
    root.put("designId", t.designId());
    root.put("locale", t.localeId());
    root.put("currency", t.currency());
    if (t.inconsistency() == null) {
      root.putNull("inconsistency");
    } else {
      ObjectNode i = root.putObject("inconsistency");
      i.put("kind", t.inconsistency().kind().name());
      i.put("detail", t.inconsistency().detail());
    }
    ArrayNode fonts = root.putArray("fonts");
    t.fonts().forEach(fonts::add);
    ArrayNode pages = root.putArray("pages");
    for (Truth.PageSize p : t.pages()) {
      ObjectNode page = pages.addObject();
      page.put("width", round(p.width(), 2));
      page.put("height", round(p.height(), 2));
    }
    ObjectNode fields = root.putObject("fields");
    for (Map.Entry<FieldKey, Truth.FieldTruth> e : t.fields().entrySet()) {
      fields.set(e.getKey().jsonName(), field(e.getValue()));
    }
    ArrayNode items = root.putArray("lineItems");
    for (Truth.LineItemTruth item : t.lineItems()) {
      ObjectNode o = items.addObject();
      o.put("page", item.page());
      o.set("box", box(item.box()));
      ObjectNode cells = o.putObject("cells");
      for (Map.Entry<LineItemKey, Truth.FieldTruth> e : item.cells().entrySet()) {
        cells.set(e.getKey().jsonName(), field(e.getValue()));
      }
    }
    ArrayNode regions = root.putArray("regions");
    for (Truth.RegionTruth r : t.regions()) {
      ObjectNode o = regions.addObject();
      o.put("id", r.id());
      o.put("type", r.type().name());
      o.put("page", r.page());
      o.set("box", box(r.box()));
      if (!r.rows().isEmpty()) {
        ArrayNode rows = o.putArray("rows");
        for (Truth.RowTruth row : r.rows()) {
          ObjectNode ro = rows.addObject();
          ro.put("header", row.header());
          ro.put("lineItem", row.lineItem());
          ro.set("box", box(row.box()));
          ArrayNode cells = ro.putArray("cells");
          for (Truth.CellTruth c : row.cells()) {
            ObjectNode co = cells.addObject();
            co.put("column", c.column().jsonName());
            co.set("box", box(c.box()));
            co.put("text", c.text());
          }
        }
      }
    }
    ArrayNode words = root.putArray("words");
    for (Truth.WordTruth w : t.words()) {
      ObjectNode o = words.addObject();
      o.put("text", w.text());
      o.put("page", w.page());
      o.set("box", box(w.box()));
      o.put("region", w.region());
    }
    return root;
  }

  private static ObjectNode field(Truth.FieldTruth f) {
    ObjectNode o = NODES.objectNode();
    o.put("value", f.value());
    o.put("raw", f.raw());
    if (f.currency() != null) {
      o.put("currency", f.currency());
    }
    if (f.box() == null) {
      o.putNull("page");
      o.putNull("box");
    } else {
      o.put("page", f.page());
      o.set("box", box(f.box()));
    }
    return o;
  }

  private static ArrayNode box(BoundingBox b) {
    ArrayNode a = NODES.arrayNode();
    a.add(round(b.left(), BOX_DECIMALS));
    a.add(round(b.top(), BOX_DECIMALS));
    a.add(round(b.right(), BOX_DECIMALS));
    a.add(round(b.bottom(), BOX_DECIMALS));
    return a;
  }

  /** Half-up to {@code decimals} places; the digits come from {@link Math#round}, not toString. */
  private static BigDecimal round(double v, int decimals) {
    double scale = Math.pow(10, decimals);
    return BigDecimal.valueOf(Math.round(v * scale), decimals);
  }
}
