package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Scope;
import id.labinov.core.model.Theme;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.spi.Directory;
import id.labinov.reporting.data.CatalogueEntry;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.support.CountingQuery;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import id.labinov.reporting.support.Scenario;
import id.labinov.reporting.support.Xlsx;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ShowcaseCatalogueTest {
  static LebakData data;

  @BeforeAll
  static void create() {
    data = LebakData.create();
  }

  static Reports reports(Locale locale) {
    return Reports.builder().labinov(data.scenario.lab).directory(LebakData.DIRECTORY).locale(locale).pageSize(1)
        .build();
  }

  static ShowcaseCatalogue catalogue(CatalogueGrouping grouping) {
    return reports(Locale.ROOT).showcaseCatalogue(Scope.region(Scenario.LEBAK), InnovationFilter.all(), grouping);
  }

  static List<CatalogueEntry> entries(ShowcaseCatalogue c) {
    return StreamSupport.stream(c.entries().spliterator(), false).toList();
  }

  @Test
  void listsTheDisplayedInnovationsNotDroppedGroupedByOpd() {
    ShowcaseCatalogue c = catalogue(CatalogueGrouping.OPD);
    List<CatalogueEntry> e = entries(c);
    assertThat(c.innovations()).isEqualTo(6).isEqualTo(c.entryCount());
    // DOCUMENTATION is displayed by default but no innovation of this 5D lab is there: not named
    assertThat(c.stages()).containsExactly("DISPLAY");
    assertThat(e).extracting(CatalogueEntry::title).containsExactly("Posyandu Digital", "Ambulans Desa",
        "Sekolah Ramah Anak", "Rapor Online", "Angkot Pintar", "Izin Kilat");
    assertThat(e).extracting(CatalogueEntry::groupKey).containsExactly("DINKES", "DINKES", "DISDIK", "DISDIK",
        "DISHUB", "DPMPTSP");
    assertThat(e).extracting(CatalogueEntry::groupName).startsWith("Dinas Kesehatan");
    assertThat(e).extracting(CatalogueEntry::number).containsExactly(1, 2, 3, 4, 5, 6);
    CatalogueEntry posyandu = e.get(0);
    assertThat(posyandu.ideaSummary()).isEqualTo("Ringkasan ide Posyandu Digital");
    assertThat(posyandu.results()).isEqualTo("Hasil Posyandu Digital");
    assertThat(posyandu.video()).hasToString("https://files.lebakkab.go.id/labinov/posyandu.mp4");
    assertThat(posyandu.since()).isEqualTo(LocalDate.of(2024, 6, 12));
    assertThat(posyandu.nationalStage()).isEqualTo(id.labinov.core.model.NationalStage.PENERAPAN);
    assertThat(entries(c)).as("iterating again reads the store again, numbering from 1").isEqualTo(e);
  }

  @Test
  void groupsByThemeListingAnInnovationUnderEachOfItsThemes() {
    ShowcaseCatalogue c = catalogue(CatalogueGrouping.THEME);
    List<CatalogueEntry> e = entries(c);
    // six innovations in seven entries: Rapor Online has two themes; the report says both figures
    assertThat(c.innovations()).isEqualTo(6);
    assertThat(c.entryCount()).isEqualTo(e.size()).isEqualTo(7);
    assertThat(e).extracting(CatalogueEntry::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(e).extracting(CatalogueEntry::groupKey).containsExactly("KOTA_LAYAK_ANAK", "KOTA_LAYAK_ANAK",
        "KOTA_SEHAT", "KOTA_SEHAT", "SMART_CITY", "SMART_CITY", null);
    assertThat(e).extracting(CatalogueEntry::title).containsExactly("Sekolah Ramah Anak", "Rapor Online",
        "Posyandu Digital", "Ambulans Desa", "Rapor Online", "Angkot Pintar", "Izin Kilat");
    assertThat(e.get(2).groupName()).isEqualTo("Kota Sehat");
    assertThat(e.get(4).themes()).containsExactly(Theme.of("KOTA_LAYAK_ANAK"), Theme.of("SMART_CITY"));
  }

  @Test
  void theDisplayedStagesCanBeChosen() {
    ShowcaseCatalogue deliver = Reports.builder().labinov(data.scenario.lab).displayedStages("DELIVER").build()
        .showcaseCatalogue(Scope.region(Scenario.LEBAK), InnovationFilter.all(), CatalogueGrouping.OPD);
    assertThat(entries(deliver)).extracting(CatalogueEntry::title)
        .containsExactly("Jemput Bola Imunisasi", "Guru Penggerak Desa", "Parkir Elektronik");
    assertThat(deliver.innovations()).isEqualTo(3);
  }

  @Test
  void entriesAreReadPageByPageWhileTheyAreIterated() {
    CountingQuery counting = new CountingQuery(data.scenario.store);
    Reports reports = Reports.builder().labinov(data.scenario.facadeWithQuery(counting)).pageSize(1).build();
    ShowcaseCatalogue c = reports.showcaseCatalogue(Scope.region(Scenario.LEBAK), InnovationFilter.all(),
        CatalogueGrouping.OPD);
    assertThat(counting.finds.get()).as("nothing listed before iterating").isZero();
    var it = c.entries().iterator();
    it.next();
    int afterOne = counting.finds.get();
    while (it.hasNext()) {
      it.next();
    }
    assertThat(afterOne).isLessThan(counting.finds.get());
    assertThat(counting.finds.get()).as("one page of one innovation per entry").isEqualTo(6);
    assertThat(counting.largestPage.get()).isEqualTo(1);
  }

  @Test
  void thePublicCatalogueHoldsNoPersonDataAndNeverAsksForIt() {
    AtomicInteger personLookups = new AtomicInteger();
    Directory spying = new Directory() {
      @Override
      public Optional<String> findOpdName(id.labinov.core.model.OpdCode opd) {
        return LebakData.DIRECTORY.findOpdName(opd);
      }

      @Override
      public PersonName findPersonName(PersonId person) {
        personLookups.incrementAndGet();
        return PersonName.of("Nama Orang");
      }

      @Override
      public Optional<String> findThemeName(id.labinov.core.model.Theme theme, Locale locale) {
        return Optional.empty();
      }
    };
    ShowcaseCatalogue c = Reports.builder().labinov(data.scenario.lab).directory(spying).build()
        .showcaseCatalogue(Scope.region(Scenario.LEBAK), InnovationFilter.all(), CatalogueGrouping.OPD);
    List<byte[]> outputs = new ArrayList<>();
    outputs.add(Rendered.json(c));
    outputs.add(Rendered.csv(c, "catalogue", id.labinov.reporting.render.CsvOptions.plain()));
    for (byte[] out : outputs) {
      String text = new String(out, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      assertThat(text).doesNotContain("asn-", "kadis-", "coach-", "admin-", "nama orang", "nip");
    }
    assertThat(Xlsx.parts(Rendered.xlsx(c)).values()).allSatisfy(part ->
        assertThat(new String(part, StandardCharsets.UTF_8)).doesNotContain("asn-dinkes", "kadis-", "Nama Orang"));
    assertThat(personLookups.get()).isZero();
  }

  @Test
  void everyFormatCarriesTheEntries() {
    ShowcaseCatalogue c = catalogue(CatalogueGrouping.OPD);
    JsonNode json = Rendered.jsonTree(c);
    JsonNode rows = json.get("tables").get("catalogue");
    assertThat(rows.size()).isEqualTo(6);
    assertThat(rows.get(0).get("title").asString()).isEqualTo("Posyandu Digital");
    assertThat(rows.get(0).get("since").asString()).isEqualTo("2024-06-12");
    assertThat(rows.get(0).get("group").asString()).isEqualTo("DINKES");
    assertThat(json.get("facts").get("innovations").asLong()).isEqualTo(6);

    List<Map<String, String>> csv = Rendered.localizedCsv(c, "catalogue");
    assertThat(csv).extracting(r -> r.get("Nama inovasi")).containsExactly("Posyandu Digital", "Ambulans Desa",
        "Sekolah Ramah Anak", "Rapor Online", "Angkot Pintar", "Izin Kilat");
    assertThat(csv.get(0)).containsEntry("Sejak", "12 Juni 2024").containsEntry("Kelompok", "Dinas Kesehatan")
        .containsEntry("Tahapan nasional", "Penerapan").containsEntry("No.", "1");

    List<Map<String, Cell>> sheet = Xlsx.rows(Rendered.workbook(c).get("Katalog"));
    assertThat(sheet).hasSize(6);
    assertThat(sheet.get(0).get("No.").getType()).isEqualTo(CellType.NUMBER);
    assertThat(sheet.get(0).get("Sejak").asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 12));
    assertThat(sheet.get(5).get("Nama inovasi").asString()).isEqualTo("Izin Kilat");

    ShowcaseCatalogue en = reports(Locale.ENGLISH).showcaseCatalogue(Scope.region(Scenario.LEBAK),
        InnovationFilter.all(), CatalogueGrouping.THEME);
    List<Map<String, String>> enCsv = Rendered.localizedCsv(en, "catalogue");
    assertThat(enCsv.get(2)).containsEntry("Group", "Healthy city").containsEntry("Since", "12 June 2024");
    assertThat(enCsv.get(6)).containsEntry("Group", "(not set)");
  }
}
