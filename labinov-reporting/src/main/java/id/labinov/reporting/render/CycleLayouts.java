package id.labinov.reporting.render;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.rules.SustainabilitySettings;
import id.labinov.core.evaluation.RegionalIndex;
import id.labinov.reporting.data.CompetitionVerdict;
import id.labinov.reporting.data.IndexWhatIf;
import id.labinov.reporting.data.SustainabilityReport;
import id.labinov.reporting.data.SustainabilityRow;
import id.labinov.reporting.data.VerdictReason;
import id.labinov.reporting.data.WhatIfChoice;
import id.labinov.reporting.internal.ReportTexts;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Layouts of the yearly-cycle reports: the sustainability report (Keberlanjutan) and the index what-if
 * (Apa yang paling menaikkan indeks). Codes, ids and plain dates go to JSON, CSV and XLSX; HTML and PDF
 * show the sentences and labels that say the same.
 */
final class CycleLayouts {
  private CycleLayouts() {}

  // ------------------------------------------------------------------ sustainability

  static Doc sustainability(SustainabilityReport r) {
    Locale l = r.info().locale();
    Facts f = new Facts(l).add("innovations", r.innovations()).add("watched", r.watched()).add("atRisk", r.atRisk())
        .add("lapsed", r.lapsed()).add("withoutValidLegalBasis", r.withoutValidLegalBasis())
        .add("flagged", r.flagged()).add("igaYear", r.igaYear()).add("eligibleIga", r.eligibleIga())
        .add("flaggedOnly", r.flaggedOnly()).add("listed", (long) r.rows().size())
        .add("settingsNote", settingsNote(l, r.settings()));
    Values values = new Values(r.info());
    TableSpec<SustainabilityRow> spec = new TableSpec<SustainabilityRow>(l, "sustainabilityInnovations")
        .col("region", x -> x.ref().region().value()).col("innovationId", x -> x.ref().id().toString())
        .col("title", SustainabilityRow::title).col("opd", x -> x.opd() == null ? null : x.opd().value())
        .col("opdName", x -> ReadinessLayouts.opdName(l, x.opd(), x.opdName()))
        .col("ownerName", x -> x.ownerName() == null ? ReportTexts.text(l, "cycle.ownerUnknown") : x.ownerName())
        .col("watchState", x -> x.watchState().name()).col("watchStateLabel", x -> x.watchState().label(l))
        .data("watchedSince", SustainabilityRow::watchedSince).data("lastEntry", SustainabilityRow::lastEntry)
        .col("lastEntryLabel", x -> x.lastEntry() == null ? ReportTexts.text(l, "cycle.noEntry")
            : values.date(x.lastEntry()))
        .data("entryDays", x -> (long) x.entryDays()).col("nextDue", SustainabilityRow::nextDue)
        .col("overdueDays", SustainabilityRow::overdueDays)
        .col("legalBasis", x -> x.legalBasis().name()).col("legalBasisLabel", x -> legalBasis(l, values, x))
        .data("documentKind", x -> x.documentKind() == null ? null : x.documentKind().code())
        .data("documentKindLabel", x -> x.documentKind() == null ? null : x.documentKind().label(l))
        .data("documentNumber", SustainabilityRow::documentNumber).data("validUntil", SustainabilityRow::validUntil)
        .data("versionYear", SustainabilityRow::versionYear).data("versionNumber", SustainabilityRow::versionNumber)
        .data("changes", x -> x.changes().isEmpty() ? null : changes(x, c -> c.name(), ", "))
        .col("versionLabel", x -> version(l, x));
    for (Competition c : Competition.values()) {
      String key = c.name().toLowerCase(Locale.ROOT);
      spec.data(key + "Year", x -> x.verdict(c) == null ? null : x.verdict(c).year())
          .data(key + "Eligible", x -> x.verdict(c) == null ? null : x.verdict(c).eligible())
          .col(key + "Label", x -> verdictShort(l, x.verdict(c)));
    }
    List<EligibilityLine> lines = new ArrayList<>();
    for (SustainabilityRow row : r.rows()) {
      for (CompetitionVerdict v : row.coming()) {
        if (v.eligible()) {
          lines.add(new EligibilityLine(row, v, null));
        }
        for (VerdictReason reason : v.reasons()) {
          lines.add(new EligibilityLine(row, v, reason));
        }
      }
    }
    Doc.Table eligibility = new TableSpec<EligibilityLine>(l, "sustainabilityEligibility")
        .col("region", x -> x.row().ref().region().value()).col("innovationId", x -> x.row().ref().id().toString())
        .col("title", x -> x.row().title()).col("competition", x -> x.verdict().competition().name())
        .col("competitionLabel", x -> competition(l, x.verdict().competition())).col("year", x -> x.verdict().year())
        .data("deadline", x -> x.verdict().deadline()).col("eligible", x -> x.verdict().eligible())
        .col("eligibleLabel", x -> ReportTexts.text(l, x.verdict().eligible() ? "cycle.eligible" : "cycle.notEligible"))
        .data("reason", x -> x.reason() == null ? null : x.reason().code().name())
        .col("reasonSentence", x -> x.reason() == null ? null : x.reason().message().in(l))
        .col("fixSentence", x -> x.reason() == null || x.verdict().closed() && x.reason().fixable() ? null
            : x.reason().fix().in(l))
        .col("fixBy", x -> x.reason() == null ? null : x.reason().fixBy())
        .data("eligibleFromYear", x -> x.reason() == null ? null : x.reason().eligibleFromYear())
        .data("ruleVerified", x -> x.reason() == null ? null : x.reason().verified())
        .data("fixable", x -> x.reason() == null ? null : x.reason().fixable())
        .data("closed", x -> x.verdict().closed()).of(lines);
    return new Doc(r.info(), Layouts.title(r), f.list(), List.of(spec.of(r.rows()), eligibility));
  }

  /** One line of the eligibility table: a verdict with one of its reasons, or an eligible verdict. */
  private record EligibilityLine(SustainabilityRow row, CompetitionVerdict verdict, VerdictReason reason) {}

  /** "Satu entri pemantauan per triwulan; berisiko bila terlambat lebih dari 30 hari; ...", per settings in use. */
  static String settingsNote(Locale l, List<SustainabilitySettings> settings) {
    List<String> parts = new ArrayList<>();
    for (SustainabilitySettings s : settings) {
      parts.add(ReportTexts.format(l, "cycle.note.settings", List.of(every(l, s.monitoringEvery()),
          Integer.toString(s.atRiskAfterDays()), Integer.toString(s.lapsedAfterDays()))));
    }
    String joined = String.join(" ", parts);
    return settings.size() > 1 ? ReportTexts.text(l, "cycle.note.severalSettings") + " " + joined : joined;
  }

  /** "per triwulan", "setiap 2 bulan", "setiap 10 hari": how often an entry is expected. */
  static String every(Locale l, Period p) {
    Period n = p.normalized();
    long months = n.toTotalMonths();
    int days = n.getDays();
    if (days == 0) {
      return months == 1 || months == 3 || months == 6 || months == 12
          ? ReportTexts.text(l, "cycle.every.months" + months)
          : ReportTexts.format(l, "cycle.every.months", List.of(Long.toString(months)));
    }
    if (months == 0) {
      return days == 1 ? ReportTexts.text(l, "cycle.every.day") : days == 7 ? ReportTexts.text(l, "cycle.every.week")
          : days % 7 == 0 ? ReportTexts.format(l, "cycle.every.weeks", List.of(Integer.toString(days / 7)))
          : ReportTexts.format(l, "cycle.every.days", List.of(Integer.toString(days)));
    }
    return ReportTexts.format(l, "cycle.every.monthsDays", List.of(Long.toString(months), Integer.toString(days)));
  }

  /** "Ada dan berlaku: Perkada 14 Tahun 2024"; "Sudah tidak berlaku: SK 800/1/2023 (berakhir 31 Desember 2025)". */
  private static String legalBasis(Locale l, Values values, SustainabilityRow x) {
    String state = x.legalBasis().label(l);
    if (x.documentKind() == null) {
      return state;
    }
    String document = x.documentKind().label(l) + (x.documentNumber() == null ? "" : " " + x.documentNumber());
    String until = x.validUntil() == null ? ""
        : " " + ReportTexts.format(l, x.legalBasis() == id.labinov.core.cycle.LegalBasisState.VALID
            ? "cycle.validUntil" : "cycle.endedOn", List.of(values.date(x.validUntil())));
    return state + ": " + document + until;
  }

  /** "2025, versi 2: Digitalisasi, Perluasan cakupan", or that no development was recorded. */
  private static String version(Locale l, SustainabilityRow x) {
    if (x.versionYear() == null) {
      return ReportTexts.text(l, "cycle.noVersion");
    }
    return ReportTexts.format(l, "cycle.version", List.of(Integer.toString(x.versionYear()),
        Integer.toString(x.versionNumber()), changes(x, c -> c.label(l), ", ")));
  }

  private static String changes(SustainabilityRow x, java.util.function.Function<DevelopmentChange, String> f,
      String separator) {
    return x.changes().stream().sorted().map(f).collect(Collectors.joining(separator));
  }

  /** "2026: Layak"; "2026: Tidak layak (2 alasan)"; or that no rules cover the coming year. */
  private static String verdictShort(Locale l, CompetitionVerdict v) {
    if (v == null) {
      return ReportTexts.text(l, "cycle.noRules");
    }
    return v.eligible() ? ReportTexts.format(l, "cycle.short.eligible", List.of(Integer.toString(v.year())))
        : v.reasons().size() == 1 ? ReportTexts.format(l, "cycle.short.notEligibleOne", List.of(Integer.toString(v.year())))
        : ReportTexts.format(l, "cycle.short.notEligible", List.of(Integer.toString(v.year()), v.reasons().size()));
  }

  /** The competition's short name: "IGA", "KIPP". */
  static String competition(Locale l, Competition c) {
    return ReportTexts.text(l, "cycle.competition." + c.name());
  }

  // ------------------------------------------------------------------ what-if

  static Doc whatIf(IndexWhatIf r) {
    Locale l = r.info().locale();
    var now = r.current();
    Facts f = new Facts(l).add("year", r.year()).add("basis", r.basis().code())
        .add("basisLabel", ReadinessLayouts.basis(l, r.basis())).add("innovationsSubmitted", r.submitted())
        .add("divisor", r.divisor()).add("scoreSum", r.scoreSum()).add("meanScore", r.meanScore())
        .add("sid", now.sidInnovations()).add("spd", now.spd()).add("countScore", now.countScore())
        .add("index", now.index()).add("rating", now.rating().code()).add("ratingLabel", now.rating().label().in(l))
        .add("candidates", (long) r.choices().size())
        .add("raising", r.choices().stream().filter(c -> c.possible() && c.change().signum() > 0).count())
        .add("divisorNote", divisorNote(l, r)).add("submittedNote", submittedNote(l, r))
        .add("bandsYear", r.bandsYear()).add("bandsVerified", r.bandsVerified())
        .add("bandsNote", ReadinessLayouts.bandsNote(l, r.year(), r.bandsYear(), r.bandsVerified()))
        .add("spdNote", ReadinessLayouts.spdNote(l, r.spdGiven(),
            r.basis() != id.labinov.reporting.data.ReadinessBasis.VERIFIED || r.spdVerifiedGiven(), r.countScoreGiven()))
        .add("estimateNote", ReportTexts.text(l, "readiness.note.estimate"));
    Doc.Table choices = new TableSpec<WhatIfChoice>(l, "whatIfChoices").col("rank", WhatIfChoice::rank)
        .col("kind", x -> x.kind().name()).col("kindLabel", x -> x.kind().label(l))
        .col("region", x -> x.ref().region().value()).col("innovationId", x -> x.ref().id().toString())
        .col("title", x -> ReadinessLayouts.title(l, x.title())).col("opd", x -> x.opd() == null ? null : x.opd().value())
        .col("opdName", x -> ReadinessLayouts.opdName(l, x.opd(), x.opdName())).col("innovationScore", WhatIfChoice::score)
        .col("indexAfter", x -> x.after().index()).col("change", WhatIfChoice::change)
        .col("ratingAfter", x -> x.after().rating().code()).col("ratingAfterLabel", x -> x.after().rating().label().in(l))
        .data("innovationsAfter", x -> (long) x.after().innovations())
        .data("iga", x -> x.iga() == null ? null : x.iga().eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE")
        .data("igaClosed", x -> x.iga() == null ? null : x.iga().closed())
        .data("igaReasons", x -> x.iga() == null || x.iga().eligible() ? null
            : x.iga().reasons().stream().map(c -> c.code().name()).collect(Collectors.joining(", ")))
        .col("possible", WhatIfChoice::possible).col("igaSentence", x -> igaSentence(l, r.year(), x))
        .of(r.choices());
    return new Doc(r.info(), Layouts.title(r), f.list(), List.of(choices));
  }

  /** What max(10, n) does, and where this submission stands. */
  static String divisorNote(Locale l, IndexWhatIf r) {
    String general = ReportTexts.format(l, "whatIf.note.divisor", List.of(Integer.toString(RegionalIndex.MIN_DIVISOR)));
    long n = r.submitted();
    String now = n < RegionalIndex.MIN_DIVISOR
        ? ReportTexts.format(l, "whatIf.note.belowTen", List.of(n, Integer.toString(RegionalIndex.MIN_DIVISOR),
            RegionalIndex.MIN_DIVISOR - n))
        : ReportTexts.format(l, "whatIf.note.fromTen", List.of(n, new Values(r.info()).localized(r.meanScore())));
    return general + " " + now;
  }

  private static String submittedNote(Locale l, IndexWhatIf r) {
    String submitted = ReportTexts.format(l, r.submittedNamed() ? "whatIf.note.submittedNamed"
        : "whatIf.note.submittedAll", List.of(Integer.toString(r.year())));
    return r.unclaimedIncluded() ? submitted + " " + ReportTexts.text(l, "whatIf.note.unclaimed") : submitted;
  }

  /** "Layak IGA 2025." or "Tidak layak IGA 2025: <why> <fix> ..." or that no rules cover the year. */
  private static String igaSentence(Locale l, int year, WhatIfChoice x) {
    if (x.iga() == null) {
      return ReportTexts.format(l, "whatIf.igaNoRules", List.of(Integer.toString(year)));
    }
    if (x.iga().eligible()) {
      return ReportTexts.format(l, "whatIf.igaEligible", List.of(Integer.toString(year)));
    }
    StringBuilder sb = new StringBuilder(ReportTexts.format(l, x.possible() ? "whatIf.igaNotEligible"
        : "whatIf.igaNotPossible", List.of(Integer.toString(year))));
    for (VerdictReason reason : x.iga().reasons()) {
      sb.append(' ').append(reason.message().in(l));
      if (!(x.iga().closed() && reason.fixable())) {
        // once the year's entries have closed, a fix "by" a past day is no fix: the closing note says so
        sb.append(' ').append(reason.fix().in(l));
      }
    }
    if (x.iga().closedNote() != null) {
      sb.append(' ').append(x.iga().closedNote().in(l));
    }
    return sb.toString();
  }
}
