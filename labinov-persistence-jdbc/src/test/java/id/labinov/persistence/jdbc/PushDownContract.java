package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.ReplicationSource;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.model.Theme;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.contract.EventStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of generated innovations (seeded random) in nine regions of five provinces and all three
 * zones (returns for rework, holds and drops, pauses starting and ending at local midnights, two
 * pauses open at once, trial and implementation dates), written to the in-memory store (the
 * reference) and to a database: every page, count, stage duration and report aggregate the
 * database computes in SQL must equal the reference's (the aggregates' paging definitions), at
 * instants after every event and before some, whatever the JVM's default zone and the database's
 * collation. Each region scope returns only that region's rows. A subclass names the
 * database and may change the zone or the session's collation. H2 compares every scope with every
 * filter ({@link #everyPairing()}); a server compares a covering sample of the same cases on the same
 * data, so each scope, filter, aggregate and instant is still met there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PushDownContract {
  static final int INNOVATIONS = 2000;
  private static final RegionCode[] REGIONS = {RegionCode.parse("36.02"), RegionCode.parse("36.04"),
      RegionCode.parse("36.73"), RegionCode.parse("36.71"), RegionCode.parse("32.04"), RegionCode.parse("32.01"),
      RegionCode.parse("91.71"), RegionCode.parse("51.71"), RegionCode.parse("73.71")};
  private static final String[] TITLES = {"Posyandu 100% Digital", "Sekolah_Lapang", "Bank Sampah!", "İzin Cepat",
      "Café Sehat", "Cafe\u0301 Sehat", "SIGAP Banjir", "sigap kebakaran", "Antre!%_Online", "Ärztin Keliling",
      "ıslak Lahan", "Desa Wisata"};
  private static final String[] OPDS = {"DINKES", "DISDIK", "BAPPEDA", "DISHUB", "dinkes"};
  private static final String[] THEMES = {"STUNTING", "KOTA_LAYAK_ANAK", "SAMPAH", "SMART_CITY"};
  private static final String[] PROGRAMMES = {"PIL-2024", "pil-2025", "lebak-2026"};
  private static final String[] STAGES = {"DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY"};
  /** Trial and implementation start dates the details may give (the last ones no ISO dates, or far off). */
  private static final String[] DATES = {"2025-03-01", "2025-06-15", "2026-01-01", " 2025-09-30 ", "2025-02-30",
      "+12025-01-01", "segera"};
  /** Sources of replication: innovations of Surabaya (35.78) and Lebak, which may live in other systems. */
  private static final ReplicationSource[] SOURCES = {
      new ReplicationSource(RegionCode.parse("35.78"), InnovationId.parse("018f2a6b-1c00-7000-8000-000000000001")),
      new ReplicationSource(RegionCode.parse("35.78"), InnovationId.parse("018f2a6b-1c00-7000-8000-000000000002")),
      new ReplicationSource(RegionCode.parse("36.02"), InnovationId.parse("018f2a6b-1c00-7000-8000-000000000003"))};

  private Backend backend;
  private InMemoryInnovationStore reference;
  private JdbcInnovationStore jdbc;
  private Instant asOf;
  /** Instants the aggregates are measured to in every scope: before some events, after all, in between. */
  private List<Instant> asOfs;
  /** More instants, for the national scope: one microsecond before a WIB midnight and at it, before 1970, year 9500. */
  private List<Instant> moreAsOfs;
  private final List<Append> written = new ArrayList<>();

  /** Returns the database under test, once seeded. */
  final Backend backend() {
    return backend;
  }

  /** Opens the database under test. */
  abstract Backend openBackend();

  /** Runs before the backend is opened (e.g. to change the JVM's default zone). */
  void beforeSeeding() {}

  /** Runs after the backend is closed. */
  void afterClosing() {}

  @BeforeAll
  void seed() throws Exception {
    beforeSeeding();
    backend = openBackend();
    jdbc = backend.storage().innovationStore();
    reference = new InMemoryInnovationStore();
    Random random = new Random(6_2026);
    IdGenerator ids = IdGenerator.from(new Random(36));
    Instant t = Instant.parse("2025-01-06T00:30:00.250001Z");
    for (int i = 0; i < INNOVATIONS; i++) {
      t = t.plus(Duration.ofMinutes(1 + random.nextInt(600)));
      written.add(generate(i, random, ids, t));
      reference.append(written.get(i));
    }
    asOf = t.plus(Duration.ofDays(30));
    Instant last = written.stream().map(a -> a.state().lastChangedAt()).max(Instant::compareTo).orElseThrow();
    Instant mid = written.get(INNOVATIONS / 2).state().proposedAt();
    asOfs = List.of(asOf, last.plus(Duration.ofDays(2)), mid);
    java.time.ZoneId wib = java.time.ZoneId.of("Asia/Jakarta");
    Instant midnight = mid.atZone(wib).toLocalDate().plusDays(9).atStartOfDay(wib).toInstant();
    moreAsOfs = List.of(midnight.minusNanos(1000), midnight, Instant.parse("1969-07-20T20:17:40Z"),
        Instant.parse("9500-01-01T00:00:00Z"));
    ExecutorService writers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int first = w;
        done.add(writers.submit(() -> {
          for (int i = first; i < written.size(); i += 4) {
            jdbc.append(written.get(i));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      writers.shutdownNow();
    }
  }

  private static Append generate(int i, Random random, IdGenerator ids, Instant at) {
    RegionCode region = REGIONS[random.nextInt(REGIONS.length)];
    TreeSet<Theme> themes = new TreeSet<>();
    for (String theme : THEMES) {
      if (random.nextInt(4) == 0) {
        themes.add(Theme.of(theme));
      }
    }
    int opd = random.nextInt(OPDS.length + 1);
    int bentuk = random.nextInt(Bentuk.values().length + 1);
    int jenis = random.nextInt(Jenis.values().length + 1);
    InnovationDetails d = InnovationDetails.titled(TITLES[random.nextInt(TITLES.length)] + " " + i)
        .withOpd(opd == OPDS.length ? null : OpdCode.of(OPDS[opd].toUpperCase(java.util.Locale.ROOT)))
        .withClassification(bentuk == Bentuk.values().length ? null : Bentuk.values()[bentuk],
            jenis == Jenis.values().length ? null : Jenis.values()[jenis])
        .withThemes(themes);
    ReplicationSource source = SOURCES[random.nextInt(SOURCES.length)];
    if (random.nextInt(5) == 0 && !source.region().equals(region)) {
      d = d.withReplicates(source);
    }
    int programme = random.nextInt(PROGRAMMES.length + 1);
    EventStream s = EventStream.propose(new InnovationRef(region, ids.newInnovationId(at)), d,
        programme == PROGRAMMES.length ? null : PROGRAMMES[programme], at, ids);
    int stages = random.nextInt(STAGES.length + 1);
    for (int k = 0; k < stages; k++) {
      s.later(Duration.ofHours(1 + random.nextInt(24 * 20)));
      if (random.nextInt(3) == 0) {
        s.approval(Role.COACH, "coach-" + random.nextInt(5));
      }
      s.moveTo(STAGES[k]);
    }
    if (stages >= 2 && random.nextInt(4) == 0) {
      // back to the stage before (a return for rework), a pause, and forward again
      s.later(Duration.ofHours(2 + random.nextInt(24 * 6))).moveTo(STAGES[stages - 2]);
      s.at(nearLocalMidnight(s.now().plus(Duration.ofDays(random.nextInt(4))), region, random)).hold();
      s.at(nearLocalMidnight(s.now().plus(Duration.ofDays(1 + random.nextInt(5))), region, random)).resume();
      s.later(Duration.ofHours(1 + random.nextInt(24 * 3))).moveTo(STAGES[stages - 1]);
    }
    if (random.nextInt(3) == 0) {
      InnovationDetails dated = s.state().details().withText(InnovationDetails.TRIAL_START_DATE,
          DATES[random.nextInt(DATES.length)]);
      s.later(Duration.ofMinutes(7)).details(random.nextBoolean() ? dated
          : dated.withText(InnovationDetails.IMPLEMENTATION_START_DATE, DATES[random.nextInt(DATES.length)]));
    }
    switch (random.nextInt(11)) {
      case 0 -> s.later(Duration.ofHours(5 + random.nextInt(200))).hold();
      case 1 -> s.later(Duration.ofHours(5 + random.nextInt(200))).hold().later(Duration.ofDays(1 + random.nextInt(9)))
          .resume();
      case 2 -> s.later(Duration.ofHours(5 + random.nextInt(200))).drop();
      case 3 -> s.later(Duration.ofHours(5)).drop().later(Duration.ofDays(2)).reopen();
      // pauses that start or end at a local midnight (one microsecond either side, or exactly)
      case 4 -> s.at(nearLocalMidnight(s.now().plus(Duration.ofDays(1)), region, random)).hold()
          .at(nearLocalMidnight(s.now().plus(Duration.ofDays(1 + random.nextInt(4))), region, random)).resume()
          .at(nearLocalMidnight(s.now().plus(Duration.ofDays(random.nextInt(3))), region, random)).hold();
      case 5 -> s.at(nearLocalMidnight(s.now(), region, random)).drop()
          .at(nearLocalMidnight(s.now().plus(Duration.ofDays(3)), region, random)).reopen();
      // two pauses open at once (a hold on hold, written past the gates): SQL leaves these stays to Java
      case 6 -> s.later(Duration.ofDays(1)).hold().later(Duration.ofDays(2)).hold();
      default -> { }
    }
    return s.toAppend(null);
  }

  /**
   * The first local midnight of the region's zone at or after {@code t}, or one microsecond before or
   * after it; never before {@code t}.
   */
  static Instant nearLocalMidnight(Instant t, RegionCode region, Random random) {
    java.time.ZoneId zone = region.defaultTimeZone().zoneId();
    Instant midnight = t.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    Instant near = midnight.plus(Duration.ofNanos(1000L * (random.nextInt(3) - 1)));
    return near.isBefore(t) ? t : near;
  }

  @AfterAll
  void stop() {
    try {
      if (backend != null) {
        backend.close();
      }
    } finally {
      afterClosing();
    }
  }

  static List<Scope> scopes() {
    List<Scope> out = new ArrayList<>(List.of(Scope.national(), Scope.province(Province.ofCode("36")),
        Scope.province(Province.ofCode("32")), Scope.province(Province.ofCode("91")),
        Scope.province(Province.ofCode("35")), new Scope(Scope.Level.PROVINCE, "3_"),
        new Scope(Scope.Level.REGION, "36.0%")));
    for (RegionCode r : REGIONS) {
      out.add(Scope.region(r));
    }
    return out;
  }

  static List<InnovationFilter> filters() {
    List<InnovationFilter> out = new ArrayList<>(List.of(InnovationFilter.all(),
        InnovationFilter.builder().stages("DIAGNOSE").build(),
        InnovationFilter.builder().stages("DRUM_UP", "DELIVER").statuses(InnovationStatus.ACTIVE).build(),
        InnovationFilter.builder().statuses(InnovationStatus.ON_HOLD, InnovationStatus.DROPPED).build(),
        InnovationFilter.builder().opds(OpdCode.of("DINKES"), OpdCode.of("BAPPEDA")).build(),
        InnovationFilter.builder().bentuk(Bentuk.PELAYANAN_PUBLIK).jenis(Jenis.DIGITAL).build(),
        InnovationFilter.builder().themes(Theme.of("STUNTING")).build(),
        InnovationFilter.builder().themes(Theme.of("SAMPAH"), Theme.of("SMART_CITY")).opds(OpdCode.of("DISDIK")).build(),
        InnovationFilter.builder().programmes("PIL-2024", "lebak-2026").build(),
        InnovationFilter.builder().programmes("pil-2024").build(),
        InnovationFilter.builder().replicates(SOURCES[0]).build(),
        InnovationFilter.builder().replicates(SOURCES[2]).stages("DRUM_UP", "DIAGNOSE").build()));
    for (String text : List.of("100%", "%", "_", "!%_", "sekolah_", "SIGAP", "café", "i̇zin", "İZİN", "ärztin", "ISLAK",
        "zzz", "1")) {
      out.add(InnovationFilter.builder().titleContains(text).build());
    }
    return out;
  }

  /**
   * Whether every scope is paired with every filter and every aggregate filter (on H2), or, on a
   * server, with a covering sample of them, so that each scope, each filter, each aggregate and each
   * instant is still compared at least once there (see {@link #scopesAndFilters()}).
   */
  boolean everyPairing() {
    return false;
  }

  /**
   * The scopes and filters pages and counts are compared for: on H2 every scope with every filter; on a
   * server every filter in the national scope, every scope without a filter, and each other filter once
   * more in a scope that moves along the list, so provinces, wildcard codes and single regions each meet
   * structured and title filters.
   */
  List<Object[]> scopesAndFilters() {
    List<Scope> scopes = scopes();
    List<InnovationFilter> filters = filters();
    List<Object[]> out = new ArrayList<>();
    for (int s = 0; s < scopes.size(); s++) {
      for (int f = 0; f < filters.size(); f++) {
        if (everyPairing() || s == 0 || f == 0 || s == 1 + (f - 1) % (scopes.size() - 1)) {
          out.add(new Object[] {scopes.get(s), filters.get(f)});
        }
      }
    }
    return out;
  }

  private static <T> List<List<T>> pages(Function<PageRequest, Page<T>> query, int size) {
    List<List<T>> out = new ArrayList<>();
    PageRequest page = PageRequest.first(size);
    while (page != null) {
      Page<T> p = query.apply(page);
      out.add(p.items());
      page = p.next();
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("scopesAndFilters")
  void findsTheSamePagesAsTheReference(Scope scope, InnovationFilter filter) {
    List<List<InnovationSummary>> expected = pages(p -> reference.find(scope, filter, p), 500);
    assertThat(pages(p -> jdbc.find(scope, filter, p), 500)).isEqualTo(expected);
    int total = expected.stream().mapToInt(List::size).sum();
    int small = total <= 60 ? 1 : 97;
    assertThat(pages(p -> jdbc.find(scope, filter, p), small))
        .isEqualTo(pages(p -> reference.find(scope, filter, p), small));
    assertThat(expected.stream().flatMap(List::stream)).as("only rows of the scope")
        .allSatisfy(s -> assertThat(scope.includes(s.ref().region())).isTrue());
  }

  @ParameterizedTest
  @EnumSource(Dimension.class)
  void countsTheSameAsTheReference(Dimension dimension) {
    for (Object[] sf : scopesAndFilters()) {
      Scope scope = (Scope) sf[0];
      InnovationFilter filter = (InnovationFilter) sf[1];
      assertThat(jdbc.count(scope, filter, dimension)).as(scope + " " + filter)
          .isEqualTo(reference.count(scope, filter, dimension));
    }
  }

  @ParameterizedTest
  @MethodSource("scopes")
  void listsTheSameStageDurationsAsTheReference(Scope scope) {
    List<InnovationFilter> filters = filters().subList(0, 10);
    if (!everyPairing()) {
      // on a server: no filter in every scope, and one other filter moving along the scopes
      filters = List.of(filters.get(0), filters.get(1 + scopes().indexOf(scope) % (filters.size() - 1)));
    }
    for (InnovationFilter filter : filters) {
      assertThat(pages(p -> jdbc.stageDurations(scope, filter, asOf, p), 211)).as(scope + " " + filter)
          .isEqualTo(pages(p -> reference.stageDurations(scope, filter, asOf, p), 211));
    }
  }

  /** How many of {@link #filters()} the aggregates are compared for (all on H2, fewer on a server). */
  int aggregateFilters() {
    return 4;
  }

  /** The filters the aggregates are compared for: the first of {@link #filters()}, then statuses, stages, units. */
  private List<InnovationFilter> aggregateFilterList() {
    List<InnovationFilter> all = filters();
    List<InnovationFilter> out = new ArrayList<>(List.of(all.get(0), all.get(3), all.get(2), all.get(4)));
    all.stream().filter(f -> !out.contains(f)).forEach(out::add);
    return out.subList(0, Math.min(aggregateFilters(), out.size()));
  }

  private static final java.util.Set<id.labinov.core.query.RulebookStage> ARRIVED =
      java.util.Set.of(new id.labinov.core.query.RulebookStage("5d", 1, "DISPLAY"));

  /** Compares every aggregate of the database with the reference's (the paging definitions) at one instant. */
  private void compareAggregates(Scope scope, InnovationFilter filter, Instant at) {
    String as = scope + " " + filter + " at " + at;
    assertThat(jdbc.stageDays(scope, filter, at)).as("days in stage, " + as)
        .isEqualTo(reference.stageDays(scope, filter, at));
    assertThat(jdbc.reach(scope, filter, at)).as("reach, " + as).isEqualTo(reference.reach(scope, filter, at));
    assertThat(jdbc.stalled(scope, filter, at, 0, java.util.Set.of(), 5)).as("stalled, " + as)
        .isEqualTo(reference.stalled(scope, filter, at, 0, java.util.Set.of(), 5));
    assertThat(jdbc.stalled(scope, filter, at, 7, ARRIVED, 1000)).as("stalled after 7 days, " + as)
        .isEqualTo(reference.stalled(scope, filter, at, 7, ARRIVED, 1000));
  }

  @ParameterizedTest
  @MethodSource("scopes")
  void computesTheSameAggregatesAsTheReference(Scope scope) {
    List<InnovationFilter> filters = aggregateFilterList();
    if (!everyPairing() && !scope.equals(Scope.national())) {
      // on a server: every aggregate filter in the national scope, one (moving along the scopes) elsewhere
      filters = List.of(filters.get(scopes().indexOf(scope) % filters.size()));
    }
    for (InnovationFilter filter : filters) {
      assertThat(jdbc.rulebooks(scope, filter)).as("rulebooks, " + scope + " " + filter)
          .isEqualTo(reference.rulebooks(scope, filter));
      for (Instant at : asOfs) {
        compareAggregates(scope, filter, at);
      }
    }
  }

  @Test
  void computesTheSameAggregatesAtLocalMidnightAndOutsideTheSqlYears() {
    List<Scope> scopes = List.of(Scope.national(), Scope.region(REGIONS[7]), Scope.region(REGIONS[6]));
    List<InnovationFilter> filters = aggregateFilterList();
    for (int s = 0; s < scopes.size(); s++) {
      for (int f = 0; f < filters.size(); f++) {
        for (int i = 0; i < moreAsOfs.size(); i++) {
          // on a server a Latin square: each scope meets every filter and every instant, not every triple
          if (everyPairing() || (s + i) % filters.size() == f) {
            compareAggregates(scopes.get(s), filters.get(f), moreAsOfs.get(i));
          }
        }
      }
    }
    assertThat(jdbc.stalled(Scope.national(), InnovationFilter.all(), moreAsOfs.get(3), 0, java.util.Set.of(), 0))
        .as("a limit of 0 still counts").satisfies(x -> assertThat(x.total()).isPositive())
        .satisfies(x -> assertThat(x.longest()).isEmpty());
  }

  @Test
  void readsTheVisitRowsOfInnovationsWithoutTheVisitedStagesColumn() throws java.sql.SQLException {
    // visited_stages is NULL where the codes would be longer than the column: the visit rows answer
    String middle = written.get(INNOVATIONS / 2).target().id().toString();
    try (java.sql.Connection c = backend.pool().getConnection(); java.sql.Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE " + backend.prefix() + "innovation SET visited_stages = NULL WHERE id < '" + middle + "'");
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    try {
      for (Scope scope : List.of(Scope.national(), Scope.region(REGIONS[0]), Scope.region(REGIONS[8]))) {
        for (InnovationFilter filter : aggregateFilterList()) {
          assertThat(jdbc.reach(scope, filter, asOfs.get(1))).as("reach, " + scope + " " + filter)
              .isEqualTo(reference.reach(scope, filter, asOfs.get(1)));
        }
      }
    } finally {
      try (java.sql.Connection c = backend.pool().getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
          "UPDATE " + backend.prefix() + "innovation SET visited_stages = ? WHERE id = ?")) {
        for (Append a : written) {
          ps.setString(1, VisitRows.visitedStages(a.state().visits()));
          ps.setString(2, a.target().id().toString());
          ps.addBatch();
        }
        ps.executeBatch();
        if (!c.getAutoCommit()) {
          c.commit();
        }
      }
    }
  }

  @Test
  void theAggregatesMeetEveryCase() {
    // current stays SQL leaves to Java: ended pauses after the instant, and two pauses open at once
    long recountedBefore = 0;
    long never = 0;
    for (Append a : written) {
      var last = a.state().visits().get(a.state().visits().size() - 1);
      Instant from = StayDays.exactFrom(last);
      recountedBefore += from.isAfter(asOf) && !from.equals(StayDays.NEVER) ? 1 : 0;
      never += from.equals(StayDays.NEVER) ? 1 : 0;
    }
    assertThat(recountedBefore).as("current stays whose days SQL cannot count to asOf").isGreaterThan(10);
    assertThat(never).as("current stays with two pauses open").isGreaterThan(10);
    List<id.labinov.core.query.ReachRow> reach = jdbc.reach(Scope.national(), InnovationFilter.all(), asOfs.get(1));
    assertThat(reach).as("implementation started").anyMatch(r -> r.implementationStarted());
    assertThat(reach).as("trial started, implementation not").anyMatch(r -> r.trialStarted() && !r.implementationStarted());
    assertThat(reach).as("stages visited twice (returns)").anyMatch(r -> r.visitedStages().contains("DESIGN")
        && !r.stage().equals("DESIGN") && r.visitedStages().size() > 2);
    assertThat(reach.stream().mapToLong(r -> r.innovations()).sum()).isEqualTo(INNOVATIONS);
    assertThat(jdbc.stalled(Scope.national(), InnovationFilter.all(), asOfs.get(1), 7, ARRIVED, 10).total())
        .isGreaterThan(100);
    assertThat(jdbc.stageDays(Scope.national(), InnovationFilter.all(), asOfs.get(1)))
        .as("histogram bars of several stays").anyMatch(b -> b.stays() > 5 && b.ongoing() > 0);
  }

  @Test
  void theGeneratedDataIsVariedEnoughToMeanSomething() {
    InnovationQuery q = jdbc;
    assertThat(q.count(Scope.national(), InnovationFilter.all(), Dimension.STAGE)).hasSize(5);
    assertThat(q.count(Scope.national(), InnovationFilter.all(), Dimension.STATUS)).hasSizeGreaterThanOrEqualTo(3);
    for (Dimension d : Dimension.values()) {
      assertThat(q.count(Scope.national(), InnovationFilter.all(), d)).as(d.name()).hasSizeGreaterThan(2);
    }
    for (ReplicationSource source : SOURCES) {
      assertThat(q.count(Scope.national(), InnovationFilter.builder().replicates(source).build(), Dimension.STATUS))
          .as("replications of " + source).isNotEmpty();
    }
    for (RegionCode r : REGIONS) {
      assertThat(q.find(Scope.region(r), InnovationFilter.all(), PageRequest.first(100)).items()).hasSizeGreaterThan(50);
    }
    assertThat(q.find(Scope.national(), InnovationFilter.builder().titleContains("%").build(), PageRequest.first(1000))
        .items()).hasSizeBetween(100, INNOVATIONS / 4);
  }

  @Test
  void everyStoredHistoryIsIntactAfterParallelWriting() {
    for (int i = 0; i < written.size(); i += 97) {
      assertThat(jdbc.verify(written.get(i).target()).ok()).isTrue();
    }
  }
}
