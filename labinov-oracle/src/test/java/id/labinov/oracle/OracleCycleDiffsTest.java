package id.labinov.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.cycle.LegalBasisState;
import id.labinov.core.cycle.WatchState;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.i18n.Messages;
import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.cycle.CycleChecks;
import id.labinov.oracle.cycle.CycleOracle;
import id.labinov.oracle.cycle.CyclePlay;
import id.labinov.oracle.readiness.ReadinessOracle;
import id.labinov.reporting.ReadinessOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.SustainabilityOptions;
import id.labinov.reporting.WhatIfOptions;
import id.labinov.reporting.data.IndexWhatIf;
import id.labinov.reporting.data.SustainabilityReport;
import id.labinov.reporting.data.SustainabilityRow;
import id.labinov.reporting.data.WhatIfChoice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The yearly-cycle oracle catches a wrong figure: a generated year whose reports agree with the oracle,
 * then the reports with one figure planted wrong (days overdue, a watch state, a legal basis, the order of
 * two innovations, the index after a choice, whether a choice is possible, the index now) are caught and
 * the figure named.
 */
class OracleCycleDiffsTest {
  static SustainabilityReport sustainability;
  static CycleOracle.Sustainability expectedSustainability;
  static IndexWhatIf whatIf;
  static CycleOracle.WhatIf expectedWhatIf;
  static final ReadinessOracle.Options SCORES = new ReadinessOracle.Options(new BigDecimal("40"), null,
      new BigDecimal("30"), null);

  @BeforeAll
  static void play() {
    CycleOracle.WhatIfOptions o = new CycleOracle.WhatIfOptions("supported", SCORES, null, true);
    // the first seed from 1 with two innovations under watch of different states, one lapsed, and a what-if
    // with an add that is not possible and two choices of different change
    for (long seed = 1; ; seed++) {
      CyclePlay.Played p = CyclePlay.play(seed, null);
      CycleOracle.Sustainability s = CycleOracle.sustainability(p.inputs(), false, Messages.INDONESIAN);
      CycleOracle.WhatIf w = CycleOracle.whatIf(p.inputs(), o, Messages.INDONESIAN);
      if (s.rows().size() >= 2 && s.lapsed() > 0 && s.rows().get(0).attention() != s.rows().get(1).attention()
          && w.choices().stream().anyMatch(c -> !c.possible()) && w.choices().size() >= 2
          && w.choices().get(0).change().compareTo(w.choices().get(1).change()) > 0) {
        Reports reports = Reports.builder().labinov(p.lab()).actor(CyclePlay.READER).directory(CyclePlay.DIRECTORY)
            .generatedAt(CyclePlay.AT).build();
        expectedSustainability = s;
        sustainability = reports.sustainability(CyclePlay.LEBAK, SustainabilityOptions.all());
        expectedWhatIf = w;
        whatIf = reports.submissionWhatIf(CyclePlay.LEBAK, p.inputs().register().year(), WhatIfOptions.supported()
            .withScores(ReadinessOptions.none().withSpd(SCORES.spd()).withCountScore(SCORES.countScore()))
            .withUnclaimed(true));
        return;
      }
    }
  }

  private static Map<String, Integer> diffs(SustainabilityReport r) {
    Diffs d = new Diffs();
    CycleChecks.check(d.on("sustainability", "planted"), expectedSustainability, r);
    return d.byFigure();
  }

  private static Map<String, Integer> diffs(IndexWhatIf r) {
    Diffs d = new Diffs();
    CycleChecks.check(d.on("index-what-if", "planted"), expectedWhatIf, r);
    return d.byFigure();
  }

  private static SustainabilityReport withRows(List<SustainabilityRow> rows) {
    SustainabilityReport r = sustainability;
    return new SustainabilityReport(r.info(), r.flaggedOnly(), r.settings(), r.innovations(), r.watched(), r.atRisk(),
        r.lapsed(), r.withoutValidLegalBasis(), r.igaYear(), r.eligibleIga(), rows);
  }

  private static SustainabilityRow changed(SustainabilityRow x, long overdue, WatchState state, LegalBasisState basis) {
    return new SustainabilityRow(x.ref(), x.title(), x.opd(), x.opdName(), x.ownerName(), x.settings(), state,
        x.watchedSince(), x.lastEntry(), x.entryDays(), x.nextDue(), overdue, basis, x.documentKind(),
        x.documentNumber(), x.validUntil(), x.versionYear(), x.versionNumber(), x.changes(), x.coming());
  }

  private static IndexWhatIf withChoices(RegionalIndexEstimate current, List<WhatIfChoice> choices) {
    IndexWhatIf r = whatIf;
    return new IndexWhatIf(r.info(), r.year(), r.basis(), r.schemeMaximum(), r.bandsYear(), r.bandsVerified(),
        r.spdGiven(), r.spdVerifiedGiven(), r.countScoreGiven(), r.submittedNamed(), r.unclaimedIncluded(),
        r.scoreSum(), current, choices);
  }

  @Test
  void theReportsAsMadeAgree() {
    Diffs d = new Diffs();
    CycleChecks.check(d.on("sustainability", "as made"), expectedSustainability, sustainability);
    CycleChecks.check(d.on("index-what-if", "as made"), expectedWhatIf, whatIf);
    assertThat(d.lines()).isEmpty();
    assertThat(d.compared()).isGreaterThan(60);
  }

  @Test
  void wrongDaysOverdueAStateOrALegalBasisAreNamed() {
    List<SustainabilityRow> rows = new ArrayList<>(sustainability.rows());
    SustainabilityRow x = rows.get(0);
    rows.set(0, changed(x, x.overdueDays() + 1, x.watchState(), x.legalBasis()));
    assertThat(diffs(withRows(rows))).containsOnlyKeys("sustainability sustainabilityInnovations.overdueDays");
    rows.set(0, changed(x, x.overdueDays(), WatchState.WATCHED, x.legalBasis()));
    assertThat(diffs(withRows(rows))).containsKey("sustainability sustainabilityInnovations.watchState");
    rows.set(0, changed(x, x.overdueDays(), x.watchState(),
        x.legalBasis() == LegalBasisState.VALID ? LegalBasisState.MISSING : LegalBasisState.VALID));
    assertThat(diffs(withRows(rows))).containsKey("sustainability sustainabilityInnovations.legalBasis");
  }

  @Test
  void twoInnovationsSwappedAreNamed() {
    List<SustainabilityRow> rows = new ArrayList<>(sustainability.rows());
    Collections.swap(rows, 0, 1);
    assertThat(diffs(withRows(rows))).containsKey("sustainability sustainabilityInnovations.order");
  }

  @Test
  void aWrongIndexAfterAChoiceAPossibleAddOrAWrongIndexNowAreNamed() {
    List<WhatIfChoice> choices = new ArrayList<>(whatIf.choices());
    WhatIfChoice x = choices.get(0);
    RegionalIndexEstimate a = x.after();
    RegionalIndexEstimate wrong = new RegionalIndexEstimate(a.year(), a.innovations(), a.sidInnovations(), a.spd(),
        a.countScore(), a.index().add(new BigDecimal("0.01")), a.rating());
    choices.set(0, new WhatIfChoice(x.rank(), x.kind(), x.ref(), x.title(), x.opd(), x.opdName(), x.score(), wrong,
        x.change(), x.iga(), x.possible()));
    assertThat(diffs(withChoices(whatIf.current(), choices))).containsKey("index-what-if whatIfChoices.indexAfter");
    choices = new ArrayList<>(whatIf.choices());
    int i = 0;
    while (choices.get(i).possible()) {
      i++;
    }
    WhatIfChoice y = choices.get(i);
    choices.set(i, new WhatIfChoice(y.rank(), y.kind(), y.ref(), y.title(), y.opd(), y.opdName(), y.score(), y.after(),
        y.change(), y.iga(), true));
    assertThat(diffs(withChoices(whatIf.current(), choices))).containsOnlyKeys("index-what-if whatIfChoices.possible");
    RegionalIndexEstimate c = whatIf.current();
    assertThat(diffs(withChoices(new RegionalIndexEstimate(c.year(), c.innovations(), c.sidInnovations(), c.spd(),
        c.countScore(), c.index().subtract(new BigDecimal("0.01")), c.rating()), whatIf.choices())))
        .containsKey("index-what-if facts.index");
  }
}
