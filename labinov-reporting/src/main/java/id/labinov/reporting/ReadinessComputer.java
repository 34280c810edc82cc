package id.labinov.reporting;

import id.labinov.core.IidService;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndex;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.ClaimResult;
import id.labinov.core.iid.Gap;
import id.labinov.core.iid.MissingIndicator;
import id.labinov.core.iid.Preflight;
import id.labinov.core.iid.PreflightReport;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.iid.VerificationAgreement;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.rules.LocalizedText;
import id.labinov.reporting.data.AgreementRow;
import id.labinov.reporting.data.CriterionInfo;
import id.labinov.reporting.data.IidReadiness;
import id.labinov.reporting.data.IidReadinessOnePage;
import id.labinov.reporting.data.ReadinessBasis;
import id.labinov.reporting.data.ReadinessClaim;
import id.labinov.reporting.data.ReadinessFix;
import id.labinov.reporting.data.ReadinessIndex;
import id.labinov.reporting.data.ReadinessInnovation;
import id.labinov.reporting.data.ReportKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Computes the IID readiness of a region and year through core's {@link IidService} with the reader:
 * the region's claims, the pre-flight of each innovation with claims, the latest verification
 * decisions; titles and OPDs through the query port, names through the directory. Memory grows with
 * the claims of the year (a region has at most a few hundred innovations with claims).
 */
final class ReadinessComputer {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Locale ENGLISH = Locale.ENGLISH;
  private static final Locale INDONESIAN = id.labinov.core.i18n.Messages.INDONESIAN;

  private final Context ctx;
  private final Actor reader;

  ReadinessComputer(Context ctx, Actor reader) {
    this.ctx = ctx;
    this.reader = reader;
  }

  IidReadiness compute(RegionCode region, int year, ReadinessOptions options) {
    IidService iid = ctx.lab.iid();
    Preflight preflight = Preflight.iidInnovationIndicators();
    EvaluationScheme scheme = preflight.scheme();
    List<RegisteredClaim> registered = read(() -> iid.claims(reader, region, year));
    List<RecordedVerification> latest = read(() -> iid.verifications(reader, region, year));
    Map<ClaimKey, Integer> verified = new HashMap<>();
    latest.forEach(v -> verified.put(v.key(), v.verification().verifiedLevel()));
    Set<InnovationId> ids = new LinkedHashSet<>();
    registered.forEach(c -> c.claim().innovation().ifPresent(ids::add));
    Map<InnovationId, InnovationSummary> summaries = new HashMap<>();
    if (!ids.isEmpty()) {
      Pages.forEachSummary(ctx, Scope.region(region), InnovationFilter.all(), s -> {
        if (ids.contains(s.ref().id())) {
          summaries.put(s.ref().id(), s);
        }
      });
    }
    Map<String, Integer> order = new HashMap<>();
    for (Criterion c : scheme.criteria()) {
      order.put(c.code(), order.size());
    }
    List<Innovation> innovations = new ArrayList<>();
    for (InnovationId id : ids) {
      PreflightReport report = read(() -> iid.preflight(reader, region, year, id));
      InnovationSummary s = summaries.get(id);
      String title = s == null ? null : s.title();
      List<ReadinessClaim> claims = new ArrayList<>();
      for (ClaimResult r : report.results()) {
        List<LocalizedText> reasons = new ArrayList<>();
        for (Gap g : r.gaps()) {
          reasons.add(LocalizedText.of(g.message(INDONESIAN), g.message(ENGLISH)));
        }
        claims.add(new ReadinessClaim(new id.labinov.core.engine.InnovationRef(region, id), title,
            info(r.criterion()), r.claimedLevel(), r.supportedLevel(), verified.get(ClaimKey.of(r.claim())),
            r.gaps().size(), LocalizedText.of(r.sentence(INDONESIAN), r.sentence(ENGLISH)), reasons));
      }
      claims.sort(Comparator.comparing(c -> order.getOrDefault(c.indicator().code(), Integer.MAX_VALUE)));
      List<CriterionInfo> missing = new ArrayList<>();
      for (MissingIndicator m : report.missingMandatory()) {
        missing.add(info(m.criterion()));
      }
      missing.sort(Comparator.comparing(c -> order.getOrDefault(c.code(), Integer.MAX_VALUE)));
      innovations.add(innovation(new id.labinov.core.engine.InnovationRef(region, id), s, claims, missing));
    }
    innovations.sort(Comparator.comparing((Innovation i) -> i.row.gaps() == 0)
        .thenComparing((a, b) -> ratio(b.row.pointsToGain(), b.row.gaps(), a.row.pointsToGain(), a.row.gaps()))
        .thenComparing((Innovation i) -> i.row.pointsToGain(), Comparator.reverseOrder())
        .thenComparing(i -> i.row.title(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> i.row.ref().id().toString()));
    List<ReadinessInnovation> rows = new ArrayList<>();
    List<ReadinessClaim> claims = new ArrayList<>();
    for (Innovation i : innovations) {
      rows.add(i.row);
      claims.addAll(i.claims);
    }
    List<ReadinessFix> fixes = fixes(innovations);
    RatingBands bands = options.bandsFor(year);
    BigDecimal spd = options.findSpd().orElse(BigDecimal.ZERO);
    BigDecimal spdVerified = options.findSpdVerified().orElse(spd);
    BigDecimal count = options.findCountScore().orElse(BigDecimal.ZERO);
    BigDecimal maximum = RegionalIndex.SPD_MAX.add(scheme.scale().max()).add(RegionalIndex.COUNT_MAX);
    List<ReadinessIndex> index = new ArrayList<>();
    index.add(index(ReadinessBasis.CLAIMED, rows, ReadinessInnovation::claimedScore, spd, count, maximum, bands));
    index.add(index(ReadinessBasis.SUPPORTED, rows, ReadinessInnovation::supportedScore, spd, count, maximum, bands));
    index.add(index(ReadinessBasis.VERIFIED, rows, ReadinessInnovation::verifiedScore, spdVerified, count, maximum,
        bands));
    VerificationAgreement agreement = VerificationAgreement.of(latest);
    List<AgreementRow> perIndicator = new ArrayList<>();
    for (VerificationAgreement.IndicatorAgreement a : agreement.indicators()) {
      perIndicator.add(row(a, scheme.findCriterion(a.indicator()).map(Criterion::label).orElse(null)));
    }
    return new IidReadiness(ctx.info(ReportKind.IID_READINESS, region.defaultTimeZone(), Scope.region(region)), year,
        scheme.id(), scheme.version(), scheme.scale().max(), bands.year(), bands.verified(),
        options.spd() != null, options.spdVerified() != null, options.countScore() != null, rows, claims, fixes,
        index, perIndicator, row(agreement.overall(), null));
  }

  /** The one-page version: the figures of the full report, the first fixes. */
  IidReadinessOnePage onePage(IidReadiness r) {
    return new IidReadinessOnePage(ctx.info(ReportKind.IID_READINESS_ONE_PAGE, r.info().timeZone(), r.info().scope()),
        r.year(), r.bandsYear(), r.bandsVerified(), r.spdGiven(), r.spdVerifiedGiven(), r.countScoreGiven(),
        r.innovationCount(), r.claimCount(), r.claimsVerified(), r.claimedTotal(), r.supportedTotal(),
        r.verifiedTotal(), r.pointsToGain(), r.gaps(), r.index(), r.fixes().size(),
        r.fixes().subList(0, Math.min(IidReadinessOnePage.TOP, r.fixes().size())), r.innovationsMissingMandatory(),
        r.overall());
  }

  /** An innovation's row with its claims. */
  private record Innovation(ReadinessInnovation row, List<ReadinessClaim> claims) {}

  private Innovation innovation(id.labinov.core.engine.InnovationRef ref, InnovationSummary s,
      List<ReadinessClaim> claims, List<CriterionInfo> missing) {
    BigDecimal claimed = BigDecimal.ZERO;
    BigDecimal supported = BigDecimal.ZERO;
    BigDecimal verifiedScore = BigDecimal.ZERO;
    int verified = 0;
    int gaps = 0;
    for (ReadinessClaim c : claims) {
      claimed = claimed.add(c.claimedPoints());
      supported = supported.add(c.supportedPoints());
      verifiedScore = verifiedScore.add(c.verifiedPoints());
      verified += c.verified() ? 1 : 0;
      gaps += c.gaps();
    }
    BigDecimal gain = claimed.subtract(supported);
    ReadinessInnovation row = new ReadinessInnovation(ref, s == null ? null : s.title(), s == null ? null : s.opd(),
        s == null ? null : ctx.opdName(s.opd()), claims.size(), verified, claimed, supported, verifiedScore, gain, gaps,
        gaps == 0 ? null : perGap(gain, gaps), missing);
    return new Innovation(row, claims);
  }

  /** Every claim with gaps, cheapest gains first. */
  private List<ReadinessFix> fixes(List<Innovation> innovations) {
    List<ReadinessFix> list = new ArrayList<>();
    for (Innovation i : innovations) {
      for (ReadinessClaim c : i.claims) {
        if (c.gaps() > 0) {
          list.add(new ReadinessFix(1, c.ref(), i.row.title(), i.row.opd(), i.row.opdName(), c.indicator(),
              c.claimedLevel(), c.supportedLevel(), c.pointsToGain(), c.gaps(), perGap(c.pointsToGain(), c.gaps())));
        }
      }
    }
    list.sort(((Comparator<ReadinessFix>) (a, b) -> ratio(b.pointsToGain(), b.gaps(), a.pointsToGain(), a.gaps()))
        .thenComparing(ReadinessFix::pointsToGain, Comparator.reverseOrder())
        .thenComparing(ReadinessFix::title, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(f -> f.indicator().code()).thenComparing(f -> f.ref().id().toString()));
    List<ReadinessFix> ranked = new ArrayList<>(list.size());
    for (int n = 0; n < list.size(); n++) {
      ReadinessFix f = list.get(n);
      ranked.add(new ReadinessFix(n + 1, f.ref(), f.title(), f.opd(), f.opdName(), f.indicator(), f.claimedLevel(),
          f.supportedLevel(), f.pointsToGain(), f.gaps(), f.pointsPerGap()));
    }
    return ranked;
  }

  /** Compares the exact ratios a / x and b / y (x, y at least 1). */
  private static int ratio(BigDecimal a, int x, BigDecimal b, int y) {
    if (x == 0 || y == 0) {
      return Integer.compare(x == 0 ? 0 : 1, y == 0 ? 0 : 1);
    }
    return a.multiply(BigDecimal.valueOf(y)).compareTo(b.multiply(BigDecimal.valueOf(x)));
  }

  private static BigDecimal perGap(BigDecimal gain, int gaps) {
    return gain.divide(BigDecimal.valueOf(gaps), 2, RoundingMode.HALF_UP);
  }

  private static ReadinessIndex index(ReadinessBasis basis, List<ReadinessInnovation> rows,
      java.util.function.Function<ReadinessInnovation, BigDecimal> score, BigDecimal spd, BigDecimal count,
      BigDecimal maximum, RatingBands bands) {
    BigDecimal sum = rows.stream().map(score).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal divisor = BigDecimal.valueOf(Math.max(RegionalIndex.MIN_DIVISOR, rows.size()));
    // as RegionalIndex: (spd + sum/d + count) / maximum * 100 = ((spd + count) * d + sum) * 100 / (maximum * d)
    BigDecimal index = spd.add(count).multiply(divisor).add(sum).multiply(HUNDRED)
        .divide(maximum.multiply(divisor), RegionalIndex.INDEX_SCALE, RoundingMode.HALF_UP);
    BigDecimal sid = sum.divide(divisor, RegionalIndex.INDEX_SCALE, RoundingMode.HALF_UP);
    return new ReadinessIndex(basis, sum, sid, spd, count, index, bands.rate(index));
  }

  private static AgreementRow row(VerificationAgreement.IndicatorAgreement a, LocalizedText label) {
    return new AgreementRow(a.indicator(), label, a.compared(), a.agreed(), a.predictedHigher(), a.predictedLower(),
        a.unpredicted(), a.percent().orElse(null));
  }

  private static CriterionInfo info(Criterion c) {
    return new CriterionInfo(c.code(), c.label(), c.weight());
  }

  /**
   * Reads through the IID service, turning its missing-store error into the report's: a lab without an
   * evidence register or a verification store cannot give this report.
   */
  private static <T> T read(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidValueException e) {
      if ("MISSING_SETTING".equals(e.code()) && "evidenceRegisterStore".equals(e.field())) {
        throw new ReportException("NO_EVIDENCE_REGISTER", "error.evidenceRegister");
      }
      if ("MISSING_SETTING".equals(e.code()) && "claimVerificationStore".equals(e.field())) {
        throw new ReportException("NO_VERIFICATION_STORE", "error.verificationStore");
      }
      throw e;
    }
  }
}
