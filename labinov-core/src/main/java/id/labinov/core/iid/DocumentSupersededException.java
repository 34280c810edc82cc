package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import id.labinov.core.model.RegionCode;
import java.util.List;

/**
 * The document was superseded, so it cannot be superseded again or newly attached to an innovation as
 * gate evidence: use the document that replaced it. Code {@code DOCUMENT_SUPERSEDED}.
 */
@Beta
public class DocumentSupersededException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient RegionCode region;
  /** The document's id. */
  private final String documentId;
  /** The id of the document that replaced it. */
  private final String supersededBy;

  /**
   * Creates the exception.
   *
   * @param region the region
   * @param documentId the superseded document
   * @param supersededBy the document that replaced it
   */
  public DocumentSupersededException(RegionCode region, String documentId, String supersededBy) {
    super("DOCUMENT_SUPERSEDED", "error.iid.register.superseded", List.of(documentId, supersededBy, region.value()),
        null);
    this.region = region;
    this.documentId = documentId;
    this.supersededBy = supersededBy;
  }

  /** {@return the region} */
  public RegionCode region() {
    return region;
  }

  /** {@return the superseded document} */
  public String documentId() {
    return documentId;
  }

  /** {@return the document that replaced it} */
  public String supersededBy() {
    return supersededBy;
  }
}
