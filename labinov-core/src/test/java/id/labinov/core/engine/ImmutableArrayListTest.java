package id.labinov.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lists evolve builds: one copy per change, immutable, taken by a state as they are. */
class ImmutableArrayListTest {
  @Test
  void buildsChangedCopiesAndLeavesTheOriginalAlone() {
    List<String> base = List.of("a", "b");

    assertThat(ImmutableArrayList.appended(base, "c")).containsExactly("a", "b", "c");
    assertThat(ImmutableArrayList.appendedAll(base, List.of("c", "d"))).containsExactly("a", "b", "c", "d");
    assertThat(ImmutableArrayList.appendedAll(base, List.of())).isSameAs(base);
    assertThat(ImmutableArrayList.replaced(base, 0, "z")).containsExactly("z", "b");
    assertThat(ImmutableArrayList.replacedLast(base, "y", null)).containsExactly("a", "y");
    assertThat(ImmutableArrayList.replacedLast(base, "y", "c")).containsExactly("a", "y", "c");
    assertThat(base).containsExactly("a", "b");
  }

  @Test
  void isImmutableAndEqualToAnyListWithTheSameElements() {
    List<String> list = ImmutableArrayList.appended(List.of("a"), "b");

    assertThat(list).isEqualTo(List.of("a", "b")).hasSameHashCodeAs(List.of("a", "b"));
    assertThat(List.of("a", "b")).isEqualTo(list);
    assertThatThrownBy(() -> list.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> {
      var it = list.iterator();
      it.next();
      it.remove();
    }).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copyOfKeepsImmutableListsAndCopiesMutableOnes() {
    List<String> own = ImmutableArrayList.appended(List.of(), "a");
    List<String> jdk = List.of("a");
    List<String> mutable = new ArrayList<>(List.of("a"));

    assertThat(ImmutableArrayList.copyOf(own)).isSameAs(own);
    assertThat(ImmutableArrayList.copyOf(jdk)).isSameAs(jdk);
    List<String> copy = ImmutableArrayList.copyOf(mutable);
    mutable.add("b");
    assertThat(copy).containsExactly("a");
  }
}
