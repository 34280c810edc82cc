package id.labinov.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {
  private static final String INDONESIAN_REQUIRED = "name wajib diisi: berikan nilainya (saat ini null).";
  private static final String ENGLISH_REQUIRED = "name is required: pass a value (it was null).";

  @Nested
  class Resolving {
    @ParameterizedTest(name = "{0} resolves to English")
    @ValueSource(strings = {"en", "en-US", "en-GB", "en-ID"})
    void resolvesEnglishForLanguageEn(String tag) {
      assertThat(Messages.resolve(Locale.forLanguageTag(tag))).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0} resolves to Indonesian")
    @ValueSource(strings = {"id", "id-ID", "fr", "nl", "ms", "jv", "und"})
    void resolvesIndonesianForEveryOtherLanguage(String tag) {
      assertThat(Messages.resolve(Locale.forLanguageTag(tag))).isEqualTo(Messages.INDONESIAN);
    }

    @Test
    void resolvesIndonesianForNullAndRoot() {
      assertThat(Messages.resolve(null)).isEqualTo(Messages.INDONESIAN);
      assertThat(Messages.resolve(Locale.ROOT)).isEqualTo(Messages.INDONESIAN);
    }

    @Test
    void namesIndonesianByItsLanguageTag() {
      assertThat(Messages.INDONESIAN.toLanguageTag()).isEqualTo("id");
    }
  }

  @Nested
  class Formatting {
    @Test
    void formatsInEnglish() {
      assertThat(Messages.format(Locale.ENGLISH, "error.required", "name", "null")).isEqualTo(ENGLISH_REQUIRED);
    }

    @Test
    void formatsInIndonesianForIndonesianNullAndUnsupportedLocales() {
      assertThat(Messages.format(Messages.INDONESIAN, "error.required", "name", "null")).isEqualTo(INDONESIAN_REQUIRED);
      assertThat(Messages.format(null, "error.required", "name", "null")).isEqualTo(INDONESIAN_REQUIRED);
      assertThat(Messages.format(Locale.FRENCH, "error.required", "name", "null")).isEqualTo(INDONESIAN_REQUIRED);
    }

    @Test
    void findsKeysInTheFeatureAreaBundles() {
      assertThat(Messages.isDefined("label.ProgrammeStatus.OPEN")).isTrue();
      assertThat(Messages.format(Locale.ENGLISH, "label.ProgrammeStatus.OPEN")).isEqualTo("Open");
      assertThat(Messages.format(Messages.INDONESIAN, "label.ProgrammeStatus.OPEN")).isEqualTo("Dibuka");
    }

    @Test
    void rendersAnUnknownKeyAsTheKeyAndItsArguments() {
      assertThat(Messages.isDefined("no.such.key")).isFalse();
      assertThat(Messages.format(Locale.ENGLISH, "no.such.key", "a", 1)).isEqualTo("no.such.key [a, 1]");
      assertThat(Messages.format(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
      assertThat(Messages.format(null, "no.such.key", List.of())).isEqualTo("no.such.key");
    }

    @Test
    void rendersNullArgumentsAsNull() {
      assertThat(Messages.format(Locale.ENGLISH, "error.required", "name", null)).isEqualTo(ENGLISH_REQUIRED);
      assertThat(Messages.format(Locale.ENGLISH, "no.such.key", "a", null)).isEqualTo("no.such.key [a, null]");
    }

    @Test
    void keepsAnApostropheWrittenDoubled() {
      assertThat(Messages.format(Locale.ENGLISH, "error.personId", "personId", "x y"))
          .contains("host application's user id");
    }
  }

  @Nested
  class IndependentOfTheDefaultLocale {
    private Locale saved;

    @BeforeEach
    void saveDefault() {
      saved = Locale.getDefault();
    }

    @AfterEach
    void restoreDefault() {
      Locale.setDefault(saved);
    }

    @Test
    void staysIndonesianWhenTheDefaultIsEnglish() {
      // given
      Locale.setDefault(Locale.US);

      // then
      assertThat(Messages.resolve(null)).isEqualTo(Messages.INDONESIAN);
      assertThat(Messages.format(null, "error.required", "name", "null")).isEqualTo(INDONESIAN_REQUIRED);
      assertThat(Messages.format(Messages.INDONESIAN, "error.required", "name", "null")).isEqualTo(INDONESIAN_REQUIRED);
      assertThat(Messages.format(Locale.GERMAN, "label.InnovationStatus.ON_HOLD")).isEqualTo("Ditunda");
    }

    @Test
    void staysEnglishWhenTheDefaultIsIndonesian() {
      // given
      Locale.setDefault(Messages.INDONESIAN);

      // then
      assertThat(Messages.resolve(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
      assertThat(Messages.format(Locale.ENGLISH, "error.required", "name", "null")).isEqualTo(ENGLISH_REQUIRED);
      assertThat(Messages.format(Locale.ENGLISH, "label.InnovationStatus.ON_HOLD")).isEqualTo("On hold");
      assertThat(Messages.format(null, "label.InnovationStatus.ON_HOLD")).isEqualTo("Ditunda");
    }

    @Test
    void staysIndonesianWhenTheDefaultIsAnotherLanguage() {
      Locale.setDefault(Locale.JAPAN);

      assertThat(Messages.format(Locale.FRENCH, "label.InnovationStatus.DROPPED")).isEqualTo("Dihentikan");
      assertThat(Messages.format(Locale.ENGLISH, "label.InnovationStatus.DROPPED")).isEqualTo("Dropped");
    }
  }
}
