package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvinceTest {

  @ParameterizedTest(name = "{0} is {1} ({2}), zone {3}")
  @CsvSource({
    "11, ACEH, Aceh, WIB",
    "31, DKI_JAKARTA, DKI Jakarta, WIB",
    "36, BANTEN, Banten, WIB",
    "51, BALI, Bali, WITA",
    "61, KALIMANTAN_BARAT, Kalimantan Barat, WIB",
    "62, KALIMANTAN_TENGAH, Kalimantan Tengah, WIB",
    "63, KALIMANTAN_SELATAN, Kalimantan Selatan, WITA",
    "64, KALIMANTAN_TIMUR, Kalimantan Timur, WITA",
    "73, SULAWESI_SELATAN, Sulawesi Selatan, WITA",
    "81, MALUKU, Maluku, WIT",
    "91, PAPUA, Papua, WIT",
    "94, PAPUA_TENGAH, Papua Tengah, WIT",
    "96, PAPUA_BARAT_DAYA, Papua Barat Daya, WIT"
  })
  void knowsCodeNameAndZone(String code, Province province, String name, IndonesianTimeZone zone) {
    assertThat(Province.ofCode(code)).isEqualTo(province);
    assertThat(province.code()).isEqualTo(code);
    assertThat(province.displayName()).isEqualTo(name);
    assertThat(province.timeZone()).isEqualTo(zone);
  }

  @Test
  void listsThe38ProvincesWithDistinctTwoDigitCodes() {
    assertThat(Province.values()).hasSize(38);
    assertThat(Arrays.stream(Province.values()).map(Province::code))
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("\\d{2}"));
  }

  @ParameterizedTest
  @EnumSource(Province.class)
  void findsEveryProvinceByItsCode(Province province) {
    assertThat(Province.findByCode(province.code())).contains(province);
    assertThat(RegionCode.parse(province.code()).province()).isEqualTo(province);
  }

  @ParameterizedTest
  @ValueSource(strings = {"99", "00", "3", "036", " 36", ""})
  void findsNothingForAnUnknownCode(String code) {
    assertThat(Province.findByCode(code)).isEmpty();
  }

  @Test
  void findsNothingForNull() {
    assertThat(Province.findByCode(null)).isEmpty();
  }

  @Test
  void refusesUnknownCodeListingTheKnownOnes() {
    var e = assertRefused(() -> Province.ofCode("99"), "UNKNOWN_PROVINCE", "province", "99");

    assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("11, 12", "96");
  }

  @Test
  void refusesNullCode() {
    assertRefused(() -> Province.ofCode(null), "UNKNOWN_PROVINCE", "province", "null");
  }

  @Test
  void mapsZonesToTheirIanaIds() {
    assertThat(IndonesianTimeZone.WIB.zoneId()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    assertThat(IndonesianTimeZone.WITA.zoneId()).isEqualTo(ZoneId.of("Asia/Makassar"));
    assertThat(IndonesianTimeZone.WIT.zoneId()).isEqualTo(ZoneId.of("Asia/Jayapura"));
  }
}
