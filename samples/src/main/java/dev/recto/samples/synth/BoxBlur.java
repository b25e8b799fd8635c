package dev.recto.samples.synth;

/**
 * Box blurs over interleaved 8-bit samples ({@code bands} per pixel, rows of {@code width} pixels),
 * with running sums so the cost does not grow with the radius. Edges repeat the border pixel.
 * Stateless.
 */
final class BoxBlur {

  private BoxBlur() {}

  /** Blurs each row of {@code src} into {@code dst}. */
  static void horizontal(byte[] src, byte[] dst, int width, int height, int bands, int radius) {
    int window = 2 * radius + 1;
    for (int y = 0; y < height; y++) {
      int row = y * width * bands;
      for (int b = 0; b < bands; b++) {
        int origin = row + b;
        int sum = 0;
        for (int k = -radius; k <= radius; k++) {
          sum += src[origin + clamp(k, width) * bands] & 0xFF;
        }
        for (int x = 0; x < width; x++) {
          dst[origin + x * bands] = (byte) ((sum + window / 2) / window);
          sum += src[origin + clamp(x + radius + 1, width) * bands] & 0xFF;
          sum -= src[origin + clamp(x - radius, width) * bands] & 0xFF;
        }
      }
    }
  }

  /** Blurs each column of {@code src} into {@code dst}, walking row by row for the cache. */
  static void vertical(byte[] src, byte[] dst, int width, int height, int bands, int radius) {
    int window = 2 * radius + 1;
    int stride = width * bands;
    int[] sums = new int[stride];
    for (int k = -radius; k <= radius; k++) {
      int row = clamp(k, height) * stride;
      for (int i = 0; i < stride; i++) {
        sums[i] += src[row + i] & 0xFF;
      }
    }
    for (int y = 0; y < height; y++) {
      int out = y * stride;
      int in = clamp(y + radius + 1, height) * stride;
      int gone = clamp(y - radius, height) * stride;
      for (int i = 0; i < stride; i++) {
        dst[out + i] = (byte) ((sums[i] + window / 2) / window);
        sums[i] += (src[in + i] & 0xFF) - (src[gone + i] & 0xFF);
      }
    }
  }

  private static int clamp(int i, int length) {
    return i < 0 ? 0 : i >= length ? length - 1 : i;
  }
}
