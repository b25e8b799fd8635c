package dev.recto.cli;

import dev.recto.core.json.ResultJson;
import dev.recto.core.model.Document;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.text.LayoutTextRenderer;
import dev.recto.core.text.PlainTextRenderer;
import java.util.List;

/** The output formats of {@code recto extract}. */
enum OutputFormat {
  /** Recto's versioned JSON (see the schema in core). */
  JSON("json", ".json"),
  /** Plain text in reading order. */
  TEXT("text", ".txt"),
  /** Text placed on a character grid like {@code pdftotext -layout}. */
  LAYOUT_TEXT("layout-text", ".layout.txt");

  private final String cliName;
  private final String suffix;

  OutputFormat(String cliName, String suffix) {
    this.cliName = cliName;
    this.suffix = suffix;
  }

  /** The file-name suffix appended to the input's name with {@code --out}. */
  String suffix() {
    return suffix;
  }

  static OutputFormat parse(String value) {
    for (OutputFormat f : values()) {
      if (f.cliName.equals(value)) {
        return f;
      }
    }
    throw new IllegalArgumentException("expected json, text or layout-text, was '" + value + "'");
  }

  /**
   * Renders one result. For text formats a failed document renders as empty text (its failure is
   * reported on stderr).
   */
  String render(ProcessingResult result, boolean pretty) {
    if (this == JSON) {
      return ResultJson.toJson(List.of(result), pretty);
    }
    Document doc = result.document();
    if (doc == null) {
      return "";
    }
    return this == TEXT ? PlainTextRenderer.render(doc) : LayoutTextRenderer.render(doc);
  }

  @Override
  public String toString() {
    return cliName;
  }
}
