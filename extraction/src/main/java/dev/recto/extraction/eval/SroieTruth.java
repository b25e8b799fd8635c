package dev.recto.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.recto.core.field.FieldKey;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.extraction.parse.DateParser;
import dev.recto.extraction.parse.MoneyParser;
import dev.recto.extraction.parse.NumberConvention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the key files of the SROIE receipts ({@code {"company", "date", "address", "total"}}, as
 * printed) as field truth: company → VendorName, address → VendorAddress, date → InvoiceDate
 * (normalized to ISO, day before month as on Malaysian receipts), total → InvoiceTotal (a plain
 * decimal). Only these four fields are scored. Thread-safe.
 */
public final class SroieTruth {

  private static final DateParser DATES = new DateParser(DateOrder.DMY);
  private static final MoneyParser MONEY = new MoneyParser(NumberConvention.DOT);

  private SroieTruth() {}

  /** True when {@code root} is a SROIE key file. */
  public static boolean accepts(JsonNode root) {
    return root.isObject() && root.has("company") && root.has("total");
  }

  /** The truth of one receipt. */
  public static FieldTruth fromTree(String name, JsonNode root) {
    Map<FieldKey, String> fields = new EnumMap<>(FieldKey.class);
    text(root, "company").ifPresent(v -> fields.put(FieldKey.VENDOR_NAME, v));
    text(root, "address").ifPresent(v -> fields.put(FieldKey.VENDOR_ADDRESS, v));
    text(root, "date")
        .flatMap(DATES::parse)
        .ifPresent(d -> fields.put(FieldKey.INVOICE_DATE, d.toString()));
    text(root, "total")
        .flatMap(MONEY::parse)
        .ifPresent(m -> fields.put(FieldKey.INVOICE_TOTAL, m.amount().toPlainString()));
    return new FieldTruth(name, fields, Set.of(), List.of(), false, List.of("source=sroie"));
  }

  /** The receipts of a SROIE folder ({@code img/NNN.jpg} with {@code key/NNN.json}), by name. */
  public static List<FieldEvaluation.Item> items(Path dir) throws IOException {
    List<FieldEvaluation.Item> out = new ArrayList<>();
    try (Stream<Path> keys = Files.list(dir.resolve("key"))) {
      for (Path key : keys.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String name = key.getFileName().toString().replaceFirst("\\.json$", "");
        Path img = dir.resolve("img").resolve(name + ".jpg");
        if (Files.isRegularFile(img)) {
          out.add(new FieldEvaluation.Item(img, key));
        }
      }
    }
    return out;
  }

  private static java.util.Optional<String> text(JsonNode root, String field) {
    JsonNode n = root.get(field);
    return n == null || n.isNull() || n.asText().isBlank()
        ? java.util.Optional.empty()
        : java.util.Optional.of(n.asText().strip());
  }
}
