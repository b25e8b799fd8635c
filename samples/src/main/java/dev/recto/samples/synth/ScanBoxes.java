package dev.recto.samples.synth;

import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a {@link Truth}'s boxes through the rotation of a simulated scan. A page of {@code width}
 * by {@code height} pixels is rotated about its centre; each box's four corners go through the same
 * {@link AffineTransform} as the pixels, and the new box is the axis-aligned box around them,
 * page-relative {@code [0,1]} with a top-left origin and clamped to the page. A rotation of 0
 * returns the boxes unchanged.
 *
 * <p>Immutable and thread-safe.
 */
final class ScanBoxes {

  private final List<AffineTransform> transforms;
  private final List<double[]> sizes;

  /**
   * @param skewDegrees rotation, positive clockwise on the page
   * @param pixelSizes per page, {@code {width, height}} in pixels
   */
  ScanBoxes(double skewDegrees, List<double[]> pixelSizes) {
    this.sizes = List.copyOf(pixelSizes);
    List<AffineTransform> list = new ArrayList<>();
    for (double[] s : sizes) {
      list.add(rotation(skewDegrees, s[0], s[1]));
    }
    this.transforms = List.copyOf(list);
  }

  /** Rotation by {@code degrees} (clockwise with y down) about the centre of a page in pixels. */
  static AffineTransform rotation(double degrees, double width, double height) {
    return AffineTransform.getRotateInstance(Math.toRadians(degrees), width / 2, height / 2);
  }

  /** Where a box on page {@code page} ends up. */
  BoundingBox map(int page, BoundingBox box) {
    if (box == null || page < 0) {
      return box;
    }
    AffineTransform t = transforms.get(page);
    if (t.isIdentity()) {
      return box;
    }
    double w = sizes.get(page)[0];
    double h = sizes.get(page)[1];
    double[] xs = {box.left() * w, box.right() * w};
    double[] ys = {box.top() * h, box.bottom() * h};
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      for (double y : ys) {
        Point2D p = t.transform(new Point2D.Double(x, y), null);
        x0 = Math.min(x0, p.getX());
        y0 = Math.min(y0, p.getY());
        x1 = Math.max(x1, p.getX());
        y1 = Math.max(y1, p.getY());
      }
    }
    return BoundingBox.clamped(x0 / w, y0 / h, x1 / w, y1 / h);
  }

  /** The truth with every box moved. */
  Truth map(Truth t) {
    Map<dev.recto.core.field.FieldKey, Truth.FieldTruth> fields =
        new EnumMap<>(dev.recto.core.field.FieldKey.class);
    t.fields().forEach((k, f) -> fields.put(k, field(f)));
    List<Truth.LineItemTruth> items = new ArrayList<>();
    for (Truth.LineItemTruth item : t.lineItems()) {
      Map<LineItemKey, Truth.FieldTruth> cells = new EnumMap<>(LineItemKey.class);
      item.cells().forEach((k, f) -> cells.put(k, field(f)));
      items.add(new Truth.LineItemTruth(item.page(), map(item.page(), item.box()), cells));
    }
    List<Truth.RegionTruth> regions = new ArrayList<>();
    for (Truth.RegionTruth r : t.regions()) {
      List<Truth.RowTruth> rows = new ArrayList<>();
      for (Truth.RowTruth row : r.rows()) {
        List<Truth.CellTruth> cells = new ArrayList<>();
        for (Truth.CellTruth c : row.cells()) {
          cells.add(new Truth.CellTruth(c.column(), map(r.page(), c.box()), c.text()));
        }
        rows.add(new Truth.RowTruth(row.header(), row.lineItem(), map(r.page(), row.box()), cells));
      }
      regions.add(new Truth.RegionTruth(r.id(), r.type(), r.page(), map(r.page(), r.box()), rows));
    }
    List<Truth.WordTruth> words = new ArrayList<>();
    for (Truth.WordTruth w : t.words()) {
      words.add(new Truth.WordTruth(w.text(), w.page(), map(w.page(), w.box()), w.region()));
    }
    return new Truth(
        t.name(),
        t.designId(),
        t.localeId(),
        t.currency(),
        t.inconsistency(),
        t.fonts(),
        t.pages(),
        fields,
        items,
        regions,
        words);
  }

  private Truth.FieldTruth field(Truth.FieldTruth f) {
    if (f.box() == null) {
      return f;
    }
    return new Truth.FieldTruth(f.value(), f.raw(), f.currency(), f.page(), map(f.page(), f.box()));
  }
}
