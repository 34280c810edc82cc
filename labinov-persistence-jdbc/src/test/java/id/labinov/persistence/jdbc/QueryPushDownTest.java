package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.ADMIN;
import static id.labinov.persistence.jdbc.Fixtures.BANDUNG;
import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.KOTA_SERANG;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static id.labinov.persistence.jdbc.Fixtures.SERANG;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.model.Theme;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.spi.InnovationQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same commands on the in-memory store (the reference) and on H2: every query, count and
 * duration page must be equal, including titles full of LIKE wildcards and letters whose case
 * mapping changes their length.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPushDownTest {
  private static final String[] TITLES = {"Posyandu 100% Digital", "Sekolah_Lapang", "Bank Sampah!", "İzin Cepat",
      "Café Sehat", "Cafe\u0301 Sehat", "SIGAP Banjir", "sigap kebakaran", "Antre!%_Online", "Desa Wisata"};
  private static final RegionCode[] REGIONS = {LEBAK, SERANG, KOTA_SERANG, BANDUNG};
  private static final String[] OPDS = {"DINKES", "DISDIK", "BAPPEDA"};
  private static final String[] THEMES = {"STUNTING", "KOTA_LAYAK_ANAK", "SAMPAH"};

  private TestDb db;
  private InMemoryInnovationStore reference;
  private JdbcInnovationStore jdbc;
  private Instant asOf;

  @BeforeAll
  void seed() {
    db = TestDb.memory();
    JdbcStorage storage = JdbcStorage.builder().dataSource(db.dataSource()).build();
    jdbc = storage.innovationStore();
    reference = new InMemoryInnovationStore();
    Fixtures.HandClock clockA = new Fixtures.HandClock(Fixtures.START);
    Fixtures.HandClock clockB = new Fixtures.HandClock(Fixtures.START);
    Labinov a = Fixtures.lab(reference, new InMemoryRulebookStore(), clockA, 36);
    Labinov b = Fixtures.lab(jdbc, storage.rulebookStore(), clockB, 36);
    Random random = new Random(2026);
    for (int i = 0; i < 60; i++) {
      int r = random.nextInt(1000);
      RegionCode region = REGIONS[r % REGIONS.length];
      InnovationDetails d = InnovationDetails.titled(TITLES[i % TITLES.length] + " " + i)
          .withOpd(r % 7 == 0 ? null : OpdCode.of(OPDS[r % OPDS.length]))
          .withClassification(r % 5 == 0 ? null : Bentuk.values()[r % 3], r % 4 == 0 ? null : Jenis.values()[r % 2])
          .withThemes(r % 3 == 0 ? Set.of() : new java.util.HashSet<>(List.of(Theme.of(THEMES[r % 3]), Theme.of(THEMES[(r / 3) % 3]))));
      run(a, region, d, i, r, clockA);
      run(b, region, d, i, r, clockB);
      clockA.advance(Duration.ofHours(7 + r % 40));
      clockB.advance(Duration.ofHours(7 + r % 40));
    }
    assertThat(clockB.instant()).isEqualTo(clockA.instant());
    asOf = clockA.instant().plus(Duration.ofDays(3));
  }

  private static void run(Labinov lab, RegionCode region, InnovationDetails d, int i, int r, Fixtures.HandClock clock) {
    // the region's own people: an innovator of the innovation's OPD, its head, the lab administrator
    Actor innovator = d.opd() == null ? INNOVATOR.in(region)
        : Actor.of("asn-" + d.opd().value(), d.opd().value(), Role.INNOVATOR).in(region);
    Actor admin = ADMIN.in(region);
    InnovationRef ref = lab.innovations().propose(region, innovator, d).orThrow().ref();
    if (r % 4 != 0 && d.opd() != null) {
      lab.innovations().attachEvidence(ref, innovator, Fixtures.evidence("COMMITMENT_LETTER", i), Options.none()).orThrow();
      clock.advance(Duration.ofHours(r % 50));
      Actor head = Actor.of("kadis-" + d.opd().value(), d.opd().value(), Role.OPD_HEAD).in(region);
      lab.innovations().approve(ref, head, Role.OPD_HEAD, null, Options.none()).orThrow();
      lab.innovations().advance(ref, innovator, "DIAGNOSE", Options.none()).orThrow();
    }
    clock.advance(Duration.ofHours(r % 30));
    if (r % 5 == 1) {
      lab.innovations().hold(ref, admin, "anggaran", Options.none()).orThrow();
    } else if (r % 5 == 2) {
      lab.innovations().drop(ref, admin, "tidak lanjut", Options.none()).orThrow();
    }
  }

  @AfterAll
  void stop() {
    db.close();
  }

  static List<Scope> scopes() {
    return List.of(Scope.national(), Scope.region(LEBAK), Scope.region(BANDUNG), Scope.province(Province.ofCode("36")),
        Scope.province(Province.ofCode("32")), Scope.province(Province.ofCode("91")), new Scope(Scope.Level.PROVINCE, "3_"),
        new Scope(Scope.Level.REGION, "36.0%"));
  }

  static List<InnovationFilter> filters() {
    List<InnovationFilter> out = new ArrayList<>(List.of(InnovationFilter.all(),
        InnovationFilter.builder().stages("DIAGNOSE").build(),
        InnovationFilter.builder().stages("DRUM_UP", "DIAGNOSE").statuses(InnovationStatus.ACTIVE).build(),
        InnovationFilter.builder().statuses(InnovationStatus.ON_HOLD, InnovationStatus.DROPPED).build(),
        InnovationFilter.builder().opds(OpdCode.of("DINKES"), OpdCode.of("BAPPEDA")).build(),
        InnovationFilter.builder().bentuk(Bentuk.PELAYANAN_PUBLIK).jenis(Jenis.DIGITAL).build(),
        InnovationFilter.builder().themes(Theme.of("STUNTING")).build(),
        InnovationFilter.builder().themes(Theme.of("SAMPAH"), Theme.of("KOTA_LAYAK_ANAK")).opds(OpdCode.of("DISDIK")).build(),
        InnovationFilter.builder().programmes("prog-1").build()));
    for (String text : List.of("100%", "%", "_", "!", "!%_", "sekolah_", "SIGAP", "café", "cafe\u0301", "i̇zin", "İZİN",
        "  bank  ", "zzz", "1")) {
      out.add(InnovationFilter.builder().titleContains(text).build());
    }
    return out;
  }

  static List<Object[]> scopesAndFilters() {
    List<Object[]> out = new ArrayList<>();
    for (Scope s : scopes()) {
      for (InnovationFilter f : filters()) {
        out.add(new Object[] {s, f});
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
    for (int size : new int[] {1, 7, 1000}) {
      assertThat(pages(p -> jdbc.find(scope, filter, p), size))
          .isEqualTo(pages(p -> reference.find(scope, filter, p), size));
    }
  }

  @ParameterizedTest
  @MethodSource("scopesAndFilters")
  void listsTheSameStageDurationsAsTheReference(Scope scope, InnovationFilter filter) {
    assertThat(pages(p -> jdbc.stageDurations(scope, filter, asOf, p), 4))
        .isEqualTo(pages(p -> reference.stageDurations(scope, filter, asOf, p), 4));
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
  @EnumSource(Dimension.class)
  void theSeedIsVariedEnoughToMeanSomething(Dimension dimension) {
    if (dimension != Dimension.PROGRAMME) {
      assertThat(reference.count(Scope.national(), InnovationFilter.all(), dimension)).hasSizeGreaterThan(1);
    }
    assertThat(((InnovationQuery) jdbc).find(Scope.national(), InnovationFilter.builder().titleContains("%").build(),
        PageRequest.first(100)).items()).hasSize(12);
  }
}
