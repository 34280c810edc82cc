package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A document as the evidence register holds it: the document itself, whether it still stands, what
 * it replaced or was replaced by, the innovations it is attached to as gate evidence, its version and
 * who recorded it when.
 *
 * <p><b>Versions.</b> A document is added at version 1 and gets version 2 when it is superseded; a
 * write that names a document (supersede, delete) states the version the writer saw, and a stale one
 * is a {@link RegisterConflictException}. Attaching it to an innovation does not change the version:
 * attachments are a set, added and removed idempotently, so two writers cannot lose each other's.
 *
 * @param document the document
 * @param status whether it stands or was replaced
 * @param supersedes the id of the document it replaced, if any
 * @param supersededBy the id of the document that replaced it; present exactly when
 *     {@link DocumentStatus#SUPERSEDED}
 * @param attachedTo the innovations it is attached to as 5D gate evidence (may be empty)
 * @param version 1 or more
 * @param recordedAt when this version was recorded
 * @param recordedBy who recorded this version
 */
@Beta
public record RegisteredDocument(EvidenceDocument document, DocumentStatus status, Optional<String> supersedes,
    Optional<String> supersededBy, Set<InnovationId> attachedTo, long version, Instant recordedAt,
    PersonId recordedBy) {
  /**
   * Validates and copies the parts.
   *
   * @param document the document
   * @param status whether it stands
   * @param supersedes the document it replaced, if any
   * @param supersededBy the document that replaced it, if superseded
   * @param attachedTo the innovations it is attached to
   * @param version 1 or more
   * @param recordedAt when this version was recorded
   * @param recordedBy who recorded it
   * @throws InvalidValueException with code {@code REQUIRED} naming a missing part,
   *     {@code INVALID_VERSION} for a version below 1, {@code INVALID_STATUS} if the status and
   *     {@code supersededBy} disagree
   */
  public RegisteredDocument {
    Checks.notNull(document, "document");
    Checks.notNull(status, "status");
    supersedes = Checks.notNull(supersedes, "supersedes").map(id -> EvidenceDocument.documentId(id, "supersedes"));
    supersededBy = Checks.notNull(supersededBy, "supersededBy")
        .map(id -> EvidenceDocument.documentId(id, "supersededBy"));
    if (supersededBy.isPresent() != (status == DocumentStatus.SUPERSEDED)) {
      throw new InvalidValueException("INVALID_STATUS", "supersededBy", supersededBy.orElse(null),
          "error.iid.register.status", status.name());
    }
    attachedTo = Set.copyOf(new TreeSet<>(EvidenceDocument.noNulls(attachedTo, "attachedTo")));
    version = RegisteredClaim.version(version);
    Checks.notNull(recordedAt, "recordedAt");
    Checks.notNull(recordedBy, "recordedBy");
  }

  /**
   * Records a new document: active, version 1, attached to nothing.
   *
   * @param document the document
   * @param supersedes the document it replaces, if any
   * @param stamp who adds it and when
   * @return the registered document
   */
  public static RegisteredDocument added(EvidenceDocument document, Optional<String> supersedes, ChangeStamp stamp) {
    Checks.notNull(stamp, "stamp");
    return new RegisteredDocument(document, DocumentStatus.ACTIVE, supersedes, Optional.empty(), Set.of(), 1,
        stamp.at(), stamp.actor());
  }

  /** {@return the document's id} */
  public String id() {
    return document.id();
  }

  /** {@return the region whose register holds it} */
  public RegionCode region() {
    return document.region();
  }

  /** {@return whether it stands (not superseded)} */
  public boolean active() {
    return status == DocumentStatus.ACTIVE;
  }

  /**
   * Returns the next version, superseded by another document.
   *
   * @param replacement the replacing document's id
   * @param stamp who supersedes it and when
   * @return the superseded version
   */
  public RegisteredDocument supersededBy(String replacement, ChangeStamp stamp) {
    Checks.notNull(stamp, "stamp");
    return new RegisteredDocument(document, DocumentStatus.SUPERSEDED, supersedes, Optional.of(replacement),
        attachedTo, version + 1, stamp.at(), stamp.actor());
  }

  /**
   * Returns a copy with other attachments and the same version.
   *
   * @param innovations the innovations it is attached to
   * @return the copy
   */
  public RegisteredDocument withAttachments(Set<InnovationId> innovations) {
    return new RegisteredDocument(document, status, supersedes, supersededBy, innovations, version, recordedAt,
        recordedBy);
  }
}
