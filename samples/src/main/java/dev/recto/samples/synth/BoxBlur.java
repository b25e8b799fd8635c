package dev.recto.samples.synth;

/** One pass of a one-dimensional box blur over interleaved 8-bit samples. Stateless. */
final class BoxBlur {

  private BoxBlur() {}

  /**
   * Blurs along lines: {@code lines} lines of {@code length} pixels, each pixel {@code bands}
   * samples; a pixel's neighbour along the line is {@code step} samples on, the next line starts
   * {@code lineStep} samples on. Edges repeat the border pixel.
   */
  static void run(
      byte[] src,
      byte[] dst,
      int length,
      int lines,
      int bands,
      int radius,
      int step,
      int lineStep) {
    int window = 2 * radius + 1;
    for (int line = 0; line < lines; line++) {
      int start = line * lineStep;
      for (int b = 0; b < bands; b++) {
        int origin = start + b;
        int sum = 0;
        for (int k = -radius; k <= radius; k++) {
          sum += src[origin + clamp(k, length) * step] & 0xFF;
        }
        for (int i = 0; i < length; i++) {
          dst[origin + i * step] = (byte) ((sum + window / 2) / window);
          sum += src[origin + clamp(i + radius + 1, length) * step] & 0xFF;
          sum -= src[origin + clamp(i - radius, length) * step] & 0xFF;
        }
      }
    }
  }

  private static int clamp(int i, int length) {
    return i < 0 ? 0 : i >= length ? length - 1 : i;
  }
}
