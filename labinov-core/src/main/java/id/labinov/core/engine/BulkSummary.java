package id.labinov.core.engine;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import java.util.List;

/**
 * What a scope-wide bulk command came to: how many items had each outcome, and the items that were
 * not accepted (refused, conflicting, failed), in the order they were met. The accepted and
 * replayed items are only counted, so a summary of 10,000 innovations holds as many results as
 * there were problems; refused results carry no state (the verdict and the ref say what to do). To
 * see every result, pass {@link BulkOptions#onEachResult}.
 *
 * @param accepted items decided and written
 * @param refused items refused by the authorisation step or the rulebook
 * @param conflicts items whose innovation changed between the query and the item's chunk
 * @param replayed items answered from an earlier attempt's idempotency key
 * @param failed items that could not be decided or written for another reason
 * @param problems the refused, conflicting and failed items, in order
 */
@Beta
public record BulkSummary(long accepted, long refused, long conflicts, long replayed, long failed,
    List<BulkResult> problems) {
  /**
   * Validates and copies the parts.
   *
   * @param accepted items decided and written
   * @param refused items refused by the authorisation step or the rulebook
   * @param conflicts items whose innovation changed between the query and the item's chunk
   * @param replayed items answered from an earlier attempt's idempotency key
   * @param failed items that could not be decided or written for another reason
   * @param problems the refused, conflicting and failed items, in order
   * @throws id.labinov.core.error.InvalidValueException if a count is negative or {@code problems} is missing
   */
  public BulkSummary {
    for (long n : new long[] {accepted, refused, conflicts, replayed, failed}) {
      if (n < 0) {
        throw new id.labinov.core.error.InvalidValueException("INVALID_BULK_SUMMARY", "count", n, "error.bulkSummary");
      }
    }
    problems = List.copyOf(Checks.notNull(problems, "problems"));
  }

  /** {@return how many items there were} */
  public long total() {
    return accepted + refused + conflicts + replayed + failed;
  }

  /**
   * Returns how many items had an outcome.
   *
   * @param outcome the outcome
   * @return the count
   */
  public long count(BulkResult.Outcome outcome) {
    return switch (Checks.notNull(outcome, "outcome")) {
      case ACCEPTED -> accepted;
      case REFUSED -> refused;
      case CONFLICT -> conflicts;
      case REPLAYED -> replayed;
      case FAILED -> failed;
    };
  }
}
