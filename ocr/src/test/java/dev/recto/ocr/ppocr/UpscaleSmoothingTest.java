package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

class UpscaleSmoothingTest {

  @BeforeAll
  static void natives() {
    OpenCvNatives.ensureLoaded();
  }

  @Test
  void onlyCropsEnlargedByTheMinimumScaleAreSmoothed() {
    assertThat(UpscaleSmoothing.applies(16, 48)).isTrue(); // a receipt line, x3
    assertThat(UpscaleSmoothing.applies(41, 48)).isTrue(); // x1.17
    assertThat(UpscaleSmoothing.applies(42, 48)).isFalse(); // x1.14
    assertThat(UpscaleSmoothing.applies(48, 48)).isFalse();
    assertThat(UpscaleSmoothing.applies(70, 48)).isFalse(); // a 300-dpi line, shrunk
    assertThat(UpscaleSmoothing.applies(0, 48)).isFalse();
  }

  @Test
  void anEnlargedCropHasItsEdgesSoftenedAndIsReleased() {
    Mat crop = edge();
    Mat smoothed = UpscaleSmoothing.smooth(crop, 16);
    try {
      assertThat(smoothed).isNotSameAs(crop);
      assertThat(crop.empty()).as("the input is released").isTrue();
      // the edge runs between columns 19 (black) and 20 (white): now a ramp across it
      double left = smoothed.get(24, 19)[0];
      double right = smoothed.get(24, 20)[0];
      assertThat(left).isBetween(1.0, 127.0);
      assertThat(right).isBetween(128.0, 254.0);
      // far from the edge the ink and the paper keep their values
      assertThat(smoothed.get(24, 2)[0]).isEqualTo(0.0);
      assertThat(smoothed.get(24, 37)[0]).isEqualTo(255.0);
    } finally {
      smoothed.release();
    }
  }

  @Test
  void aCropNearItsOwnSizeIsReturnedUntouched() {
    Mat crop = edge();
    Mat same = UpscaleSmoothing.smooth(crop, 48);
    try {
      assertThat(same).isSameAs(crop);
      assertThat(same.get(24, 19)[0]).isEqualTo(0.0);
      assertThat(same.get(24, 20)[0]).isEqualTo(255.0);
    } finally {
      same.release();
    }
  }

  @Test
  void theEngineSmoothsByDefaultAndCanBeToldNotTo() {
    assertThat(PpOcrOptions.defaults().smoothSmallPrint()).isTrue();
    PpOcrOptions off = PpOcrOptions.defaults().withSmoothSmallPrint(false);
    assertThat(off.smoothSmallPrint()).isFalse();
    assertThat(off.withSmoothSmallPrint(true)).isEqualTo(PpOcrOptions.defaults());
  }

  /** A 48 x 40 BGR crop, black in columns 0-19 and white in 20-39. */
  private static Mat edge() {
    Mat m = new Mat(48, 40, CvType.CV_8UC3, new Scalar(255, 255, 255));
    m.colRange(0, 20).setTo(new Scalar(0, 0, 0));
    return m;
  }
}
