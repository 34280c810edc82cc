package id.labinov.core.memory;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.RulebookConflictException;
import id.labinov.core.spi.RulebookStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A rulebook store in memory. Thread-safe. */
public final class InMemoryRulebookStore implements RulebookStore {
  private final Map<String, Rulebook> books = new ConcurrentSkipListMap<>();

  /** Creates an empty store. */
  public InMemoryRulebookStore() {}

  @Override
  public void save(RegionCode region, Rulebook rulebook) {
    Checks.notNull(region, "region");
    Checks.notNull(rulebook, "rulebook");
    Rulebook existing = books.putIfAbsent(key(region, rulebook.id(), rulebook.version()), rulebook);
    if (existing != null && !existing.hash().equals(rulebook.hash())) {
      throw new RulebookConflictException(rulebook.reference(), region.value(), existing.hash(), rulebook.hash());
    }
  }

  @Override
  public Optional<Rulebook> find(RegionCode region, String id, int version) {
    Checks.notNull(region, "region");
    Checks.notBlank(id, "id");
    return Optional.ofNullable(books.get(key(region, id, version)));
  }

  @Override
  public List<RulebookInfo> list(RegionCode region) {
    Checks.notNull(region, "region");
    String prefix = region.value() + "|";
    return books.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
        .map(e -> new RulebookInfo(e.getValue().id(), e.getValue().version(), e.getValue().hash()))
        .sorted(java.util.Comparator.comparing(RulebookInfo::id).thenComparingInt(RulebookInfo::version))
        .toList();
  }

  private static String key(RegionCode region, String id, int version) {
    return region.value() + "|" + id + "|" + String.format("%09d", version);
  }
}
