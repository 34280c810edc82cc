package id.labinov.oracle.readiness;

import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.readiness.ReadinessOracle.Agreement;
import id.labinov.oracle.readiness.ReadinessOracle.Claim;
import id.labinov.oracle.readiness.ReadinessOracle.Expected;
import id.labinov.oracle.readiness.ReadinessOracle.Fix;
import id.labinov.oracle.readiness.ReadinessOracle.Index;
import id.labinov.oracle.readiness.ReadinessOracle.Row;
import id.labinov.reporting.data.AgreementRow;
import id.labinov.reporting.data.CriterionInfo;
import id.labinov.reporting.data.IidReadiness;
import id.labinov.reporting.data.IidReadinessOnePage;
import id.labinov.reporting.data.ReadinessClaim;
import id.labinov.reporting.data.ReadinessFix;
import id.labinov.reporting.data.ReadinessIndex;
import id.labinov.reporting.data.ReadinessInnovation;
import id.labinov.reporting.data.ReportKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Compares the IID readiness report and its one-page version with the oracle, figure by figure. */
public final class ReadinessChecks {
  private ReadinessChecks() {}

  /**
   * Compares the full report.
   *
   * @param d where differences go
   * @param e the oracle's figures
   * @param a the report
   * @param options the options the report was made with
   */
  public static void check(Diffs.On d, Expected e, IidReadiness a, ReadinessOracle.Options options) {
    Locale l = a.info().locale();
    d.eq("info", null, "kind", ReportKind.IID_READINESS, a.info().kind());
    d.eq("facts", null, "year", e.year(), a.year());
    totals(d, e, a.innovationCount(), a.claimCount(), a.claimsVerified(), a);
    d.eq("facts", null, "innovationsMissingMandatory", e.missingMandatory(), a.innovationsMissingMandatory());
    d.eq("facts", null, "fixes", e.fixes().size(), a.fixes().size());
    d.eq("facts", null, "gaps", e.gaps(), a.gaps());
    bands(d, e, a.bandsYear(), a.bandsVerified(), a.spdGiven(), a.spdVerifiedGiven(), a.countScoreGiven(), options);
    index(d, e, a.index());
    d.eq("readinessInnovations", null, "order", e.rows().stream().map(r -> r.id().toString()).toList(),
        a.innovations().stream().map(r -> r.ref().id().toString()).toList());
    for (int i = 0; i < Math.min(e.rows().size(), a.innovations().size()); i++) {
      Row x = e.rows().get(i);
      ReadinessInnovation y = a.innovations().get(i);
      String row = x.title();
      d.eq("readinessInnovations", row, "title", x.title(), y.title());
      d.eq("readinessInnovations", row, "opd", x.opd(), y.opd() == null ? null : y.opd().value());
      d.eq("readinessInnovations", row, "opdName", x.opdName(), y.opdName());
      d.eq("readinessInnovations", row, "claims", x.claims(), y.claims());
      d.eq("readinessInnovations", row, "claimsVerified", x.claimsVerified(), y.claimsVerified());
      d.eq("readinessInnovations", row, "claimedScore", x.claimed(), y.claimedScore());
      d.eq("readinessInnovations", row, "supportedScore", x.supported(), y.supportedScore());
      d.eq("readinessInnovations", row, "verifiedScore", x.verified(), y.verifiedScore());
      d.eq("readinessInnovations", row, "pointsToGain", x.gain(), y.pointsToGain());
      d.eq("readinessInnovations", row, "gaps", x.gaps(), y.gaps());
      d.eq("readinessInnovations", row, "pointsPerGap", x.perGap(), y.pointsPerGap());
      d.eq("readinessInnovations", row, "missingMandatory", x.missing(),
          y.missingMandatory().stream().map(CriterionInfo::code).toList());
    }
    List<Claim> claims = new ArrayList<>();
    e.rows().forEach(r -> claims.addAll(r.claimRows()));
    d.eq("readinessClaims", null, "order", claims.stream().map(c -> c.innovation() + " " + c.indicator()).toList(),
        a.claims().stream().map(c -> c.ref().id() + " " + c.indicator().code()).toList());
    for (int i = 0; i < Math.min(claims.size(), a.claims().size()); i++) {
      Claim x = claims.get(i);
      ReadinessClaim y = a.claims().get(i);
      String row = x.title() + " " + x.indicator();
      d.eq("readinessClaims", row, "weight", x.weight(), y.indicator().weight());
      d.eq("readinessClaims", row, "claimedLevel", x.claimed(), y.claimedLevel());
      d.eq("readinessClaims", row, "supportedLevel", x.supported(), y.supportedLevel());
      d.eq("readinessClaims", row, "verifiedLevel", x.verified(), y.verifiedLevel());
      d.eq("readinessClaims", row, "claimedPoints", x.claimedPoints(), y.claimedPoints());
      d.eq("readinessClaims", row, "supportedPoints", x.supportedPoints(), y.supportedPoints());
      d.eq("readinessClaims", row, "verifiedPoints", x.verified() == null ? java.math.BigDecimal.ZERO
          : x.weight().multiply(java.math.BigDecimal.valueOf(x.verified())), y.verifiedPoints());
      d.eq("readinessClaims", row, "gaps", x.gaps(), y.gaps());
      d.eq("readinessClaims", row, "sentence", x.sentence(), y.sentence().in(l));
      d.eq("readinessClaims", row, "gapReasons", x.reasons(), y.gapReasons().stream().map(t -> t.in(l)).toList());
    }
    fixes(d, e.fixes(), a.fixes());
    d.eq("readinessAgreement", null, "indicators", e.agreement().stream().map(Agreement::indicator).toList(),
        a.agreement().stream().map(AgreementRow::indicator).toList());
    for (int i = 0; i < Math.min(e.agreement().size(), a.agreement().size()); i++) {
      agreement(d, e.agreement().get(i), a.agreement().get(i));
    }
    agreement(d, e.overall(), a.overall());
  }

  /**
   * Compares the one-page version.
   *
   * @param d where differences go
   * @param e the oracle's figures
   * @param a the one-page report
   * @param options the options the report was made with
   */
  public static void check(Diffs.On d, Expected e, IidReadinessOnePage a, ReadinessOracle.Options options) {
    d.eq("info", null, "kind", ReportKind.IID_READINESS_ONE_PAGE, a.info().kind());
    d.eq("facts", null, "year", e.year(), a.year());
    d.eq("facts", null, "innovationsWithClaims", (long) e.rows().size(), a.innovations());
    d.eq("facts", null, "claims", e.claims(), a.claims());
    d.eq("facts", null, "claimsVerified", e.claimsVerified(), a.claimsVerified());
    d.eq("facts", null, "claimedTotal", e.claimedTotal(), a.claimedTotal());
    d.eq("facts", null, "supportedTotal", e.supportedTotal(), a.supportedTotal());
    d.eq("facts", null, "verifiedTotal", e.verifiedTotal(), a.verifiedTotal());
    d.eq("facts", null, "pointsToGain", e.gain(), a.pointsToGain());
    d.eq("facts", null, "gaps", e.gaps(), a.gaps());
    d.eq("facts", null, "fixes", (long) e.fixes().size(), a.fixes());
    d.eq("facts", null, "innovationsMissingMandatory", e.missingMandatory(), a.innovationsMissingMandatory());
    bands(d, e, a.bandsYear(), a.bandsVerified(), a.spdGiven(), a.spdVerifiedGiven(), a.countScoreGiven(), options);
    index(d, e, a.index());
    fixes(d, e.fixes().subList(0, Math.min(IidReadinessOnePage.TOP, e.fixes().size())), a.top());
    agreement(d, e.overall(), a.overall());
  }

  private static void totals(Diffs.On d, Expected e, long innovations, long claims, long verified, IidReadiness a) {
    d.eq("facts", null, "innovationsWithClaims", (long) e.rows().size(), innovations);
    d.eq("facts", null, "claims", e.claims(), claims);
    d.eq("facts", null, "claimsVerified", e.claimsVerified(), verified);
    d.eq("facts", null, "claimedTotal", e.claimedTotal(), a.claimedTotal());
    d.eq("facts", null, "supportedTotal", e.supportedTotal(), a.supportedTotal());
    d.eq("facts", null, "verifiedTotal", e.verifiedTotal(), a.verifiedTotal());
    d.eq("facts", null, "pointsToGain", e.gain(), a.pointsToGain());
  }

  private static void bands(Diffs.On d, Expected e, int year, boolean verified, boolean spd, boolean spdVerified,
      boolean count, ReadinessOracle.Options o) {
    d.eq("facts", null, "bandsYear", e.bandsYear(), year);
    d.eq("facts", null, "bandsVerified", e.bandsVerified(), verified);
    d.eq("facts", null, "spdGiven", o.spd() != null, spd);
    d.eq("facts", null, "spdVerifiedGiven", o.spdVerified() != null, spdVerified);
    d.eq("facts", null, "countScoreGiven", o.countScore() != null, count);
  }

  private static void index(Diffs.On d, Expected e, List<ReadinessIndex> actual) {
    d.eq("readinessIndex", null, "rows", 3, actual.size());
    for (int i = 0; i < Math.min(3, actual.size()); i++) {
      Index x = e.index().get(i);
      ReadinessIndex y = actual.get(i);
      d.eq("readinessIndex", x.basis(), "basis", x.basis(), y.basis().code());
      d.eq("readinessIndex", x.basis(), "innovationSum", x.sum(), y.innovationSum());
      d.eq("readinessIndex", x.basis(), "sid", x.sid(), y.sid());
      d.eq("readinessIndex", x.basis(), "spd", x.spd(), y.spd());
      d.eq("readinessIndex", x.basis(), "countScore", x.count(), y.countScore());
      d.eq("readinessIndex", x.basis(), "index", x.index(), y.index());
      d.eq("readinessIndex", x.basis(), "rating", x.band(), y.rating().code());
    }
  }

  private static void fixes(Diffs.On d, List<Fix> expected, List<ReadinessFix> actual) {
    d.eq("readinessFixes", null, "order", expected.stream().map(f -> f.id() + " " + f.indicator()).toList(),
        actual.stream().map(f -> f.ref().id() + " " + f.indicator().code()).toList());
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      Fix x = expected.get(i);
      ReadinessFix y = actual.get(i);
      String row = x.title() + " " + x.indicator();
      d.eq("readinessFixes", row, "rank", x.rank(), y.rank());
      d.eq("readinessFixes", row, "title", x.title(), y.title());
      d.eq("readinessFixes", row, "claimedLevel", x.claimed(), y.claimedLevel());
      d.eq("readinessFixes", row, "supportedLevel", x.supported(), y.supportedLevel());
      d.eq("readinessFixes", row, "pointsToGain", x.gain(), y.pointsToGain());
      d.eq("readinessFixes", row, "gaps", x.gaps(), y.gaps());
      d.eq("readinessFixes", row, "pointsPerGap", x.perGap(), y.pointsPerGap());
    }
  }

  private static void agreement(Diffs.On d, Agreement x, AgreementRow y) {
    String row = x.indicator();
    d.eq("readinessAgreement", row, "indicator", x.indicator(), y.indicator());
    d.eq("readinessAgreement", row, "compared", x.compared(), y.compared());
    d.eq("readinessAgreement", row, "agreed", x.agreed(), y.agreed());
    d.eq("readinessAgreement", row, "predictedHigher", x.higher(), y.predictedHigher());
    d.eq("readinessAgreement", row, "predictedLower", x.lower(), y.predictedLower());
    d.eq("readinessAgreement", row, "unpredicted", x.unpredicted(), y.unpredicted());
    d.eq("readinessAgreement", row, "agreementPercent", x.percent(), y.percent());
  }
}
