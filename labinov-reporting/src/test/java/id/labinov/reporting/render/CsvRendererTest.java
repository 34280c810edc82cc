package id.labinov.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Scope;
import id.labinov.core.rules.LocalizedText;
import id.labinov.reporting.ReportException;
import id.labinov.reporting.data.AuditAction;
import id.labinov.reporting.data.AuditEntry;
import id.labinov.reporting.data.AuditTrail;
import id.labinov.reporting.data.ReportInfo;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.support.Csv;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** CSV details on a report made by hand (records are plain data: no store needed). */
class CsvRendererTest {
  static final InnovationRef REF = InnovationRef.of("36.02", "018e0730-7500-7ad5-be8e-c00e61cb2bc5");

  static AuditTrail trail(String reason, Locale locale) {
    ReportInfo info = new ReportInfo(ReportKind.AUDIT_TRAIL, locale, Instant.parse("2019-01-14T02:00:00Z"),
        IndonesianTimeZone.WIB, Scope.region(REF.region()));
    AuditEntry e = new AuditEntry(1, Instant.parse("2019-01-14T02:00:00Z"), PersonId.of("asn-01"), null,
        "PutOnHold", AuditAction.PUT_ON_HOLD, null, "DESIGN", LocalizedText.of("Desain", "Design"), null, null, null,
        reason);
    return new AuditTrail(info, REF, "Posyandu", null, List.of(e));
  }

  static String render(AuditTrail t, CsvOptions o) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvRenderer(o).render(t, out);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void quotesOnlyWhatNeedsQuotingAndEndsEveryRecordWithCrlf() {
    String csv = render(trail("a, \"b\"\r\nc", Locale.ROOT), CsvOptions.plain());
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines[0]).startsWith("sequence,occurredAt,actor,actorName,eventType,action,actionLabel");
    assertThat(lines[1]).isEqualTo("1,2019-01-14T02:00:00Z,asn-01,,PutOnHold,PUT_ON_HOLD,Ditunda,,,DESIGN,Desain,,,,"
        + "\"a, \"\"b\"\"");
    assertThat(lines[2]).isEqualTo("c\"");
    assertThat(csv).endsWith("\r\n");
    assertThat(Csv.parse(csv.getBytes(StandardCharsets.UTF_8), ',').get(1)).last().isEqualTo("a, \"b\"\r\nc");
  }

  @Test
  void theDelimiterDecidesWhatIsQuoted() {
    String semicolon = render(trail("a, b; c", Locale.ROOT), CsvOptions.excelIndonesia());
    assertThat(semicolon).startsWith("\uFEFF").contains(";\"a, b; c\"\r\n");
    String comma = render(trail("a; b", Locale.ROOT), CsvOptions.defaults());
    assertThat(comma).doesNotStartWith("\uFEFF").contains(",a; b\r\n");
    String tab = render(trail("a\tb", Locale.ROOT), CsvOptions.defaults().withDelimiter('\t'));
    assertThat(Csv.parse(tab.getBytes(StandardCharsets.UTF_8), '\t').get(1)).last().isEqualTo("a\tb");
  }

  @Test
  void localizedValuesAndHeadersFollowTheReportLanguage() {
    String id = render(trail("x", Locale.ROOT), CsvOptions.defaults());
    assertThat(id).startsWith("Urutan,Waktu,ID pelaku,Pelaku").contains("14 Januari 2019 09.00 WIB");
    String en = render(trail("x", Locale.ENGLISH), CsvOptions.defaults());
    assertThat(en).startsWith("Sequence,Time,Actor id,Actor").contains("14 January 2019 09:00 WIB")
        .contains("Put on hold").contains("Design");
  }

  @Test
  void theFactsTableAndUnknownTables() {
    AuditTrail t = trail("x", Locale.ROOT);
    assertThat(CsvRenderer.tableNames(t)).containsExactly("facts", "events");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvRenderer(CsvOptions.plain()).render(t, "facts", out);
    List<List<String>> facts = Csv.parse(out.toByteArray(), ',');
    assertThat(facts.get(0)).containsExactly("key", "label", "value");
    assertThat(facts).contains(List.of("report", "Laporan", "Riwayat"), List.of("events", "Jumlah kejadian", "1"),
        List.of("verification", "Kode pemeriksaan keutuhan", "NOT_AVAILABLE"));
    assertThatThrownBy(() -> new CsvRenderer().render(t, "nope", new ByteArrayOutputStream()))
        .isInstanceOf(ReportException.class).hasMessageContaining("nope").hasMessageContaining("events");
  }

  @Test
  void onlyFourDelimitersAreAccepted() {
    assertThat(CsvOptions.defaults().withDelimiter('|').delimiter()).isEqualTo('|');
    for (char bad : new char[] {'"', '\n', 'a', '.', '\r'}) {
      assertThatThrownBy(() -> new CsvOptions(bad, false, true)).isInstanceOf(ReportException.class)
          .extracting(e -> ((ReportException) e).code()).isEqualTo("BAD_SETTING");
    }
  }
}
