package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import id.labinov.core.model.RegionCode;
import java.util.List;

/**
 * The region's evidence register holds no document with this id (a document of another region is
 * never found). Code {@code NO_SUCH_DOCUMENT}.
 */
@Beta
public class NoSuchDocumentException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient RegionCode region;
  /** The document's id. */
  private final String documentId;

  /**
   * Creates the exception.
   *
   * @param region the region asked
   * @param documentId the document asked for
   */
  public NoSuchDocumentException(RegionCode region, String documentId) {
    super("NO_SUCH_DOCUMENT", "error.iid.register.noSuchDocument", List.of(documentId, region.value()), null);
    this.region = region;
    this.documentId = documentId;
  }

  /** {@return the region asked} */
  public RegionCode region() {
    return region;
  }

  /** {@return the document asked for} */
  public String documentId() {
    return documentId;
  }
}
