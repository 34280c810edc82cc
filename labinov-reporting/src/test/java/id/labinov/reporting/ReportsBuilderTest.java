package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.i18n.Messages;
import id.labinov.reporting.support.Scenario;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportsBuilderTest {
  static final Scenario SCENARIO = new Scenario();

  static UnaryOperator<Reports.Builder> change(String setting) {
    return switch (setting) {
      case "labinov" -> b -> b.labinov(null);
      case "directory" -> b -> b.directory(null);
      case "pageSize0" -> b -> b.pageSize(0);
      case "pageSize1001" -> b -> b.pageSize(1001);
      case "rowLimit" -> b -> b.rowLimit(0);
      case "displayedStages" -> b -> b.displayedStages();
      case "blankStage" -> b -> b.displayedStages("DISPLAY", " ");
      default -> throw new IllegalArgumentException(setting);
    };
  }

  @ParameterizedTest
  @CsvSource({"labinov,MISSING_SETTING,labinov", "directory,MISSING_SETTING,Directory.empty()",
      "pageSize0,BAD_SETTING,pageSize", "pageSize1001,BAD_SETTING,1000", "rowLimit,BAD_SETTING,rowLimit",
      "displayedStages,BAD_SETTING,DISPLAY", "blankStage,BAD_SETTING,stage codes"})
  void buildNamesTheBadSettingAndHowToFixIt(String setting, String code, String mentioned) {
    Reports.Builder b = Reports.builder().labinov(SCENARIO.lab);
    assertThatThrownBy(() -> change(setting).apply(b).build()).isInstanceOf(ReportException.class)
        .hasMessageContaining(mentioned).extracting(e -> ((ReportException) e).code()).isEqualTo(code);
  }

  @Test
  void messagesComeInBothLanguages() {
    ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class,
        () -> Reports.builder().pageSize(5000).labinov(SCENARIO.lab).build());
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(e.getMessage()).startsWith("pageSize is 5000: use 1 to 1000.");
    assertThat(e.getMessage(Messages.INDONESIAN)).startsWith("pageSize bernilai 5000").contains("gunakan 1 sampai");
  }

  @Test
  void defaultsAreIndonesianAndAnyOtherLanguageResolves() {
    assertThat(Reports.builder().labinov(SCENARIO.lab).build().locale()).isEqualTo(Messages.INDONESIAN);
    assertThat(Reports.builder().labinov(SCENARIO.lab).locale(Locale.UK).build().locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Reports.builder().labinov(SCENARIO.lab).locale(Locale.JAPANESE).build().locale())
        .isEqualTo(Messages.INDONESIAN);
  }

  @Test
  void indexOptionsCheckTheirRanges() {
    assertThatThrownBy(() -> IndexOptions.forYear(1999)).isInstanceOf(ReportException.class).hasMessageContaining("year");
    assertThatThrownBy(() -> IndexOptions.forYear(2024).withRegionScores(Scenario.LEBAK,
        java.math.BigDecimal.valueOf(64), java.math.BigDecimal.ONE)).isInstanceOf(ReportException.class)
        .hasMessageContaining("spd");
    assertThat(IndexOptions.none().enabled()).isFalse();
    assertThat(IndexOptions.forYear(2024).bands().year()).isEqualTo(2023);
    assertThat(IndexOptions.forYear(2026).bands().year()).isEqualTo(2025);
  }
}
