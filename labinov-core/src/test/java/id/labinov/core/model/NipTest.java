package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {
  private static final String EXAMPLE = "19860926 201505 1 001";

  @Nested
  class Decoding {
    @Test
    void decodesTheExampleFromPerkaBkn() {
      // when
      Nip nip = Nip.parse(EXAMPLE);

      // then
      assertThat(nip.value()).isEqualTo("198609262015051001");
      assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1986, 9, 26));
      assertThat(nip.serviceStart()).isEqualTo(YearMonth.of(2015, 5));
      assertThat(nip.sequence()).isEqualTo(1);
    }

    @Test
    void decodesALargeSequence() {
      Nip nip = Nip.parse("199002282014032999");

      assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1990, 2, 28));
      assertThat(nip.serviceStart()).isEqualTo(YearMonth.of(2014, 3));
      assertThat(nip.sequence()).isEqualTo(999);
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
      assertThat(Nip.parse("19880229 201001 2 005").birthDate()).isEqualTo(LocalDate.of(1988, 2, 29));
    }

    @Test
    void acceptsServiceStartExactlyFifteenYearsAfterTheBirthMonth() {
      assertThat(Nip.parse("19860926 200109 1 001").serviceStart()).isEqualTo(YearMonth.of(2001, 9));
    }

    @Test
    void formatsWithSpacesBetweenTheParts() {
      Nip nip = Nip.parse("198609262015051001");

      assertThat(nip.formatted()).isEqualTo(EXAMPLE);
      assertThat(nip).hasToString(EXAMPLE);
      assertThat(Nip.parse(nip.formatted())).isEqualTo(nip);
    }

    @Test
    void ignoresSpacesAnywhere() {
      assertThat(Nip.parse(" 1986 0926 2015 05 1001 ")).isEqualTo(new Nip("198609262015051001"));
    }

    @Test
    void isAnIdentityNumberWithItsDigitsAsValue() {
      IdentityNumber number = Nip.parse(EXAMPLE);

      assertThat(number.value()).isEqualTo("198609262015051001");
    }
  }

  @Nested
  class BadNumbers {
    @ParameterizedTest(name = "refuses impossible birth date in {0}")
    @CsvSource({
      "198602302015051001, 30 February",
      "198702292015051001, 29 February in a common year",
      "198613262015051001, month 13",
      "198600262015051001, month 00",
      "198609002015051001, day 00",
      "198609312015051001, 31 September",
      "189912312015051001, before 1900"
    })
    void refusesNipWithImpossibleBirthDate(String nip, String why) {
      var e = assertRefused(() -> Nip.parse(nip), "INVALID_NIP", "nip", nip);

      assertThat(e.messageKey()).as(why).isEqualTo("error.nip.birthDate");
    }

    @ParameterizedTest(name = "refuses impossible service start in {0}")
    @ValueSource(strings = {"198609262015131001", "198609262015001001"})
    void refusesNipWithImpossibleServiceStartMonth(String nip) {
      var e = assertRefused(() -> Nip.parse(nip), "INVALID_NIP", "nip", nip);

      assertThat(e.messageKey()).isEqualTo("error.nip.serviceStart");
    }

    @ParameterizedTest(name = "refuses service start {0} for a birth in September 1986")
    @ValueSource(strings = {"198609262001081001", "198609261986091001", "198609261980011001"})
    void refusesNipWithServiceStartLessThanFifteenYearsAfterBirth(String nip) {
      var e = assertRefused(() -> Nip.parse(nip), "INVALID_NIP", "nip", nip);

      assertThat(e.messageKey()).isEqualTo("error.nip.serviceBeforeAdult");
    }

    @ParameterizedTest(name = "refuses sex digit in {0}")
    @ValueSource(strings = {"198609262015053001", "198609262015050001", "198609262015059001"})
    void refusesNipWithSexDigitOtherThanOneOrTwo(String nip) {
      var e = assertRefused(() -> Nip.parse(nip), "INVALID_NIP", "nip", nip);

      assertThat(e.messageKey()).isEqualTo("error.nip.sex");
    }

    @Test
    void refusesNipWithSequenceZero() {
      var e = assertRefused(() -> Nip.parse("19860926 201505 1 000"), "INVALID_NIP", "nip", "198609262015051000");

      assertThat(e.messageKey()).isEqualTo("error.nip.sequence");
    }

    @ParameterizedTest(name = "refuses shape of \"{0}\"")
    @ValueSource(strings = {
      "19860926201505100", "1986092620150510011", "", "19860926-201505-1-001", "19860926201505100A",
      "NIP198609262015051", "١٩٨٦٠٩٢٦٢٠١٥٠٥١٠٠١", "+98609262015051001"
    })
    void refusesNipThatIsNotEighteenAsciiDigits(String nip) {
      var e = assertRefused(() -> new Nip(nip), "INVALID_NIP", "nip", nip);

      assertThat(e.messageKey()).isEqualTo("error.nip.shape");
    }

    @Test
    void refusesSeventeenDigitsWhenParsing() {
      assertRefused(() -> Nip.parse("19860926 201505 1 01"), "INVALID_NIP", "nip", "19860926201505101");
    }

    @Test
    void refusesOtherWhiteSpaceThanSpaces() {
      assertRefused(() -> Nip.parse("19860926\t201505 1 001"), "INVALID_NIP", "nip", "19860926\t2015051001");
    }

    @Test
    void refusesNull() {
      assertRefused(() -> Nip.parse(null), "INVALID_NIP", "nip", "null");
      assertRefused(() -> new Nip(null), "INVALID_NIP", "nip", "null");
    }
  }
}
