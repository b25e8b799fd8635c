package dev.recto.layout.eval;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.RegionType;
import dev.recto.layout.Detection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * COCO-style average precision per class: detections of all pages ranked by score, each matched to
 * the unmatched truth box of its class with the highest IoU at or above the threshold on its page;
 * precision made monotone and read at 101 recall points. mAP@[.5:.95] averages the AP at IoU 0.50,
 * 0.55, ..., 0.95. The same computation as {@code training/layout/train.py}.
 *
 * <p>Not thread-safe: one instance collects one evaluation.
 */
public final class DetectionMetrics {

  /** A truth box. */
  public record Truth(RegionType type, BoundingBox box) {}

  private final List<List<Detection>> detections = new ArrayList<>();
  private final List<List<Truth>> truths = new ArrayList<>();

  /** Adds one page. */
  public void add(List<Detection> pageDetections, List<Truth> pageTruths) {
    detections.add(List.copyOf(pageDetections));
    truths.add(List.copyOf(pageTruths));
  }

  public int pages() {
    return detections.size();
  }

  /** AP per class present in the truth, at one IoU threshold. */
  public Map<RegionType, Double> ap(double iouThreshold) {
    Map<RegionType, Double> out = new EnumMap<>(RegionType.class);
    for (RegionType type : RegionType.values()) {
      double ap = ap(type, iouThreshold);
      if (ap >= 0) {
        out.put(type, ap);
      }
    }
    return out;
  }

  /** AP per class averaged over IoU 0.50..0.95. */
  public Map<RegionType, Double> apRange() {
    Map<RegionType, Double> out = new EnumMap<>(RegionType.class);
    for (RegionType type : RegionType.values()) {
      double sum = 0;
      boolean present = true;
      for (int i = 0; i < 10; i++) {
        double ap = ap(type, 0.5 + 0.05 * i);
        if (ap < 0) {
          present = false;
          break;
        }
        sum += ap;
      }
      if (present) {
        out.put(type, sum / 10);
      }
    }
    return out;
  }

  public static double mean(Map<RegionType, Double> perClass) {
    return perClass.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** AP of one class, or -1 when the truth has none of it. */
  double ap(RegionType type, double threshold) {
    int positives = 0;
    for (List<Truth> page : truths) {
      for (Truth t : page) {
        if (t.type() == type) {
          positives++;
        }
      }
    }
    if (positives == 0) {
      return -1;
    }
    record Scored(double score, int page, BoundingBox box) {}
    List<Scored> scored = new ArrayList<>();
    for (int p = 0; p < detections.size(); p++) {
      for (Detection d : detections.get(p)) {
        if (d.type() == type) {
          scored.add(new Scored(d.score(), p, d.box()));
        }
      }
    }
    scored.sort((a, b) -> Double.compare(b.score(), a.score()));
    List<boolean[]> used = new ArrayList<>();
    for (List<Truth> page : truths) {
      used.add(new boolean[page.size()]);
    }
    double[] precision = new double[scored.size()];
    double[] recall = new double[scored.size()];
    int tp = 0;
    int fp = 0;
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      List<Truth> page = truths.get(s.page());
      double best = threshold;
      int match = -1;
      for (int j = 0; j < page.size(); j++) {
        if (page.get(j).type() != type || used.get(s.page())[j]) {
          continue;
        }
        double iou = page.get(j).box().iou(s.box());
        if (iou >= best) {
          best = iou;
          match = j;
        }
      }
      if (match >= 0) {
        used.get(s.page())[match] = true;
        tp++;
      } else {
        fp++;
      }
      precision[i] = (double) tp / (tp + fp);
      recall[i] = (double) tp / positives;
    }
    for (int i = precision.length - 2; i >= 0; i--) {
      precision[i] = Math.max(precision[i], precision[i + 1]);
    }
    double sum = 0;
    int k = 0;
    for (int r = 0; r <= 100; r++) {
      double target = r / 100.0;
      while (k < recall.length && recall[k] < target) {
        k++;
      }
      sum += k < precision.length ? precision[k] : 0;
    }
    return sum / 101;
  }
}
