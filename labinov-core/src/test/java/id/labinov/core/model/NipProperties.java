package id.labinov.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.gen.Gens.NipParts;
import id.labinov.core.gen.Gens;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class NipProperties {

  @Test
  void decodesThePartsItWasMadeOf() {
    qt().forAll(Gens.nipParts()).checkAssert(parts -> {
      Nip nip = Nip.parse(parts.digits());

      assertThat(nip.value()).isEqualTo(parts.digits());
      assertThat(nip.birthDate()).isEqualTo(parts.birthDate());
      assertThat(nip.serviceStart()).isEqualTo(parts.serviceStart());
      assertThat(nip.sequence()).isEqualTo(parts.sequence());
    });
  }

  @Test
  void parsesItsFormattedFormBackEqual() {
    qt().forAll(Gens.nipParts()).checkAssert(parts -> {
      Nip nip = Nip.parse(parts.spaced());

      assertThat(nip.formatted()).isEqualTo(parts.spaced());
      assertThat(Nip.parse(nip.formatted())).isEqualTo(nip);
      assertThat(Nip.parse(nip.toString())).isEqualTo(nip);
    });
  }

  @Test
  void anyEighteenDigitsParseOrAreRefusedAsInvalidNip() {
    qt().forAll(Gens.anyEighteenDigits()).checkAssert(digits -> {
      Throwable thrown = catchThrowable(() -> Nip.parse(digits));

      if (thrown == null) {
        Nip nip = Nip.parse(digits);
        assertThat(nip.formatted().replace(" ", "")).isEqualTo(digits);
        assertThat(nip.serviceStart()).isAfterOrEqualTo(YearMonth.from(nip.birthDate()).plusYears(15));
        assertThat(nip.sequence()).isBetween(1, 999);
      } else {
        assertThat(thrown).isExactlyInstanceOf(InvalidValueException.class);
        InvalidValueException e = (InvalidValueException) thrown;
        assertThat(e.code()).isEqualTo("INVALID_NIP");
        assertThat(e.field()).isEqualTo("nip");
        assertThat(e.rejectedValue()).isEqualTo(digits);
        assertThat(e.messageKey()).startsWith("error.nip.");
      }
    });
  }

  @Test
  void refusesServiceStartedBeforeFifteen() {
    qt().forAll(Gens.nipPartsStartingTooYoung()).checkAssert(parts -> {
      Throwable thrown = catchThrowable(() -> Nip.parse(parts.digits()));

      assertThat(thrown).isExactlyInstanceOf(InvalidValueException.class);
      assertThat(((InvalidValueException) thrown).messageKey()).isEqualTo("error.nip.serviceBeforeAdult");
    });
  }

  @Test
  void refusesEverySexDigitButOneAndTwo() {
    qt().forAll(Gens.nipParts(), org.quicktheories.generators.SourceDSL.integers().between(3, 10))
        .checkAssert((NipParts parts, Integer digit) -> {
          String d = parts.digits();
          String changed = d.substring(0, 14) + (digit % 10) + d.substring(15);

          Throwable thrown = catchThrowable(() -> Nip.parse(changed));

          assertThat(thrown).isExactlyInstanceOf(InvalidValueException.class);
          assertThat(((InvalidValueException) thrown).messageKey()).isEqualTo("error.nip.sex");
        });
  }
}
