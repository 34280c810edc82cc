package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;

/**
 * An opaque reference to a person, as issued by the host application (its user id, a UUID).
 *
 * <p>Events and approvals refer to people only through this id; names, NIPs and other personal
 * data live in a separate, correctable {@link Person} record, kept by a directory
 * ({@link id.labinov.core.spi.DirectoryStore}) where it can be corrected or erased (UU 27/2022 on
 * personal data protection).
 *
 * @param value 1-64 visible characters without white space
 */
public record PersonId(String value) {
  /**
   * Validates the id.
   *
   * @param value 1-64 visible characters without white space
   * @throws InvalidValueException with code {@code INVALID_PERSON_ID}
   */
  public PersonId {
    if (value == null || value.isEmpty() || value.length() > 64 || !value.codePoints().allMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c))) {
      throw new InvalidValueException("INVALID_PERSON_ID", "personId", value, "error.personId");
    }
  }

  /**
   * Creates a person id.
   *
   * @param value the host's identifier
   * @return the id
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
