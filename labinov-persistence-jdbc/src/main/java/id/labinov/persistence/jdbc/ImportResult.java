package id.labinov.persistence.jdbc;

import id.labinov.core.Checks;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.rules.Verdict;
import java.util.Optional;

/**
 * What became of one {@link ImportItem}: one result per item, at the item's index.
 *
 * @param index the item's position in the list given, from 0
 * @param outcome written, refused by the gate, failed in the database, or rolled back with the batch
 * @param ref the innovation the item was given (also when not written), or {@code null} if refused
 * @param verdict the gate's verdict (every violated rule when refused; warnings when accepted)
 * @param error for {@link Outcome#FAILED}: the typed error ({@code StorageException} with its SQL
 *     state, or {@code VersionConflictException} if the id exists already); otherwise {@code null}
 */
public record ImportResult(int index, Outcome outcome, InnovationRef ref, Verdict verdict, RuntimeException error) {
  /** What became of an item. */
  public enum Outcome {
    /** Stored, with its proposal event, state row and feed entry. */
    WRITTEN,
    /** Refused by the entry gate: nothing stored; see the verdict. */
    REFUSED,
    /** Accepted by the gate but the database refused its rows: nothing of it stored; see the error. */
    FAILED,
    /** Accepted and writable, but not stored because another item was refused or failed (all-or-nothing). */
    ROLLED_BACK
  }

  /**
   * Checks the parts.
   *
   * @throws id.labinov.core.InvalidValueException naming a missing part
   */
  public ImportResult {
    Checks.notNull(outcome, "outcome");
    Checks.notNull(verdict, "verdict");
  }

  /** Returns the error of a failed item. */
  public Optional<RuntimeException> findError() {
    return Optional.ofNullable(error);
  }

  /** Tells whether the item was stored. */
  public boolean written() {
    return outcome == Outcome.WRITTEN;
  }
}
