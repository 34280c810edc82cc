package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.internal.codec.StoredDocuments;
import id.labinov.core.model.InnovationId;

/**
 * The states this store last wrote or read, with the documents they were read from or written
 * as, so that a command reading back the row it wrote a moment ago need not decode the document
 * again. A hit needs the row's document to be exactly the cached text: decoding is a function of
 * the text, so a hit gives what decoding would give, whoever wrote the row. Fixed size (one slot
 * per id hash), racy by design: a slot holds some complete entry or none, and a miss only means
 * decoding. Not API.
 */
final class StateCache {
  private static final int SLOTS = 4096;

  /** A document and the state it holds. */
  private record Entry(String json, InnovationState state) {}

  private final Entry[] slots = new Entry[SLOTS];

  /**
   * Reads a stored state document, from the cache when the same text was read or written before.
   *
   * @param json the document
   * @param ref the innovation the row holds
   * @return the state
   * @throws StorageException as {@link StoredState#read}
   */
  InnovationState read(String json, InnovationRef ref) {
    int slot = slotOf(ref.id());
    Entry e = slots[slot];
    if (e != null && json != null && e.json.equals(json)) {
      return e.state;
    }
    InnovationState s = StoredState.read(json, ref.toString());
    if (json != null && s.id().equals(ref.id())) {
      slots[slot] = new Entry(json, s);
    }
    return s;
  }

  /**
   * Encodes a state for writing and remembers the pair.
   *
   * @param state the state
   * @return its document
   */
  String write(InnovationState state) {
    String json = StoredDocuments.stateToJson(state);
    slots[slotOf(state.id())] = new Entry(json, state);
    return json;
  }

  /** The slot of an innovation: by id, so a newer state of it replaces the older. */
  private static int slotOf(InnovationId id) {
    return (id.hashCode() * 0x9E3779B9) >>> 20;
  }
}
