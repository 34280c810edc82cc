package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import id.labinov.core.model.RegionCode;
import java.util.List;

/**
 * Another writer changed a document or claim of the evidence register first: the stored version
 * differs from the one the write stated (0 meaning "none yet"; a removed claim or deleted document
 * has version 0). Code {@code VERSION_CONFLICT}, as for innovations: reload and decide again.
 */
@Beta
public class RegisterConflictException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient RegionCode region;
  /** The document's id or the claim's key. */
  private final String subject;
  /** The version the writer stated. */
  private final long expected;
  /** The version the store holds (0 for none). */
  private final long actual;

  /**
   * Creates the exception.
   *
   * @param region the region
   * @param subject the document's id or the claim's {@link ClaimKey#text() key}
   * @param expected the version the writer stated
   * @param actual the version the store holds (0 for none)
   */
  public RegisterConflictException(RegionCode region, String subject, long expected, long actual) {
    super("VERSION_CONFLICT", "error.iid.register.conflict", List.of(subject, region.value(), expected, actual), null);
    this.region = region;
    this.subject = subject;
    this.expected = expected;
    this.actual = actual;
  }

  /** {@return the region} */
  public RegionCode region() {
    return region;
  }

  /** {@return the document's id or the claim's key} */
  public String subject() {
    return subject;
  }

  /** {@return the version the writer stated} */
  public long expected() {
    return expected;
  }

  /** {@return the version the store holds (0 for none)} */
  public long actual() {
    return actual;
  }
}
