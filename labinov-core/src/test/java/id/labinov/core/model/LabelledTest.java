package id.labinov.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.gen.LabelledEnums;
import id.labinov.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LabelledTest {

  static Stream<Labelled> everyConstant() {
    return LabelledEnums.constants().stream();
  }

  @Test
  void findsTheDomainEnums() {
    assertThat(LabelledEnums.types()).contains(
        Role.class, Bentuk.class, Jenis.class, InitiatorType.class, NationalStage.class,
        InnovationStatus.class, GovernmentAffair.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyConstant")
  void labelsEveryConstantInBothLanguages(Labelled constant) {
    String key = LabelledEnums.labelKey(constant);

    String english = constant.label(Locale.ENGLISH);
    String indonesian = constant.label(Messages.INDONESIAN);

    assertThat(english).isNotBlank().doesNotContain(key).isEqualTo(bundleText("_en", key));
    assertThat(indonesian).isNotBlank().doesNotContain(key).isEqualTo(bundleText("", key));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyConstant")
  void labelsInIndonesianForAnyOtherOrMissingLocale(Labelled constant) {
    String indonesian = constant.label(Messages.INDONESIAN);

    assertThat(constant.label(null)).isEqualTo(indonesian);
    assertThat(constant.label(Locale.FRENCH)).isEqualTo(indonesian);
    assertThat(constant.label(Locale.forLanguageTag("id-ID"))).isEqualTo(indonesian);
    assertThat(constant.label(Locale.US)).isEqualTo(constant.label(Locale.ENGLISH));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "Role | OPD_HEAD | Kepala OPD | Head of OPD",
    "Role | COACH | Coach (pendamping) | Coach",
    "Bentuk | PELAYANAN_PUBLIK | Inovasi pelayanan publik | Public service innovation",
    "InnovationStatus | ON_HOLD | Ditunda | On hold",
    "GovernmentAffair | PEMBERDAYAAN_PEREMPUAN_PERLINDUNGAN_ANAK | Pemberdayaan perempuan dan pelindungan anak | Women's empowerment and child protection"
  })
  void labelsKnownConstants(String type, String constant, String indonesian, String english) {
    Labelled value = LabelledEnums.constants().stream()
        .filter(c -> ((Enum<?>) c).getDeclaringClass().getSimpleName().equals(type) && c.name().equals(constant))
        .findFirst().orElseThrow();

    assertThat(value.label(Messages.INDONESIAN)).isEqualTo(indonesian);
    assertThat(value.label(Locale.ENGLISH)).isEqualTo(english);
  }

  /**
   * The raw text of {@code key} in the first bundle of that language defining it, with
   * MessageFormat's doubled apostrophes undone.
   */
  private static String bundleText(String suffix, String key) {
    for (String bundle : List.of("messages", "evaluation", "programme", "iid", "cycle")) {
      Properties p = load("id/labinov/core/i18n/" + bundle + suffix + ".properties");
      if (p.containsKey(key)) {
        return p.getProperty(key).replace("''", "'");
      }
    }
    throw new AssertionError("no bundle" + suffix + " defines " + key);
  }

  private static Properties load(String path) {
    try (InputStream in = LabelledTest.class.getClassLoader().getResourceAsStream(path)) {
      Properties p = new Properties();
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
