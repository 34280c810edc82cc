package id.labinov.core.programme;

import id.labinov.core.error.LabinovException;
import java.util.List;

/** No programme with this id exists in the region. Code {@code NO_SUCH_PROGRAMME}. */
public class NoSuchProgrammeException extends LabinovException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param programmeId the id asked for
   * @param region the region, as text
   */
  public NoSuchProgrammeException(String programmeId, String region) {
    super("NO_SUCH_PROGRAMME", "error.noSuchProgramme", List.of(programmeId, region), null);
  }
}
