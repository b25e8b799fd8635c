package dev.recto.samples.lineitems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.testkit.SharedData;
import dev.recto.extraction.table.LineItemTableFinder;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link LineItemTableFinder} on the real invoice2data PDFs whose JSON lists line items with a
 * quantity, and counts the listed items found with the same quantity and amount (where the JSON
 * gives one). Skips when {@code shared/data/invoice2data/compare} is absent.
 */
class Invoice2dataLineItemsTest {

  /** Listed items found; all 27 when written. */
  static final int FOUND_FLOOR = 27;

  @Test
  void findsTheListedItemsOfTheRealInvoices() throws Exception {
    Optional<Path> dir = SharedData.locate("invoice2data/compare");
    assumeTrue(dir.isPresent(), "shared/data/invoice2data/compare is absent; skipping");
    List<Path> jsons;
    try (Stream<Path> s = Files.list(dir.get())) {
      jsons = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    ObjectMapper json = new ObjectMapper();
    LineItemTableFinder finder = new LineItemTableFinder();
    int listed = 0;
    int found = 0;
    try (DocumentProcessor processor =
        DocumentProcessor.builder().ocrMode(OcrMode.OFF).noLayout().build()) {
      for (Path j : jsons) {
        Path pdf = j.resolveSibling(j.getFileName().toString().replace(".json", ".pdf"));
        JsonNode lines = json.readTree(j.toFile()).path(0).path("lines");
        if (!Files.exists(pdf) || !lines.isArray()) {
          continue;
        }
        List<JsonNode> expected = new ArrayList<>();
        lines.forEach(
            l -> {
              if (l.has("qty")) expected.add(l);
            });
        List<LineItem> items =
            finder.find(
                processor.process(DocumentSource.of(pdf)).documentIfPresent().orElseThrow());
        int hits = 0;
        List<LineItem> left = new ArrayList<>(items);
        for (JsonNode e : expected) {
          for (int i = 0; i < left.size(); i++) {
            if (matches(e, left.get(i))) {
              left.remove(i);
              hits++;
              break;
            }
          }
        }
        System.out.printf(
            "invoice2data %-28s %d of %d listed items found, %d extracted%n",
            pdf.getFileName(), hits, expected.size(), items.size());
        listed += expected.size();
        found += hits;
      }
    }
    System.out.printf("invoice2data line items: %d of %d found%n", found, listed);
    assertThat(found).isGreaterThanOrEqualTo(FOUND_FLOOR);
  }

  private static boolean matches(JsonNode expected, LineItem item) {
    if (!same(expected.get("qty"), item, LineItemKey.QUANTITY)) {
      return false;
    }
    JsonNode amount =
        expected.has("price_subtotal") ? expected.get("price_subtotal") : expected.get("price");
    return amount == null || same(amount, item, LineItemKey.AMOUNT);
  }

  private static boolean same(JsonNode expected, LineItem item, LineItemKey key) {
    Optional<String> got = item.get(key).map(ExtractedField::value);
    return got.isPresent()
        && new BigDecimal(got.get()).compareTo(new BigDecimal(expected.asText())) == 0;
  }
}
