package id.labinov.core.memory;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.programme.Programme;
import id.labinov.core.spi.ProgrammeStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A programme store in memory. Thread-safe. */
public final class InMemoryProgrammeStore implements ProgrammeStore {
  private final Map<String, Programme> programmes = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryProgrammeStore() {}

  @Override
  public Optional<Programme> load(RegionCode region, String id) {
    Checks.notNull(region, "region");
    Checks.notBlank(id, "id");
    return Optional.ofNullable(programmes.get(key(region, id)));
  }

  @Override
  public void save(Programme programme) {
    Checks.notNull(programme, "programme");
    programmes.compute(key(programme.region(), programme.id()), (k, old) -> {
      long actual = old == null ? 0 : old.version();
      if (actual != programme.version() - 1) {
        // Programmes have no innovation id; the conflict names a nil id in the programme's region.
        throw new VersionConflictException(new InnovationRef(programme.region(), new InnovationId(new UUID(0, 0))),
            programme.version() - 1, actual);
      }
      return programme;
    });
  }

  @Override
  public List<Programme> list(RegionCode region) {
    Checks.notNull(region, "region");
    return programmes.values().stream().filter(p -> p.region().equals(region))
        .sorted(Comparator.comparingInt(Programme::year).thenComparing(Programme::id)).toList();
  }

  private static String key(RegionCode region, String id) {
    return region.value() + "|" + id;
  }
}
