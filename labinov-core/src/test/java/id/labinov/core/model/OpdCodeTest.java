package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpdCodeTest {

  @ParameterizedTest(name = "accepts {0}")
  @ValueSource(strings = {"DINKES", "BAPPEDA", "KEC-RANGKASBITUNG", "1", "A", "UPTD_PUSKESMAS.01", "9-A"})
  void acceptsRegionChosenCodes(String text) {
    OpdCode code = OpdCode.of(text);

    assertThat(code.value()).isEqualTo(text);
    assertThat(code).hasToString(text).isEqualTo(new OpdCode(text));
  }

  @Test
  void acceptsFortyCharacters() {
    assertThat(OpdCode.of("A".repeat(40)).value()).hasSize(40);
  }

  @Test
  void ordersByText() {
    assertThat(OpdCode.of("BAPPEDA")).isLessThan(OpdCode.of("DINKES"));
  }

  @ParameterizedTest(name = "refuses \"{0}\"")
  @ValueSource(strings = {"", "dinkes", "Dinkes", "-DINKES", "_DINKES", ".DINKES", "DIN KES", " DINKES", "DINKES/1", "DİNKES"})
  void refusesCodeOutsideTheAlphabet(String text) {
    var e = assertRefused(() -> OpdCode.of(text), "INVALID_OPD_CODE", "opdCode", text);

    assertThat(e.messageKey()).isEqualTo("error.opdCode");
  }

  @Test
  void refusesFortyOneCharacters() {
    String text = "A".repeat(41);

    assertRefused(() -> OpdCode.of(text), "INVALID_OPD_CODE", "opdCode", text);
  }

  @Test
  void refusesNull() {
    assertRefused(() -> OpdCode.of(null), "INVALID_OPD_CODE", "opdCode", "null");
    assertRefused(() -> new OpdCode(null), "INVALID_OPD_CODE", "opdCode", "null");
  }
}
