package dev.recto.core.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.EngineUnavailableException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxRuntimeNativesTest {

  private static final String ORT = System.mapLibraryName("onnxruntime");
  private static final String JNI = System.mapLibraryName("onnxruntime4j_jni");

  /** A class loader whose "jar" holds the two libraries with the given contents. */
  private static URLClassLoader fakeJar(Path dir, String ort, String jni) throws Exception {
    Path natives = dir.resolve("ai/onnxruntime/native/" + OnnxRuntimeNatives.platform());
    Files.createDirectories(natives);
    Files.writeString(natives.resolve(ORT), ort);
    Files.writeString(natives.resolve(JNI), jni);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
  }

  @Test
  void pinnedLibrariesPass(@TempDir Path dir) throws Exception {
    try (URLClassLoader jar = fakeJar(dir, "abc", "abc")) {
      assertThat(OnnxRuntimeNatives.verify(jar, Map.of(), Set.of(Sha256PinsTest.ABC), null))
          .hasSize(2)
          .allSatisfy(w -> assertThat(w).startsWith("class-path resource ai/onnxruntime/native/"));
    }
  }

  @Test
  void anUnpinnedLibraryIsRefusedWithItsDigestAndTheOverride(@TempDir Path dir) throws Exception {
    try (URLClassLoader jar = fakeJar(dir, "abc", "tampered")) {
      assertThatThrownBy(
              () -> OnnxRuntimeNatives.verify(jar, Map.of(), Set.of(Sha256PinsTest.ABC), null))
          .isInstanceOf(EngineUnavailableException.class)
          .hasMessageContaining(JNI)
          .hasMessageContaining(
              Sha256Pins.sha256(new java.io.ByteArrayInputStream("tampered".getBytes())))
          .hasMessageContaining(OnnxRuntimeNatives.EXTRA_PROPERTY);
    }
  }

  @Test
  void aNativeDirectoryIsCheckedInsteadOfTheJar(@TempDir Path dir) throws Exception {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Files.writeString(lib.resolve(ORT), "evil");
    try (URLClassLoader jar = fakeJar(dir.resolve("jar"), "abc", "abc")) {
      assertThatThrownBy(
              () ->
                  OnnxRuntimeNatives.verify(
                      jar, Map.of(), Set.of(Sha256PinsTest.ABC), lib.toString()))
          .isInstanceOf(EngineUnavailableException.class)
          .hasMessageContaining(lib.resolve(ORT).toString());
    }
  }

  @Test
  void theShippedPinListCoversEveryPlatformOfTheCpuBuild() {
    Sha256Pins pins = Sha256Pins.fromResource(OnnxRuntimeNatives.PINS, getClass().getClassLoader());
    for (String platform : new String[] {"linux-x64", "linux-aarch64", "osx-x64", "osx-aarch64"}) {
      String ext = platform.startsWith("osx") ? ".dylib" : ".so";
      for (String lib : new String[] {"libonnxruntime", "libonnxruntime4j_jni"}) {
        assertThat(pins.allowed("ai/onnxruntime/native/" + platform + "/" + lib + ext))
            .as(platform + " " + lib)
            .hasSize(1);
      }
    }
    assertThat(pins.allowed("ai/onnxruntime/native/win-x64/onnxruntime.dll")).hasSize(1);
  }
}
