package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonIdTest {

  @ParameterizedTest(name = "keeps \"{0}\"")
  @ValueSource(strings = {"u", "user-42", "0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d", "siti@lebakkab.go.id", "~!#$%^&*()"})
  void keepsTheHostsIdAsGiven(String text) {
    PersonId id = PersonId.of(text);

    assertThat(id.value()).isEqualTo(text);
    assertThat(id).hasToString(text).isEqualTo(new PersonId(text));
  }

  @Test
  void acceptsSixtyFourCharacters() {
    assertThat(PersonId.of("x".repeat(64)).value()).hasSize(64);
  }

  @ParameterizedTest(name = "refuses \"{0}\"")
  @ValueSource(strings = {"", " ", "user 42", " user", "user\t42", "user\n", "a\u007fb", "a\u0000b"})
  void refusesEmptyIdOrIdWithWhiteSpaceOrControlCharacters(String text) {
    var e = assertRefused(() -> PersonId.of(text), "INVALID_PERSON_ID", "personId", text);

    assertThat(e.messageKey()).isEqualTo("error.personId");
  }

  @Test
  void refusesSixtyFiveCharacters() {
    String text = "x".repeat(65);

    assertRefused(() -> PersonId.of(text), "INVALID_PERSON_ID", "personId", text);
  }

  @Test
  void refusesNull() {
    assertRefused(() -> PersonId.of(null), "INVALID_PERSON_ID", "personId", "null");
    assertRefused(() -> new PersonId(null), "INVALID_PERSON_ID", "personId", "null");
  }
}
