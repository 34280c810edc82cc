package id.labinov.core.model;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import java.util.Optional;

/**
 * The correctable personal record behind a {@link PersonId}: the person's name and civil-servant
 * number, as a directory keeps it ({@link id.labinov.core.spi.DirectoryStore#findPerson}).
 *
 * <p>Kept apart from innovation histories, which hold only the person id, so the record can be
 * corrected or erased (UU 27/2022) without touching the append-only, hash-chained history. Reports
 * read a person's name only ({@link id.labinov.core.spi.Directory#findPersonName}), never this record,
 * so no report shows a NIP.
 *
 * @param id the opaque person id used in events
 * @param name the person's name
 * @param identityNumber a {@link Nip}, a {@link PppkNumber} or {@link IdentityNumber#none()}
 */
@Beta
public record Person(PersonId id, String name, IdentityNumber identityNumber) {
  /**
   * Validates the record.
   *
   * @param id the opaque person id used in events
   * @param name the person's name
   * @param identityNumber a {@link Nip}, a {@link PppkNumber} or {@link IdentityNumber#none()}
   * @throws id.labinov.core.error.InvalidValueException if the id, name or identity number is missing
   */
  public Person {
    Checks.notNull(id, "id");
    name = Checks.notBlank(name, "name");
    Checks.notNull(identityNumber, "identityNumber");
  }

  /**
   * Creates the record of a person without a civil-servant number (a citizen, a DPRD member, or
   * an ASN whose number the lab does not keep).
   *
   * @param id the person id
   * @param name the person's name
   * @return the record
   * @throws id.labinov.core.error.InvalidValueException if the id or name is missing
   */
  public static Person named(PersonId id, String name) {
    return new Person(id, name, IdentityNumber.none());
  }

  /** {@return the NIP if the person is a PNS} */
  public Optional<Nip> findNip() {
    return identityNumber instanceof Nip nip ? Optional.of(nip) : Optional.empty();
  }

  /**
   * Returns a copy with a corrected name.
   *
   * @param newName the corrected name
   * @return the copy
   */
  public Person withName(String newName) {
    return new Person(id, newName, identityNumber);
  }

  /**
   * Returns a copy with another identity number (e.g. after a PPPK is appointed PNS).
   *
   * @param number the number, or {@link IdentityNumber#none()}
   * @return the copy
   */
  public Person withIdentityNumber(IdentityNumber number) {
    return new Person(id, name, number);
  }
}
