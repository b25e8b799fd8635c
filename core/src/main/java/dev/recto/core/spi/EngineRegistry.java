package dev.recto.core.spi;

import dev.recto.core.error.EngineUnavailableException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The providers of one kind of engine, by id. An instance, not a static: a processor holds its own,
 * and tests build one from fakes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <P> the provider type
 */
public final class EngineRegistry<P extends EngineProvider> {
  private final String kind;
  private final String installHint;
  private final Map<String, P> byId;

  /**
   * @param kind what the engines are, for messages, e.g. {@code OCR engine}
   * @param installHint how to get more engines, e.g. which Maven artifact to add
   * @param providers the providers; ids must be unique
   * @throws IllegalArgumentException on a duplicate id
   */
  public EngineRegistry(String kind, String installHint, List<? extends P> providers) {
    this.kind = kind;
    this.installHint = installHint;
    Map<String, P> map = new LinkedHashMap<>();
    for (P p : providers) {
      P previous = map.putIfAbsent(p.id(), p);
      if (previous != null) {
        throw new IllegalArgumentException(
            "duplicate "
                + kind
                + " id '"
                + p.id()
                + "': "
                + previous.getClass().getName()
                + " and "
                + p.getClass().getName());
      }
    }
    this.byId = Map.copyOf(map);
  }

  /** The providers that {@link ServiceLoader} finds with this class loader. */
  public static <P extends EngineProvider> EngineRegistry<P> load(
      Class<P> type, ClassLoader loader, String kind, String installHint) {
    List<P> found = new ArrayList<>();
    for (P p : ServiceLoader.load(type, loader)) {
      found.add(p);
    }
    return new EngineRegistry<>(kind, installHint, found);
  }

  public Optional<P> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The provider with this id.
   *
   * @throws EngineUnavailableException naming the known ids and how to get more
   */
  public P require(String id) {
    P p = byId.get(id);
    if (p == null) {
      throw new EngineUnavailableException(
          "no " + kind + " '" + id + "' (known: " + knownIds() + "); " + installHint, null);
    }
    return p;
  }

  /** The provider with the highest priority, ties broken by id. */
  public Optional<P> best() {
    return all().stream().findFirst();
  }

  /** All providers, highest priority first, ties broken by id. */
  public List<P> all() {
    List<P> list = new ArrayList<>(byId.values());
    list.sort(Comparator.comparingInt((P p) -> -p.priority()).thenComparing(EngineProvider::id));
    return List.copyOf(list);
  }

  /** The known ids, sorted, for messages. */
  public List<String> knownIds() {
    return byId.keySet().stream().sorted().toList();
  }

  public String kind() {
    return kind;
  }

  public String installHint() {
    return installHint;
  }
}
