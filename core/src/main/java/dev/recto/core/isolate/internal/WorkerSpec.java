package dev.recto.core.isolate.internal;

import dev.recto.core.error.StageFailureException;
import dev.recto.core.isolate.WorkerCustomizer;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessorBuilder;
import dev.recto.core.process.Stage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a worker JVM builds its {@link DocumentProcessor} from: everything that can cross a process
 * boundary (limits, OCR mode, engines by id, a {@link WorkerCustomizer} by class name).
 *
 * <p>Immutable and thread-safe; lists are copied.
 *
 * @param limits resource limits per document, the deadline included
 * @param ocrMode when to OCR
 * @param ocrEngineId the OCR engine, or empty for the best one on the worker's class path
 * @param layoutEngineId the layout engine, or empty for the best one on the worker's class path
 * @param useLayout whether to run a layout engine at all
 * @param customizer binary name of a {@link WorkerCustomizer}, or empty for none
 * @param customizerArgs the customizer's arguments
 */
public record WorkerSpec(
    Limits limits,
    OcrMode ocrMode,
    Optional<String> ocrEngineId,
    Optional<String> layoutEngineId,
    boolean useLayout,
    Optional<String> customizer,
    List<String> customizerArgs) {

  public WorkerSpec {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(ocrMode, "ocrMode");
    Objects.requireNonNull(ocrEngineId, "ocrEngineId");
    Objects.requireNonNull(layoutEngineId, "layoutEngineId");
    Objects.requireNonNull(customizer, "customizer");
    customizerArgs = List.copyOf(customizerArgs);
  }

  /**
   * Builds the processor this spec describes, in the worker.
   *
   * @throws dev.recto.core.error.RectoException when an engine is missing or the customizer fails
   */
  public DocumentProcessor build() {
    ProcessorBuilder builder = DocumentProcessor.builder().limits(limits).ocrMode(ocrMode);
    ocrEngineId.ifPresent(builder::ocrEngine);
    layoutEngineId.ifPresent(builder::layoutEngine);
    if (!useLayout) {
      builder.noLayout();
    }
    if (customizer.isPresent()) {
      customizerInstance().customize(builder, customizerArgs);
    }
    return builder.build();
  }

  private WorkerCustomizer customizerInstance() {
    String name = customizer.orElseThrow();
    try {
      Class<?> type = Class.forName(name, true, WorkerSpec.class.getClassLoader());
      return (WorkerCustomizer) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new StageFailureException(
          Stage.INGEST,
          -1,
          "worker customizer "
              + name
              + " is not a public WorkerCustomizer with a public no-argument constructor on the"
              + " worker's class path: "
              + e,
          e);
    }
  }

  byte[] encode() {
    WireOut out = new WireOut();
    out.writeLong(limits.maxInputBytes());
    out.writeInt(limits.maxPages());
    out.writeLong(limits.maxPixelsPerPage());
    out.writeLong(limits.pdfMainMemoryBytes());
    out.writeLong(limits.pdfScratchFileBytes());
    out.writeLong(limits.deadline().toNanos());
    out.writeInt(limits.rasterDpi());
    out.writeLong(limits.maxImageSamples());
    out.writeLong(limits.maxDecodedStreamBytes());
    out.writeInt(limits.maxCompressionRatio());
    out.writeEnum(ocrMode);
    out.writeString(ocrEngineId.orElse(null));
    out.writeString(layoutEngineId.orElse(null));
    out.writeBoolean(useLayout);
    out.writeString(customizer.orElse(null));
    out.writeInt(customizerArgs.size());
    for (String a : customizerArgs) {
      out.writeString(a);
    }
    return out.toByteArray();
  }

  static WorkerSpec decode(byte[] message) throws IOException {
    WireIn in = new WireIn(message);
    try {
      Limits limits =
          new Limits(
              in.readLong(),
              in.readInt(),
              in.readLong(),
              in.readLong(),
              in.readLong(),
              Duration.ofNanos(in.readLong()),
              in.readInt(),
              in.readLong(),
              in.readLong(),
              in.readInt());
      OcrMode mode = in.readEnum(OcrMode.class);
      Optional<String> ocr = Optional.ofNullable(in.readString());
      Optional<String> layout = Optional.ofNullable(in.readString());
      boolean useLayout = in.readBoolean();
      Optional<String> customizer = Optional.ofNullable(in.readString());
      int n = in.readCount();
      List<String> args = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        args.add(in.readString());
      }
      return new WorkerSpec(limits, mode, ocr, layout, useLayout, customizer, args);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IOException("invalid worker spec: " + e.getMessage(), e);
    }
  }
}
