package id.labinov.core.model;


import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import id.labinov.core.spi.DirectoryStore;
import java.util.List;

/**
 * A correction names a person the directory holds no name for. Code {@code NO_SUCH_PERSON}: put
 * the person first ({@link DirectoryStore#putPerson}).
 */
@Beta
public class NoSuchPersonException extends LabinovException {
  private static final long serialVersionUID = 1L;

  private final transient PersonId person;

  /**
   * Creates the exception.
   *
   * @param person the person the directory does not know
   */
  public NoSuchPersonException(PersonId person) {
    super("NO_SUCH_PERSON", "error.directory.noSuchPerson", List.of(String.valueOf(person)), null);
    this.person = person;
  }

  /** {@return the person the directory does not know} */
  public PersonId person() {
    return person;
  }
}
