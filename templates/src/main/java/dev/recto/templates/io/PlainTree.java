package dev.recto.templates.io;

import dev.recto.core.error.TemplateException;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks the shape of a parsed YAML tree before anyone walks it. YAML aliases make a tree a graph:
 * a collection may contain itself ({@code &a [*a]}), and a few aliases to aliases expand into
 * millions of nodes ("billion laughs"). Code that walks or copies the tree recursively would loop
 * or run out of memory, so both are refused here: no collection may contain itself, and the tree
 * with every alias expanded may have at most a given number of nodes.
 *
 * <p>Linear in the number of distinct nodes (expanded sizes are memoized). Stateless and
 * thread-safe.
 */
final class PlainTree {

  private final String source;
  private final long maxNodes;
  private final Map<Object, Long> sizes = new IdentityHashMap<>();
  private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

  private PlainTree(String source, long maxNodes) {
    this.source = source;
    this.maxNodes = maxNodes;
  }

  /**
   * @throws TemplateException when a collection contains itself or the expanded tree has more than
   *     {@code maxNodes} nodes
   */
  static void check(String source, Object root, long maxNodes) {
    new PlainTree(source, maxNodes).size(root);
  }

  private long size(Object node) {
    Collection<?> children = children(node);
    if (children == null) {
      return 1;
    }
    Long known = sizes.get(node);
    if (known != null) {
      return known;
    }
    if (!open.add(node)) {
      throw new TemplateException(
          source, "(document)", "a collection contains itself through an alias", null);
    }
    long size = 1;
    for (Object c : children) {
      size += size(c);
      if (size > maxNodes) {
        throw new TemplateException(
            source,
            "(document)",
            "more than " + maxNodes + " nodes once aliases are expanded",
            null);
      }
    }
    open.remove(node);
    sizes.put(node, size);
    return size;
  }

  private static Collection<?> children(Object node) {
    if (node instanceof Map<?, ?> m) {
      java.util.List<Object> out = new java.util.ArrayList<>(m.size() * 2);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.add(e.getKey());
        out.add(e.getValue());
      }
      return out;
    }
    return node instanceof Collection<?> c ? c : null;
  }
}
