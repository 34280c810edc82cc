package id.labinov.core.model;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import java.util.List;

/**
 * A name was given for a person whose name was erased at their request (UU 27/2022). Code
 * {@code PERSON_ERASED}: leave the person's name out (e.g. remove the row from the file loaded); the
 * directory keeps the erasure so an old list cannot bring the name back.
 */
@Beta
public class PersonErasedException extends LabinovException {
  private static final long serialVersionUID = 1L;

  private final transient PersonId person;

  /**
   * Creates the exception.
   *
   * @param person the person whose name was erased
   */
  public PersonErasedException(PersonId person) {
    super("PERSON_ERASED", "error.directory.personErased", List.of(String.valueOf(person)), null);
    this.person = person;
  }

  /** {@return the person whose name was erased} */
  public PersonId person() {
    return person;
  }
}
