package dev.recto.templates.io;

import dev.recto.core.error.TemplateException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses untrusted YAML into plain data: maps, lists, strings, numbers, booleans, dates and {@code
 * null}, nothing else.
 *
 * <p>What it refuses, each as a {@link TemplateException}:
 *
 * <ul>
 *   <li>tags that build objects ({@code !!javax.script.ScriptEngineManager}): SnakeYAML's {@link
 *       SafeConstructor} knows only the core types, and no global tag is allowed;
 *   <li>more than {@value #MAX_ALIASES} aliases to collections, or more than {@value
 *       #MAX_EXPANDED_NODES} nodes once aliases are expanded (the "billion laughs" expansion);
 *   <li>collections nested deeper than {@value #MAX_DEPTH};
 *   <li>documents longer than {@value #MAX_CODE_POINTS} code points;
 *   <li>a key repeated in one mapping (the later value would silently win);
 *   <li>a collection that contains itself through an alias (it could not be walked).
 * </ul>
 *
 * <p>Stateless and thread-safe; SnakeYAML's {@link Yaml} is not, so each call builds its own.
 *
 * <pre>{@code
 * Object tree = SafeYaml.parse("templates/acme.yml", text);  // Map, List, String, ... or null
 * }</pre>
 */
public final class SafeYaml {

  /** Aliases to collections allowed in one document. */
  public static final int MAX_ALIASES = 50;

  /** Nesting depth of collections allowed in one document. */
  public static final int MAX_DEPTH = 40;

  /** Nodes (collections and scalars) of one document with every alias expanded. */
  public static final int MAX_EXPANDED_NODES = 100_000;

  /** Length of one document, in Unicode code points (1 MiB of ASCII). */
  public static final int MAX_CODE_POINTS = 1 << 20;

  private SafeYaml() {}

  /**
   * Parses one YAML document.
   *
   * @param source the file or name that errors mention
   * @param text the document
   * @return the plain tree, {@code null} for an empty document
   * @throws TemplateException when the text is not valid YAML or breaks a limit above
   */
  public static Object parse(String source, String text) {
    if (text.length() > 2L * MAX_CODE_POINTS) {
      throw new TemplateException(
          source, "(document)", "longer than " + MAX_CODE_POINTS + " code points", null);
    }
    Object tree;
    try {
      tree = new Yaml(new SafeConstructor(options())).load(text);
    } catch (YAMLException | IllegalArgumentException | IllegalStateException e) {
      throw new TemplateException(source, "(document)", "invalid YAML: " + e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw new TemplateException(source, "(document)", "invalid YAML: nested too deeply", null);
    }
    PlainTree.check(source, tree, MAX_EXPANDED_NODES);
    return tree;
  }

  private static LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setAllowDuplicateKeys(false);
    o.setMaxAliasesForCollections(MAX_ALIASES);
    o.setAllowRecursiveKeys(false);
    o.setNestingDepthLimit(MAX_DEPTH);
    o.setCodePointLimit(MAX_CODE_POINTS);
    o.setProcessComments(false);
    o.setTagInspector(tag -> false);
    return o;
  }
}
