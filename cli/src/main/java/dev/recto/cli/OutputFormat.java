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
  LAYOUT_TEXT("layout-text", ".layout.txt"),
  /**
   * invoice2data's JSON list of extracted fields, by invoice2data templates ({@code --templates
   * invoice2data:DIR}); written by {@link Invoice2DataOutput}, not by {@link #render}.
   */
  INVOICE2DATA("invoice2data", ".invoice2data.json");

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
    throw new IllegalArgumentException(
        "expected json, text, layout-text or invoice2data, was '" + value + "'");
  }

  /**
   * Renders one result. For text formats a failed document renders as empty text (its failure is
   * reported on stderr).
   */
  String render(ProcessingResult result, boolean pretty) {
    if (this == INVOICE2DATA) {
      throw new IllegalStateException("invoice2data output is written by Invoice2DataOutput");
    }
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
