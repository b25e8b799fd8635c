package dev.recto.samples.synth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the truth of a simulated scan as {@code NAME.scan.truth.json}: the {@link TruthJson}
 * format with the boxes of the scan and a {@code scan} object saying what was done (resolution,
 * colour, skew, effects with their parameters, page sizes in pixels). Same schema ({@value
 * TruthJson#SCHEMA_RESOURCE}). Stateless and thread-safe.
 */
public final class ScanJson {

  private ScanJson() {}

  /** The scan's truth as JSON bytes. */
  public static byte[] toBytes(ScanRenderer.Scanned s) {
    ObjectNode root = TruthJson.toTree(s.truth());
    ObjectNode scan = root.putObject("scan");
    ScanPlan plan = s.plan();
    scan.put("dpi", plan.dpi());
    scan.put("colour", plan.gray() ? "gray" : "rgb");
    scan.put("skewDegrees", BigDecimal.valueOf(plan.skewDegrees()));
    ArrayNode effects = scan.putArray("effects");
    for (ScanEffect e : plan.effects()) {
      ObjectNode o = effects.addObject();
      o.put("kind", e.kind());
      ObjectNode params = o.putObject("params");
      for (Map.Entry<String, Number> p : e.params().entrySet()) {
        if (p.getValue() instanceof Integer i) {
          params.put(p.getKey(), i);
        } else {
          params.put(p.getKey(), BigDecimal.valueOf(p.getValue().doubleValue()));
        }
      }
    }
    ArrayNode pages = scan.putArray("pages");
    for (int[] size : s.pixelSizes()) {
      ObjectNode p = pages.addObject();
      p.put("widthPx", size[0]);
      p.put("heightPx", size[1]);
    }
    return (TruthJson.toString(root) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
