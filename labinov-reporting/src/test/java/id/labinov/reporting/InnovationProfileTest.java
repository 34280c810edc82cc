package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.reporting.data.InnovationProfileReport;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Xlsx;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InnovationProfileTest {
  static LebakData data;
  static InnovationProfileReport profile;

  @BeforeAll
  static void compute() {
    data = LebakData.create();
    profile = Reports.builder().labinov(data.scenario.lab).directory(LebakData.DIRECTORY).build()
        .innovationProfile(data.ref(1));
  }

  @Test
  void flagsTheFieldsTheNationalLayoutStillMisses() {
    assertThat(profile.profile().missing()).containsExactly("trialStartDate", "implementationStartDate",
        "budgetDocument", "sopDocument", "coordinates");
    assertThat(profile.profile().name()).isEqualTo("Posyandu Digital");
    assertThat(profile.profile().nationalStage()).isEqualTo(id.labinov.core.model.NationalStage.PENERAPAN);
    assertThat(profile.profile().designNarrativeWords()).isEqualTo(320);
    assertThat(profile.stage()).isEqualTo("DISPLAY");
    assertThat(profile.opdName()).isEqualTo("Dinas Kesehatan");
  }

  @Test
  void theInitiatorNameComesFromTheDirectoryOrIsFlagged() {
    assertThat(profile.profile().initiatorName()).isEqualTo("dr. Siti Aminah");
    InnovationProfileReport without = Reports.builder().labinov(data.scenario.lab).build()
        .innovationProfile(data.ref(1));
    assertThat(without.profile().initiatorName()).isNull();
    assertThat(without.profile().missing()).contains("initiatorName");
  }

  @Test
  void everyFormatShowsEachFieldWithItsFlag() {
    JsonNode rows = Rendered.jsonTree(profile).get("tables").get("profile");
    Map<String, JsonNode> byField = new java.util.LinkedHashMap<>();
    rows.forEach(r -> byField.put(r.get("field").asString(), r));
    assertThat(byField.keySet()).startsWith("name", "opd", "initiatorType", "initiatorName").hasSize(20);
    assertThat(byField.get("opd").get("value").asString()).isEqualTo("Dinas Kesehatan (DINKES)");
    assertThat(byField.get("initiationDate").get("value").asString()).isEqualTo("2024-03-04");
    assertThat(byField.get("designNarrativeWords").get("value").asLong()).isEqualTo(320);
    assertThat(byField.get("sopDocument").get("missing").booleanValue()).isTrue();
    assertThat(byField.get("goals").get("missing").booleanValue()).isFalse();
    assertThat(Rendered.jsonTree(profile).get("facts").get("complete").booleanValue()).isFalse();

    Map<String, Map<String, String>> csv = Rendered.localizedCsv(profile, "profile").stream()
        .collect(Collectors.toMap(r -> r.get("Kode isian"), r -> r));
    assertThat(csv.get("initiationDate")).containsEntry("Nilai", "4 Maret 2024").containsEntry("Belum lengkap", "tidak");
    assertThat(csv.get("coordinates")).containsEntry("Nilai", "").containsEntry("Belum lengkap", "ya")
        .containsEntry("Isian", "Koordinat");
    assertThat(csv.get("bentuk")).containsEntry("Nilai", "Inovasi pelayanan publik");

    List<Map<String, Cell>> sheet = Xlsx.rows(Rendered.workbook(profile).get("Profil"));
    Map<String, Cell> values = sheet.stream().collect(Collectors.toMap(r -> r.get("Kode isian").asString(),
        r -> r.get("Nilai") == null ? r.get("Kode isian") : r.get("Nilai")));
    assertThat(values.get("initiationDate").getType()).isEqualTo(CellType.NUMBER);
    assertThat(values.get("initiationDate").asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(values.get("designNarrativeWords").asNumber()).isEqualByComparingTo("320");

    InnovationProfileReport en = Reports.builder().labinov(data.scenario.lab).locale(Locale.ENGLISH).build()
        .innovationProfile(data.ref(1));
    Map<String, Map<String, String>> enCsv = Rendered.localizedCsv(en, "profile").stream()
        .collect(Collectors.toMap(r -> r.get("Field code"), r -> r));
    assertThat(enCsv.get("initiationDate")).containsEntry("Value", "4 March 2024").containsEntry("Field",
        "Initiation date");
    assertThat(enCsv.get("bentuk")).containsEntry("Value", "Public service innovation");
  }

  @Test
  void theProfileNeverCarriesANip() {
    for (byte[] out : List.of(Rendered.json(profile), Rendered.csv(profile, "profile",
        id.labinov.reporting.render.CsvOptions.plain()))) {
      assertThat(new String(out, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)).doesNotContain("nip");
    }
  }
}
