package id.labinov.core.engine;

import id.labinov.core.internal.Checks;
import id.labinov.core.rules.HoldPeriod;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The stage visits of a state after a move, without copying the visits before it: the visits of
 * the state before ({@code prior}, whose last one was the open stay), that stay closed when the
 * current one began, and the current stay, held as its parts (stage, entry time, pauses). The
 * closed stay and the current one are made as {@link StageVisit}s when they are read (a closed
 * stay ends, with its open pauses, at the current stay's entry time), so a move allocates one node
 * instead of two visits and a copied array. Immutable; reads walk back one node per move, which
 * stays short (an innovation moves a handful of times).
 */
final class VisitList extends AbstractList<StageVisit> implements RandomAccess {
  private final List<StageVisit> prior;
  private final String stage;
  private final Instant enteredAt;
  private final List<HoldPeriod> pauses;
  private final int size;

  private VisitList(List<StageVisit> prior, String stage, Instant enteredAt, List<HoldPeriod> pauses) {
    this.prior = prior;
    this.stage = stage;
    this.enteredAt = enteredAt;
    this.pauses = pauses;
    this.size = prior.size() + 1;
  }

  /** The visits after leaving the last stay of {@code visits} at {@code t} for {@code next}. */
  static List<StageVisit> entered(List<StageVisit> visits, String next, Instant t) {
    Checks.notBlank(next, "stage");
    Checks.notNull(t, "enteredAt");
    return new VisitList(visits, next, t, List.of());
  }

  /** The visits with the current stay's pauses replaced (a pause opened or closed). */
  static List<StageVisit> withPauses(List<StageVisit> visits, List<HoldPeriod> pauses) {
    if (visits instanceof VisitList v) {
      return new VisitList(v.prior, v.stage, v.enteredAt, ImmutableArrayList.copyOf(pauses));
    }
    StageVisit cur = visits.get(visits.size() - 1);
    return ImmutableArrayList.replacedLast(visits, new StageVisit(cur.stage(), cur.enteredAt(), null, pauses), null);
  }

  /** When the current stay began, without making it as a visit. */
  static Instant lastEnteredAt(List<StageVisit> visits) {
    return visits instanceof VisitList v ? v.enteredAt : visits.get(visits.size() - 1).enteredAt();
  }

  /** The current stay's pauses, without making it as a visit. */
  static List<HoldPeriod> lastPauses(List<StageVisit> visits) {
    return visits instanceof VisitList v ? v.pauses : visits.get(visits.size() - 1).pauses();
  }

  /** The stay {@code v} closed at {@code t}: left then, every open pause ended then. */
  private static StageVisit closed(StageVisit v, Instant t) {
    return new StageVisit(v.stage(), v.enteredAt(), t, closePauses(v.pauses(), t));
  }

  /** The pauses with every open one ended at {@code t}; the same list when none is open. */
  static List<HoldPeriod> closePauses(List<HoldPeriod> pauses, Instant t) {
    List<HoldPeriod> out = pauses;
    for (int i = 0; i < pauses.size(); i++) {
      HoldPeriod h = pauses.get(i);
      if (h.end() == null) {
        out = ImmutableArrayList.replaced(out, i, new HoldPeriod(h.start(), t));
      }
    }
    return out;
  }

  @Override
  public StageVisit get(int index) {
    if (index == size - 1) {
      return new StageVisit(stage, enteredAt, null, pauses);
    }
    if (index == size - 2) {
      return closed(prior.get(index), enteredAt);
    }
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("visit " + index + " of " + size);
    }
    return prior.get(index);
  }

  @Override
  public int size() {
    return size;
  }
}
