package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StorageException;
import id.labinov.core.internal.codec.StoredDocuments;

/** Reads the state document of a state row through core's {@link StoredDocuments}. Not API. */
final class StoredState {
  private StoredState() {}

  /**
   * Reads a stored state document.
   *
   * @param json the document
   * @param ref what the row claims to be, for the message
   * @return the state
   * @throws StorageException if the row cannot be read (it was changed outside labinov), with the
   *     codec's {@code INVALID_STORED_DOCUMENT} error, naming the JSON path, as its cause
   */
  static InnovationState read(String json, String ref) {
    try {
      return StoredDocuments.stateFromJson(json);
    } catch (RuntimeException e) {
      throw new StorageException("read the stored state of " + ref, null, e);
    }
  }
}
