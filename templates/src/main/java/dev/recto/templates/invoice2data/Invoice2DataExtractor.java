package dev.recto.templates.invoice2data;

import dev.recto.templates.regex.InterruptibleText;
import dev.recto.templates.regex.PythonRegex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one invoice2data template on a document's text the way invoice2data's {@code
 * InvoiceTemplate} does: the text is prepared by the template's options, each field rule is applied
 * in order, {@code currency} is set, the {@code lines} and {@code tables} plugins run, and the
 * result stands only when every required field was found ({@code desc} is then added). Stateless
 * and thread-safe.
 */
public final class Invoice2DataExtractor {

  private Invoice2DataExtractor() {}

  /** A value that invoice2data fails to convert (it abandons the document then). */
  static final class ConversionFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConversionFailure(String message) {
      super(message);
    }
  }

  /** Whether every keyword is found in {@code text} and no exclude keyword is. */
  public static boolean matches(Invoice2DataTemplate template, String text) {
    for (PythonRegex k : template.keywords()) {
      if (!k.pattern().matcher(InterruptibleText.of(text)).find()) {
        return false;
      }
    }
    for (PythonRegex k : template.excludeKeywords()) {
      if (k.pattern().matcher(InterruptibleText.of(text)).find()) {
        return false;
      }
    }
    return true;
  }

  /** Runs {@code template} on {@code input} (whose keywords are assumed to have matched). */
  public static Invoice2DataOutcome extract(
      Invoice2DataTemplate template, Invoice2DataInput input) {
    try {
      return run(template, input);
    } catch (StackOverflowError e) {
      // Java's regex engine recurses where Python's does not; report it instead of dying.
      return new Invoice2DataOutcome(
          Invoice2DataOutcome.Status.FAILED,
          Optional.of(template),
          Optional.empty(),
          List.of(),
          "template "
              + template.name()
              + ": a pattern recursed too deeply for Java's regex engine");
    } catch (ConversionFailure | NumberFormatException e) {
      return new Invoice2DataOutcome(
          Invoice2DataOutcome.Status.FAILED,
          Optional.of(template),
          Optional.empty(),
          List.of(),
          "template " + template.name() + ": " + e.getMessage());
    }
  }

  private static Invoice2DataOutcome run(Invoice2DataTemplate template, Invoice2DataInput input) {
    Options options = template.options();
    String text = TextPreparation.prepare(options, input.text());
    Map<String, Value> out = new LinkedHashMap<>();
    out.put("issuer", new Value.Text(template.issuer()));
    for (FieldRule rule : template.fields()) {
      if (rule instanceof FieldRule.Static s) {
        if (s.legacy() || s.value().truthy()) {
          out.put(s.name(), s.value());
        }
      } else if (rule instanceof FieldRule.Regex r) {
        String content = r.area().flatMap(a -> input.areas().map(f -> f.apply(a))).orElse(text);
        Value v = RegexParser.parse(r, options, content);
        if (v.truthy()) {
          out.put(r.name(), v);
        }
      } else if (rule instanceof FieldRule.Lines l) {
        String content = l.area().flatMap(a -> input.areas().map(f -> f.apply(a))).orElse(text);
        List<Value> rows = new ArrayList<>();
        for (LinesRule lr : l.rules()) {
          rows.addAll(LinesParser.parse(lr, options, content));
        }
        if (!rows.isEmpty()) {
          out.put(l.name(), new Value.Seq(rows));
        }
      }
    }
    out.put("currency", new Value.Text(options.currency()));
    List<Value> pluginRows = new ArrayList<>();
    for (LinesRule lr : template.lines()) {
      pluginRows.addAll(LinesParser.parse(lr, options, text));
    }
    if (!pluginRows.isEmpty()) {
      out.put("lines", new Value.Seq(pluginRows));
    }
    TablesPlugin.apply(template.tables(), options, text, out);
    List<String> missing = new ArrayList<>();
    for (String f : template.effectiveRequiredFields()) {
      if (!out.containsKey(f)) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      return new Invoice2DataOutcome(
          Invoice2DataOutcome.Status.INCOMPLETE,
          Optional.of(template),
          Optional.empty(),
          missing,
          "template "
              + template.name()
              + " matched but required fields were not found: "
              + missing);
    }
    out.put("desc", new Value.Text("Invoice from " + template.issuer()));
    return new Invoice2DataOutcome(
        Invoice2DataOutcome.Status.EXTRACTED,
        Optional.of(template),
        Optional.of(new Value.Row(out)),
        List.of(),
        "");
  }
}
