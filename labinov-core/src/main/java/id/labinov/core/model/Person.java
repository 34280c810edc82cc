package id.labinov.core.model;

import id.labinov.core.internal.Checks;
import java.util.Optional;

/**
 * The correctable personal record behind a {@link PersonId}: name, civil-servant number and unit.
 *
 * <p>Kept apart from innovation histories, which hold only the person id, so the record can be
 * corrected or erased (UU 27/2022) without touching the append-only, hash-chained history. Public
 * reports never show the NIP.
 *
 * @param id the opaque person id used in events
 * @param name the person's name
 * @param identityNumber a {@link Nip}, a {@link PppkNumber} or {@link IdentityNumber#none()}
 * @param opd the person's unit, or {@code null} for a citizen or DPRD member
 */
public record Person(PersonId id, String name, IdentityNumber identityNumber, OpdCode opd) {
  /**
   * Validates the record.
   *
   * @param id the opaque person id used in events
   * @param name the person's name
   * @param identityNumber a {@link Nip}, a {@link PppkNumber} or {@link IdentityNumber#none()}
   * @param opd the person's unit, or {@code null} for a citizen or DPRD member
   * @throws id.labinov.core.error.InvalidValueException if the id, name or identity number is missing
   */
  public Person {
    Checks.notNull(id, "id");
    name = Checks.notBlank(name, "name");
    Checks.notNull(identityNumber, "identityNumber");
  }

  /** {@return the person's unit, if any} */
  public Optional<OpdCode> findOpd() {
    return Optional.ofNullable(opd);
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
    return new Person(id, newName, identityNumber, opd);
  }

  /**
   * Returns a copy with another identity number (e.g. after a PPPK is appointed PNS).
   *
   * @param number the number, or {@link IdentityNumber#none()}
   * @return the copy
   */
  public Person withIdentityNumber(IdentityNumber number) {
    return new Person(id, name, number, opd);
  }
}
