package id.labinov.core.spi;


import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.evaluation.MonitoringEntry;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.model.Scope;
import java.util.List;

/**
 * Keeps evaluation streams: scores per innovation and scheme, and monitoring entries per
 * innovation. Appends carry the stream version they follow, so two writers never lose an update.
 * Thread-safe; keys are scoped by region.
 */
public interface EvaluationStore {
  /**
   * Returns every score entry of an innovation under a scheme, all rounds, in sequence order.
   *
   * @param ref the innovation
   * @param schemeId the scheme
   * @return the entries
   * @throws StorageException if the store fails
   */
  List<ScoreEntry> scores(InnovationRef ref, String schemeId);

  /**
   * Appends a score entry if the stream (innovation + scheme) holds {@code entry.sequence() - 1} entries.
   *
   * @param entry the entry
   * @throws VersionConflictException if another writer appended first
   * @throws StorageException if the store fails
   */
  void appendScore(ScoreEntry entry);

  /**
   * Returns every score entry under a scheme and round in a scope, by innovation id then sequence.
   *
   * @param scope which regions
   * @param schemeId the scheme
   * @param round the round
   * @return the entries
   * @throws StorageException if the store fails
   */
  List<ScoreEntry> scoresInScope(Scope scope, String schemeId, int round);

  /**
   * Returns the monitoring entries of an innovation in sequence order.
   *
   * @param ref the innovation
   * @return the entries
   * @throws StorageException if the store fails
   */
  List<MonitoringEntry> monitoring(InnovationRef ref);

  /**
   * Appends a monitoring entry if the stream holds {@code entry.sequence() - 1} entries.
   *
   * @param entry the entry
   * @throws VersionConflictException if another writer appended first
   * @throws StorageException if the store fails
   */
  void appendMonitoring(MonitoringEntry entry);
}
