package dev.recto.cli;

import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessorBuilder;
import dev.recto.core.spi.FieldExtractorProvider;
import dev.recto.extraction.generic.GenericExtractorProvider;
import dev.recto.templates.recto.TemplateExtractorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * The processor {@code recto review --enqueue} and {@code recto review feedback} read documents
 * with: the default pipeline, and the Recto templates of a directory (when given and present) ahead
 * of the generic extractor, so that both read a document the same way.
 */
final class ReviewProcessors {

  private ReviewProcessors() {}

  /** A new processor (the caller closes it); {@code templates} may be null or missing. */
  static DocumentProcessor build(OcrMode mode, Path templates) {
    ProcessorBuilder b = DocumentProcessor.builder().ocrMode(mode);
    if (templates != null && Files.isDirectory(templates)) {
      List<FieldExtractorProvider> providers =
          List.of(
              TemplateExtractorProvider.fromDirectory(templates), new GenericExtractorProvider());
      b.extractorProviders(providers);
    }
    return b.build();
  }

  static OcrMode ocrMode(CommandLine cli, String ocr) {
    return switch (ocr) {
      case "auto" -> OcrMode.AUTO;
      case "force" -> OcrMode.FORCE;
      case "off" -> OcrMode.OFF;
      default -> throw new CommandLine.ParameterException(cli, "--ocr: auto, force or off");
    };
  }
}
