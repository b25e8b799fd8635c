package dev.recto.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recto.core.field.FieldKey;
import dev.recto.core.io.OutputPaths;
import dev.recto.extraction.eval.FieldEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the resolved tasks of a queue as labeled data: one {@code NAME.truth.json} per document,
 * in the plain shape {@code recto eval fields} and calibration read ({@code
 * dev.recto.extraction.eval.FieldTruthReader}):
 *
 * <pre>{@code
 * {
 *   "fields": {"InvoiceTotal": "4.11", "InvoiceId": "A-17"},
 *   "exhaustive": false,
 *   "absent": ["DueDate"],
 *   "documentId": "inv-001",
 *   "source": "/invoices/inv-001.pdf",
 *   "review": {"InvoiceTotal": {"proposed": "4.10", "confidence": 0.62, "resolution": "CORRECTED",
 *              "page": 0, "box": [0.71, 0.80, 0.83, 0.82], "reviewer": "ana"}}
 * }
 * }</pre>
 *
 * <p>{@code fields} holds the reviewed value of each resolved field; a field corrected to empty
 * (not on the document) is left out of {@code fields}, kept in {@code review}, and, when Recto had
 * proposed a value for it, listed in {@code absent}, so that calibration counts that proposal as
 * wrong even though the truth is partial. {@code review} pairs each proposal's confidence with
 * whether it was right, which is what recalibration needs; readers of the plain shape ignore it.
 * Only reviewed fields are written: fields that were auto-accepted never reached the queue, so the
 * truth is partial and says so with {@code "exhaustive": false} (the reader then scores only the
 * listed fields, rather than counting every other extracted field as a false positive).
 *
 * <p>{@code NAME} is the document id with every character outside {@code [A-Za-z0-9._-]} replaced
 * by {@code _}, so that a document id that is a file's base name pairs with {@code NAME.pdf}.
 * Stateless and thread-safe.
 */
public final class TruthExport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TruthExport() {}

  /** One document's labeled fields. */
  public record LabeledDocument(String documentId, List<ReviewTask> tasks) {
    public LabeledDocument {
      tasks = List.copyOf(tasks);
      if (tasks.isEmpty()) {
        throw new IllegalArgumentException("a labeled document needs at least one resolved task");
      }
    }

    /**
     * The reviewed value of each field, empty values (not on the document) left out: the input
     * template induction takes (the {@code templates2} branch's {@code TemplateInducer.induce(id,
     * vendor, document, values)}).
     */
    public Map<FieldKey, String> values() {
      Map<FieldKey, String> out = new EnumMap<>(FieldKey.class);
      for (ReviewTask t : tasks) {
        if (!t.finalValue().isEmpty()) {
          out.put(t.field(), t.finalValue());
        }
      }
      return out;
    }

    /**
     * The fields a reviewer corrected to empty although Recto had proposed a value: known not to be
     * on the document, so that proposal was wrong ({@code "absent"} in the truth file).
     */
    public java.util.Set<FieldKey> absent() {
      java.util.Set<FieldKey> out = java.util.EnumSet.noneOf(FieldKey.class);
      for (ReviewTask t : tasks) {
        if (t.finalValue().isEmpty() && !t.task().proposedValue().isEmpty()) {
          out.add(t.field());
        }
      }
      return out;
    }

    /** The file the document was read from (the page image reference of its first task). */
    public String source() {
      return tasks.get(0).task().pageImage();
    }

    /** The file name, without folder, this document's truth is written to. */
    public String fileName() {
      return documentId.replaceAll("[^A-Za-z0-9._-]", "_") + ".truth.json";
    }
  }

  /** The resolved tasks grouped by document. */
  public static List<LabeledDocument> documents(ReviewQueue queue) {
    Map<String, List<ReviewTask>> byDoc = new LinkedHashMap<>();
    for (ReviewTask t : queue.resolved()) {
      byDoc.computeIfAbsent(t.documentId(), k -> new ArrayList<>()).add(t);
    }
    List<LabeledDocument> out = new ArrayList<>();
    byDoc.forEach((id, tasks) -> out.add(new LabeledDocument(id, tasks)));
    return out;
  }

  /**
   * The resolved tasks that had a proposal, as (field, confidence, was it right) for {@link
   * FieldThresholds#forTargetPrecision}. Only fields that were sent to review are here, so the
   * scores cover the confidences below the thresholds in force when they were routed.
   */
  public static List<LabeledScore> labeledScores(ReviewQueue queue) {
    List<LabeledScore> out = new ArrayList<>();
    for (ReviewTask t : queue.resolved()) {
      if (!t.task().proposedValue().isEmpty()) {
        out.add(
            new LabeledScore(
                t.field(),
                t.task().confidence(),
                t.resolution() == ReviewTask.Resolution.ACCEPTED));
      }
    }
    return out;
  }

  /**
   * The exported truth files in {@code dir} ({@code *.truth.json}, sorted by name) paired with the
   * documents they were reviewed on (their {@code source}), as {@code recto calibrate --reviewed}
   * and {@link dev.recto.extraction.calibration.CalibrationData#collect} take them. A file whose
   * source is missing, or that has none, is left out.
   *
   * @throws IOException when the folder or a file cannot be read
   */
  public static List<FieldEvaluation.Item> items(Path dir) throws IOException {
    List<FieldEvaluation.Item> out = new ArrayList<>();
    List<Path> files;
    try (var list = Files.list(dir)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(".truth.json")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode source = JSON.readTree(f.toFile()).get("source");
      if (source == null || !source.isTextual() || source.asText().isBlank()) {
        continue;
      }
      String ref = source.asText();
      Path doc = ref.startsWith("file:") ? Path.of(java.net.URI.create(ref)) : Path.of(ref);
      if (Files.isRegularFile(doc)) {
        out.add(new FieldEvaluation.Item(doc, f));
      }
    }
    return out;
  }

  /** The truth JSON of one document. */
  public static ObjectNode toJson(LabeledDocument doc) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode fields = root.putObject("fields");
    root.put("exhaustive", false);
    root.put("documentId", doc.documentId());
    root.put("source", doc.source());
    ObjectNode review = root.putObject("review");
    doc.values().forEach((k, v) -> fields.put(k.jsonName(), v));
    var absent = root.putArray("absent");
    doc.absent().forEach(k -> absent.add(k.jsonName()));
    for (ReviewTask t : doc.tasks()) {
      String name = t.field().jsonName();
      ObjectNode r = review.putObject(name);
      r.put("proposed", t.task().proposedValue());
      r.put("confidence", t.task().confidence());
      r.put("resolution", t.resolution().name());
      r.put("value", t.finalValue());
      r.put("page", t.task().pageIndex());
      t.box()
          .ifPresent(
              b ->
                  r.putArray("box")
                      .add(round(b.left()))
                      .add(round(b.top()))
                      .add(round(b.right()))
                      .add(round(b.bottom())));
      r.put("reviewer", t.resolvedBy());
      r.put("resolvedAt", t.resolvedAt().toString());
    }
    return root;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  /**
   * Writes one truth file per document with resolved tasks into {@code dir} (created when missing),
   * replacing files of the same name; a file that is a symbolic link is not written through ({@link
   * OutputPaths}).
   *
   * @throws IllegalArgumentException when a target file is a symbolic link
   * @return the files written
   */
  public static List<Path> write(ReviewQueue queue, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (LabeledDocument doc : documents(queue)) {
      Path file = OutputPaths.child(dir, doc.fileName());
      Path tmp = OutputPaths.child(dir, doc.fileName() + ".tmp");
      JSON.writeValue(tmp.toFile(), toJson(doc));
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      written.add(file);
    }
    return written;
  }
}
