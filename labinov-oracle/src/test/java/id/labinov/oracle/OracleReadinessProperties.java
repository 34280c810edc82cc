package id.labinov.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.i18n.Messages;
import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.readiness.ReadinessChecks;
import id.labinov.oracle.readiness.ReadinessOracle;
import id.labinov.oracle.readiness.RegisterPlay;
import id.labinov.oracle.world.OracleDatabase;
import id.labinov.oracle.world.StoreKind;
import id.labinov.reporting.ReadinessOptions;
import id.labinov.reporting.Reports;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Generated IID registers (innovations, documents, claims of several years and two regions, decisions
 * revised and outdated by later claims) played on the in-memory stores and on H2, each compared figure by
 * figure with the oracle: the full report and its one-page version, in Indonesian and English, with and
 * without the SPD, verified SPD and count score entered, and sometimes other rating bands.
 */
class OracleReadinessProperties {
  @Test
  void everyFigureOfGeneratedRegistersMatchesTheOracleInMemory() {
    check(null, 120);
  }

  @Test
  void everyFigureOfGeneratedRegistersMatchesTheOracleOnH2() {
    try (OracleDatabase db = OracleDatabase.open(StoreKind.H2, "rdy")) {
      check(db, 20);
    }
  }

  private static void check(OracleDatabase database, int examples) {
    AtomicInteger played = new AtomicInteger();
    AtomicInteger nonEmpty = new AtomicInteger();
    AtomicInteger withFixes = new AtomicInteger();
    AtomicInteger compared = new AtomicInteger();
    qt().withExamples(examples).withShrinkCycles(20).forAll(longs().all()).checkAssert(seed -> {
      played.incrementAndGet();
      RegisterPlay.Played p = RegisterPlay.play(seed, database);
      Random random = new Random(seed ^ 0x5eed);
      ReadinessOracle.Options o = new ReadinessOracle.Options(
          random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(631), 1),
          random.nextInt(3) == 0 ? BigDecimal.valueOf(random.nextInt(64)) : null,
          random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(77)),
          random.nextInt(6) == 0 ? RatingBands.forYear(2023) : null);
      ReadinessOptions options = ReadinessOptions.none();
      options = o.spd() == null ? options : options.withSpd(o.spd());
      options = o.spdVerified() == null ? options : options.withSpdVerified(o.spdVerified());
      options = o.countScore() == null ? options : options.withCountScore(o.countScore());
      options = o.bands() == null ? options : options.withBands(o.bands());
      Diffs diffs = new Diffs();
      for (Locale l : new Locale[] {Messages.INDONESIAN, Locale.ENGLISH}) {
        Reports reports = Reports.builder().labinov(p.lab()).actor(RegisterPlay.READER).directory(RegisterPlay.DIRECTORY).locale(l)
            .generatedAt(RegisterPlay.AT).build();
        ReadinessOracle.Expected e = ReadinessOracle.expect(p.inputs(), o, l);
        String where = "seed " + seed + ", " + l.getLanguage() + ", year " + p.inputs().year();
        ReadinessChecks.check(diffs.on("iid-readiness", where), e,
            reports.iidReadiness(RegisterPlay.LEBAK, p.inputs().year(), options), o);
        ReadinessChecks.check(diffs.on("iid-readiness-one-page", where), e,
            reports.iidReadinessOnePage(RegisterPlay.LEBAK, p.inputs().year(), options), o);
        if (l == Locale.ENGLISH) {
          nonEmpty.addAndGet(e.rows().isEmpty() ? 0 : 1);
          withFixes.addAndGet(e.fixes().size() > 1 ? 1 : 0);
        }
      }
      compared.addAndGet(diffs.compared());
      assertThat(diffs.lines()).as(diffs.describe(40)).isEmpty();
    });
    assertThat(played).hasValueGreaterThanOrEqualTo(examples);
    // the generated registers exercise what the report computes: innovations with claims, several fixes
    assertThat(nonEmpty).as("registers with claims in the year").hasValueGreaterThan(examples / 3);
    assertThat(withFixes).as("registers with several fixes").hasValueGreaterThan(examples / 4);
    assertThat(compared).hasValueGreaterThan(examples * 50);
  }
}
