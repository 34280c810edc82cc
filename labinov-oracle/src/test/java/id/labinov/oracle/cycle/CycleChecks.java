package id.labinov.oracle.cycle;

import id.labinov.core.cycle.EligibilityReason;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.cycle.CycleOracle.Choice;
import id.labinov.oracle.cycle.CycleOracle.Row;
import id.labinov.reporting.data.CompetitionVerdict;
import id.labinov.reporting.data.IndexWhatIf;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.SustainabilityReport;
import id.labinov.reporting.data.SustainabilityRow;
import id.labinov.reporting.data.VerdictReason;
import id.labinov.reporting.data.WhatIfChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Compares the yearly-cycle reports with the oracle, figure by figure. */
public final class CycleChecks {
  private CycleChecks() {}

  /**
   * Compares the sustainability report.
   *
   * @param d where differences go
   * @param e the oracle's report
   * @param a the report
   */
  public static void check(Diffs.On d, CycleOracle.Sustainability e, SustainabilityReport a) {
    Locale l = a.info().locale();
    d.eq("info", null, "kind", ReportKind.SUSTAINABILITY, a.info().kind());
    d.eq("info", null, "asOf", CycleOracle.DAY, a.info().asOf());
    d.eq("facts", null, "innovations", (long) e.all().size(), a.innovations());
    d.eq("facts", null, "watched", e.watched(), a.watched());
    d.eq("facts", null, "atRisk", e.atRisk(), a.atRisk());
    d.eq("facts", null, "lapsed", e.lapsed(), a.lapsed());
    d.eq("facts", null, "withoutValidLegalBasis", e.noBasis(), a.withoutValidLegalBasis());
    d.eq("facts", null, "flagged", e.flagged(), a.flagged());
    d.eq("facts", null, "igaYear", e.igaYear(), a.igaYear());
    d.eq("facts", null, "eligibleIga", e.eligibleIga(), a.eligibleIga());
    d.eq("facts", null, "listed", e.rows().size(), a.rows().size());
    d.eq("sustainabilityInnovations", null, "order", e.rows().stream().map(r -> r.innovation().ref().id().toString())
        .toList(), a.rows().stream().map(r -> r.ref().id().toString()).toList());
    for (int i = 0; i < Math.min(e.rows().size(), a.rows().size()); i++) {
      Row x = e.rows().get(i);
      SustainabilityRow y = a.rows().get(i);
      String row = x.innovation().title();
      d.eq("sustainabilityInnovations", row, "title", x.innovation().title(), y.title());
      d.eq("sustainabilityInnovations", row, "opd", x.innovation().opd(), y.opd() == null ? null : y.opd().value());
      d.eq("sustainabilityInnovations", row, "opdName", x.opdName(), y.opdName());
      d.eq("sustainabilityInnovations", row, "ownerName", x.ownerName(), y.ownerName());
      d.eq("sustainabilityInnovations", row, "settings", x.settings(), y.settings());
      d.eq("sustainabilityInnovations", row, "watchState", x.state(), y.watchState().name());
      d.eq("sustainabilityInnovations", row, "watchedSince", x.innovation().displayed(), y.watchedSince());
      d.eq("sustainabilityInnovations", row, "lastEntry", x.lastEntry(), y.lastEntry());
      d.eq("sustainabilityInnovations", row, "entryDays", x.entryDays(), y.entryDays());
      d.eq("sustainabilityInnovations", row, "nextDue", x.nextDue(), y.nextDue());
      d.eq("sustainabilityInnovations", row, "overdueDays", x.overdueDays(), y.overdueDays());
      d.eq("sustainabilityInnovations", row, "legalBasis", x.basis(), y.legalBasis().name());
      d.eq("sustainabilityInnovations", row, "documentKind", x.documentKind(),
          y.documentKind() == null ? null : y.documentKind().code());
      d.eq("sustainabilityInnovations", row, "documentNumber", x.documentNumber(), y.documentNumber());
      d.eq("sustainabilityInnovations", row, "validUntil", x.validUntil(), y.validUntil());
      d.eq("sustainabilityInnovations", row, "versionYear", x.versionYear(), y.versionYear());
      d.eq("sustainabilityInnovations", row, "versionNumber", x.versionNumber(), y.versionNumber());
      d.eq("sustainabilityInnovations", row, "changes", x.changes(), y.changes());
      d.eq("sustainabilityInnovations", row, "competitions", x.coming().stream().map(v -> v.competition() + " "
          + v.year()).toList(), y.coming().stream().map(v -> v.competition() + " " + v.year()).toList());
      for (int k = 0; k < Math.min(x.coming().size(), y.coming().size()); k++) {
        verdict(d, "sustainabilityEligibility", row + " " + x.coming().get(k).competition(), x.coming().get(k),
            y.coming().get(k), l);
      }
    }
  }

  /**
   * Compares the index what-if.
   *
   * @param d where differences go
   * @param e the oracle's report
   * @param a the report
   */
  public static void check(Diffs.On d, CycleOracle.WhatIf e, IndexWhatIf a) {
    Locale l = a.info().locale();
    d.eq("info", null, "kind", ReportKind.INDEX_WHAT_IF, a.info().kind());
    d.eq("facts", null, "innovationsSubmitted", (long) e.n(), a.submitted());
    d.eq("facts", null, "divisor", (long) e.divisor(), a.divisor());
    d.eq("facts", null, "scoreSum", e.sum().stripTrailingZeros(), a.scoreSum().stripTrailingZeros());
    d.eq("facts", null, "meanScore", e.mean(), a.meanScore());
    d.eq("facts", null, "sid", e.sid(), a.current().sidInnovations());
    d.eq("facts", null, "spd", e.spd(), a.current().spd());
    d.eq("facts", null, "countScore", e.count(), a.current().countScore());
    d.eq("facts", null, "index", e.index(), a.current().index());
    d.eq("facts", null, "rating", e.band(), a.current().rating().code());
    d.eq("facts", null, "bandsYear", e.bandsYear(), a.bandsYear());
    d.eq("whatIfChoices", null, "order", e.choices().stream().map(c -> c.kind() + " " + c.id()).toList(),
        a.choices().stream().map(c -> c.kind() + " " + c.ref().id()).toList());
    for (int i = 0; i < Math.min(e.choices().size(), a.choices().size()); i++) {
      Choice x = e.choices().get(i);
      WhatIfChoice y = a.choices().get(i);
      String row = x.kind() + " " + x.title();
      d.eq("whatIfChoices", row, "rank", x.rank(), y.rank());
      d.eq("whatIfChoices", row, "title", x.title(), y.title());
      d.eq("whatIfChoices", row, "innovationScore", x.score().stripTrailingZeros(), y.score().stripTrailingZeros());
      d.eq("whatIfChoices", row, "indexAfter", x.indexAfter(), y.after().index());
      d.eq("whatIfChoices", row, "change", x.change(), y.change());
      d.eq("whatIfChoices", row, "ratingAfter", x.bandAfter(), y.after().rating().code());
      d.eq("whatIfChoices", row, "innovationsAfter", x.innovationsAfter(), y.after().innovations());
      d.eq("whatIfChoices", row, "possible", x.possible(), y.possible());
      d.eq("whatIfChoices", row, "igaRules", x.iga() != null, y.iga() != null);
      if (x.iga() != null && y.iga() != null) {
        verdict(d, "whatIfChoices", row, x.iga(), y.iga(), l);
      }
    }
  }

  private static void verdict(Diffs.On d, String table, String row, EligibilityVerdict x, CompetitionVerdict y,
      Locale l) {
    d.eq(table, row, "year", x.year(), y.year());
    d.eq(table, row, "deadline", x.deadline(), y.deadline());
    d.eq(table, row, "eligible", x.eligible(), y.eligible());
    d.eq(table, row, "closed", x.closed(), y.closed());
    d.eq(table, row, "closedNote", x.closedNote(l).orElse(null), y.closedNote() == null ? null : y.closedNote().in(l));
    d.eq(table, row, "reasons", CycleOracle.codes(x), y.reasons().stream().map(r -> r.code().name()).toList());
    List<String> sentences = new ArrayList<>();
    for (VerdictReason r : y.reasons()) {
      sentences.add(r.message().in(l) + " | " + r.fix().in(l) + " | " + r.fixBy());
    }
    d.eq(table, row, "sentences", CycleOracle.sentences(x, l), sentences);
    List<Integer> from = new ArrayList<>();
    for (EligibilityReason r : x.reasons()) {
      from.add(r.eligibleFromYear().isPresent() ? r.eligibleFromYear().getAsInt() : null);
    }
    d.eq(table, row, "eligibleFromYear", from, y.reasons().stream().map(VerdictReason::eligibleFromYear).toList());
  }
}
