package id.labinov.core.model;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import java.util.List;

/**
 * A record was given for a person who was erased at their request (UU 27/2022). Code
 * {@code PERSON_ERASED}: leave the person out (e.g. remove the row from the file loaded); the
 * directory keeps the erasure so an old list cannot bring the name or number back.
 */
@Beta
public class PersonErasedException extends LabinovException {
  private static final long serialVersionUID = 1L;

  private final transient PersonId person;

  /**
   * Creates the exception.
   *
   * @param person the person who was erased
   */
  public PersonErasedException(PersonId person) {
    super("PERSON_ERASED", "error.directory.personErased", List.of(String.valueOf(person)), null);
    this.person = person;
  }

  /** {@return the person who was erased} */
  public PersonId person() {
    return person;
  }
}
