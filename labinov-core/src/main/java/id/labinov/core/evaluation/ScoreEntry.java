package id.labinov.core.evaluation;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One evaluator's scores for one innovation under one scheme in one round (e.g. the year), kept in
 * the evaluation's own stream (innovation + scheme), never in the innovation's: panels never
 * conflict with the innovator. Entries are appended, never overwritten.
 *
 * @param entryId unique id
 * @param ref the innovation
 * @param schemeId the evaluation scheme
 * @param schemeVersion its version
 * @param round the round, e.g. the year of the innovation week (re-scoring in later years is a new round)
 * @param evaluator who scored
 * @param scores score (or level) per criterion code
 * @param recordedAt when (microseconds)
 * @param sequence position in the stream, from 1
 */
public record ScoreEntry(UUID entryId, InnovationRef ref, String schemeId, int schemeVersion, int round,
    PersonId evaluator, Map<String, BigDecimal> scores, Instant recordedAt, long sequence) {
  /**
   * Validates and copies the parts.
   *
   * @param entryId unique id
   * @param ref the innovation
   * @param schemeId the evaluation scheme
   * @param schemeVersion its version
   * @param round the round, e.g. the year of the innovation week (re-scoring in later years is a new round)
   * @param evaluator who scored
   * @param scores score (or level) per criterion code
   * @param recordedAt when (microseconds)
   * @param sequence position in the stream, from 1
   * @throws InvalidValueException naming a bad part
   */
  public ScoreEntry {
    Checks.notNull(entryId, "entryId");
    Checks.notNull(ref, "ref");
    Checks.notBlank(schemeId, "schemeId");
    Checks.notNull(evaluator, "evaluator");
    scores = Collections.unmodifiableMap(new TreeMap<>(Checks.notNull(scores, "scores")));
    recordedAt = Checks.notNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
    if (sequence < 1) {
      throw new InvalidValueException("INVALID_SEQUENCE", "sequence", sequence, "error.sequence");
    }
  }
}
