package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  @Nested
  class Levels {
    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
      "36, PROVINCE",
      "36.02, REGENCY_OR_CITY",
      "36.73, REGENCY_OR_CITY",
      "36.02.01, DISTRICT",
      "36.02.01.2001, VILLAGE",
      "36.02.01.1001, VILLAGE",
      "36.02.01.3999, VILLAGE"
    })
    void derivesLevelFromNumberOfSegments(String text, RegionLevel level) {
      // when
      RegionCode code = RegionCode.parse(text);

      // then
      assertThat(code.level()).isEqualTo(level);
      assertThat(code.value()).isEqualTo(text);
      assertThat(code).hasToString(text);
    }

    @Test
    void acceptsSurroundingWhiteSpaceWhenParsing() {
      assertThat(RegionCode.parse(" \t36.02\n").value()).isEqualTo("36.02");
    }

    @Test
    void equalCodesAreEqualValues() {
      assertThat(RegionCode.parse("36.02")).isEqualTo(new RegionCode("36.02"))
          .hasSameHashCodeAs(new RegionCode("36.02"));
    }

    @Test
    void ordersByTextSoParentsComeFirst() {
      assertThat(RegionCode.parse("36")).isLessThan(RegionCode.parse("36.02"));
      assertThat(RegionCode.parse("36.02")).isLessThan(RegionCode.parse("36.02.01"));
      assertThat(RegionCode.parse("36.02.99")).isLessThan(RegionCode.parse("36.03"));
    }
  }

  @Nested
  class ProvinceAndTimeZone {
    @ParameterizedTest(name = "{0} lies in {1}, default zone {2}")
    @CsvSource({
      "36.02, BANTEN, WIB",
      "31.71, DKI_JAKARTA, WIB",
      "62.01, KALIMANTAN_TENGAH, WIB",
      "63.71.01, KALIMANTAN_SELATAN, WITA",
      "51.71, BALI, WITA",
      "73.71.01.1001, SULAWESI_SELATAN, WITA",
      "81, MALUKU, WIT",
      "94.01, PAPUA_TENGAH, WIT"
    })
    void takesProvinceAndDefaultZoneFromTheFirstTwoDigits(
        String text, Province province, IndonesianTimeZone zone) {
      RegionCode code = RegionCode.parse(text);

      assertThat(code.province()).isEqualTo(province);
      assertThat(code.defaultTimeZone()).isEqualTo(zone);
    }
  }

  @Nested
  class KabupatenOrKota {
    @ParameterizedTest
    @ValueSource(strings = {"36.01", "36.02", "36.69", "36.02.01", "36.02.01.2001"})
    void kkUpTo69IsAKabupaten(String text) {
      assertThat(RegionCode.parse(text).isCity()).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"36.71", "36.73", "36.99", "36.71.01", "36.71.01.1001"})
    void kkFrom71IsAKota(String text) {
      assertThat(RegionCode.parse(text).isCity()).contains(true);
    }

    @Test
    void aProvinceIsNeitherKabupatenNorKota() {
      assertThat(RegionCode.parse("36").isCity()).isEmpty();
    }
  }

  @Nested
  class Contains {
    @Test
    void aProvinceContainsItsRegencies() {
      assertThat(RegionCode.parse("36").contains(RegionCode.parse("36.02"))).isTrue();
    }

    @Test
    void aRegencyContainsItsVillagesAndItself() {
      RegionCode lebak = RegionCode.parse("36.02");

      assertThat(lebak.contains(RegionCode.parse("36.02.01.2001"))).isTrue();
      assertThat(lebak.contains(lebak)).isTrue();
    }

    @Test
    void aRegionDoesNotContainItsParent() {
      assertThat(RegionCode.parse("36.02").contains(RegionCode.parse("36"))).isFalse();
    }

    @Test
    void siblingsDoNotContainEachOther() {
      assertThat(RegionCode.parse("36.02").contains(RegionCode.parse("36.03"))).isFalse();
      assertThat(RegionCode.parse("36.01").contains(RegionCode.parse("36.01.01"))).isTrue();
      assertThat(RegionCode.parse("36.01").contains(RegionCode.parse("36.71.01"))).isFalse();
    }
  }

  @Nested
  class BadCodes {
    @ParameterizedTest(name = "refuses malformed \"{0}\"")
    @ValueSource(strings = {
      "", "3", "362", "36.2", "36.002", "36.", ".36", "36-02", "36,02", "36 .02", "AB",
      "36.02.1", "36.02.01.400", "36.02.01.40011", "36.02.01.2001.01", "\u0663\u0666", "３６"
    })
    void refusesMalformedCode(String text) {
      var e = assertRefused(() -> RegionCode.parse(text), "INVALID_REGION_CODE", "regionCode", text);

      assertThat(e.messageKey()).isEqualTo("error.regionCode.shape");
    }

    @Test
    void refusesSurroundingWhiteSpaceInTheConstructor() {
      assertRefused(() -> new RegionCode(" 36.02"), "INVALID_REGION_CODE", "regionCode", " 36.02");
    }

    @ParameterizedTest(name = "refuses kabupaten/kota part of \"{0}\"")
    @ValueSource(strings = {"36.00", "36.70", "36.00.01", "36.70.01.2001"})
    void refusesImpossibleRegencyPart(String text) {
      var e = assertRefused(() -> RegionCode.parse(text), "INVALID_REGION_CODE", "regionCode", text);

      assertThat(e.messageKey()).isEqualTo("error.regionCode.regency");
    }

    @ParameterizedTest(name = "refuses kecamatan part of \"{0}\"")
    @ValueSource(strings = {"36.02.00", "36.02.00.2001"})
    void refusesDistrictZero(String text) {
      var e = assertRefused(() -> RegionCode.parse(text), "INVALID_REGION_CODE", "regionCode", text);

      assertThat(e.messageKey()).isEqualTo("error.regionCode.district");
    }

    @ParameterizedTest(name = "refuses desa/kelurahan part of \"{0}\"")
    @ValueSource(strings = {"36.02.01.4001", "36.02.01.0001", "36.02.01.9001", "36.02.01.2000", "36.02.01.1000"})
    void refusesImpossibleVillagePart(String text) {
      var e = assertRefused(() -> RegionCode.parse(text), "INVALID_REGION_CODE", "regionCode", text);

      assertThat(e.messageKey()).isEqualTo("error.regionCode.village");
    }

    @ParameterizedTest(name = "refuses unknown province in \"{0}\"")
    @ValueSource(strings = {"99", "00", "10", "20", "37", "97"})
    void refusesUnknownProvince(String text) {
      var e = assertRefused(() -> RegionCode.parse(text), "UNKNOWN_PROVINCE", "province", text);

      assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("36", "94");
    }

    @Test
    void refusesNull() {
      assertRefused(() -> RegionCode.parse(null), "INVALID_REGION_CODE", "regionCode", "null");
      assertRefused(() -> new RegionCode(null), "INVALID_REGION_CODE", "regionCode", "null");
    }
  }
}
