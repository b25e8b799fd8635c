package dev.recto.core.isolate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.isolate.TestWorkerCustomizer;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.testkit.TestPdfs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worker's side of the protocol, driven in this JVM over in-memory streams. */
class WorkerProtocolTest {

  private static WorkerSpec spec(Optional<String> ocrEngine) {
    return new WorkerSpec(
        Limits.defaults(),
        OcrMode.AUTO,
        ocrEngine,
        Optional.empty(),
        true,
        Optional.of(TestWorkerCustomizer.class.getName()),
        List.of("unused"));
  }

  /** What the worker wrote, and its exit code, for this input. */
  private record Served(int exit, DataInputStream answers) {}

  private static Served serve(ByteArrayOutputStream input) throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int exit =
        WorkerMain.serve(
            new DataInputStream(new ByteArrayInputStream(input.toByteArray())),
            new DataOutputStream(output));
    return new Served(exit, new DataInputStream(new ByteArrayInputStream(output.toByteArray())));
  }

  @Test
  void specSurvivesItsEncoding() throws IOException {
    WorkerSpec spec =
        new WorkerSpec(
            Limits.defaults().withMaxPages(7).withRasterDpi(150),
            OcrMode.FORCE,
            Optional.of("tesseract"),
            Optional.of("geometric"),
            false,
            Optional.empty(),
            List.of("a=b", "ü"));
    assertThat(WorkerSpec.decode(spec.encode())).isEqualTo(spec);
  }

  @Test
  void answersOneResultPerDocumentInOrderAndExitsWhenStdinEnds() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    DataOutputStream in = new DataOutputStream(input);
    Frames.write(in, Frames.HELLO, spec(Optional.empty()).encode());
    DocumentRequest.ofBytes(TestPdfs.textPages(List.of("Total 4.11")), "one.pdf").writeFrame(in);
    DocumentRequest.ofBytes(new byte[] {1}, "two.bin").writeFrame(in);

    Served served = serve(input);

    assertThat(served.exit()).isZero();
    assertThat(Frames.read(served.answers(), 1 << 20).type()).isEqualTo(Frames.READY);
    ProcessingResult one = ResultCodec.decode(Frames.read(served.answers(), 1 << 20).payload());
    ProcessingResult two = ResultCodec.decode(Frames.read(served.answers(), 1 << 20).payload());
    assertThat(one.source()).isEqualTo("one.pdf");
    assertThat(one.isSuccess()).isTrue();
    assertThat(two.source()).isEqualTo("two.bin");
    assertThat(two.diagnostics().get(0).code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
    assertThat(Frames.read(served.answers(), 1 << 20)).isNull();
  }

  @Test
  void aSpecThatCannotBeBuiltIsReportedAsFatal() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    Frames.write(new DataOutputStream(input), Frames.HELLO, spec(Optional.of("nope")).encode());

    Served served = serve(input);

    assertThat(served.exit()).isEqualTo(WorkerMain.EXIT_BAD_START);
    Frames.Frame fatal = Frames.read(served.answers(), 1 << 20);
    assertThat(fatal.type()).isEqualTo(Frames.FATAL);
    WorkerMain.Fatal decoded = WorkerMain.Fatal.decode(fatal.payload());
    assertThat(decoded.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
    assertThat(decoded.message()).contains("nope");
  }

  @Test
  void framesOutOfTurnEndTheWorker() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    DataOutputStream in = new DataOutputStream(input);
    Frames.write(in, Frames.HELLO, spec(Optional.empty()).encode());
    Frames.write(in, Frames.HELLO, spec(Optional.empty()).encode());
    assertThat(serve(input).exit()).isEqualTo(WorkerMain.EXIT_PROTOCOL);

    ByteArrayOutputStream garbage = new ByteArrayOutputStream();
    garbage.writeBytes("Terminating due to".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> serve(garbage))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a frame");
  }
}
