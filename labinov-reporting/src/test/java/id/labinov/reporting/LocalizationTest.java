package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.internal.ReportTexts;
import id.labinov.reporting.render.CsvOptions;
import id.labinov.reporting.render.CsvRenderer;
import id.labinov.reporting.support.Csv;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Rendered;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bahasa Indonesia by default and English: every header, title and label has a text in both. */
class LocalizationTest {
  /** What a missing text renders as: its key. */
  static final Pattern KEY = Pattern.compile(
      "^(col|fact|table|report|action|phase|profile|verification|grouping|scope|value|bool|month|number|time|label)\\.\\S+");
  static LebakData data;

  @BeforeAll
  static void create() {
    data = LebakData.create();
  }

  @Test
  void bothBundlesHaveTheSameKeysAndNoBlankText() {
    List<List<String>> keys = ReportTexts.keys();
    assertThat(new HashSet<>(keys.get(0))).isEqualTo(new HashSet<>(keys.get(1)));
    for (String k : keys.get(0)) {
      assertThat(ReportTexts.isDefined(k)).isTrue();
      assertThat(ReportTexts.text(Messages.INDONESIAN, k)).as(k).isNotBlank();
      assertThat(ReportTexts.text(Locale.ENGLISH, k)).as(k).isNotBlank();
    }
  }

  /** Headers and text cells of every CSV table of every report. */
  static List<String> texts(Locale locale, Set<String> headers) {
    List<String> out = new ArrayList<>();
    for (Report r : DeterminismTest.all(data, locale, LebakData.REPORT_TIME)) {
      for (String table : CsvRenderer.tableNames(r)) {
        List<List<String>> records = Csv.parse(Rendered.csv(r, table, CsvOptions.defaults()), ',');
        headers.addAll(records.get(0));
        records.forEach(out::addAll);
      }
      out.add(Rendered.jsonTree(r).get("title").asString());
      out.addAll(Rendered.workbook(r).keySet());
    }
    return out;
  }

  @Test
  void nothingRendersAsAMissingKeyInEitherLanguage() {
    Set<String> idHeaders = new HashSet<>();
    Set<String> enHeaders = new HashSet<>();
    List<String> id = texts(Messages.INDONESIAN, idHeaders);
    List<String> en = texts(Locale.ENGLISH, enHeaders);
    assertThat(id).noneMatch(t -> KEY.matcher(t).matches());
    assertThat(en).noneMatch(t -> KEY.matcher(t).matches());
    assertThat(id).contains("Ringkasan Program", "Katalog Inovasi", "Profil Inovasi", "Riwayat", "Aktif", "Penerapan");
    assertThat(en).contains("Programme summary", "Innovation catalogue", "Innovation profile", "Audit trail", "Active",
        "Implementation");
    assertThat(idHeaders).contains("Tahap", "Jumlah", "Nama inovasi", "Alasan", "Peringkat");
    assertThat(enHeaders).contains("Stage", "Total", "Innovation", "Reason", "Rank");
    Set<String> shared = new HashSet<>(idHeaders);
    shared.retainAll(enHeaders);
    assertThat(shared).as("only names that are the same in both languages")
        .isSubsetOf("SPD", "Status", "OPD", "Video", "No.", "Inisiatif", "Penerapan", "Uji coba",
            "Kebaruan", "Efektif", "Bermanfaat", "Mudah ditransfer (direplikasi)", "Berkelanjutan",
            "Novelty", "Effectiveness", "Benefit", "Replicability", "Sustainability",
            // the by-OPD table's columns per stage: the 5D stages' short labels, the same in both languages
            "Drum-up", "Diagnose", "Design", "Deliver", "Display",
            // the sustainability report's columns per competition: the competitions' acronyms
            "IGA", "KIPP");
  }
}
