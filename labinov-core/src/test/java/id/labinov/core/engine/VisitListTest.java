package id.labinov.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.rules.HoldPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The visit list a move builds: equal, element by element, to the list written out in full (each
 * left stay closed at the next stay's entry, its open pauses with it), immutable, and taken by a
 * state as it is.
 */
class VisitListTest {
  private static final Instant T0 = Instant.parse("2019-02-01T01:00:00Z");
  private static final Instant T1 = Instant.parse("2019-02-10T01:00:00Z");
  private static final Instant T2 = Instant.parse("2019-02-12T01:00:00Z");
  private static final Instant T3 = Instant.parse("2019-03-01T01:00:00Z");

  @Test
  void equalsTheListWrittenOutInFull() {
    List<StageVisit> start = List.of(new StageVisit("DRUM_UP", T0, null, List.of()));
    List<StageVisit> paused = VisitList.withPauses(start, List.of(new HoldPeriod(T1, null)));
    List<StageVisit> moved = VisitList.entered(paused, "DIAGNOSE", T2);
    List<StageVisit> movedAgain = VisitList.entered(moved, "DESIGN", T3);

    List<StageVisit> expected = List.of(
        new StageVisit("DRUM_UP", T0, T2, List.of(new HoldPeriod(T1, T2))),
        new StageVisit("DIAGNOSE", T2, T3, List.of()),
        new StageVisit("DESIGN", T3, null, List.of()));
    assertThat(movedAgain).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(3);
    assertThat(expected).isEqualTo(movedAgain);
    assertThat(new ArrayList<>(movedAgain)).isEqualTo(expected);
    assertThat(moved).containsExactly(expected.get(0), new StageVisit("DIAGNOSE", T2, null, List.of()));
    assertThat(VisitList.lastEnteredAt(movedAgain)).isEqualTo(T3);
    assertThat(VisitList.lastPauses(paused)).containsExactly(new HoldPeriod(T1, null));
  }

  @Test
  void pausesOfTheCurrentStayChangeOnlyTheLastVisit() {
    List<StageVisit> moved = VisitList.entered(List.of(new StageVisit("DRUM_UP", T0, null, List.of())), "DIAGNOSE", T1);
    List<StageVisit> held = VisitList.withPauses(moved, List.of(new HoldPeriod(T2, null)));
    List<StageVisit> resumed = VisitList.withPauses(held, VisitList.closePauses(VisitList.lastPauses(held), T3));

    assertThat(held.get(0)).isEqualTo(new StageVisit("DRUM_UP", T0, T1, List.of()));
    assertThat(held.get(1)).isEqualTo(new StageVisit("DIAGNOSE", T1, null, List.of(new HoldPeriod(T2, null))));
    assertThat(resumed.get(1).pauses()).containsExactly(new HoldPeriod(T2, T3));
    assertThat(moved.get(1).pauses()).isEmpty();
  }

  @Test
  void isImmutableBoundsCheckedAndKeptByAState() {
    List<StageVisit> moved = VisitList.entered(List.of(new StageVisit("DRUM_UP", T0, null, List.of())), "DIAGNOSE", T1);

    assertThatThrownBy(() -> moved.add(new StageVisit("X", T2, null, List.of())))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> moved.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> moved.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(ImmutableArrayList.copyOf(moved)).isSameAs(moved);
    assertThatThrownBy(() -> VisitList.entered(moved, " ", T2)).isInstanceOf(id.labinov.core.error.InvalidValueException.class);
  }
}
