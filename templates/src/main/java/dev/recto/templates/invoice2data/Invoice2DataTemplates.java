package dev.recto.templates.invoice2data;

import dev.recto.core.error.TemplateException;
import dev.recto.templates.io.TemplateFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of invoice2data templates, loaded once and shared: immutable and thread-safe.
 *
 * <p>Templates are tried by descending {@code priority}, templates of equal priority in the order
 * of their paths below the folder; the first whose keywords all match the document's text (and none
 * of whose exclude keywords does) is the document's template, as in invoice2data, which then runs
 * that template only.
 *
 * <pre>{@code
 * Invoice2DataTemplates templates = Invoice2DataTemplates.load(Path.of("templates"));
 * Invoice2DataOutcome outcome = templates.extract(Invoice2DataInput.ofText(text));
 * if (outcome.extracted()) {
 *   System.out.println(Invoice2DataJson.write(List.of(outcome.fields().get())));
 * }
 * }</pre>
 */
public final class Invoice2DataTemplates {

  private final List<Invoice2DataTemplate> templates;
  private final List<TemplateException> rejected;

  private Invoice2DataTemplates(
      List<Invoice2DataTemplate> inMatchingOrder, List<TemplateException> rejected) {
    this.templates = List.copyOf(inMatchingOrder);
    this.rejected = List.copyOf(rejected);
  }

  /**
   * Loads every {@code .yml}, {@code .yaml} and {@code .json} file below {@code dir}, setting aside
   * (see {@link #rejected()}) the files that are not valid templates: invoice2data loads those too
   * but fails every document they match, so they could not give a result either.
   *
   * @throws TemplateException when the folder cannot be read
   */
  public static Invoice2DataTemplates load(Path dir) {
    List<Invoice2DataTemplate> loaded = new ArrayList<>();
    List<TemplateException> rejected = new ArrayList<>();
    for (Path f : files(dir)) {
      try {
        loaded.add(Invoice2DataLoader.read(f));
      } catch (TemplateException e) {
        rejected.add(e);
      }
    }
    return new Invoice2DataTemplates(sorted(loaded), rejected);
  }

  /**
   * Loads every template file below {@code dir}, failing on the first invalid one.
   *
   * @throws TemplateException naming the file and field when a template is invalid, or the folder
   *     when it cannot be read
   */
  public static Invoice2DataTemplates loadStrict(Path dir) {
    List<Invoice2DataTemplate> loaded = new ArrayList<>();
    for (Path f : files(dir)) {
      loaded.add(Invoice2DataLoader.read(f));
    }
    return of(loaded);
  }

  private static List<Path> files(Path dir) {
    return TemplateFiles.list(dir, Invoice2DataLoader::isTemplateFile);
  }

  /** A set of the given templates (in this order for equal priorities). */
  public static Invoice2DataTemplates of(List<Invoice2DataTemplate> templates) {
    return new Invoice2DataTemplates(sorted(templates), List.of());
  }

  private static List<Invoice2DataTemplate> sorted(List<Invoice2DataTemplate> templates) {
    List<Invoice2DataTemplate> sorted = new ArrayList<>(templates);
    sorted.sort(Comparator.comparingInt(Invoice2DataTemplate::priority).reversed());
    return sorted;
  }

  /** The files {@link #load} set aside, each error naming its file and field. */
  public List<TemplateException> rejected() {
    return rejected;
  }

  /** The templates in the order they are tried. */
  public List<Invoice2DataTemplate> templates() {
    return templates;
  }

  /** The number of templates. */
  public int size() {
    return templates.size();
  }

  /** The template invoice2data would pick for this text, if any. */
  public Optional<Invoice2DataTemplate> match(String text) {
    Objects.requireNonNull(text, "text");
    for (Invoice2DataTemplate t : templates) {
      if (Invoice2DataExtractor.matches(t, text)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Picks the template for the input's text and runs it. */
  public Invoice2DataOutcome extract(Invoice2DataInput input) {
    return match(input.text())
        .map(t -> Invoice2DataExtractor.extract(t, input))
        .orElseGet(Invoice2DataOutcome::noTemplate);
  }
}
