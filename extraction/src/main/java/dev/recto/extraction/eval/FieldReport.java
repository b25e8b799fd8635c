package dev.recto.extraction.eval;

import dev.recto.core.field.FieldKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores of a set of documents: per field, all fields together (micro-averaged), line-item
 * rows, and per slice ({@code locale=...}, {@code design=...}, {@code degradation=...}).
 *
 * <p>Immutable.
 */
public record FieldReport(List<DocumentScore> documents) {

  public FieldReport {
    documents = List.copyOf(documents);
  }

  /** Counts per field over all documents, in {@link FieldKey} order. */
  public Map<FieldKey, Counts> perField() {
    Map<FieldKey, Counts> out = new EnumMap<>(FieldKey.class);
    for (DocumentScore d : documents) {
      d.fields().forEach((k, c) -> out.merge(k, c, Counts::plus));
    }
    return out;
  }

  /** All fields of all documents. */
  public Counts micro() {
    return documents.stream().map(DocumentScore::micro).reduce(Counts.ZERO, Counts::plus);
  }

  /** Line-item rows of all documents. */
  public Counts rows() {
    return documents.stream().map(DocumentScore::rows).reduce(Counts.ZERO, Counts::plus);
  }

  /** Field counts per slice label, sorted by label. */
  public Map<String, Counts> perSlice() {
    Map<String, Counts> out = new TreeMap<>();
    for (DocumentScore d : documents) {
      for (String s : d.truth().slices()) {
        out.merge(s, d.micro(), Counts::plus);
      }
    }
    return out;
  }

  /** Row counts per slice label, sorted by label. */
  public Map<String, Counts> rowsPerSlice() {
    Map<String, Counts> out = new TreeMap<>();
    for (DocumentScore d : documents) {
      for (String s : d.truth().slices()) {
        out.merge(s, d.rows(), Counts::plus);
      }
    }
    return out;
  }

  /** The documents whose scores match a slice label. */
  public FieldReport slice(String label) {
    return new FieldReport(
        documents.stream().filter(d -> d.truth().slices().contains(label)).toList());
  }

  /** A Markdown report: overall, per field, per slice. */
  public String toMarkdown() {
    StringBuilder b = new StringBuilder();
    Counts m = micro();
    Counts r = rows();
    b.append(String.format(Locale.ROOT, "%d documents%n%n", documents.size()));
    b.append("| scope | precision | recall | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|\n");
    row(b, "**all fields (micro)**", m);
    row(b, "**line-item rows**", r);
    perField().forEach((k, c) -> row(b, k.jsonName(), c));
    Map<String, Counts> slices = perSlice();
    if (!slices.isEmpty()) {
      b.append("\n| slice | field P | field R | field F1 | row F1 | documents |\n");
      b.append("|---|---|---|---|---|---|\n");
      Map<String, Counts> rowSlices = rowsPerSlice();
      for (Map.Entry<String, Counts> e : slices.entrySet()) {
        long n = documents.stream().filter(d -> d.truth().slices().contains(e.getKey())).count();
        b.append(
            String.format(
                Locale.ROOT,
                "| %s | %.3f | %.3f | %.3f | %.3f | %d |%n",
                e.getKey(),
                e.getValue().precision(),
                e.getValue().recall(),
                e.getValue().f1(),
                rowSlices.get(e.getKey()).f1(),
                n));
      }
    }
    return b.toString();
  }

  /** One line per miss, {@code NAME: message}, for reading failures. */
  public List<String> misses() {
    List<String> out = new ArrayList<>();
    for (DocumentScore d : documents) {
      d.misses().forEach(msg -> out.add(d.truth().name() + ": " + msg));
    }
    return out;
  }

  private static void row(StringBuilder b, String name, Counts c) {
    b.append(
        String.format(
            Locale.ROOT,
            "| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n",
            name,
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp(),
            c.fp(),
            c.fn()));
  }
}
