package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;

/** What a change of the evidence register did; see {@link RegisterChange}. */
@Beta
public enum RegisterAction {
  /** A document was added (the subject is its id). */
  DOCUMENT_ADDED,
  /** A document was superseded by another (the subject is the old id, the detail the new one). */
  DOCUMENT_SUPERSEDED,
  /** A document not in use was deleted (the subject is its id). */
  DOCUMENT_DELETED,
  /** A document was attached to an innovation as gate evidence (the detail is the innovation's id). */
  DOCUMENT_ATTACHED,
  /** A document's attachment to an innovation was removed (the detail is the innovation's id). */
  DOCUMENT_DETACHED,
  /** A claim was put, new or replacing (the subject is its {@link ClaimKey#text() key}). */
  CLAIM_PUT,
  /** A claim was removed (the subject is its key). */
  CLAIM_REMOVED
}
