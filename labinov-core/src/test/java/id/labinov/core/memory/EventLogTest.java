package id.labinov.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A history appends into a shared array, and every snapshot stays as it was. */
class EventLogTest {
  @Test
  void aSnapshotKeepsItsEventsWhileLaterOnesAppend() {
    EventLog<String> one = EventLog.<String>empty().appended(List.of("a"));
    EventLog<String> two = one.appended(List.of("b", "c"));
    EventLog<String> three = two.appended(List.of("d"));

    assertThat(one).containsExactly("a");
    assertThat(two).containsExactly("a", "b", "c");
    assertThat(three).containsExactly("a", "b", "c", "d");
    assertThat(EventLog.<String>empty()).isEmpty();
  }

  @Test
  void appendingToAnOlderSnapshotCopiesInsteadOfOverwritingANewerOne() {
    EventLog<String> base = EventLog.<String>empty().appended(List.of("a"));
    EventLog<String> undone = base.appended(List.of("b")); // e.g. written, then rolled back
    EventLog<String> after = base.appended(List.of("x"));

    assertThat(undone).containsExactly("a", "b");
    assertThat(after).containsExactly("a", "x");
    assertThat(after.appended(List.of("y"))).containsExactly("a", "x", "y");
    assertThat(undone).containsExactly("a", "b");
  }

  @Test
  void growsPastItsFirstArray() {
    EventLog<Integer> log = EventLog.empty();
    for (int i = 0; i < 100; i++) {
      log = log.appended(List.of(i));
    }
    assertThat(log).hasSize(100).startsWith(0, 1, 2).endsWith(98, 99);
  }

  @Test
  void isAnImmutableListEqualToAnyListWithTheSameEvents() {
    EventLog<String> log = EventLog.<String>empty().appended(List.of("a", "b"));
    assertThat(log).isEqualTo(List.of("a", "b")).hasSameHashCodeAs(List.of("a", "b"));
    assertThat(log.subList(1, 2)).containsExactly("b");
    assertThatThrownBy(() -> log.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> log.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
