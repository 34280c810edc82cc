package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Jenis;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import files people fill in (issue 22): values by code or label in either language and any case,
 * numbering and unknown columns, one stable order of columns in messages, and the template.
 */
class ImportColumnsTest {
  @TempDir
  Path dir;
  CliRunner cli;

  @BeforeEach
  void migrate() {
    cli = new CliRunner(dir).migrated();
  }

  private Path csv(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    return f;
  }

  private InnovationDetails details(String printedRef) {
    try (Facade lab = new Facade(cli)) {
      String[] parts = printedRef.split("/");
      return lab.lab.innovations().get(InnovationRef.of(parts[0], parts[1])).details();
    }
  }

  /** The references printed for stored rows, in row order. */
  private static List<String> refs(CliRunner.Run r) {
    List<String> refs = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("disimpan (\\S+)|stored (\\S+)").matcher(r.out());
    while (m.find()) {
      refs.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return refs;
  }

  @Test
  void valuesAreReadAsCodesOrLabelsInEitherLanguageAndAnyCase() throws Exception {
    Path f = csv("label.csv", "No,Judul,OPD,Bentuk,Jenis,Inisiator,Urusan\n"
        + "1,Posyandu Digital,DINKES,Inovasi pelayanan publik,Digital,ASN,Kesehatan\n"
        + "2,Sekolah Ramah Anak,DISDIK,pelayanan publik,non-digital,perangkat daerah,PENDIDIKAN\n"
        + "3,Izin Kilat,DPMPTSP,PELAYANAN_PUBLIK,DIGITAL,Head of region,investment\n"
        + "4,Pasar Daring,DISPERINDAG,regional governance innovation,NON DIGITAL,community,Trade\n");
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).as("a numbering column is ignored without a word").isEmpty();
    List<String> refs = refs(r);
    assertThat(refs).hasSize(4);
    InnovationDetails first = details(refs.get(0));
    assertThat(first.bentuk()).isEqualTo(Bentuk.PELAYANAN_PUBLIK);
    assertThat(first.jenis()).isEqualTo(Jenis.DIGITAL);
    assertThat(first.initiatorType()).isEqualTo(InitiatorType.ASN);
    assertThat(first.governmentAffair()).isEqualTo(GovernmentAffair.KESEHATAN);
    InnovationDetails second = details(refs.get(1));
    assertThat(second.jenis()).isEqualTo(Jenis.NON_DIGITAL);
    assertThat(second.initiatorType()).isEqualTo(InitiatorType.PERANGKAT_DAERAH);
    InnovationDetails third = details(refs.get(2));
    assertThat(third.initiatorType()).isEqualTo(InitiatorType.KEPALA_DAERAH);
    assertThat(third.governmentAffair()).isEqualTo(GovernmentAffair.PENANAMAN_MODAL);
    InnovationDetails fourth = details(refs.get(3));
    assertThat(fourth.bentuk()).isEqualTo(Bentuk.TATA_KELOLA_PEMERINTAHAN);
    assertThat(fourth.initiatorType()).isEqualTo(InitiatorType.MASYARAKAT);
    assertThat(fourth.governmentAffair()).isEqualTo(GovernmentAffair.PERDAGANGAN);
  }

  @Test
  void aValueNamingNothingRefusesTheRowWithTheLabelsAndASuggestion() throws Exception {
    Path f = csv("salah.csv", "title,opd,bentuk,urusan\nA,DINKES,pelayanan publk,\nB,DINKES,,Kesehatn\n");
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(r.out()).contains("baris 2: DITOLAK: kolom bentuk: nilai \"pelayanan publk\" tidak dikenal. "
        + "Maksud Anda PELAYANAN_PUBLIK (Inovasi pelayanan publik)? Gunakan salah satu dari: "
        + "TATA_KELOLA_PEMERINTAHAN (Inovasi tata kelola pemerintahan daerah), PELAYANAN_PUBLIK (Inovasi "
        + "pelayanan publik), LAINNYA (Inovasi daerah lainnya).");
    assertThat(r.out()).contains("baris 3: DITOLAK: kolom urusan: nilai \"Kesehatn\" tidak dikenal. "
        + "Maksud Anda KESEHATAN? Gunakan salah satu dari: PENDIDIKAN, KESEHATAN, PEKERJAAN_UMUM_PENATAAN_RUANG "
        + "(Pekerjaan umum dan penataan ruang),");
  }

  @Test
  void unknownColumnsAreWarnedAboutOnceInAFixedOrderAndTheRowsStored() throws Exception {
    Path f = csv("lain.csv", "No.,Keterangan,title,opd,problem,Tanggal Usul\n"
        + "1,catatan,Posyandu Digital,DINKES,Antrean panjang,2026-01-02\n"
        + "2,,Sekolah Ramah Anak,DISDIK,,2026-01-03\n");
    CliRunner.Run r = cli.admin("import", f.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isZero();
    String known = "Known columns: region, title, opd, bentuk, jenis, initiatorType, governmentAffair, themes, "
        + "problem, ideaSummary, designNarrative, goals, benefits, results, trialStartDate, "
        + "implementationStartDate, coordinates;";
    assertThat(r.err()).containsOnlyOnce("Warning: unknown column \"Keterangan\", \"Tanggal Usul\" ignored")
        .containsOnlyOnce(known).doesNotContain("No.");
    assertThat(r.out()).contains("Import done: 2 rows, 2 stored");
    InnovationDetails first = details(refs(r).get(0));
    assertThat(first.texts()).containsOnlyKeys("problem").containsEntry("problem", "Antrean panjang");
    // the same file gives the same message, word for word
    CliRunner.Run again = cli.admin("import", f.toString(), "--lang", "en");
    assertThat(again.err()).isEqualTo(r.err());
    CliRunner.Run indonesian = cli.admin("import", f.toString());
    assertThat(indonesian.err()).contains("Peringatan: kolom \"Keterangan\", \"Tanggal Usul\" tidak dikenal dan "
        + "diabaikan").contains("Kolom yang dikenal: wilayah, judul, opd, bentuk, jenis, inisiator, urusan, tema, "
        + "masalah, ringkasanIde,");
  }

  @Test
  void narrativeTextsByLibraryNameIndonesianNameLabelOrPrefix() throws Exception {
    Path f = csv("teks.csv", "judul,Rumusan masalah,ringkasanIde,teks:catatanLapangan,text:hasil\n"
        + "Posyandu Digital,Antrean panjang,Daftar lewat aplikasi,Ramai di hari Senin,Antrean turun\n");
    CliRunner.Run r = cli.admin("import", f.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(details(r.ref()).texts()).containsEntry("problem", "Antrean panjang")
        .containsEntry("ideaSummary", "Daftar lewat aplikasi").containsEntry("catatanLapangan", "Ramai di hari Senin")
        .containsEntry("results", "Antrean turun");
    Path bad = csv("buruk.csv", "title,teks:Catatan Lapangan\nA,b\n");
    CliRunner.Run refused = cli.admin("import", bad.toString());
    assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).contains("Kolom \"teks:Catatan Lapangan\"").contains("teks:catatanLapangan");
  }

  @Test
  void theXlsxTemplateOpensInAParserAndFilledInIsImported() throws Exception {
    Path template = dir.resolve("templat.xlsx");
    CliRunner.Run r = cli.admin("import", "--template", template.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("Ditulis: " + template + System.lineSeparator());
    List<String> header;
    try (ReadableWorkbook wb = new ReadableWorkbook(template.toFile())) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("Inovasi", "Petunjuk", "Nilai yang diizinkan");
      List<List<String>> rows = rows(sheets.get(0));
      assertThat(rows).hasSize(1);
      header = rows.get(0);
      assertThat(header).startsWith("wilayah", "judul", "opd", "bentuk", "jenis", "inisiator", "urusan", "tema",
          "masalah");
      List<List<String>> notes = rows(sheets.get(1));
      assertThat(notes.get(0)).containsExactly("Kolom", "Wajib", "Nama lain", "Isi");
      assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("judul", "ya", "title"))
          .anySatisfy(n -> assertThat(n).startsWith("wilayah", "tidak", "region"));
      List<List<String>> values = rows(sheets.get(2));
      assertThat(values).contains(List.of("bentuk", "PELAYANAN_PUBLIK", "Inovasi pelayanan publik"),
          List.of("jenis", "NON_DIGITAL", "Non-digital"), List.of("inisiator", "KEPALA_DAERAH", "Kepala daerah"),
          List.of("urusan", "KESEHATAN", "Kesehatan"));
    }
    // filled in as a person would: the header as written, labels from the values sheet
    Path filled = dir.resolve("terisi.xlsx");
    try (OutputStream out = Files.newOutputStream(filled)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Inovasi");
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
      }
      List<String> row = List.of("36.02", "Posyandu Digital", "DINKES", "Inovasi pelayanan publik", "Digital",
          "Kepala daerah", "Kesehatan", "KESEHATAN", "Antrean panjang");
      for (int c = 0; c < row.size(); c++) {
        ws.value(1, c, row.get(c));
      }
      wb.finish();
    }
    CliRunner.Run imported = cli.admin("import", filled.toString());
    assertThat(imported.code()).as(imported.toString()).isZero();
    assertThat(imported.err()).isEmpty();
    InnovationDetails d = details(imported.ref());
    assertThat(d.bentuk()).isEqualTo(Bentuk.PELAYANAN_PUBLIK);
    assertThat(d.initiatorType()).isEqualTo(InitiatorType.KEPALA_DAERAH);
    assertThat(d.texts()).containsEntry("problem", "Antrean panjang");
  }

  @Test
  void theCsvTemplateIsThreeFilesAndFilledInIsImported() throws Exception {
    Path template = dir.resolve("template.csv");
    CliRunner.Run r = cli.admin("import", "--template", template.toString(), "--lang", "en");
    assertThat(r.code()).as(r.toString()).isZero();
    Path notes = dir.resolve("template-notes.csv");
    Path values = dir.resolve("template-values.csv");
    assertThat(r.out().lines()).containsExactly("Written: " + template, "Written: " + notes, "Written: " + values);
    String header = Files.readString(template).strip();
    assertThat(header).isEqualTo("region,title,opd,bentuk,jenis,initiatorType,governmentAffair,themes,problem,"
        + "ideaSummary,designNarrative,goals,benefits,results,trialStartDate,implementationStartDate,coordinates");
    assertThat(Files.readString(values)).contains("jenis,NON_DIGITAL,Non-digital\r\n")
        .contains("initiatorType,KEPALA_DAERAH,Head of region\r\n");
    assertThat(CsvTables.parse(Files.readString(notes), ',')).anySatisfy(n -> assertThat(n).startsWith("title", "yes"));
    Files.writeString(template, header + "\r\n,Izin Kilat,DPMPTSP,Public service innovation,digital,Civil servant,"
        + "Investment,,Izin usaha lama\r\n");
    CliRunner.Run imported = cli.admin("import", template.toString(), "--lang", "en");
    assertThat(imported.code()).as(imported.toString()).isZero();
    InnovationDetails d = details(imported.ref());
    assertThat(d.governmentAffair()).isEqualTo(GovernmentAffair.PENANAMAN_MODAL);
    assertThat(d.initiatorType()).isEqualTo(InitiatorType.ASN);
  }

  @Test
  void importWithoutAFileOrWithBothIsAUsageError() {
    CliRunner.Run none = cli.admin("import");
    assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("--template");
    CliRunner.Run both = cli.admin("import", "a.csv", "--template", dir.resolve("t.xlsx").toString());
    assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
    CliRunner.Run odd = cli.admin("import", "--template", dir.resolve("t.ods").toString());
    assertThat(odd.code()).isEqualTo(ExitCodes.USAGE);
  }

  private static List<List<String>> rows(Sheet sheet) throws java.io.IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet.read()) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.getCellCount(); c++) {
        cells.add(row.getOptionalCell(c).map(x -> x.getText()).orElse(""));
      }
      rows.add(cells);
    }
    return rows;
  }
}
