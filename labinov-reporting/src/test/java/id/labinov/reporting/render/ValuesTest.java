package id.labinov.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.Scope;
import id.labinov.reporting.data.ReportInfo;
import id.labinov.reporting.data.ReportKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {
  static Values values(String language, IndonesianTimeZone zone) {
    Locale l = language.equals("en") ? Locale.ENGLISH : Messages.INDONESIAN;
    return new Values(new ReportInfo(ReportKind.AUDIT_TRAIL, l, Instant.EPOCH, zone, Scope.national()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "id|1234.56|1.234,56", "en|1234.56|1,234.56", "id|-1234567.5|-1.234.567,5", "en|0.05|0.05",
      "id|999|999", "en|1000|1,000", "id|100.00|100,00"})
  void decimalsFollowTheLanguage(String language, String value, String expected) {
    assertThat(values(language, IndonesianTimeZone.WIB).localized(new BigDecimal(value))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"id|1234567|1.234.567", "en|1234567|1,234,567", "id|12|12"})
  void countsAreGroupedButIdsAndYearsAreNot(String language, long value, String expected) {
    Values v = values(language, IndonesianTimeZone.WIB);
    assertThat(v.localized(value)).isEqualTo(expected);
    assertThat(v.localized(2024)).isEqualTo("2024");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "id|,|2807|2807", "id|;|2807|2807", "en|,|1234567|1234567", "id|,|82.94|82.94", "id|;|82.94|82,94",
      "en|;|82.94|82.94", "id|:|-1234.5|-1234,5", "en|,|1000.00|1000.00"})
  void csvNumbersAreNeverGroupedAndTakeTheLanguagesDecimalMarkOnlyWhenItIsNotTheDelimiter(String language,
      char delimiter, String value, String expected) {
    Object number = value.contains(".") ? new BigDecimal(value) : (Object) Long.valueOf(value);
    assertThat(values(language, IndonesianTimeZone.WIB).csvNumber(number, delimiter)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"id|2019-01-14|14 Januari 2019", "en|2019-01-14|14 January 2019",
      "id|2024-08-31|31 Agustus 2024", "en|2024-05-01|1 May 2024", "id|2024-12-25|25 Desember 2024"})
  void datesUseMonthNamesOfTheLanguage(String language, LocalDate date, String expected) {
    assertThat(values(language, IndonesianTimeZone.WIB).localized(date)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"id|WIB|14 Januari 2019 09.05 WIB", "en|WIB|14 January 2019 09:05 WIB",
      "id|WIT|14 Januari 2019 11.05 WIT", "en|WITA|14 January 2019 10:05 WITA"})
  void instantsAreShownInTheReportZone(String language, IndonesianTimeZone zone, String expected) {
    assertThat(values(language, zone).localized(Instant.parse("2019-01-14T02:05:00Z"))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"id|true|ya", "id|false|tidak", "en|true|yes", "en|false|no"})
  void booleansAreWords(String language, boolean value, String expected) {
    assertThat(values(language, IndonesianTimeZone.WIB).localized(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1234.50|1234.50", "0.000001|0.000001", "1E+3|1000"})
  void plainValuesAreMachineReadable(String value, String expected) {
    assertThat(Values.plain(new BigDecimal(value))).isEqualTo(expected);
    assertThat(Values.plain(null)).isEmpty();
    assertThat(Values.plain(Instant.parse("2019-01-14T02:05:00Z"))).isEqualTo("2019-01-14T02:05:00Z");
  }
}
