package id.labinov.reporting;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.cycle.SubmissionCandidate;
import id.labinov.core.cycle.SubmissionChoice;
import id.labinov.core.cycle.SubmissionWhatIf;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.reporting.data.CompetitionVerdict;
import id.labinov.reporting.data.IidReadiness;
import id.labinov.reporting.data.IndexWhatIf;
import id.labinov.reporting.data.ReadinessBasis;
import id.labinov.reporting.data.ReadinessInnovation;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.WhatIfChoice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the index what-if: the innovations' scores from the IID readiness computation (the same
 * pre-flight, verification decisions and sums), the single choices from core's
 * {@link SubmissionWhatIf}, each innovation's IGA eligibility for the year from core's cycle service.
 */
final class WhatIfComputer {
  private final Context ctx;
  private final Actor reader;

  WhatIfComputer(Context ctx, Actor reader) {
    this.ctx = ctx;
    this.reader = reader;
  }

  /** A candidate as the report knows it. */
  private record Candidate(InnovationRef ref, String title, OpdCode opd, String opdName, BigDecimal score) {}

  IndexWhatIf compute(RegionCode region, int year, WhatIfOptions options) {
    var info = ctx.info(ReportKind.INDEX_WHAT_IF, region.defaultTimeZone(), Scope.region(region));
    java.time.LocalDate day = info.asOf();
    IidReadiness readiness = new ReadinessComputer(ctx, reader).compute(region, year, options.scores());
    Map<InnovationId, Candidate> candidates = new LinkedHashMap<>();
    for (ReadinessInnovation i : readiness.innovations()) {
      candidates.put(i.ref().id(), new Candidate(i.ref(), i.title(), i.opd(), i.opdName(), score(i, options.basis())));
    }
    Set<InnovationId> claimed = Set.copyOf(candidates.keySet());
    if (options.includeUnclaimed()) {
      Optional<InnovationFilter> displayed = Filters.withStages(InnovationFilter.all(), ctx.displayedStages)
          .flatMap(f -> Filters.withStatuses(f, Set.of(InnovationStatus.ACTIVE, InnovationStatus.ON_HOLD)));
      displayed.ifPresent(f -> Pages.forEachSummary(ctx, Scope.region(region), f, (InnovationSummary s) ->
          candidates.putIfAbsent(s.ref().id(), new Candidate(s.ref(), s.title(), s.opd(), ctx.opdName(s.opd()),
              BigDecimal.ZERO))));
    }
    Set<InnovationId> submitted = options.findSubmitted().orElse(claimed);
    for (InnovationId id : submitted) {
      if (!candidates.containsKey(id)) {
        throw new ReportException("NOT_A_CANDIDATE", "error.whatIf.notCandidate", id.toString(), year);
      }
    }
    List<SubmissionCandidate> list = new ArrayList<>();
    for (Candidate c : candidates.values()) {
      list.add(new SubmissionCandidate(c.ref().id(), c.title() == null ? c.ref().id().toString() : c.title(), c.score(),
          submitted.contains(c.ref().id())));
    }
    ReadinessOptions scores = options.scores();
    RatingBands bands = scores.bandsFor(year);
    BigDecimal spd = scores.findSpd().orElse(BigDecimal.ZERO);
    if (options.basis() == ReadinessBasis.VERIFIED) {
      spd = scores.findSpdVerified().orElse(spd);
    }
    BigDecimal count = scores.findCountScore().orElse(BigDecimal.ZERO);
    SubmissionWhatIf analysis = SubmissionWhatIf.analyse(year, list, readiness.schemeMaximum(), spd, count, bands);
    boolean rules = ctx.lab.cycle().rules().find(Competition.IGA, year).isPresent();
    Map<InnovationId, CompetitionVerdict> iga = new HashMap<>();
    if (rules) {
      // the region's verdicts at once; an innovation that list leaves out (not implemented, not displayed,
      // never entered) is asked alone below
      for (EligibilityVerdict v : CycleReads.read(() -> ctx.lab.cycle().eligibility(reader, region, Competition.IGA,
          year))) {
        iga.put(v.ref().id(), CycleReads.verdict(v, day));
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (SubmissionCandidate c : list) {
      sum = c.submitted() ? sum.add(c.score()) : sum;
    }
    List<WhatIfChoice> choices = new ArrayList<>();
    for (SubmissionChoice choice : analysis.choices()) {
      Candidate c = candidates.get(choice.innovation());
      CompetitionVerdict verdict = !rules || c.title() == null ? null : iga.computeIfAbsent(c.ref().id(),
          k -> CycleReads.verdict(ctx.lab.cycle().eligibility(reader, c.ref(), Competition.IGA, year), day));
      boolean possible = choice.kind() != SubmissionChoice.Kind.ADD || verdict == null || verdict.eligible();
      choices.add(new WhatIfChoice(choices.size() + 1, choice.kind(), c.ref(), c.title(), c.opd(), c.opdName(),
          c.score(), choice.after(), choice.change(), verdict, possible));
    }
    return new IndexWhatIf(info, year, options.basis(), readiness.schemeMaximum(), bands.year(), bands.verified(),
        scores.spd() != null, scores.spdVerified() != null, scores.countScore() != null,
        options.findSubmitted().isPresent(), options.includeUnclaimed(), sum, analysis.current(), choices);
  }

  private static BigDecimal score(ReadinessInnovation i, ReadinessBasis basis) {
    return switch (basis) {
      case CLAIMED -> i.claimedScore();
      case SUPPORTED -> i.supportedScore();
      case VERIFIED -> i.verifiedScore();
    };
  }
}
