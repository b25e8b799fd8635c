package dev.recto.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItemKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads field truth files. Two shapes are accepted:
 *
 * <ul>
 *   <li>the plain one, {@code {"fields": {"InvoiceTotal": "4.11", ...}, "lineItems": [{"Amount":
 *       "4.11", ...}]}}, values already normalized; {@code "exhaustive": false} marks partial truth
 *       (only the listed fields are scored, as for receipts labeled with four keys), and {@code
 *       "absent": ["DueDate"]} lists fields known not to be on the document (a value extracted for
 *       one is wrong, partial truth or not);
 *   <li>Recto's synthetic {@code NAME.truth.json} (and {@code NAME.scan.truth.json}), where each
 *       field is {@code {"value": ..., "raw": ...}}: a field with a value but no raw text is not
 *       printed and counted as {@link FieldTruth#unprinted()}; line items are {@code {"cells":
 *       {...}}}; {@code locale}, {@code designId} and {@code scan.effects} become slices;
 *   <li>invoice2data's expected output, {@code [{"issuer": ..., "amount": 4.11, ...}]}, mapped by
 *       {@link Invoice2DataTruth};
 *   <li>the SROIE receipts' key files, mapped by {@link SroieTruth}.
 * </ul>
 *
 * <p>Unknown field names are an error naming the file, so a typo cannot silently drop a field.
 * Thread-safe.
 */
public final class FieldTruthReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FieldTruthReader() {}

  /**
   * Reads {@code file}; the truth's name is the file name without {@code .truth.json}.
   *
   * @throws IOException when the file cannot be read or is not valid truth
   */
  public static FieldTruth read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    String name = file.getFileName().toString().replaceFirst("\\.truth\\.json$|\\.json$", "");
    try {
      return fromTree(name, root);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a parsed truth tree (also invoice2data's output, see {@link Invoice2DataTruth}). */
  public static FieldTruth fromTree(String name, JsonNode root) {
    if (Invoice2DataTruth.accepts(root)) {
      return Invoice2DataTruth.fromTree(name, root);
    }
    if (SroieTruth.accepts(root)) {
      return SroieTruth.fromTree(name, root);
    }
    Map<FieldKey, String> fields = new EnumMap<>(FieldKey.class);
    Set<FieldKey> unprinted = EnumSet.noneOf(FieldKey.class);
    JsonNode f = root.path("fields");
    for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      FieldKey key =
          FieldKey.fromJsonName(e.getKey())
              .orElseThrow(() -> new IllegalArgumentException("unknown field " + e.getKey()));
      Cell cell = cell(e.getValue());
      if (cell.value == null) {
        continue;
      }
      if (cell.printed) {
        fields.put(key, cell.value);
      } else {
        unprinted.add(key);
      }
    }
    List<Map<LineItemKey, String>> rows = new ArrayList<>();
    for (JsonNode row : root.path("lineItems")) {
      JsonNode cells = row.has("cells") ? row.get("cells") : row;
      Map<LineItemKey, String> r = new EnumMap<>(LineItemKey.class);
      for (Iterator<Map.Entry<String, JsonNode>> it = cells.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        LineItemKey key =
            LineItemKey.fromJsonName(e.getKey())
                .orElseThrow(
                    () -> new IllegalArgumentException("unknown line-item column " + e.getKey()));
        Cell cell = cell(e.getValue());
        if (cell.value != null && cell.printed) {
          r.put(key, cell.value);
        }
      }
      rows.add(r);
    }
    List<String> slices = new ArrayList<>();
    text(root, "locale").ifPresent(v -> slices.add("locale=" + v));
    text(root, "designId").ifPresent(v -> slices.add("design=" + v));
    JsonNode scan = root.path("scan");
    if (scan.isObject()) {
      slices.add("degradation=scan");
      if (scan.has("dpi")) {
        slices.add("dpi=" + scan.get("dpi").asText());
      }
      TreeSet<String> kinds = new TreeSet<>();
      for (JsonNode e : scan.path("effects")) {
        kinds.add(e.path("kind").asText());
      }
      kinds.forEach(k -> slices.add("effect=" + k));
    } else if (root.has("designId")) {
      slices.add("degradation=born-digital");
    }
    Set<FieldKey> absent = EnumSet.noneOf(FieldKey.class);
    for (JsonNode a : root.path("absent")) {
      FieldKey key =
          FieldKey.fromJsonName(a.asText())
              .orElseThrow(() -> new IllegalArgumentException("unknown field " + a.asText()));
      if (fields.containsKey(key)) {
        throw new IllegalArgumentException(key.jsonName() + " is both in fields and absent");
      }
      absent.add(key);
    }
    return new FieldTruth(
        name, fields, unprinted, rows, root.path("exhaustive").asBoolean(true), slices, absent);
  }

  private record Cell(String value, boolean printed) {}

  private static Cell cell(JsonNode node) {
    if (node == null || node.isNull()) {
      return new Cell(null, false);
    }
    if (node.isObject()) {
      JsonNode v = node.get("value");
      if (v == null || v.isNull()) {
        return new Cell(null, false);
      }
      boolean printed = node.has("raw") ? !node.get("raw").isNull() : true;
      return new Cell(v.asText(), printed);
    }
    return new Cell(node.asText(), true);
  }

  private static Optional<String> text(JsonNode root, String field) {
    JsonNode n = root.get(field);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }
}
