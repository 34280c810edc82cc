package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PppkNumberTest {

  @Test
  void keepsTheDigitsAsGivenWithoutDecoding() {
    // given an 18-digit PPPK number that would be an impossible NIP (sex digit 3, sequence 000)
    String digits = "202106013300003000";

    // when
    PppkNumber number = PppkNumber.parse(digits);

    // then
    assertThat(number.value()).isEqualTo(digits);
    assertThat(number).isNotInstanceOf(Nip.class);
  }

  @Test
  void keepsLeadingZeros() {
    assertThat(PppkNumber.parse("00012345").value()).isEqualTo("00012345");
  }

  @Test
  void removesSpacesWhenParsing() {
    assertThat(PppkNumber.parse(" 2021 0601 3300 0030 01 ").value()).isEqualTo("202106013300003001");
  }

  @Test
  void acceptsEightToThirtyDigits() {
    assertThat(new PppkNumber("12345678").value()).hasSize(8);
    assertThat(new PppkNumber("1".repeat(30)).value()).hasSize(30);
  }

  @ParameterizedTest(name = "refuses \"{0}\"")
  @ValueSource(strings = {"", "1234567", "1234567890123456789012345678901", "12345678A", "1234-5678", "1234\t5678"})
  void refusesNumberThatIsNotEightToThirtyDigits(String text) {
    var e = assertRefused(() -> new PppkNumber(text), "INVALID_PPPK_NUMBER", "pppkNumber", text);

    assertThat(e.messageKey()).isEqualTo("error.pppk");
  }

  @Test
  void refusesNull() {
    assertRefused(() -> PppkNumber.parse(null), "INVALID_PPPK_NUMBER", "pppkNumber", "null");
    assertRefused(() -> new PppkNumber(null), "INVALID_PPPK_NUMBER", "pppkNumber", "null");
  }
}
