package id.labinov.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.Refusal.Kind;
import id.labinov.core.engine.Refusal.Reason;
import id.labinov.core.engine.Refusal;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeDecision;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.spi.RefusalLog;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link RefusalLog}: refusals read back equal (every field, Unicode
 * arguments, absent optional parts), filtered by scope and by a half-open period, ordered by instant
 * then insertion, purged by age, appended from many threads without loss; and, end to end through
 * {@link Labinov}, a refused advance, programme command and conflict-of-interest score sheet land in
 * the log with what the facade knew, whatever a failing sink does. A subclass per store supplies an
 * empty log (and, for the facade, empty stores of the same kind) for each test.
 */
public abstract class RefusalLogContract {
  private static final RegionCode LEBAK = ContractData.LEBAK;
  private static final RegionCode TANGERANG = ContractData.TANGERANG;
  private static final RegionCode KOTA_TANGERANG = ContractData.KOTA_TANGERANG;
  private static final RegionCode BOGOR = ContractData.BOGOR;
  private static final RegionCode BANTEN = RegionCode.parse("36");
  private static final Instant T0 = Instant.parse("2024-03-04T02:00:00.123456Z");
  private static final String IGA = "iga-presentation-2023";

  /**
   * Returns the log under test: the same instance for the whole test, empty at its start.
   *
   * @return the log
   */
  protected abstract RefusalLog log();

  /**
   * Sets the facade's stores (innovation, query, rulebook, programme and evaluation), empty at the
   * start of the test and of the same kind as {@link #log()}.
   *
   * @param builder the facade's builder
   * @return the builder
   */
  protected abstract Labinov.Builder stores(Labinov.Builder builder);

  private static InnovationRef ref(RegionCode region, long n) {
    return new InnovationRef(region, new InnovationId(new UUID(0x018f_0000_0000_7000L + n, 0x8000_0000_0000_0000L + n)));
  }

  /** A plain innovation refusal whose only argument is {@code marker}, to tell refusals apart. */
  private static Refusal refusal(RegionCode region, Instant at, String marker) {
    return Refusal.builder().kind(Kind.INNOVATION).target(ref(region, 1)).actor(PersonId.of("asn-dinkes-017"))
        .command("Advance").verdictId("drum-up-to-diagnose").stage("DRUM_UP")
        .violations(List.of(new Reason("EVIDENCE_MISSING", "evidence-present", List.of(marker)))).at(at).build();
  }

  private static String marker(Refusal r) {
    return r.violations().get(0).arguments().get(0);
  }

  private List<Refusal> read(Scope scope, Instant from, Instant to) {
    List<Refusal> out = new ArrayList<>();
    log().forEach(scope, from, to, out::add);
    return out;
  }

  private List<String> markers(Scope scope, Instant from, Instant to) {
    return read(scope, from, to).stream().map(RefusalLogContract::marker).toList();
  }

  @Test
  void readsBackEveryFieldEqualWithUnicodeArgumentsAndAbsentOptionals() {
    Refusal advance = Refusal.builder().kind(Kind.INNOVATION).target(ref(LEBAK, 7))
        .actor(PersonId.of("asn-dinkes-017")).actorOpd(OpdCode.of("DINKES")).command("Advance")
        .verdictId("drum-up-to-diagnose").stage("DRUM_UP").innovationOpd(OpdCode.of("DINKES"))
        .violations(List.of(
            new Reason("EVIDENCE_MISSING", "evidence-present", List.of("COMMITMENT_LETTER", "Surat komitmen \u2014 Kepala Dinas")),
            new Reason("APPROVALS_MISSING", "approvals", List.of("OPD_HEAD", "1", "0")),
            new Reason("UNICODE", null, List.of("Kabupaten Lebak \u00e9\u0301 \u770c \ud83d\ude00", "", "a\"b\\c</td>",
                "baris\nbaru\ttab", "\u202e\u0627\u0644\u0639\u0631\u0628\u064a\u0629")),
            new Reason("NO_ARGUMENTS", "command", List.of())))
        .at(T0).build();
    Refusal programme = Refusal.builder().kind(Kind.PROGRAMME).region(LEBAK).subject("programme:lebak-2019")
        .actor(PersonId.of("coach-lan-03")).command("Open").verdictId("open-programme")
        .violations(List.of(new Reason("ROLE_NOT_PERMITTED", "programme", List.of("LAB_ADMIN")))).at(T0.plusSeconds(1))
        .build();
    Refusal bare = Refusal.builder().kind(Kind.EVALUATION).target(ref(LEBAK, 8)).actor(PersonId.of("p"))
        .command("RecordMonitoring").at(T0.plusSeconds(2).plusNanos(999)).build();

    log().append(List.of(advance, programme, bare));

    List<Refusal> back = read(Scope.region(LEBAK), T0, T0.plusSeconds(3));
    assertThat(back).containsExactly(advance, programme, bare);
    assertThat(back.get(0).violations().get(2).arguments().get(0)).isEqualTo("Kabupaten Lebak \u00e9\u0301 \u770c \ud83d\ude00");
    assertThat(back.get(1).target()).isNull();
    assertThat(back.get(1).actorOpd()).isNull();
    assertThat(back.get(1).stage()).isNull();
    assertThat(back.get(2).subject()).isNull();
    assertThat(back.get(2).verdictId()).isNull();
    assertThat(back.get(2).violations()).isEmpty();
    assertThat(back.get(2).at()).as("kept at microseconds").isEqualTo(T0.plusSeconds(2));
    assertThat(back.get(0).violations().get(2).ruleId()).isNull();
  }

  @Test
  void filtersByRegionProvinceAndNation() {
    log().append(List.of(refusal(LEBAK, T0, "lebak"), refusal(TANGERANG, T0, "tangerang"),
        refusal(BOGOR, T0, "bogor"), refusal(KOTA_TANGERANG, T0, "kota-tangerang")));
    log().append(List.of(Refusal.builder().kind(Kind.PROGRAMME).region(BANTEN).subject("programme:banten-2024")
        .actor(PersonId.of("admin-brida")).command("Close").violations(List.of(new Reason("X", null, List.of("banten"))))
        .at(T0).build()));
    Instant to = T0.plusSeconds(1);

    assertThat(markers(Scope.region(LEBAK), T0, to)).containsExactly("lebak");
    assertThat(markers(Scope.region(BANTEN), T0, to)).containsExactly("banten");
    assertThat(markers(Scope.province(Province.ofCode("36")), T0, to))
        .containsExactly("lebak", "tangerang", "kota-tangerang", "banten");
    assertThat(markers(Scope.province(Province.ofCode("32")), T0, to)).containsExactly("bogor");
    assertThat(markers(Scope.province(Province.ofCode("91")), T0, to)).isEmpty();
    assertThat(markers(Scope.national(), T0, to))
        .containsExactly("lebak", "tangerang", "bogor", "kota-tangerang", "banten");
    assertThat(log().count(Scope.region(LEBAK), T0, to)).isEqualTo(1);
    assertThat(log().count(Scope.province(Province.ofCode("36")), T0, to)).isEqualTo(4);
    assertThat(log().count(Scope.region(RegionCode.parse("36.04")), T0, to)).isZero();
    assertThat(log().count(Scope.national(), T0, to)).isEqualTo(5);
  }

  @Test
  void readsAHalfOpenPeriodComparedAtMicroseconds() {
    Instant micro = T0.plus(1, ChronoUnit.MICROS);
    Instant later = T0.plusSeconds(60);
    log().append(List.of(refusal(LEBAK, T0, "t0"), refusal(LEBAK, micro, "t0+1us"), refusal(LEBAK, later, "t0+60s")));
    Scope lebak = Scope.region(LEBAK);

    assertThat(markers(lebak, T0, later)).containsExactly("t0", "t0+1us");
    assertThat(markers(lebak, micro, later.plusNanos(1000))).containsExactly("t0+1us", "t0+60s");
    assertThat(markers(lebak, T0.plusNanos(500), later)).as("from between two microseconds").containsExactly("t0+1us");
    assertThat(markers(lebak, T0.minusSeconds(1), T0.plusNanos(500))).as("to between two microseconds")
        .containsExactly("t0");
    assertThat(markers(lebak, T0, T0)).as("an empty period").isEmpty();
    assertThat(log().count(lebak, later, later)).isZero();
    assertThat(markers(lebak, Instant.MIN, Instant.MAX)).containsExactly("t0", "t0+1us", "t0+60s");
    assertThat(log().count(Scope.national(), Instant.EPOCH, Instant.MAX)).isEqualTo(3);
    assertThat(log().count(lebak, later.plusNanos(1), Instant.MAX)).isZero();
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStartsAndMissingArguments() {
    assertThatThrownBy(() -> log().forEach(Scope.national(), T0, T0.minusNanos(1), r -> { }))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_PERIOD");
          assertThat(e.getMessage()).contains(T0.toString()).contains("half-open");
        });
    assertThatThrownBy(() -> log().count(Scope.national(), T0.plusSeconds(1), T0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PERIOD"));
    assertThatThrownBy(() -> log().count(null, T0, T0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("scope"));
    assertThatThrownBy(() -> log().forEach(Scope.national(), null, T0, r -> { }))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("from"));
    assertThatThrownBy(() -> log().forEach(Scope.national(), T0, T0, null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("action"));
    assertThatThrownBy(() -> log().purgeBefore(null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cutoff"));
    assertThatThrownBy(() -> log().append(null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("REQUIRED"));
    assertThatThrownBy(() -> log().append(java.util.Arrays.asList(refusal(LEBAK, T0, "a"), null)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("REQUIRED"));
    log().append(List.of());
    assertThat(log().count(Scope.national(), Instant.MIN, Instant.MAX)).as("nothing of a refused list kept").isZero();
  }

  @Test
  void ordersByInstantThenInsertionAcrossManyPages() {
    // 1,300 refusals on 7 instants, appended out of time order in lists of varied length: the ties
    // cross every page boundary of a paging reader
    List<Refusal> inserted = new ArrayList<>();
    Random random = new Random(18);
    int n = 0;
    while (n < 1300) {
      List<Refusal> batch = new ArrayList<>();
      int size = 1 + random.nextInt(60);
      for (int i = 0; i < size && n < 1300; i++, n++) {
        batch.add(refusal(n % 3 == 0 ? TANGERANG : LEBAK, T0.plusSeconds(6 - (n * 5L) % 7), "r" + n));
      }
      log().append(batch);
      inserted.addAll(batch);
    }
    List<Refusal> expected = new ArrayList<>(inserted);
    expected.sort(java.util.Comparator.comparing(Refusal::at)); // stable: insertion order within an instant

    assertThat(markers(Scope.national(), T0, T0.plusSeconds(7))).containsExactlyElementsOf(
        expected.stream().map(RefusalLogContract::marker).toList());
    assertThat(markers(Scope.region(LEBAK), T0, T0.plusSeconds(7))).containsExactlyElementsOf(
        expected.stream().filter(r -> r.region().equals(LEBAK)).map(RefusalLogContract::marker).toList());
    assertThat(markers(Scope.province(Province.ofCode("36")), T0.plusSeconds(2), T0.plusSeconds(4)))
        .containsExactlyElementsOf(expected.stream().filter(r -> !r.at().isBefore(T0.plusSeconds(2))
            && r.at().isBefore(T0.plusSeconds(4))).map(RefusalLogContract::marker).toList());
    assertThat(log().count(Scope.national(), T0, T0.plusSeconds(7))).isEqualTo(1300);
  }

  @Test
  void anActionThatThrowsEndsTheReadingAndReachesTheCaller() {
    log().append(List.of(refusal(LEBAK, T0, "a"), refusal(LEBAK, T0, "b"), refusal(LEBAK, T0, "c")));
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> log().forEach(Scope.region(LEBAK), T0, T0.plusSeconds(1), r -> {
      seen.add(marker(r));
      if (seen.size() == 2) {
        throw new IllegalStateException("report writer failed");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("report writer failed");
    assertThat(seen).containsExactly("a", "b");
    assertThat(log().count(Scope.region(LEBAK), T0, T0.plusSeconds(1))).as("the log unchanged").isEqualTo(3);
  }

  @Test
  void purgesEveryRegionsRefusalsBeforeTheCutoff() {
    Instant cutoff = T0.plus(Duration.ofDays(30));
    log().append(List.of(refusal(LEBAK, T0, "old-lebak"), refusal(BOGOR, T0.plusSeconds(5), "old-bogor"),
        refusal(LEBAK, cutoff.minus(1, ChronoUnit.MICROS), "last-old"), refusal(TANGERANG, cutoff, "at-cutoff"),
        refusal(LEBAK, cutoff.plusSeconds(1), "new")));

    assertThat(log().purgeBefore(cutoff)).isEqualTo(3);
    assertThat(log().purgeBefore(cutoff)).as("nothing left to purge").isZero();
    assertThat(markers(Scope.national(), Instant.MIN, Instant.MAX)).containsExactly("at-cutoff", "new");
    assertThat(log().purgeBefore(cutoff.plusNanos(1))).as("a cutoff between two microseconds keeps what is after it")
        .isEqualTo(1);
    assertThat(markers(Scope.national(), Instant.MIN, Instant.MAX)).containsExactly("new");
    assertThat(log().purgeBefore(Instant.MIN)).isZero();
    assertThat(log().purgeBefore(Instant.MAX)).isEqualTo(1);
    assertThat(log().count(Scope.national(), Instant.MIN, Instant.MAX)).isZero();
  }

  @Test
  void concurrentAppendersLoseNothing() throws Exception {
    int threads = 4;
    int each = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < each; i++) {
            RegionCode region = thread % 2 == 0 ? LEBAK : BOGOR;
            if (i % 10 == 9) {
              log().append(List.of(refusal(region, T0, thread + ":" + i), refusal(region, T0, thread + ":" + (i + 1000))));
            } else {
              log().append(List.of(refusal(region, T0, thread + ":" + i)));
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    int total = threads * (each + each / 10);

    List<String> all = markers(Scope.national(), T0, T0.plusSeconds(1));
    assertThat(all).hasSize(total).doesNotHaveDuplicates();
    assertThat(log().count(Scope.national(), T0, T0.plusSeconds(1))).isEqualTo(total);
    assertThat(log().count(Scope.region(LEBAK), T0, T0.plusSeconds(1))).isEqualTo(total / 2);
    for (int t = 0; t < threads; t++) {
      String prefix = t + ":";
      List<Integer> own = all.stream().filter(m -> m.startsWith(prefix))
          .map(m -> Integer.parseInt(m.substring(prefix.length()))).map(i -> i >= 1000 ? i - 1000 : i).toList();
      assertThat(own).as("thread %d's refusals in its own insertion order", t).isSorted().hasSize(each + each / 10);
    }
  }

  // ------------------------------------------------------------------ end to end through the facade

  private static final Actor INNOVATOR = ContractData.INNOVATOR;
  private static final Actor COACH = ContractData.COACH;
  private static final Actor ADMIN = ContractData.ADMIN;
  /** An evaluator of the innovation's own OPD: a conflict of interest. */
  private static final Actor EVALUATOR_OF_DINKES = Actor.of("penilai-dinkes-09", "DINKES", Role.EVALUATOR).in(LEBAK);

  private Labinov lab(SteppingClock clock, List<Refusal> sunk, boolean failingSink) {
    return stores(Labinov.builder()).clock(clock).ids(IdGenerator.from(new Random(18)))
        .refusalLog(log())
        .refusalSink(r -> {
          sunk.add(r);
          if (failingSink) {
            throw new IllegalStateException("sink down");
          }
        })
        .build();
  }

  private static Programme lebak2024() {
    return Programme.builder().region(LEBAK).id("lebak-2024").year(2024).name("Laboratorium Inovasi Lebak 2024")
        .organisingUnit("BAPPEDA").participants("DINKES", "DISDIK").coaches("coach-lan-03").target(20)
        .phase("DRUM_UP", PhaseWindow.of("2024-03-01", "2024-04-01"))
        .phase("DIAGNOSE", PhaseWindow.of("2024-04-01", "2024-05-01"))
        .phase("DESIGN", PhaseWindow.of("2024-05-01", "2024-07-01"))
        .phase("DELIVER", PhaseWindow.of("2024-07-01", "2024-11-01"))
        .phase("DISPLAY", PhaseWindow.of("2024-11-01", "2024-12-01")).build();
  }

  private static Map<String, BigDecimal> igaAll(String score) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (String c : List.of("NOVELTY", "BENEFIT", "AUTHORITY_COLLABORATION", "REPLICABILITY", "MASTERY")) {
      m.put(c, new BigDecimal(score));
    }
    return m;
  }

  @Test
  void refusedAdvanceProgrammeCommandAndScoreSheetLandInTheLogWhateverAFailingSinkDoes() {
    SteppingClock clock = new SteppingClock(T0);
    List<Refusal> sunk = Collections.synchronizedList(new ArrayList<>());
    Labinov lab = lab(clock, sunk, true);
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, ContractData.details()).orThrow().ref();

    clock.advance(Duration.ofMinutes(1));
    CommandResult advance = lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none());
    clock.advance(Duration.ofMinutes(1));
    ProgrammeDecision open = lab.programmes().open(COACH, lebak2024());
    clock.advance(Duration.ofMinutes(1));
    EvaluationDecision<ScoreEntry> score = lab.evaluations().submitScores(ref, EVALUATOR_OF_DINKES, IGA, 2024, igaAll("80"));

    // the failing sink changed no result
    assertThat(advance.accepted()).isFalse();
    assertThat(advance.verdict().codes()).containsExactly("EVIDENCE_MISSING", "APPROVALS_MISSING");
    assertThat(open.accepted()).isFalse();
    assertThat(open.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED");
    assertThat(score.accepted()).isFalse();
    assertThat(score.verdict().codes()).containsExactly("CONFLICT_OF_INTEREST_OPD");

    List<Refusal> logged = read(Scope.region(LEBAK), T0, T0.plus(Duration.ofHours(1)));
    assertThat(logged).hasSize(3).containsExactlyElementsOf(sunk);

    Refusal a = logged.get(0);
    assertThat(a.kind()).isEqualTo(Kind.INNOVATION);
    assertThat(a.region()).isEqualTo(LEBAK);
    assertThat(a.target()).isEqualTo(ref);
    assertThat(a.subject()).isNull();
    assertThat(a.actor()).isEqualTo(INNOVATOR.personId());
    assertThat(a.actorOpd()).isEqualTo(OpdCode.of("DINKES"));
    assertThat(a.command()).isEqualTo("Advance");
    assertThat(a.verdictId()).isEqualTo("drum-up-to-diagnose");
    assertThat(a.stage()).isEqualTo("DRUM_UP");
    assertThat(a.innovationOpd()).isEqualTo(OpdCode.of("DINKES"));
    assertThat(a.codes()).containsExactly("EVIDENCE_MISSING", "APPROVALS_MISSING");
    assertThat(a.violations()).extracting(Reason::ruleId).containsExactly("evidence", "approvals");
    assertThat(a.violations().get(0).arguments()).containsExactly("COMMITMENT_LETTER", "0", "1");
    assertThat(a.violations().get(1).arguments()).containsExactly("OPD_HEAD", "0", "1");
    assertThat(a.at()).isEqualTo(T0.plus(Duration.ofMinutes(1)));

    Refusal p = logged.get(1);
    assertThat(p.kind()).isEqualTo(Kind.PROGRAMME);
    assertThat(p.region()).isEqualTo(LEBAK);
    assertThat(p.target()).isNull();
    assertThat(p.subject()).isEqualTo("programme:lebak-2024");
    assertThat(p.actor()).isEqualTo(COACH.personId());
    assertThat(p.actorOpd()).isNull();
    assertThat(p.command()).isEqualTo("Open");
    assertThat(p.verdictId()).isEqualTo("open-programme");
    assertThat(p.stage()).isNull();
    assertThat(p.innovationOpd()).isNull();
    assertThat(p.violations()).containsExactly(new Reason("ROLE_NOT_PERMITTED", "programme", List.of("LAB_ADMIN")));
    assertThat(p.at()).isEqualTo(T0.plus(Duration.ofMinutes(2)));

    Refusal s = logged.get(2);
    assertThat(s.kind()).isEqualTo(Kind.EVALUATION);
    assertThat(s.target()).isEqualTo(ref);
    assertThat(s.subject()).isEqualTo("scheme:" + IGA + ":2024");
    assertThat(s.isScoreSheetFor(IGA, 2024)).isTrue();
    assertThat(s.isScoreSheetFor(IGA, 2025)).isFalse();
    assertThat(s.actor()).isEqualTo(EVALUATOR_OF_DINKES.personId());
    assertThat(s.actorOpd()).isEqualTo(OpdCode.of("DINKES"));
    assertThat(s.command()).isEqualTo("SubmitScores");
    assertThat(s.verdictId()).isEqualTo("score");
    assertThat(s.stage()).isEqualTo("DRUM_UP");
    assertThat(s.innovationOpd()).isEqualTo(OpdCode.of("DINKES"));
    assertThat(s.violations()).containsExactly(new Reason("CONFLICT_OF_INTEREST_OPD", "evaluation", List.of("DINKES")));

    assertThat(log().count(Scope.national(), T0, T0.plus(Duration.ofHours(1)))).isEqualTo(3);
    assertThat(lab.programmes().find(LEBAK, "lebak-2024")).as("nothing stored for a refusal").isEmpty();
    assertThat(lab.evaluations().result(ref, IGA, 2024)).isEmpty();
  }

  @Test
  void anAcceptedCommandLeavesNothingInTheLog() {
    SteppingClock clock = new SteppingClock(T0);
    List<Refusal> sunk = new ArrayList<>();
    Labinov lab = lab(clock, sunk, false);

    lab.innovations().propose(LEBAK, INNOVATOR, ContractData.details()).orThrow();
    assertThat(lab.programmes().open(ADMIN, lebak2024()).accepted()).isTrue();

    assertThat(log().count(Scope.national(), Instant.MIN, Instant.MAX)).isZero();
    assertThat(sunk).isEmpty();
  }

  @Test
  void theFacadePurgesExpiredRefusalsFromTheAppendPathAtMostOnceADay() {
    SteppingClock clock = new SteppingClock(T0);
    Labinov lab = stores(Labinov.builder()).clock(clock).ids(IdGenerator.from(new Random(19))).refusalLog(log())
        .refusalRetention(Duration.ofDays(30)).build();
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, ContractData.details()).orThrow().ref();
    log().append(List.of(refusal(BOGOR, T0.minus(Duration.ofDays(31)), "expired"),
        refusal(LEBAK, T0.minus(Duration.ofDays(29)).minus(Duration.ofHours(12)), "kept")));

    lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none());
    assertThat(markers(Scope.national(), Instant.MIN, Instant.MAX)).hasSize(2).contains("kept").doesNotContain("expired");

    // within the day no second purge runs, though "kept" has expired meanwhile
    clock.advance(Duration.ofDays(1).minusSeconds(1));
    lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none());
    assertThat(markers(Scope.national(), Instant.MIN, Instant.MAX)).hasSize(3).contains("kept");

    clock.advance(Duration.ofSeconds(1));
    lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none());
    assertThat(markers(Scope.national(), Instant.MIN, Instant.MAX)).hasSize(3).doesNotContain("kept");
    assertThat(log().count(Scope.region(LEBAK), T0, Instant.MAX)).isEqualTo(3);
  }

  @Test
  void aSinkAndTheLogBothReceiveEveryRefusalFromManyThreads() throws Exception {
    SteppingClock clock = new SteppingClock(T0);
    List<Refusal> sunk = Collections.synchronizedList(new ArrayList<>());
    Labinov lab = lab(clock, sunk, false);
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, ContractData.details()).orThrow().ref();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < 10; i++) {
            if (!lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()).accepted()) {
              refused.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(refused).hasValue(40);
    assertThat(sunk).hasSize(40);
    assertThat(log().count(Scope.region(LEBAK), T0, T0.plusSeconds(1))).isEqualTo(40);
  }
}
