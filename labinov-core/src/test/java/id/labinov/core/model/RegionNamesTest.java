package id.labinov.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RegionNamesTest {
  @Test
  void namesProvincesAndEveryKabupatenAndKota() {
    assertThat(RegionNames.find(RegionCode.parse("36.02"))).contains("Kabupaten Lebak");
    assertThat(RegionNames.find(RegionCode.parse("36.71"))).contains("Kota Tangerang");
    assertThat(RegionNames.find(RegionCode.parse("36"))).contains("Banten");
    assertThat(RegionNames.find(RegionCode.parse("91.71"))).contains("Kota Jayapura");
    assertThat(RegionNames.find(RegionCode.parse("36.02.01"))).as("districts have no name here").isEmpty();
    assertThat(RegionNames.nameOrCode(RegionCode.parse("36.02.01"))).isEqualTo("36.02.01");
    Map<String, String> all = RegionNames.regenciesAndCities();
    assertThat(all).hasSize(514);
    all.forEach((code, name) -> {
      RegionCode region = RegionCode.parse(code);
      assertThat(region.level()).isEqualTo(RegionLevel.REGENCY_OR_CITY);
      assertThat(name).startsWith(region.isCity().orElseThrow() ? "Kota " : "Kabupaten ");
    });
    // every province has its regencies and cities
    for (Province p : Province.values()) {
      assertThat(all.keySet()).as(p.displayName()).anyMatch(c -> c.startsWith(p.code() + "."));
    }
  }

  @Test
  void theProvinceEnumAgreesWithTheSourceOfTheRegionNames() throws IOException {
    Map<String, String> source = new TreeMap<>();
    try (InputStream in = getClass().getResourceAsStream("/id/labinov/core/model/provinces-idn-area-data.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        source.put(f[0], f[1]);
      }
    }
    Map<String, String> ours = new TreeMap<>();
    for (Province p : Province.values()) {
      ours.put(p.code(), p.displayName());
    }
    assertThat(ours.keySet()).isEqualTo(source.keySet());
    Map<String, String> differences = new TreeMap<>();
    source.forEach((code, name) -> {
      // the enum keeps the short forms in everyday use: DKI and DI for the special regions
      String expanded = ours.get(code).replaceFirst("^DKI ", "Daerah Khusus Ibukota ")
          .replaceFirst("^DI ", "Daerah Istimewa ");
      if (!name.equalsIgnoreCase(expanded)) {
        differences.put(code, ours.get(code) + " / " + name);
      }
    });
    assertThat(differences).as("Province names that differ from idn-area-data").isEmpty();
  }
}
