package id.labinov.core.evaluationflow;

import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_BAPPEDA;
import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_DISDIK;
import static id.labinov.core.evaluationflow.EvaluationFlow.EVAL_DISHUB;
import static id.labinov.core.evaluationflow.EvaluationFlow.IID;
import static id.labinov.core.evaluationflow.EvaluationFlow.accepted;
import static id.labinov.core.evaluationflow.EvaluationFlow.igaAll;
import static id.labinov.core.evaluationflow.EvaluationFlow.levels;
import static id.labinov.core.evaluationflow.EvaluationFlow.refusedWith;
import static id.labinov.core.evaluationflow.EvaluationFlow.says;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.facade.LabFixture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facade's regional index estimate from IID indicator sheets recorded by evaluators. */
class RegionalIndexFlowTest {
  private static final BigDecimal SPD = new BigDecimal("62.8125");
  private static final BigDecimal COUNT = new BigDecimal("76");

  private EvaluationFlow.Setup s;
  private Labinov lab;
  private InnovationRef a;
  private InnovationRef b;
  private InnovationRef c;

  @BeforeEach
  void threeDisplayedInnovations() {
    s = EvaluationFlow.setup();
    lab = s.lab();
    a = s.fx().inDisplay();
    b = s.fx().inDisplay();
    c = s.fx().inDisplay();
  }

  /** A: 3x3 + 2x2 + 2x3 + 3x2 + 4x3 + 2x1 (budget) = 9 + 4 + 6 + 6 + 12 + 2 = 39. */
  private static Map<String, BigDecimal> sheetA() {
    return levels("REGULATION", 3, "HUMAN_RESOURCES", 2, "CREATION_SPEED", 3, "BENEFIT", 2, "VIDEO", 3, "BUDGET", 1);
  }

  /** B, first sheet: 3 + 2 + 2 + 3 + 4 = 14. */
  private static Map<String, BigDecimal> sheetBFirst() {
    return levels("REGULATION", 1, "HUMAN_RESOURCES", 1, "CREATION_SPEED", 1, "BENEFIT", 1, "VIDEO", 1);
  }

  /** B, later sheet: 6 + 6 + 4 + 9 + 8 + 9 (replication) = 42. */
  private static Map<String, BigDecimal> sheetBLater() {
    return levels("REGULATION", 2, "HUMAN_RESOURCES", 3, "CREATION_SPEED", 2, "BENEFIT", 3, "VIDEO", 2,
        "REPLICATION", 3);
  }

  /** C: 9 + 6 + 6 + 9 + 12 + 2 (process ease) = 44. */
  private static Map<String, BigDecimal> sheetC() {
    return levels("REGULATION", 3, "HUMAN_RESOURCES", 3, "CREATION_SPEED", 3, "BENEFIT", 3, "VIDEO", 3,
        "PROCESS_EASE", 1);
  }

  /** Every one of the 20 indicators at level 3: 37 x 3 = 111. */
  private Map<String, BigDecimal> allThrees() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    lab.evaluations().scheme(IID).criteria().forEach(x -> m.put(x.code(), BigDecimal.valueOf(3)));
    return m;
  }

  private void noise() {
    // another year, another scheme, another region: none of these count for LEBAK 2023
    accepted(lab.evaluations().submitScores(a, EVAL_BAPPEDA, IID, 2024, allThrees()));
    accepted(lab.evaluations().submitScores(a, EVAL_DISDIK, "iga-presentation-2023", 2023, igaAll("90")));
    InnovationRef tangerang = lab.innovations().propose(LabFixture.TANGERANG,
        LabFixture.INNOVATOR.in(LabFixture.TANGERANG), LabFixture.details()).orThrow().ref();
    accepted(lab.evaluations().submitScores(tangerang, EVAL_DISHUB.in(LabFixture.TANGERANG), IID, 2023, allThrees()));
  }

  private static BigDecimal byHand(BigDecimal spd, BigDecimal count, int n, int... innovationScores) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int x : innovationScores) {
      sum = sum.add(BigDecimal.valueOf(x));
    }
    BigDecimal divisor = BigDecimal.valueOf(Math.max(10, n));
    BigDecimal sid = sum.divide(divisor, 10, RoundingMode.UNNECESSARY);
    return spd.add(sid).add(count).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(250), 2, RoundingMode.HALF_UP);
  }

  @Test
  void equalsTheHandComputationWithTheLatestSheetPerInnovation() {
    accepted(lab.evaluations().submitScores(a, EVAL_DISHUB, IID, 2023, sheetA()));
    accepted(lab.evaluations().submitScores(b, EVAL_DISHUB, IID, 2023, sheetBFirst()));
    s.fx().clock.advanceDays(1);
    accepted(lab.evaluations().submitScores(b, EVAL_BAPPEDA, IID, 2023, sheetBLater()));
    accepted(lab.evaluations().submitScores(c, EVAL_DISDIK, IID, 2023, sheetC()));
    noise();

    RegionalIndexEstimate e = lab.evaluations().regionalIndex(LabFixture.LEBAK, 2023, IID, SPD, COUNT);

    // (39 + 42 + 44) / max(10, 3) = 12.5; (62.8125 + 12.5 + 76) / 250 x 100 = 60.525 -> 60.53 half up
    assertThat(e.index()).isEqualTo(new BigDecimal("60.53"));
    assertThat(e.index()).isEqualTo(byHand(SPD, COUNT, 3, 39, 42, 44));
    assertThat(e.year()).isEqualTo(2023);
    assertThat(e.innovations()).isEqualTo(3);
    assertThat(e.sidInnovations()).isEqualTo(new BigDecimal("12.50"));
    assertThat(e.spd()).isEqualTo(SPD);
    assertThat(e.countScore()).isEqualTo(COUNT);
    // 2023 bands: Sangat Inovatif from 60.01 (in 2025 it would only be Inovatif)
    assertThat(e.rating().code()).isEqualTo("SANGAT_INOVATIF");
    assertThat(e.rating()).isEqualTo(RatingBands.forYear(2023).rate(e.index()));
    assertThat(RatingBands.forYear(2025).rate(e.index()).code()).isEqualTo("INOVATIF");
  }

  @Test
  void theLatestSheetCountsEvenWhenTwoShareAnInstant() {
    // the clock does not move between B's two sheets: the later in the stream is the latest
    accepted(lab.evaluations().submitScores(a, EVAL_DISHUB, IID, 2023, sheetA()));
    accepted(lab.evaluations().submitScores(b, EVAL_DISHUB, IID, 2023, sheetBFirst()));
    accepted(lab.evaluations().submitScores(b, EVAL_BAPPEDA, IID, 2023, sheetBLater()));
    accepted(lab.evaluations().submitScores(c, EVAL_DISDIK, IID, 2023, sheetC()));

    RegionalIndexEstimate e = lab.evaluations().regionalIndex(LabFixture.LEBAK, 2023, IID, SPD, COUNT);

    assertThat(e.index()).isEqualTo(byHand(SPD, COUNT, 3, 39, 42, 44)).isEqualTo(new BigDecimal("60.53"));
    assertThat(e.innovations()).isEqualTo(3);
  }

  @Test
  void aLaterSheetThatLowersTheLevelsCountsToo() {
    accepted(lab.evaluations().submitScores(b, EVAL_DISHUB, IID, 2023, sheetBLater()));
    s.fx().clock.advanceDays(1);
    accepted(lab.evaluations().submitScores(b, EVAL_BAPPEDA, IID, 2023, sheetBFirst()));

    RegionalIndexEstimate e = lab.evaluations().regionalIndex(LabFixture.LEBAK, 2023, IID, SPD, COUNT);

    // 14 / 10 = 1.4; (62.8125 + 1.4 + 76) / 2.5 = 56.085 -> 56.09
    assertThat(e.index()).isEqualTo(new BigDecimal("56.09")).isEqualTo(byHand(SPD, COUNT, 1, 14));
    assertThat(e.sidInnovations()).isEqualTo(new BigDecimal("1.40"));
    assertThat(e.rating().code()).isEqualTo("INOVATIF");
  }

  @Test
  void moreThanTenInnovationsDivideByTheirNumber() {
    // eleven innovations with sheet C (44 each): 484 / 11 = 44
    for (int i = 0; i < 11; i++) {
      InnovationRef ref = lab.innovations().propose(LabFixture.LEBAK, LabFixture.INNOVATOR, LabFixture.details()).orThrow().ref();
      accepted(lab.evaluations().submitScores(ref, EVAL_DISHUB, IID, 2023, sheetC()));
    }
    BigDecimal spd = new BigDecimal("10");
    BigDecimal count = new BigDecimal("20");

    RegionalIndexEstimate e = lab.evaluations().regionalIndex(LabFixture.LEBAK, 2023, IID, spd, count);

    // (10 + 44 + 20) / 250 x 100 = 29.60: Kurang Inovatif
    assertThat(e.innovations()).isEqualTo(11);
    assertThat(e.sidInnovations()).isEqualTo(new BigDecimal("44.00"));
    assertThat(e.index()).isEqualTo(new BigDecimal("29.60"));
    assertThat(e.rating().code()).isEqualTo("KURANG_INOVATIF");
  }

  @Test
  void aYearWithoutShippedBandsUsesTheLatestEarlierYear() {
    Map<String, BigDecimal> all = allThrees();
    accepted(lab.evaluations().submitScores(a, EVAL_DISHUB, IID, 2024, all));
    accepted(lab.evaluations().submitScores(a, EVAL_DISHUB, IID, 2025, all));

    // 111 / 10 = 11.1; (63 + 11.1 + 76) / 2.5 = 60.04
    RegionalIndexEstimate in2024 = lab.evaluations().regionalIndex(LabFixture.LEBAK, 2024, IID, new BigDecimal("63"), COUNT);
    RegionalIndexEstimate in2025 = lab.evaluations().regionalIndex(LabFixture.LEBAK, 2025, IID, new BigDecimal("63"), COUNT);

    assertThat(in2024.index()).isEqualTo(new BigDecimal("60.04"));
    assertThat(in2024.rating().code()).as("2023 bands").isEqualTo("SANGAT_INOVATIF");
    assertThat(in2025.index()).isEqualTo(new BigDecimal("60.04"));
    assertThat(in2025.rating().code()).as("2025 bands").isEqualTo("INOVATIF");
  }

  @Test
  void aRegionWithoutSheetsGetsOnlyItsOwnScores() {
    RegionalIndexEstimate e = lab.evaluations().regionalIndex(LabFixture.TANGERANG, 2023, IID, BigDecimal.ZERO, BigDecimal.ZERO);

    assertThat(e.innovations()).isZero();
    assertThat(e.index()).isEqualByComparingTo("0");
    assertThat(e.rating().code()).isEqualTo("TIDAK_DAPAT_DINILAI");
  }

  @Test
  void indicatorLevelsAreCheckedWhenTheyAreRecorded() {
    Map<String, BigDecimal> bad = new LinkedHashMap<>(sheetC());
    bad.put("VIDEO", new BigDecimal("4"));
    bad.put("BUDGET", new BigDecimal("1.5"));
    bad.remove("BENEFIT");

    EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(a, EVAL_DISHUB, IID, 2023, bad);

    refusedWith(d, "SCORE_OFF_SCALE", "CRITERION_MISSING", "SCORE_OFF_SCALE");
    says(d.verdict(), "The level of indicator BUDGET", "Tingkat indikator BUDGET");
    says(d.verdict(), "is 4; it must be a whole number from 0 (not fulfilled) to 3.",
        "adalah 4; tingkat harus bilangan bulat dari 0 (tidak terpenuhi) sampai 3.");
    assertThat(lab.evaluations().regionalIndex(LabFixture.LEBAK, 2023, IID, SPD, COUNT).innovations()).isZero();
  }
}
