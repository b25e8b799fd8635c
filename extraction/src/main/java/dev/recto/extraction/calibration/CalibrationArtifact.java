package dev.recto.extraction.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recto.core.field.FieldKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fitted calibration: one model per group of fields, written as a small versioned JSON file.
 *
 * <pre>{@code
 * {"schemaVersion": 1, "method": "logistic+isotonic", "fittedOn": "synthetic seed 101 ...",
 *  "createdAt": "2026-11-26", "features": ["rawScore", ...],
 *  "counts": {"documents": 1600, "fields": 25000, "correct": 24000},
 *  "groups": {"InvoiceTotal": {"count": 1600, "correct": 1590,
 *                              "logistic": {"bias": -3.1, "weights": [...]},
 *                              "isotonic": {"x": [...], "y": [...]}},
 *             "MONEY": {...}, "*": {...}}}
 * }</pre>
 *
 * <p>A field is calibrated by the group named by its JSON name ({@code InvoiceTotal}) when there is
 * one, else by the group of its {@link dev.recto.core.field.FieldType} ({@code MONEY}), else by
 * {@code *}. Numbers are written with 6 significant decimals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} for files this code writes
 * @param method how each group maps features to a probability
 * @param fittedOn what the artifact was fitted on, for people
 * @param createdAt ISO date of fitting
 * @param features names of the feature vector the logistic weights apply to
 * @param documents documents fitted on
 * @param fields labeled fields fitted on
 * @param correct of which right
 * @param groups the models by group name; must contain {@code *}
 */
public record CalibrationArtifact(
    int schemaVersion,
    CalibrationMethod method,
    String fittedOn,
    String createdAt,
    List<String> features,
    int documents,
    int fields,
    int correct,
    Map<String, GroupModel> groups) {

  /** The schema version this code reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  /** The group every field falls back to. */
  public static final String FALLBACK = "*";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public CalibrationArtifact {
    if (schemaVersion != SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "calibration schema version " + schemaVersion + ", this Recto reads " + SCHEMA_VERSION);
    }
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(fittedOn, "fittedOn");
    Objects.requireNonNull(createdAt, "createdAt");
    features = List.copyOf(features);
    if (!features.equals(FieldFeatures.NAMES)) {
      throw new IllegalArgumentException(
          "artifact features " + features + " differ from " + FieldFeatures.NAMES);
    }
    groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    if (!groups.containsKey(FALLBACK)) {
      throw new IllegalArgumentException("an artifact needs the fallback group '*'");
    }
  }

  /**
   * One group's model.
   *
   * @param count fields fitted on
   * @param correct of which right
   * @param logistic the logistic stage, null for {@link CalibrationMethod#ISOTONIC}
   * @param isotonic the isotonic stage, null for {@link CalibrationMethod#PLATT}
   */
  public record GroupModel(
      int count, int correct, LogisticRegression logistic, IsotonicRegression isotonic) {}

  /** The group that calibrates {@code key}. */
  public GroupModel groupFor(FieldKey key) {
    GroupModel g = groups.get(key.jsonName());
    if (g == null) {
      g = groups.get(key.type().name());
    }
    return g != null ? g : groups.get(FALLBACK);
  }

  /** The calibrated probability that a field of {@code key} with these features is right. */
  public double probability(FieldKey key, FieldFeatures features) {
    GroupModel g = groupFor(key);
    double score =
        g.logistic() != null ? g.logistic().apply(method.input(features)) : features.rawScore();
    double p = g.isotonic() != null ? g.isotonic().apply(score) : score;
    return Math.min(1, Math.max(0, p));
  }

  /** Reads an artifact; {@link IOException} names the file when it is not one. */
  public static CalibrationArtifact read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads an artifact from a stream; {@code name} is for messages. */
  public static CalibrationArtifact read(InputStream in, String name) throws IOException {
    JsonNode root = JSON.readTree(in);
    try {
      Map<String, GroupModel> groups = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.path("groups").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode g = e.getValue();
        LogisticRegression logistic = null;
        if (g.hasNonNull("logistic")) {
          logistic =
              new LogisticRegression(
                  g.get("logistic").get("bias").asDouble(),
                  doubles(g.get("logistic").get("weights")));
        }
        IsotonicRegression isotonic = null;
        if (g.hasNonNull("isotonic")) {
          isotonic =
              new IsotonicRegression(
                  doubles(g.get("isotonic").get("x")), doubles(g.get("isotonic").get("y")));
        }
        groups.put(
            e.getKey(),
            new GroupModel(g.path("count").asInt(), g.path("correct").asInt(), logistic, isotonic));
      }
      List<String> features = new java.util.ArrayList<>();
      root.path("features").forEach(f -> features.add(f.asText()));
      JsonNode counts = root.path("counts");
      return new CalibrationArtifact(
          root.path("schemaVersion").asInt(-1),
          CalibrationMethod.fromId(root.path("method").asText()),
          root.path("fittedOn").asText(),
          root.path("createdAt").asText(),
          features,
          counts.path("documents").asInt(),
          counts.path("fields").asInt(),
          counts.path("correct").asInt(),
          groups);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IOException(name + " is not a calibration artifact: " + e.getMessage(), e);
    }
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  /** Writes the artifact as indented JSON. */
  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  /** Writes the artifact as indented JSON; does not close {@code out}. */
  public void write(OutputStream out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", schemaVersion);
    root.put("method", method.id());
    root.put("fittedOn", fittedOn);
    root.put("createdAt", createdAt);
    ArrayNode f = root.putArray("features");
    features.forEach(f::add);
    ObjectNode counts = root.putObject("counts");
    counts.put("documents", documents);
    counts.put("fields", fields);
    counts.put("correct", correct);
    ObjectNode gs = root.putObject("groups");
    groups.forEach(
        (name, g) -> {
          ObjectNode o = gs.putObject(name);
          o.put("count", g.count());
          o.put("correct", g.correct());
          if (g.logistic() != null) {
            ObjectNode l = o.putObject("logistic");
            l.put("bias", round(g.logistic().bias()));
            ArrayNode w = l.putArray("weights");
            for (double v : g.logistic().weights()) {
              w.add(round(v));
            }
          }
          if (g.isotonic() != null) {
            ObjectNode i = o.putObject("isotonic");
            ArrayNode x = i.putArray("x");
            ArrayNode y = i.putArray("y");
            double[] xs = g.isotonic().x();
            double[] ys = g.isotonic().y();
            for (int k = 0; k < xs.length; k++) {
              x.add(round(xs[k]));
              y.add(round(ys[k]));
            }
          }
        });
    JSON.writer()
        .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, root);
  }

  private static BigDecimal round(double v) {
    return new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}
