package id.labinov.reporting;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.cycle.LegalBasis;
import id.labinov.core.cycle.LegalBasisState;
import id.labinov.core.rules.SustainabilitySettings;
import id.labinov.core.cycle.SustainabilityStatus;
import id.labinov.core.cycle.WatchAssessment;
import id.labinov.core.cycle.WatchState;
import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.reporting.data.CompetitionVerdict;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.SustainabilityReport;
import id.labinov.reporting.data.SustainabilityRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the sustainability report from core's sustainability watch on the report day
 * ({@code CycleService.sustainability(actor, region, day)}), read with the reader; settings from each
 * innovation's rulebook, names through the directory. Memory grows with the region's displayed innovations.
 */
final class SustainabilityComputer {
  private final Context ctx;
  private final Actor reader;

  SustainabilityComputer(Context ctx, Actor reader) {
    this.ctx = ctx;
    this.reader = reader;
  }

  SustainabilityReport compute(RegionCode region, SustainabilityOptions options) {
    var info = ctx.info(ReportKind.SUSTAINABILITY, region.defaultTimeZone(), Scope.region(region));
    LocalDate day = info.asOf();
    List<SustainabilityStatus> statuses = CycleReads.read(() -> ctx.lab.cycle().sustainability(reader, region, day));
    Optional<Integer> igaYear = CycleReads.comingYear(ctx.lab.cycle().rules(), Competition.IGA, day);
    List<SustainabilityRow> all = new ArrayList<>();
    Set<SustainabilitySettings> settings = new LinkedHashSet<>();
    long watched = 0;
    long atRisk = 0;
    long lapsed = 0;
    long noBasis = 0;
    long eligibleIga = 0;
    for (SustainabilityStatus s : statuses) {
      SustainabilityRow row = row(s, day);
      all.add(row);
      watched += row.watchState() == WatchState.WATCHED ? 1 : 0;
      atRisk += row.watchState() == WatchState.AT_RISK ? 1 : 0;
      lapsed += row.watchState() == WatchState.LAPSED ? 1 : 0;
      noBasis += row.legalBasis() != LegalBasisState.VALID ? 1 : 0;
      CompetitionVerdict iga = row.verdict(Competition.IGA);
      eligibleIga += iga != null && igaYear.isPresent() && iga.year() == igaYear.get() && iga.eligible() ? 1 : 0;
    }
    all.sort(Comparator.comparingInt(SustainabilityRow::attention).thenComparing(SustainabilityRow::title)
        .thenComparing(r -> r.ref().id().toString()));
    List<SustainabilityRow> rows = new ArrayList<>();
    for (SustainabilityRow r : all) {
      settings.add(r.settings());
      if (!options.onlyFlagged() || r.flagged()) {
        rows.add(r);
      }
    }
    if (settings.isEmpty()) {
      settings.add(SustainabilitySettings.DEFAULT);
    }
    return new SustainabilityReport(info, options.onlyFlagged(), List.copyOf(settings), all.size(), watched, atRisk,
        lapsed, noBasis, igaYear.orElse(null), igaYear.isPresent() ? eligibleIga : null, rows);
  }

  private SustainabilityRow row(SustainabilityStatus s, LocalDate day) {
    WatchAssessment w = s.watch();
    LegalBasis b = s.legalBasis();
    SustainabilitySettings settings = ctx.lab.innovations().rulebookOf(s.ref()).sustainability();
    OpdCode opd = s.opd().orElse(null);
    Optional<InnovationVersion> v = s.latestVersion();
    List<CompetitionVerdict> coming = new ArrayList<>();
    for (EligibilityVerdict e : s.coming()) {
      coming.add(CycleReads.verdict(e, day));
    }
    coming.sort(Comparator.comparing(CompetitionVerdict::competition));
    return new SustainabilityRow(s.ref(), s.title(), opd, ctx.opdName(opd), ctx.personName(s.owner()), settings,
        w.state(), w.watchedSince(), w.lastEntry().orElse(null), w.entryDays(), w.nextDue(), w.overdueDays(),
        b.state(), b.kind().orElse(null), b.number().orElse(null), b.validUntil().orElse(null),
        v.map(InnovationVersion::year).orElse(null), v.map(x -> (int) x.number()).orElse(null),
        v.map(InnovationVersion::changes).orElse(Set.of()), coming);
  }
}
