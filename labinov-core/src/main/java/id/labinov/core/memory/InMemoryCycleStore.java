package id.labinov.core.memory;

import id.labinov.core.annotation.Beta;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.RegionCode;
import id.labinov.core.spi.CycleStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/** The yearly cycle's streams in memory. Thread-safe. */
@Beta
public final class InMemoryCycleStore implements CycleStore {
  private final Map<InnovationRef, List<CompetitionEntry>> entries = new ConcurrentHashMap<>();
  private final Map<InnovationRef, List<InnovationVersion>> versions = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryCycleStore() {}

  @Override
  public List<CompetitionEntry> entries(InnovationRef ref) {
    return entries.getOrDefault(Checks.notNull(ref, "ref"), List.of());
  }

  @Override
  public List<CompetitionEntry> entries(RegionCode region) {
    return inRegion(entries, Checks.notNull(region, "region"), CompetitionEntry::sequence);
  }

  @Override
  public void appendEntry(CompetitionEntry entry) {
    Checks.notNull(entry, "entry");
    append(entries, entry.ref(), entry, entry.sequence());
  }

  @Override
  public List<InnovationVersion> versions(InnovationRef ref) {
    return versions.getOrDefault(Checks.notNull(ref, "ref"), List.of());
  }

  @Override
  public List<InnovationVersion> versions(RegionCode region) {
    return inRegion(versions, Checks.notNull(region, "region"), InnovationVersion::sequence);
  }

  @Override
  public void appendVersion(InnovationVersion version) {
    Checks.notNull(version, "version");
    append(versions, version.ref(), version, version.sequence());
  }

  private static <T> void append(Map<InnovationRef, List<T>> streams, InnovationRef ref, T item, long sequence) {
    streams.compute(ref, (k, old) -> {
      List<T> list = old == null ? List.of() : old;
      if (list.size() != sequence - 1) {
        throw new VersionConflictException(ref, sequence - 1, list.size());
      }
      List<T> copy = new ArrayList<>(list);
      copy.add(item);
      return List.copyOf(copy);
    });
  }

  private static <T> List<T> inRegion(Map<InnovationRef, List<T>> streams, RegionCode region,
      ToLongFunction<T> sequence) {
    List<Map.Entry<InnovationRef, List<T>>> found = new ArrayList<>();
    for (Map.Entry<InnovationRef, List<T>> e : streams.entrySet()) {
      if (e.getKey().region().equals(region)) {
        found.add(e);
      }
    }
    found.sort(Comparator.comparing(e -> e.getKey().id()));
    List<T> out = new ArrayList<>();
    found.forEach(e -> out.addAll(e.getValue()));
    return List.copyOf(out);
  }
}
