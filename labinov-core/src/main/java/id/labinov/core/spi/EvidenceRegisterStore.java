package id.labinov.core.spi;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.StorageException;
import id.labinov.core.iid.ChangeStamp;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentExistsException;
import id.labinov.core.iid.DocumentFilter;
import id.labinov.core.iid.DocumentInUseException;
import id.labinov.core.iid.DocumentSupersededException;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.NoSuchDocumentException;
import id.labinov.core.iid.RegisterChange;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import java.util.List;
import java.util.Optional;

/**
 * Keeps regions' evidence registers (bukti dukung): documents by reference, the IID claims that link
 * them, the innovations they are attached to as gate evidence, and a change log. Thread-safe.
 *
 * <p><b>Regions.</b> Every read and write names its region (a document's or claim's own); nothing of
 * another region is ever read, changed or counted, and the same document id may exist in two regions.
 *
 * <p><b>One unit of work per write.</b> Each write checks, changes and appends its
 * {@link RegisterChange} atomically: either all of it is stored or none. Writers of different
 * regions need not wait on each other.
 *
 * <p><b>Versions.</b> Documents and claims carry a version ({@link RegisteredDocument},
 * {@link RegisteredClaim}); writes state the version the writer saw, and a stale one is a
 * {@link RegisterConflictException}, so concurrent writers never lose an update. Attachments are a
 * set and need no version.
 *
 * <p><b>In use.</b> A document is in use while a claim of its region links it, while it is attached
 * to an innovation, or while it is the replacement another document's record names. A document in use
 * cannot be deleted ({@link DocumentInUseException}), only superseded. A claim may link only documents
 * the region's register holds ({@link NoSuchDocumentException}), superseded ones included (a claim
 * submitted with the old document stays true to what was submitted).
 *
 * <p>Contract suite: {@code id.labinov.core.spi.contract.EvidenceRegisterContract} in core's test-jar.
 */
@Beta
public interface EvidenceRegisterStore {
  /**
   * Adds a document at version 1, active and attached to nothing.
   *
   * @param document the document; its region is the register written
   * @param stamp who adds it and when
   * @return the registered document
   * @throws DocumentExistsException if the region's register holds a document with its id
   * @throws StorageException if the store fails
   */
  RegisteredDocument add(EvidenceDocument document, ChangeStamp stamp);

  /**
   * Supersedes a document with a new one, atomically: the old one becomes
   * {@link id.labinov.core.iid.DocumentStatus#SUPERSEDED} (version + 1, naming the new one), the new
   * one is added at version 1 naming the old one. Claims and attachments keep pointing at the old one.
   *
   * @param region the region
   * @param oldId the document replaced
   * @param expectedVersion the old document's version the writer saw
   * @param replacement the new document, of the same region
   * @param stamp who supersedes it and when (the note says why); both log entries, the old
   *     document's {@code DOCUMENT_SUPERSEDED} then the new one's {@code DOCUMENT_ADDED}, carry it
   * @return the new document as registered
   * @throws NoSuchDocumentException if the old document does not exist
   * @throws DocumentSupersededException if the old document was already superseded
   * @throws RegisterConflictException if the old document's version is not the expected one
   * @throws DocumentExistsException if the new document's id is taken
   * @throws id.labinov.core.error.InvalidValueException with code {@code REGION_MISMATCH} if the
   *     replacement belongs to another region
   * @throws StorageException if the store fails
   */
  RegisteredDocument supersede(RegionCode region, String oldId, long expectedVersion, EvidenceDocument replacement,
      ChangeStamp stamp);

  /**
   * Deletes a document that is not in use.
   *
   * @param region the region
   * @param documentId the document
   * @param expectedVersion the version the writer saw
   * @param stamp who deletes it and when
   * @throws NoSuchDocumentException if it does not exist
   * @throws RegisterConflictException if its version is not the expected one
   * @throws DocumentInUseException if it is in use, naming every use
   * @throws StorageException if the store fails
   */
  void delete(RegionCode region, String documentId, long expectedVersion, ChangeStamp stamp);

  /**
   * Records that a document is attached to an innovation as gate evidence; nothing changes if it
   * already is (and nothing is logged).
   *
   * @param region the region (the innovation's and the document's)
   * @param documentId the document
   * @param innovation the innovation
   * @param stamp who attaches it and when
   * @return {@code true} if the attachment is new
   * @throws NoSuchDocumentException if the document does not exist
   * @throws DocumentSupersededException if it was superseded
   * @throws StorageException if the store fails
   */
  boolean attach(RegionCode region, String documentId, InnovationId innovation, ChangeStamp stamp);

  /**
   * Removes a document's attachment to an innovation; nothing changes if there is none (and nothing
   * is logged). Superseded documents can be detached.
   *
   * @param region the region
   * @param documentId the document
   * @param innovation the innovation
   * @param stamp who detaches it and when
   * @return {@code true} if an attachment was removed
   * @throws NoSuchDocumentException if the document does not exist
   * @throws StorageException if the store fails
   */
  boolean detach(RegionCode region, String documentId, InnovationId innovation, ChangeStamp stamp);

  /**
   * Finds a document of a region.
   *
   * @param region the region
   * @param documentId the document
   * @return the document, or empty (also when another region holds that id)
   * @throws StorageException if the store fails
   */
  Optional<RegisteredDocument> find(RegionCode region, String documentId);

  /**
   * Lists a region's documents that match a filter ({@link DocumentFilter#matches} is the reference),
   * by date then id.
   *
   * @param region the region
   * @param filter which documents
   * @return the documents
   * @throws StorageException if the store fails
   */
  List<RegisteredDocument> list(RegionCode region, DocumentFilter filter);

  /**
   * Puts a claim: a new one at version 1 when {@code expectedVersion} is 0, else the replacement of
   * the stored claim with the same {@link ClaimKey key} at its version + 1.
   *
   * @param claim the claim; its region is the register written
   * @param expectedVersion the version the writer saw, 0 for a new claim
   * @param stamp who puts it and when
   * @return the claim as registered
   * @throws RegisterConflictException if the stored version (0 for none) is not the expected one
   * @throws NoSuchDocumentException naming the first linked document the region's register does not
   *     hold
   * @throws StorageException if the store fails
   */
  RegisteredClaim putClaim(IndicatorClaim claim, long expectedVersion, ChangeStamp stamp);

  /**
   * Removes a claim.
   *
   * @param key the claim's key; its region is the register written
   * @param expectedVersion the version the writer saw
   * @param stamp who removes it and when
   * @throws RegisterConflictException if the stored version (0 for none) is not the expected one
   * @throws StorageException if the store fails
   */
  void removeClaim(ClaimKey key, long expectedVersion, ChangeStamp stamp);

  /**
   * Finds a claim.
   *
   * @param key the claim's key
   * @return the claim, or empty
   * @throws StorageException if the store fails
   */
  Optional<RegisteredClaim> findClaim(ClaimKey key);

  /**
   * Lists a region's claims of an IID year: region-level claims first, then by innovation id, each
   * subject's by indicator code.
   *
   * @param region the region
   * @param year the IID year
   * @return the claims
   * @throws StorageException if the store fails
   */
  List<RegisteredClaim> claims(RegionCode region, int year);

  /**
   * Lists the claims of one subject in an IID year, by indicator code.
   *
   * @param region the region
   * @param innovation the innovation, or empty for the region-level claims
   * @param year the IID year
   * @return the claims
   * @throws StorageException if the store fails
   */
  List<RegisteredClaim> claims(RegionCode region, Optional<InnovationId> innovation, int year);

  /**
   * Lists a region's change log, oldest first, from after a sequence.
   *
   * @param region the region
   * @param afterSequence list entries with a greater sequence; 0 for the start
   * @param limit the most entries returned, 1 to 1000
   * @return the entries
   * @throws id.labinov.core.error.InvalidValueException with code {@code INVALID_LIMIT} for a limit
   *     out of range, {@code NEGATIVE_COUNT} for a negative sequence
   * @throws StorageException if the store fails
   */
  List<RegisterChange> changes(RegionCode region, long afterSequence, int limit);
}
