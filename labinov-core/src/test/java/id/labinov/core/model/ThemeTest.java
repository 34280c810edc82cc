package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThemeTest {

  @ParameterizedTest(name = "accepts {0}")
  @ValueSource(strings = {"KOTA_LAYAK_ANAK", "KOTA_TANPA_KUMUH", "AB", "SDG_3", "A_"})
  void acceptsUpperSnakeCodes(String code) {
    Theme theme = Theme.of(code);

    assertThat(theme.code()).isEqualTo(code);
    assertThat(theme).hasToString(code).isEqualTo(new Theme(code));
  }

  @Test
  void acceptsFortyCharacters() {
    assertThat(Theme.of("T".repeat(40)).code()).hasSize(40);
  }

  @Test
  void ordersByCode() {
    assertThat(Theme.of("KOTA_LAYAK_ANAK")).isLessThan(Theme.of("KOTA_TANPA_KUMUH"));
  }

  @ParameterizedTest(name = "refuses \"{0}\"")
  @ValueSource(strings = {"", "A", "kota_layak_anak", "1KOTA", "_KOTA", "KOTA-LAYAK", "KOTA LAYAK", " KOTA"})
  void refusesCodeThatIsNotUpperSnake(String code) {
    var e = assertRefused(() -> Theme.of(code), "INVALID_THEME", "theme", code);

    assertThat(e.messageKey()).isEqualTo("error.theme");
  }

  @Test
  void refusesFortyOneCharacters() {
    String code = "T".repeat(41);

    assertRefused(() -> Theme.of(code), "INVALID_THEME", "theme", code);
  }

  @Test
  void refusesNull() {
    assertRefused(() -> Theme.of(null), "INVALID_THEME", "theme", "null");
    assertRefused(() -> new Theme(null), "INVALID_THEME", "theme", "null");
  }
}
