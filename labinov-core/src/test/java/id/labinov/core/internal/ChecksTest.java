package id.labinov.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.InnovationDetails;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that could not be stored or hashed faithfully is refused where it enters. */
class ChecksTest {
  @Test
  void keepsPairedSurrogatesRightToLeftMarksAndControlCharactersOtherThanNul() {
    String text = "Posyandu \uD83D\uDE00 \u200F\u0645\u0631\u062D\u0628\u0627 tab\there";
    String kept = Checks.text(text, "title");

    assertThat(kept).isEqualTo(text);
    assertThat(new String(kept.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(kept);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "lone high \uD83D", "\uDE00 lone low", "swapped \uDE00\uD83D"})
  void refusesNulAndUnpairedSurrogatesNamingTheFieldAndPosition(String text) {
    assertThatThrownBy(() -> Checks.notBlank(text, "title"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_CHARACTER");
          assertThat(e.field()).isEqualTo("title");
          assertThat(e.getMessage(Locale.ENGLISH)).startsWith("title contains character U+").contains("remove or replace");
          assertThat(e.getMessage(Messages.INDONESIAN)).startsWith("title memuat karakter U+");
        });
  }

  @Test
  void theErrorNamesTheFirstBadCharacter() {
    assertThatThrownBy(() -> Checks.text("ab\uD83D", "problem"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("U+D83D at position 3"));
  }

  @Test
  void aTextCheckedBeforeIsReturnedAsItIsAndABadOneIsRefusedEveryTime() {
    String code = new String("DIAGNOSE");
    assertThat(Checks.notBlank(code, "stage")).isSameAs(code);
    assertThat(Checks.notBlank(code, "stage")).isSameAs(code); // remembered: the same instance, unchanged
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> Checks.notBlank("a\u0000b", "stage")).isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> Checks.notBlank(" \t ", "stage")).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void stripsOnlyWhatHasWhiteSpaceAtAnEndAndNormalisesOnlyWhatIsNotInNfc() {
    assertThat(Checks.notBlank("  Posyandu\t", "title")).isEqualTo("Posyandu");
    assertThat(Checks.notBlank("\u2003Posyandu\u2003", "title")).isEqualTo("Posyandu");
    String nfc = "Caf\u00e9 \u2014 \u0645\u0631\u062D\u0628\u0627";
    assertThat(Checks.notBlank(nfc, "title")).isSameAs(nfc);
    assertThat(Checks.notBlank("Cafe\u0301", "title")).isEqualTo("Caf\u00e9");
    assertThatThrownBy(() -> Checks.notBlank("\u2003\u2003", "title"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("REQUIRED"));
  }

  @Test
  void detailTextsAreCheckedToo() {
    assertThatThrownBy(() -> InnovationDetails.titled("Inovasi").withText("problem", "x\u0000y"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_CHARACTER");
          assertThat(e.field()).isEqualTo("problem");
        });
  }
}
