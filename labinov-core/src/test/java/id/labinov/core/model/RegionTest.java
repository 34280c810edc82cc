package id.labinov.core.model;

import static id.labinov.core.model.Refusals.assertRefused;
import static id.labinov.core.model.Refusals.assertRequired;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RegionTest {

  @Test
  void takesItsProvincesZoneByDefault() {
    // when
    Region lebak = Region.of("36.02", "Kabupaten Lebak");

    // then
    assertThat(lebak.code()).isEqualTo(RegionCode.parse("36.02"));
    assertThat(lebak.name()).isEqualTo("Kabupaten Lebak");
    assertThat(lebak.timeZone()).isEqualTo(IndonesianTimeZone.WIB);
    assertThat(lebak.zoneId()).isEqualTo(ZoneId.of("Asia/Jakarta"));
  }

  @Test
  void takesWitaForBanjarmasin() {
    assertThat(Region.of("63.71", "Kota Banjarmasin").timeZone()).isEqualTo(IndonesianTimeZone.WITA);
  }

  @Test
  void overridesTheZoneInACopy() {
    // given
    Region region = Region.of("62.01", "Kabupaten Kotawaringin Barat");

    // when
    Region overridden = region.withTimeZone(IndonesianTimeZone.WITA);

    // then
    assertThat(overridden.timeZone()).isEqualTo(IndonesianTimeZone.WITA);
    assertThat(overridden.zoneId()).isEqualTo(ZoneId.of("Asia/Makassar"));
    assertThat(overridden.code()).isEqualTo(region.code());
    assertThat(overridden.name()).isEqualTo(region.name());
    assertThat(region.timeZone()).isEqualTo(IndonesianTimeZone.WIB);
  }

  @Test
  void stripsTheName() {
    assertThat(Region.of(" 36.02 ", "  Kabupaten Lebak ").name()).isEqualTo("Kabupaten Lebak");
  }

  @Test
  void refusesBadCode() {
    assertRefused(() -> Region.of("36.70", "X"), "INVALID_REGION_CODE", "regionCode", "36.70");
  }

  @Test
  void refusesBlankName() {
    assertRequired(() -> Region.of("36.02", " \t"), "name", " \t");
  }

  @Test
  void refusesNullParts() {
    RegionCode code = RegionCode.parse("36.02");

    assertRefused(() -> Region.of(null, "Lebak"), "INVALID_REGION_CODE", "regionCode", "null");
    assertRequired(() -> Region.of("36.02", null), "name", "null");
    assertRequired(() -> new Region(null, "Lebak", IndonesianTimeZone.WIB), "code", "null");
    assertRequired(() -> new Region(code, null, IndonesianTimeZone.WIB), "name", "null");
    assertRequired(() -> new Region(code, "Lebak", null), "timeZone", "null");
    assertRequired(() -> Region.of("36.02", "Lebak").withTimeZone(null), "timeZone", "null");
  }
}
