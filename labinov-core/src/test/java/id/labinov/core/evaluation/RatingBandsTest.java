package id.labinov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingBandsTest {
  private static final String TABLE = """
      {"format": "labinov-rating-bands/1", "id": "test", "name": {"id": "Uji", "en": "Test"},
       "scale": {"min": 0, "max": 100},
       "years": [%s]}
      """;
  private static final String YEAR = """
      {"year": %d, "verified": false, "source": "test", "bands": [%s]}
      """;

  private static String band(String code, String min, String max) {
    return "{\"code\": \"" + code + "\", \"label\": {\"id\": \"" + code + "\", \"en\": \"" + code + "\"}, \"min\": "
        + min + (max == null ? "" : ", \"max\": " + max) + "}";
  }

  private static String table(String... years) {
    return TABLE.formatted(String.join(",", years));
  }

  private static String year(int year, String... bands) {
    return YEAR.formatted(year, String.join(",", bands));
  }

  @Test
  void shipsTheYears2023And2025() {
    assertThat(RatingBands.years()).containsExactly(2023, 2025);
    assertThat(RatingBands.forYear(2023).bands()).extracting(Band::code)
        .containsExactly("TIDAK_DAPAT_DINILAI", "KURANG_INOVATIF", "INOVATIF", "SANGAT_INOVATIF");
    assertThat(RatingBands.forYear(2025).bands()).extracting(Band::label).extracting(l -> l.id())
        .containsExactly("Tidak Dapat Dinilai", "Kurang Inovatif", "Inovatif", "Sangat Inovatif");
  }

  @Test
  void saysWhichYearsAreSourced() {
    assertThat(RatingBands.forYear(2023).verified()).isTrue();
    assertThat(RatingBands.forYear(2023).source()).contains("[S13]");
    assertThat(RatingBands.forYear(2025).verified()).isFalse();
    assertThat(RatingBands.forYear(2025).source()).contains("[S24]", "[S2c]", "[I]");
  }

  @ParameterizedTest(name = "{0}: {1} is {2}")
  @CsvSource({
    "2023, 0, TIDAK_DAPAT_DINILAI", "2023, 0.00, TIDAK_DAPAT_DINILAI", "2023, 0.009, TIDAK_DAPAT_DINILAI",
    "2023, 0.01, KURANG_INOVATIF", "2023, 34.99, KURANG_INOVATIF", "2023, 34.999, KURANG_INOVATIF",
    "2023, 35.00, INOVATIF", "2023, 60.00, INOVATIF", "2023, 60.01, SANGAT_INOVATIF", "2023, 100, SANGAT_INOVATIF",
    "2025, 0.00, TIDAK_DAPAT_DINILAI", "2025, 0.01, KURANG_INOVATIF", "2025, 35.00, KURANG_INOVATIF",
    "2025, 35.01, INOVATIF", "2025, 49.43, INOVATIF", "2025, 65.00, INOVATIF", "2025, 65.01, SANGAT_INOVATIF",
    "2025, 100.00, SANGAT_INOVATIF"
  })
  void ratesAtThePublishedThresholds(int year, String index, String band) {
    assertThat(RatingBands.forYear(year).rate(new BigDecimal(index)).code()).isEqualTo(band);
  }

  @ParameterizedTest
  @CsvSource({"-0.01", "100.01"})
  void refusesAnIndexOutsideZeroToHundred(String index) {
    assertThatThrownBy(() -> RatingBands.forYear(2023).rate(new BigDecimal(index)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("OUT_OF_RANGE");
          assertThat(e.getMessage()).isEqualTo("index is " + index + "; it must be from 0 to 100.");
        });
    assertThatThrownBy(() -> RatingBands.forYear(2023).rate(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void refusesAnUnknownYearListingTheKnownOnes() {
    InvalidValueException e = catchThrowableOfType(() -> RatingBands.forYear(2024), InvalidValueException.class);

    assertThat(e.code()).isEqualTo("UNKNOWN_YEAR");
    assertThat(e.field()).isEqualTo("year");
    assertThat(e.getMessage()).startsWith("There are no IID rating bands for year 2024; known years: 2023, 2025.");
    assertThat(e.getMessage(Messages.INDONESIAN))
        .startsWith("Tidak ada predikat IID untuk tahun 2024; tahun yang tersedia: 2023, 2025.");
  }

  @Test
  void findsTheLatestBandsNotAfterAYear() {
    assertThat(RatingBands.findLatestUpTo(2024)).map(RatingBands::year).contains(2023);
    assertThat(RatingBands.findLatestUpTo(2025)).map(RatingBands::year).contains(2025);
    assertThat(RatingBands.findLatestUpTo(2030)).map(RatingBands::year).contains(2025);
    assertThat(RatingBands.findLatestUpTo(2022)).isEmpty();
  }

  @Test
  void parsesTheShippedTableToTheShippedBands() throws IOException {
    try (InputStream in = RatingBands.class.getResourceAsStream(RatingBands.RESOURCE)) {
      List<RatingBands> all = RatingBands.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));

      assertThat(all).containsExactly(RatingBands.forYear(2023), RatingBands.forYear(2025));
      assertThat(all.get(0)).hasSameHashCodeAs(RatingBands.forYear(2023)).isNotEqualTo(all.get(1));
      assertThat(all.get(0).toString()).isEqualTo(
          "RatingBands[2023, TIDAK_DAPAT_DINILAI, KURANG_INOVATIF, INOVATIF, SANGAT_INOVATIF]");
    }
  }

  @Test
  void parsesAHostsOwnYearSortedByYear() {
    List<RatingBands> all = RatingBands.parse(table(
        year(2027, band("HIGH", "50", null), band("LOW", "0", "50")),
        year(2026, band("ALL", "0", null))));

    assertThat(all).extracting(RatingBands::year).containsExactly(2026, 2027);
    assertThat(all.get(1).bands()).extracting(Band::code).containsExactly("LOW", "HIGH");
    assertThat(all.get(1).rate(new BigDecimal("50")).code()).isEqualTo("HIGH");
    assertThat(all.get(1).scale()).isEqualTo(new Scale(BigDecimal.ZERO, BigDecimal.valueOf(100)));
  }

  @ParameterizedTest(name = "{2} at {1}")
  @CsvSource(delimiter = '|', value = {
    "2026:LOW,0,50;HIGH,49.99,  | $.years[0].bands[1].min | RANGE_OVERLAP",
    "2026:LOW,0,50;HIGH,50.01,  | $.years[0].bands[1].min | RANGE_GAP",
    "2026:LOW,0.01,50;HIGH,50,  | $.years[0].bands[0].min | RANGE_START",
    "2026:LOW,0,50;HIGH,50,100  | $.years[0].bands[1].max | RANGE_END",
    "2026:LOW,0,50;LOW,50,      | $.years[0].bands[1].code | DUPLICATE",
    "2026:low,0,                | $.years[0].bands[0].code | BAD_FORMAT",
    "2026:ALL,0,;2026:ALL,0,    | $.years[1].year          | DUPLICATE",
    "1999:ALL,0,                | $.years[0].year          | WRONG_TYPE",
    "2026:                      | $.years[0].bands         | EMPTY",
  })
  void reportsEveryTableProblemAtItsPath(String spec, String path, String code) {
    List<String> years = new java.util.ArrayList<>();
    for (String y : spec.strip().split(";(?=[0-9]{4}:)")) {
      String[] parts = y.split(":", 2);
      List<String> bands = new java.util.ArrayList<>();
      if (!parts[1].isBlank()) {
        for (String b : parts[1].split(";")) {
          String[] f = b.split(",", -1);
          bands.add(band(f[0], f[1], f[2].isBlank() ? null : f[2]));
        }
      }
      years.add(year(Integer.parseInt(parts[0]), bands.toArray(String[]::new)));
    }

    EvaluationSchemeValidationException e = catchThrowableOfType(
        () -> RatingBands.parse(table(years.toArray(String[]::new))), EvaluationSchemeValidationException.class);

    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(p -> p.code() + " at " + p.path()).contains(code + " at " + path);
  }

  @Test
  void reportsUnknownPropertiesAndAWrongFormat() {
    String json = table(year(2026, band("ALL", "0", null))).replace("\"id\": \"test\"", "\"id\": \"test\", \"x\": 1")
        .replace("labinov-rating-bands/1", "labinov-rating-bands/9");

    EvaluationSchemeValidationException e =
        catchThrowableOfType(() -> RatingBands.parse(json), EvaluationSchemeValidationException.class);

    assertThat(e.problems()).extracting(p -> p.code() + " at " + p.path())
        .containsExactlyInAnyOrder("UNKNOWN_PROPERTY at $.x", "UNSUPPORTED_FORMAT at $.format");
  }
}
