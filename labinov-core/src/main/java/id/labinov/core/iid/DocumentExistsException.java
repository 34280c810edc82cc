package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import id.labinov.core.model.RegionCode;
import java.util.List;

/**
 * The region's evidence register already holds a document with this id (ids are never reused, even
 * after a deletion is refused or a document superseded). Code {@code DOCUMENT_EXISTS}.
 */
@Beta
public class DocumentExistsException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient RegionCode region;
  /** The document's id. */
  private final String documentId;

  /**
   * Creates the exception.
   *
   * @param region the region
   * @param documentId the id already taken
   */
  public DocumentExistsException(RegionCode region, String documentId) {
    super("DOCUMENT_EXISTS", "error.iid.register.documentExists", List.of(documentId, region.value()), null);
    this.region = region;
    this.documentId = documentId;
  }

  /** {@return the region} */
  public RegionCode region() {
    return region;
  }

  /** {@return the id already taken} */
  public String documentId() {
    return documentId;
  }
}
