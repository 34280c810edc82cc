package id.labinov.core.spi;

import id.labinov.core.engine.Decider;
import id.labinov.core.engine.HistoryProblemKind;
import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.Checks;

/**
 * The checks every store's history goes through, fed by the store as it reads the history as
 * stored (see {@link HistorySource#readStoredHistory}): first each stored event in sequence order,
 * then the stored state. The first broken link found ends the check, in this order per event:
 * a sequence gap ({@code MISSING_EVENT}), the store's own evidence of the link
 * ({@code HASH_MISMATCH}), an event that does not decode, names another innovation or sequence, or
 * cannot follow the ones before ({@code INVALID_PAYLOAD}); then for the state: a stored version
 * beyond the events ({@code MISSING_EVENT}) or before them ({@code STATE_MISMATCH}), the store's
 * evidence of the last link ({@code LAST_HASH_MISMATCH}), a stored state that is not what the
 * events fold to ({@code STATE_MISMATCH}).
 *
 * <p>One instance checks one innovation once; not thread-safe.
 */
public final class HistoryCheck {
  private final InnovationRef ref;
  private long expected = 1;
  private InnovationState folded;
  private HistoryVerification result;

  private HistoryCheck(InnovationRef ref) {
    this.ref = ref;
  }

  /**
   * Starts the check of one innovation's history.
   *
   * @param ref the innovation
   * @return a check expecting the event with sequence 1
   * @throws id.labinov.core.error.InvalidValueException if the ref is missing
   */
  public static HistoryCheck of(InnovationRef ref) {
    return new HistoryCheck(Checks.notNull(ref, "ref"));
  }

  /**
   * Verifies one innovation's history as a source reads it.
   *
   * @param source the stored histories
   * @param ref the innovation
   * @return intact, or the first broken link
   * @throws NoSuchInnovationException if neither a state nor events are stored for the innovation
   * @throws id.labinov.core.engine.StorageException if the store fails
   * @throws IllegalStateException if the source handed no stored state and found no broken link
   */
  public static HistoryVerification verify(HistorySource source, InnovationRef ref) {
    Checks.notNull(source, "source");
    HistoryCheck check = of(ref);
    source.readStoredHistory(ref, check);
    return check.result();
  }

  /** {@return the innovation checked} */
  public InnovationRef ref() {
    return ref;
  }

  /**
   * Takes the next stored event.
   *
   * @param sequence the sequence the event is stored under (its place in the history)
   * @param event the event as decoded from what is stored, or {@code null} if it does not decode
   * @param linkIntact whether the store's own evidence for this link holds (e.g. its hash over the
   *     previous hash and the stored bytes); stores without such evidence pass {@code true}
   * @return {@code true} to go on with the next event, {@code false} once a broken link is found
   *     (the store then stops reading)
   * @throws IllegalStateException if the check already ended
   */
  public boolean event(long sequence, InnovationEvent event, boolean linkIntact) {
    if (result != null) {
      throw new IllegalStateException("the check of " + ref + " already ended");
    }
    long checked = expected - 1;
    if (sequence != expected) {
      return broken(checked, expected, HistoryProblemKind.MISSING_EVENT);
    }
    if (!linkIntact) {
      return broken(checked + 1, sequence, HistoryProblemKind.HASH_MISMATCH);
    }
    if (event == null || event.metadata().sequence() != sequence || !event.metadata().innovationId().equals(ref.id())
        || !event.metadata().region().equals(ref.region())) {
      return broken(checked + 1, sequence, HistoryProblemKind.INVALID_PAYLOAD);
    }
    try {
      folded = Decider.evolve(folded, event);
    } catch (RuntimeException e) {
      return broken(checked + 1, sequence, HistoryProblemKind.INVALID_PAYLOAD);
    }
    expected++;
    return true;
  }

  /**
   * Takes the stored state, after the last stored event, and ends the check.
   *
   * @param version the version stored with the state, or -1 when no state is stored
   * @param state the stored state as decoded, or {@code null} when none is stored or it does not
   *     decode
   * @param lastLinkIntact whether the store's own evidence kept with the state (e.g. the last hash)
   *     matches the last event's; stores without such evidence pass {@code true}
   * @throws NoSuchInnovationException if neither a state nor events are stored
   * @throws IllegalStateException if the check already ended
   */
  public void state(long version, InnovationState state, boolean lastLinkIntact) {
    if (result != null) {
      throw new IllegalStateException("the check of " + ref + " already ended");
    }
    long events = expected - 1;
    if (events == 0 && version < 0) {
      throw new NoSuchInnovationException(ref);
    }
    if (version > events) {
      broken(events, events + 1, HistoryProblemKind.MISSING_EVENT);
    } else if (version < events) {
      broken(events, Math.max(version, 0), HistoryProblemKind.STATE_MISMATCH);
    } else if (!lastLinkIntact) {
      broken(events, events, HistoryProblemKind.LAST_HASH_MISMATCH);
    } else if (state == null || !sameState(state, folded)) {
      broken(events, events, HistoryProblemKind.STATE_MISMATCH);
    } else {
      result = HistoryVerification.intact(ref, events);
    }
  }

  /**
   * Returns the outcome.
   *
   * @return intact, or the first broken link
   * @throws IllegalStateException if no broken link was found and the state was not handed over yet
   */
  public HistoryVerification result() {
    if (result == null) {
      throw new IllegalStateException("the store handed no stored state for " + ref);
    }
    return result;
  }

  private boolean broken(long eventsChecked, long sequence, HistoryProblemKind kind) {
    result = HistoryVerification.broken(ref, eventsChecked, sequence, kind);
    return false;
  }

  /**
   * Tells whether a stored state is what the events give; a state stored before contributors were
   * recorded (they read back as unknown) is compared on everything else.
   */
  private static boolean sameState(InnovationState stored, InnovationState folded) {
    if (stored.contributors() != null || folded == null) {
      return stored.equals(folded);
    }
    return stored.equals(folded.withUnknownContributors());
  }
}
