package id.labinov.core.memory;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.evaluation.MonitoringEntry;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Scope;
import id.labinov.core.spi.EvaluationStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An evaluation store in memory. Thread-safe. */
public final class InMemoryEvaluationStore implements EvaluationStore {
  private final Map<String, List<ScoreEntry>> scores = new ConcurrentHashMap<>();
  private final Map<InnovationRef, List<MonitoringEntry>> monitoring = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryEvaluationStore() {}

  private static String key(InnovationRef ref, String schemeId) {
    return ref + "|" + schemeId;
  }

  @Override
  public List<ScoreEntry> scores(InnovationRef ref, String schemeId) {
    Checks.notNull(ref, "ref");
    Checks.notBlank(schemeId, "schemeId");
    return scores.getOrDefault(key(ref, schemeId), List.of());
  }

  @Override
  public void appendScore(ScoreEntry entry) {
    Checks.notNull(entry, "entry");
    scores.compute(key(entry.ref(), entry.schemeId()), (k, old) -> {
      List<ScoreEntry> list = old == null ? List.of() : old;
      if (list.size() != entry.sequence() - 1) {
        throw new VersionConflictException(entry.ref(), entry.sequence() - 1, list.size());
      }
      List<ScoreEntry> copy = new ArrayList<>(list);
      copy.add(entry);
      return List.copyOf(copy);
    });
  }

  @Override
  public List<ScoreEntry> scoresInScope(Scope scope, String schemeId, int round) {
    Checks.notNull(scope, "scope");
    Checks.notBlank(schemeId, "schemeId");
    return scores.values().stream().flatMap(List::stream)
        .filter(e -> e.schemeId().equals(schemeId) && e.round() == round && scope.includes(e.ref().region()))
        .sorted(Comparator.comparing((ScoreEntry e) -> e.ref().id()).thenComparingLong(ScoreEntry::sequence))
        .toList();
  }

  @Override
  public List<MonitoringEntry> monitoring(InnovationRef ref) {
    Checks.notNull(ref, "ref");
    return monitoring.getOrDefault(ref, List.of());
  }

  @Override
  public void appendMonitoring(MonitoringEntry entry) {
    Checks.notNull(entry, "entry");
    monitoring.compute(entry.ref(), (k, old) -> {
      List<MonitoringEntry> list = old == null ? List.of() : old;
      if (list.size() != entry.sequence() - 1) {
        throw new VersionConflictException(entry.ref(), entry.sequence() - 1, list.size());
      }
      List<MonitoringEntry> copy = new ArrayList<>(list);
      copy.add(entry);
      return List.copyOf(copy);
    });
  }
}
