package dev.recto.ocr.ppocr;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dense float tensor in row-major order: a model input or output copied to the Java heap.
 *
 * <p>Holds its array without copying: whoever builds one hands the array over and must not change
 * it afterwards. Not thread-safe to mutate; safe to share once built.
 */
final class FloatTensor {

  private final float[] data;
  private final long[] shape;

  FloatTensor(float[] data, long... shape) {
    this.data = Objects.requireNonNull(data, "data");
    this.shape = shape.clone();
    long n = 1;
    for (long d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
      }
      n *= d;
    }
    if (n != data.length) {
      throw new IllegalArgumentException(
          "shape " + Arrays.toString(shape) + " needs " + n + " values, got " + data.length);
    }
  }

  /** The values; not a copy. */
  float[] data() {
    return data;
  }

  long[] shape() {
    return shape.clone();
  }

  int dim(int axis) {
    return (int) shape[axis];
  }

  int rank() {
    return shape.length;
  }
}
