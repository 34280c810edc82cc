package id.labinov.core.memory;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * One innovation's history in the in-memory store: an immutable snapshot (the first {@code size}
 * events) over an array that later appends share. Appending writes past the end of the array
 * instead of copying the history, as long as no other snapshot has written there before (a rolled
 * back batch may have); otherwise it copies. Slots a snapshot covers are never written again, so a
 * reader keeps a fixed list while writers append. Appends are serialised by the store's write lock;
 * a snapshot is published through the store's map, after its slots are written.
 *
 * @param <E> the element type
 */
final class EventLog<E> extends AbstractList<E> implements RandomAccess {
  /** The array shared by the snapshots of one history, and how far any of them has written. */
  private static final class Shared {
    final Object[] elements;
    /** Written under the store's write lock only. */
    int written;

    Shared(int capacity) {
      elements = new Object[capacity];
    }
  }

  private static final EventLog<Object> EMPTY = new EventLog<>(new Shared(0), 0);

  private final Shared shared;
  private final Object[] elements;
  private final int size;

  private EventLog(Shared shared, int size) {
    this.shared = shared;
    this.elements = shared.elements;
    this.size = size;
  }

  /** The empty history. */
  @SuppressWarnings("unchecked")
  static <E> EventLog<E> empty() {
    return (EventLog<E>) EMPTY;
  }

  /**
   * Returns this history followed by {@code more} (none {@code null}); this one is unchanged. Call
   * only under the store's write lock.
   */
  EventLog<E> appended(List<? extends E> more) {
    int n = size + more.size();
    Shared target = shared;
    if (shared.written != size || n > elements.length) {
      // another snapshot wrote past our end, or the array is full: copy into a new, larger one
      target = new Shared(Math.max(8, Math.max(n, elements.length * 2)));
      System.arraycopy(elements, 0, target.elements, 0, size);
    }
    for (int i = 0; i < more.size(); i++) {
      target.elements[size + i] = more.get(i);
    }
    target.written = n;
    return new EventLog<>(target, n);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size);
    }
    return (E) elements[index];
  }

  @Override
  public int size() {
    return size;
  }
}
