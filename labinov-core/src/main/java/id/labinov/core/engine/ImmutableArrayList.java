package id.labinov.core.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list over an array that nobody else holds: what {@link Decider#evolve} builds when a
 * state's list changes, in one array copy (a {@code List.of(array)} would copy the array once more).
 * The state's compact constructor takes it as it is ({@link #copyOf}); unchanged lists are shared
 * between states, never copied. Rejects nothing because it is only built from checked elements;
 * equal to any list with the same elements, in order.
 *
 * @param <E> the element type
 */
final class ImmutableArrayList<E> extends AbstractList<E> implements RandomAccess {
  /** The JDK's empty list, the most common list of a state. */
  private static final List<Object> EMPTY = List.of();

  private final Object[] elements;

  private ImmutableArrayList(Object[] elements) {
    this.elements = elements;
  }

  /** A list as it is when it is immutable already (this class or the JDK's), else an immutable copy. */
  static <E> List<E> copyOf(List<E> list) {
    return list instanceof ImmutableArrayList || list instanceof VisitList || list == EMPTY ? list : List.copyOf(list);
  }

  /** {@code list} followed by {@code e} (not {@code null}). */
  static <E> List<E> appended(List<E> list, E e) {
    int n = list.size();
    Object[] a = new Object[n + 1];
    for (int i = 0; i < n; i++) {
      a[i] = list.get(i);
    }
    a[n] = e;
    return new ImmutableArrayList<>(a);
  }

  /** {@code list} followed by every element of {@code more} (none {@code null}). */
  static <E> List<E> appendedAll(List<E> list, List<? extends E> more) {
    if (more.isEmpty()) {
      return list;
    }
    int n = list.size();
    Object[] a = new Object[n + more.size()];
    for (int i = 0; i < n; i++) {
      a[i] = list.get(i);
    }
    for (int i = 0; i < more.size(); i++) {
      a[n + i] = more.get(i);
    }
    return new ImmutableArrayList<>(a);
  }

  /** {@code list} with the element at {@code index} replaced by {@code e} (not {@code null}). */
  static <E> List<E> replaced(List<E> list, int index, E e) {
    Object[] a = list.toArray();
    a[index] = e;
    return new ImmutableArrayList<>(a);
  }

  /** {@code list} (not empty) with its last element replaced by {@code last}, then {@code next} appended if not {@code null}. */
  static <E> List<E> replacedLast(List<E> list, E last, E next) {
    int n = list.size();
    Object[] a = new Object[next == null ? n : n + 1];
    for (int i = 0; i < n - 1; i++) {
      a[i] = list.get(i);
    }
    a[n - 1] = last;
    if (next != null) {
      a[n] = next;
    }
    return new ImmutableArrayList<>(a);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
