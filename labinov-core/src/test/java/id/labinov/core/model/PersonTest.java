package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRequired;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonTest {
  private static final PersonId SITI_ID = PersonId.of("u-siti");
  private static final Nip SITI_NIP = Nip.parse("19860926 201505 2 001");

  private static Person siti() {
    return new Person(SITI_ID, "Siti Rahmawati", SITI_NIP);
  }

  @Test
  void findsTheNipOfACivilServant() {
    assertThat(siti().findNip()).contains(SITI_NIP);
  }

  @Test
  void findsNoNipForAContractServant() {
    Person pppk = siti().withIdentityNumber(PppkNumber.parse("202106013300003001"));

    assertThat(pppk.findNip()).isEmpty();
    assertThat(pppk.identityNumber().value()).isEqualTo("202106013300003001");
  }

  @Test
  void aNamedPersonHasNoNumber() {
    Person citizen = Person.named(PersonId.of("u-budi"), "Budi");

    assertThat(citizen.findNip()).isEmpty();
    assertThat(citizen.identityNumber()).isSameAs(IdentityNumber.none());
    assertThat(citizen).isEqualTo(new Person(PersonId.of("u-budi"), "Budi", IdentityNumber.none()));
  }

  @Test
  void correctsTheNameInACopy() {
    // given
    Person before = siti();

    // when
    Person after = before.withName("  Siti Rahmawati, S.Kom. ");

    // then
    assertThat(after.name()).isEqualTo("Siti Rahmawati, S.Kom.");
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.identityNumber()).isEqualTo(before.identityNumber());
    assertThat(before.name()).isEqualTo("Siti Rahmawati");
  }

  @Test
  void replacesTheIdentityNumberInACopy() {
    Person before = siti();

    Person after = before.withIdentityNumber(IdentityNumber.none());

    assertThat(after.findNip()).isEmpty();
    assertThat(after.name()).isEqualTo(before.name());
    assertThat(before.findNip()).contains(SITI_NIP);
  }

  @Test
  void stripsTheName() {
    assertThat(new Person(SITI_ID, "\tSiti ", SITI_NIP).name()).isEqualTo("Siti");
  }

  @Test
  void refusesBlankName() {
    assertRequired(() -> new Person(SITI_ID, "   ", SITI_NIP), "name", "   ");
    assertRequired(() -> siti().withName(""), "name", "");
    assertRequired(() -> Person.named(SITI_ID, " "), "name", " ");
  }

  @Test
  void refusesMissingParts() {
    assertRequired(() -> new Person(null, "Siti", SITI_NIP), "id", "null");
    assertRequired(() -> new Person(SITI_ID, null, SITI_NIP), "name", "null");
    assertRequired(() -> new Person(SITI_ID, "Siti", null), "identityNumber", "null");
    assertRequired(() -> siti().withName(null), "name", "null");
    assertRequired(() -> siti().withIdentityNumber(null), "identityNumber", "null");
    assertRequired(() -> Person.named(null, "Siti"), "id", "null");
  }
}
