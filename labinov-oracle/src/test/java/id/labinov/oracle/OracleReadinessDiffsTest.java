package id.labinov.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.readiness.ReadinessChecks;
import id.labinov.oracle.readiness.ReadinessOracle;
import id.labinov.oracle.readiness.RegisterPlay;
import id.labinov.reporting.ReadinessOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.IidReadiness;
import id.labinov.reporting.data.ReadinessFix;
import id.labinov.reporting.data.ReadinessIndex;
import id.labinov.reporting.data.ReadinessInnovation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The readiness oracle catches a wrong figure: a generated register whose report agrees with the oracle,
 * then the report with one figure planted wrong (a score, the order of two fixes, the index) is caught and
 * the figure named.
 */
class OracleReadinessDiffsTest {
  static IidReadiness report;
  static ReadinessOracle.Expected expected;
  static final ReadinessOracle.Options OPTIONS = new ReadinessOracle.Options(new BigDecimal("40"), null,
      new BigDecimal("30"), null);

  @BeforeAll
  static void play() {
    // the first seed from 1 whose register has an innovation and two fixes of different points per gap
    for (long seed = 1; ; seed++) {
      RegisterPlay.Played p = RegisterPlay.play(seed, null);
      ReadinessOracle.Expected e = ReadinessOracle.expect(p.inputs(), OPTIONS, Messages.INDONESIAN);
      if (e.fixes().size() >= 2 && e.fixes().get(0).perGap().compareTo(e.fixes().get(1).perGap()) > 0) {
        expected = e;
        report = Reports.builder().labinov(p.lab()).actor(RegisterPlay.READER).directory(RegisterPlay.DIRECTORY)
            .generatedAt(RegisterPlay.AT).build().iidReadiness(RegisterPlay.LEBAK, p.inputs().year(),
                ReadinessOptions.none().withSpd(OPTIONS.spd()).withCountScore(OPTIONS.countScore()));
        return;
      }
    }
  }

  private static Diffs diffs(IidReadiness r) {
    Diffs d = new Diffs();
    ReadinessChecks.check(d.on("iid-readiness", "planted"), expected, r, OPTIONS);
    return d;
  }

  private static IidReadiness with(List<ReadinessInnovation> innovations, List<ReadinessFix> fixes,
      List<ReadinessIndex> index) {
    IidReadiness r = report;
    return new IidReadiness(r.info(), r.year(), r.schemeId(), r.schemeVersion(), r.schemeMaximum(), r.bandsYear(),
        r.bandsVerified(), r.spdGiven(), r.spdVerifiedGiven(), r.countScoreGiven(), innovations, r.claims(), fixes,
        index, r.agreement(), r.overall());
  }

  @Test
  void theReportAsMadeAgrees() {
    Diffs d = new Diffs();
    ReadinessChecks.check(d.on("iid-readiness", "as made"), expected, report, OPTIONS);
    assertThat(d.lines()).isEmpty();
    assertThat(d.compared()).isGreaterThan(50);
  }

  @Test
  void aWrongScoreIsNamed() {
    List<ReadinessInnovation> rows = new ArrayList<>(report.innovations());
    ReadinessInnovation x = rows.get(0);
    rows.set(0, new ReadinessInnovation(x.ref(), x.title(), x.opd(), x.opdName(), x.claims(), x.claimsVerified(),
        x.claimedScore().add(BigDecimal.ONE), x.supportedScore(), x.verifiedScore(), x.pointsToGain(), x.gaps(),
        x.pointsPerGap(), x.missingMandatory()));
    assertThat(diffs(with(rows, report.fixes(), report.index())).byFigure()).containsKey(
        "iid-readiness readinessInnovations.claimedScore");
  }

  @Test
  void twoFixesSwappedAreNamed() {
    List<ReadinessFix> fixes = new ArrayList<>(report.fixes());
    Collections.swap(fixes, 0, 1);
    assertThat(diffs(with(report.innovations(), fixes, report.index())).byFigure())
        .containsKeys("iid-readiness readinessFixes.order", "iid-readiness readinessFixes.pointsPerGap");
  }

  @Test
  void aWrongIndexIsNamed() {
    List<ReadinessIndex> index = new ArrayList<>(report.index());
    ReadinessIndex x = index.get(1);
    index.set(1, new ReadinessIndex(x.basis(), x.innovationSum(), x.sid(), x.spd(), x.countScore(),
        x.index().add(new BigDecimal("0.01")), x.rating()));
    assertThat(diffs(with(report.innovations(), report.fixes(), index)).byFigure())
        .containsKey("iid-readiness readinessIndex.index");
  }
}
