package id.labinov.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.InnovationId;
import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.cycle.CycleChecks;
import id.labinov.oracle.cycle.CycleOracle;
import id.labinov.oracle.cycle.CyclePlay;
import id.labinov.oracle.readiness.ReadinessOracle;
import id.labinov.oracle.world.OracleDatabase;
import id.labinov.oracle.world.StoreKind;
import id.labinov.reporting.ReadinessOptions;
import id.labinov.reporting.Reports;
import id.labinov.reporting.SustainabilityOptions;
import id.labinov.reporting.WhatIfOptions;
import id.labinov.reporting.data.IndexWhatIf;
import id.labinov.reporting.data.ReadinessBasis;
import id.labinov.reporting.data.SustainabilityReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Generated years after the innovation week (displays, monitoring, decrees and regulations, versions,
 * competition entries, index claims and decisions) played on the in-memory stores (80), H2 (10), PostgreSQL
 * and MariaDB (3 each; the verification store stays in memory there), and the
 * sustainability report and the index what-if compared figure by figure with the oracle, in Indonesian and
 * English, with every innovation or only those needing attention, on each basis, with and without the
 * entered scores, a named submission and the displayed innovations without claims.
 */
class OracleCycleProperties {
  @Test
  void everyFigureOfGeneratedYearsMatchesTheOracleInMemory() {
    check(null, 80);
  }

  @Test
  void everyFigureOfGeneratedYearsMatchesTheOracleOnH2() {
    try (OracleDatabase db = OracleDatabase.open(StoreKind.H2, "cyc")) {
      check(db, 10);
    }
  }

  @Test
  void aFewGeneratedYearsMatchTheOracleOnPostgreSql() {
    try (OracleDatabase db = OracleDatabase.open(StoreKind.POSTGRESQL, "cyc")) {
      check(db, 3);
    }
  }

  @Test
  void aFewGeneratedYearsMatchTheOracleOnMariaDb() {
    try (OracleDatabase db = OracleDatabase.open(StoreKind.MARIADB, "cyc")) {
      check(db, 3);
    }
  }

  private static void check(OracleDatabase database, int examples) {
    AtomicInteger compared = new AtomicInteger();
    Map<String, Integer> seen = new ConcurrentHashMap<>();
    qt().withExamples(examples).withShrinkCycles(10).forAll(longs().all()).checkAssert(seed -> {
      CyclePlay.Played p = CyclePlay.play(seed, database);
      Random random = new Random(seed ^ 0xc1c1e);
      boolean flaggedOnly = random.nextInt(3) == 0;
      String basis = List.of("claimed", "supported", "verified").get(random.nextInt(3));
      ReadinessOracle.Options scores = new ReadinessOracle.Options(
          random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(631), 1),
          random.nextInt(3) == 0 ? BigDecimal.valueOf(random.nextInt(64)) : null,
          random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(77)),
          random.nextInt(6) == 0 ? RatingBands.forYear(2023) : null);
      boolean unclaimed = random.nextBoolean();
      CycleOracle.WhatIfOptions probe = new CycleOracle.WhatIfOptions(basis, scores, null, unclaimed);
      Set<InnovationId> named = null;
      if (random.nextInt(3) == 0) {
        named = new LinkedHashSet<>();
        for (InnovationId id : CycleOracle.candidates(p.inputs(), probe, Locale.ENGLISH).keySet()) {
          if (random.nextBoolean()) {
            named.add(id);
          }
        }
      }
      CycleOracle.WhatIfOptions o = new CycleOracle.WhatIfOptions(basis, scores, named, unclaimed);
      ReadinessOptions entered = ReadinessOptions.none();
      entered = scores.spd() == null ? entered : entered.withSpd(scores.spd());
      entered = scores.spdVerified() == null ? entered : entered.withSpdVerified(scores.spdVerified());
      entered = scores.countScore() == null ? entered : entered.withCountScore(scores.countScore());
      entered = scores.bands() == null ? entered : entered.withBands(scores.bands());
      WhatIfOptions options = WhatIfOptions.of(ReadinessBasis.valueOf(basis.toUpperCase(Locale.ROOT)))
          .withScores(entered).withUnclaimed(unclaimed);
      options = named == null ? options : options.withSubmitted(named);
      Diffs diffs = new Diffs();
      for (Locale l : new Locale[] {Messages.INDONESIAN, Locale.ENGLISH}) {
        Reports reports = Reports.builder().labinov(p.lab()).actor(CyclePlay.READER).directory(CyclePlay.DIRECTORY)
            .locale(l).generatedAt(CyclePlay.AT).build();
        String where = "seed " + seed + ", " + l.getLanguage();
        CycleOracle.Sustainability es = CycleOracle.sustainability(p.inputs(), flaggedOnly, l);
        SustainabilityReport s = reports.sustainability(CyclePlay.LEBAK, flaggedOnly
            ? SustainabilityOptions.flaggedOnly() : SustainabilityOptions.all());
        CycleChecks.check(diffs.on("sustainability", where), es, s);
        CycleOracle.WhatIf ew = CycleOracle.whatIf(p.inputs(), o, l);
        IndexWhatIf w = reports.submissionWhatIf(CyclePlay.LEBAK, p.inputs().register().year(), options);
        CycleChecks.check(diffs.on("index-what-if", where), ew, w);
        if (l == Locale.ENGLISH) {
          count(seen, es, ew);
        }
      }
      compared.addAndGet(diffs.compared());
      assertThat(diffs.lines()).as(diffs.describe(40)).isEmpty();
    });
    // the generated years exercise what the reports compute
    List<String> missing = new ArrayList<>();
    for (String what : List.of("WATCHED", "AT_RISK", "LAPSED", "VALID", "EXPIRED", "MISSING", "eligible",
        "not eligible", "version", "raise", "lower", "not possible", "ten or more")) {
      if (seen.getOrDefault(what, 0) == 0) {
        missing.add(what);
      }
    }
    System.out.println("OracleCycleProperties over " + examples + " generated years: " + new java.util.TreeMap<>(seen));
    if (examples >= 50) {
      assertThat(missing).as("kinds of rows the generated years never had").isEmpty();
    }
    assertThat(compared).hasValueGreaterThan(examples * 40);
  }

  private static void count(Map<String, Integer> seen, CycleOracle.Sustainability s, CycleOracle.WhatIf w) {
    for (CycleOracle.Row r : s.all()) {
      seen.merge(r.state(), 1, Integer::sum);
      seen.merge(r.basis(), 1, Integer::sum);
      seen.merge(r.versionYear() == null ? "no version" : "version", 1, Integer::sum);
      r.coming().forEach(v -> seen.merge(v.eligible() ? "eligible" : "not eligible", 1, Integer::sum));
    }
    for (CycleOracle.Choice c : w.choices()) {
      seen.merge(c.change().signum() > 0 ? "raise" : c.change().signum() < 0 ? "lower" : "same", 1, Integer::sum);
      seen.merge(c.possible() ? "possible" : "not possible", 1, Integer::sum);
    }
    if (w.n() >= 10) {
      seen.merge("ten or more", 1, Integer::sum);
    }
  }
}
