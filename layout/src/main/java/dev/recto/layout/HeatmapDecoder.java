package dev.recto.layout;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.RegionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the layout model's outputs into detections, exactly as {@code training/layout/train.py}'s
 * {@code decode} does: a cell is a peak when its score is the maximum of its 3x3 neighbourhood in
 * its class and at least the threshold; peaks are taken best first and a peak whose box overlaps an
 * already kept box of the same class with IoU above {@code nmsIou} is dropped (per-class NMS).
 *
 * <p>Stateless and thread-safe.
 */
public final class HeatmapDecoder {

  /** Classes in the model's channel order. */
  static final RegionType[] CLASSES = RegionType.values();

  private HeatmapDecoder() {}

  /**
   * @param heat {@code classes x rows x cols} sigmoid scores, row-major
   * @param box {@code 4 x rows x cols}: left, top, right, bottom, page-relative
   * @param rows output rows
   * @param cols output columns
   * @param threshold the lowest score kept
   * @param nmsIou boxes of one class overlapping more than this are suppressed
   * @param maxDetections the most detections returned
   */
  public static List<Detection> decode(
      float[] heat,
      float[] box,
      int rows,
      int cols,
      double threshold,
      double nmsIou,
      int maxDetections) {
    int plane = rows * cols;
    int classes = heat.length / plane;
    if (classes * plane != heat.length || box.length != 4 * plane || classes > CLASSES.length) {
      throw new IllegalArgumentException("output sizes do not match " + rows + " x " + cols);
    }
    record Peak(int cls, int cell, float score) {}
    List<Peak> peaks = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      int base = c * plane;
      for (int y = 0; y < rows; y++) {
        for (int x = 0; x < cols; x++) {
          float v = heat[base + y * cols + x];
          if (v < threshold || !isPeak(heat, base, rows, cols, x, y, v)) {
            continue;
          }
          peaks.add(new Peak(c, y * cols + x, v));
        }
      }
    }
    peaks.sort(Comparator.comparingDouble((Peak p) -> -p.score()));
    List<Detection> kept = new ArrayList<>();
    for (Peak p : peaks) {
      BoundingBox b =
          BoundingBox.clamped(
              box[p.cell()],
              box[plane + p.cell()],
              box[2 * plane + p.cell()],
              box[3 * plane + p.cell()]);
      RegionType type = CLASSES[p.cls()];
      boolean suppressed = false;
      for (Detection d : kept) {
        if (d.type() == type && d.box().iou(b) > nmsIou) {
          suppressed = true;
          break;
        }
      }
      if (suppressed) {
        continue;
      }
      kept.add(new Detection(type, Math.min(1.0, p.score()), b));
      if (kept.size() >= maxDetections) {
        break;
      }
    }
    return kept;
  }

  private static boolean isPeak(float[] heat, int base, int rows, int cols, int x, int y, float v) {
    for (int dy = -1; dy <= 1; dy++) {
      int yy = y + dy;
      if (yy < 0 || yy >= rows) {
        continue;
      }
      for (int dx = -1; dx <= 1; dx++) {
        int xx = x + dx;
        if (xx < 0 || xx >= cols) {
          continue;
        }
        if (heat[base + yy * cols + xx] > v) {
          return false;
        }
      }
    }
    return true;
  }
}
