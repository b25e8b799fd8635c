package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.models.Sha256Pins;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** OpenCV's native library is loaded only when its SHA-256 is pinned. */
class OpenCvNativesTest {

  @Test
  void everyPlatformOfTheJarHasAResourceAndAPin() throws IOException {
    Sha256Pins pins = Sha256Pins.fromResource(OpenCvNatives.PINS, getClass().getClassLoader());
    String[][] platforms = {
      {"Linux", "amd64"},
      {"Linux", "aarch64"},
      {"Linux", "arm"},
      {"Mac OS X", "x86_64"},
      {"Mac OS X", "aarch64"},
      {"Windows 11", "amd64"},
      {"Windows 10", "x86"}
    };
    for (String[] p : platforms) {
      String resource = OpenCvNatives.resource(p[0], p[1]);
      assertThat(resource).as(p[0] + "/" + p[1]).isNotNull();
      assertThat(pins.allowed(resource)).as(resource).hasSize(1);
      try (InputStream in =
          nu.pattern.OpenCV.class.getClassLoader().getResourceAsStream(resource)) {
        assertThat(in).as(resource + " in the jar").isNotNull();
        assertThat(Sha256Pins.sha256(in)).isEqualTo(pins.allowed(resource).iterator().next());
      }
    }
    assertThat(OpenCvNatives.resource("SunOS", "sparcv9")).isNull();
    assertThat(OpenCvNatives.resource("FreeBSD", "amd64")).isNull();
  }

  @Test
  void aLibraryWhoseDigestIsNotPinnedIsRefusedAndItsCopyDeleted() {
    byte[] patched = "not the pinned library".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                OpenCvNatives.privateCopy(
                    new ByteArrayInputStream(patched), "nu/pattern/opencv/linux/x86_64/libx.so"))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("is not pinned")
        .hasMessageContaining(OpenCvNatives.EXTRA_PROPERTY);
  }

  @Test
  void anAllowedLibraryIsCopiedWhereOnlyItsOwnerCanReadIt() throws IOException {
    byte[] bytes = "another build".getBytes(StandardCharsets.UTF_8);
    String digest = Sha256Pins.sha256(new ByteArrayInputStream(bytes));
    String before = System.getProperty(OpenCvNatives.EXTRA_PROPERTY);
    System.setProperty(OpenCvNatives.EXTRA_PROPERTY, "0000, " + digest.toUpperCase());
    try {
      Path copy = OpenCvNatives.privateCopy(new ByteArrayInputStream(bytes), "a/b/libx.so");
      assertThat(copy.getFileName().toString()).isEqualTo("libx.so");
      assertThat(Files.readAllBytes(copy)).isEqualTo(bytes);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())))
          .isEqualTo("rwx------");
      Files.delete(copy);
      Files.delete(copy.getParent());
    } finally {
      if (before == null) {
        System.clearProperty(OpenCvNatives.EXTRA_PROPERTY);
      } else {
        System.setProperty(OpenCvNatives.EXTRA_PROPERTY, before);
      }
    }
  }

  @Test
  void thePinnedLibraryLoads() {
    OpenCvNatives.ensureLoaded();
    assertThat(org.opencv.core.Core.getVersionString()).startsWith("4.9.0");
  }
}
