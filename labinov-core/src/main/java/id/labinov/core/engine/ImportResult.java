package id.labinov.core.engine;

import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;
import id.labinov.core.rules.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * What became of one {@link ImportItem}: one result per item, at the item's index.
 *
 * @param index the item's position in the list given, from 0
 * @param outcome written, refused by the entry gate, failed in the store, or rolled back with an
 *     all-or-nothing import
 * @param ref the innovation the item was given (also when not written), or {@code null} if refused
 * @param verdict the entry gate's verdict (every violated rule when refused; warnings when accepted)
 * @param events the events stored for the item (empty unless written)
 * @param error for {@link Outcome#FAILED}: the typed error ({@code StorageException} with its cause,
 *     or {@code VersionConflictException} if the id exists already); otherwise {@code null}
 */
public record ImportResult(int index, Outcome outcome, InnovationRef ref, Verdict verdict,
    List<InnovationEvent> events, RuntimeException error) {
  /** The outcome of one item. */
  public enum Outcome {
    /** Stored. */
    WRITTEN,
    /** Refused by the entry gate; see the verdict. */
    REFUSED,
    /** Accepted but not stored; see the error. */
    FAILED,
    /** Accepted, but undone because another item of an all-or-nothing import was not stored. */
    ROLLED_BACK
  }

  /**
   * Checks the parts.
   *
   * @param index the item's position in the list given, from 0
   * @param outcome written, refused by the entry gate, failed in the store, or rolled back with an
   *     all-or-nothing import
   * @param ref the innovation the item was given (also when not written), or {@code null} if refused
   * @param verdict the entry gate's verdict (every violated rule when refused; warnings when accepted)
   * @param events the events stored for the item (empty unless written)
   * @param error for {@link Outcome#FAILED}: the typed error ({@code StorageException} with its cause,
   *     or {@code VersionConflictException} if the id exists already); otherwise {@code null}
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ImportResult {
    Checks.notNull(outcome, "outcome");
    Checks.notNull(verdict, "verdict");
    events = List.copyOf(Checks.notNull(events, "events"));
  }

  /** {@return the error of a failed item} */
  public Optional<RuntimeException> findError() {
    return Optional.ofNullable(error);
  }

  /** {@return whether the item was stored} */
  public boolean written() {
    return outcome == Outcome.WRITTEN;
  }
}
