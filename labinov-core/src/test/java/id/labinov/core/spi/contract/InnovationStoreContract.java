package id.labinov.core.spi.contract;

import static id.labinov.core.spi.contract.ContractData.ADMIN;
import static id.labinov.core.spi.contract.ContractData.BOGOR;
import static id.labinov.core.spi.contract.ContractData.COACH;
import static id.labinov.core.spi.contract.ContractData.HEAD;
import static id.labinov.core.spi.contract.ContractData.INNOVATOR;
import static id.labinov.core.spi.contract.ContractData.KOTA_TANGERANG;
import static id.labinov.core.spi.contract.ContractData.LEBAK;
import static id.labinov.core.spi.contract.ContractData.TANGERANG;
import static id.labinov.core.spi.contract.ContractData.details;
import static id.labinov.core.spi.contract.ContractData.evidence;
import static id.labinov.core.spi.contract.ContractData.programme;
import static id.labinov.core.spi.contract.ContractData.variety;
import static id.labinov.core.spi.contract.ContractData.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.BulkItem;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.BulkSummary;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceRef;
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
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.query.StageDuration;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.RulebookConflictException;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.AppendOutcome;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore.RulebookInfo;
import id.labinov.core.spi.RulebookStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The storage contract: every {@link InnovationStore}, {@link InnovationQuery} and
 * {@link RulebookStore} must pass it. It tests the port semantics directly (through
 * {@link id.labinov.core.spi.Append}, with events written by {@link EventStream}) and through a
 * {@link Labinov} facade built on the stores, without mocks.
 *
 * <p>A subclass per store supplies the ports. JUnit makes a new test instance per test, and the
 * ports are asked for lazily, the first time a test needs them (after every {@code @BeforeEach}):
 * so a subclass may create fresh stores in field initialisers, or create a schema / clean its tables
 * in its own {@code @BeforeEach}. {@link EventLogInvariantsExtension} re-checks every touched
 * innovation's event log after each test, before any {@code @AfterEach} closes the store.
 *
 * <p>Time is the injected clock only: expiry of idempotency keys is judged by the time of the
 * append's events, never by the store's or database's own clock.
 */
@ExtendWith(EventLogInvariantsExtension.class)
public abstract class InnovationStoreContract implements EventLogInvariantsExtension.Subject {
  /** Monday 4 March 2024, 09:00:00.123456 WIB. */
  protected static final Instant T0 = Instant.parse("2024-03-04T02:00:00.123456Z");
  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "b".repeat(64);

  /** The clock of the facade and of hand-written events. */
  protected final SteppingClock clock = new SteppingClock(T0);
  /** Makes repeatable innovation and event ids. */
  protected final IdGenerator ids = IdGenerator.from(new Random(3602));
  private final List<InnovationEvent> delivered = Collections.synchronizedList(new ArrayList<>());
  private RecordingInnovationStore ports;
  private Labinov lab;

  /**
   * Returns the innovation store under test: the same instance for the whole test.
   *
   * @return the store
   */
  protected abstract InnovationStore store();

  /**
   * Returns the query port reading the same data as {@link #store()}.
   *
   * @return the query port
   */
  protected abstract InnovationQuery query();

  /**
   * Returns the rulebook store under test.
   *
   * @return the rulebook store
   */
  protected abstract RulebookStore rulebookStore();

  /**
   * Returns how many commands each of the 8 threads sends in the concurrency test.
   *
   * @return the number of commands per thread (default 200)
   */
  protected int concurrentCommandsPerThread() {
    return 200;
  }

  /**
   * Returns how many generated races {@link #twoWritersWithTheSameExpectedVersionExactlyOneWins} runs;
   * each sets up one innovation with several commands, so servers run fewer than in-memory stores.
   *
   * @return the number of generated races (default 60)
   */
  protected int raceExamples() {
    return 60;
  }

  // ---------------------------------------------------------------- wiring

  /** Returns the store under test, wrapped to record what each test touches. */
  protected final synchronized InnovationStore ports() {
    if (ports == null) {
      ports = new RecordingInnovationStore(store());
    }
    return ports;
  }

  /**
   * Returns a facade builder wired to the stores under test, the clock and the id generator, with
   * the 5D rulebook and 20 conflict retries.
   *
   * @return the builder
   */
  protected final Labinov.Builder facadeBuilder() {
    return Labinov.builder()
        .clock(clock)
        .ids(ids)
        .innovationStore(ports())
        .query(query())
        .rulebookStore(rulebookStore())
        .rulebook(Rulebooks.fiveD())
        .conflictRetries(20)
        .listener(delivered::addAll);
  }

  /** Returns the facade on the stores under test (one per test). */
  protected final synchronized Labinov lab() {
    if (lab == null) {
      lab = facadeBuilder().build();
    }
    return lab;
  }

  @Override
  public final Optional<InnovationStore> invariantStore() {
    return Optional.ofNullable(ports).map(RecordingInnovationStore::delegate);
  }

  @Override
  public final Collection<InnovationRef> touchedInnovations() {
    return ports == null ? List.of() : ports.touched();
  }

  private InnovationRef newRef(RegionCode region) {
    return new InnovationRef(region, ids.newInnovationId(clock.instant()));
  }

  private EventStream stream(RegionCode region, InnovationDetails d, String programmeId) {
    return EventStream.propose(newRef(region), d, programmeId, clock.instant(), ids);
  }

  private EventStream stored(RegionCode region, InnovationDetails d) {
    EventStream s = stream(region, d, null);
    s.commit(ports());
    return s;
  }

  private static IdempotencyRecord record(String key, String hash, EventStream s, Duration ttl) {
    return new IdempotencyRecord(key, hash, s.ref(), s.state().version(), s.pending().size(), s.now().plus(ttl));
  }

  /**
   * Writes the {@code i}th innovation of the varied family: programme, details, a stage reached
   * through {@code i % 5} advances a few days apart, and every seventh put on hold or dropped.
   */
  private EventStream varied(RegionCode region, int i) {
    EventStream s = stream(region, variety(i), programme(i));
    String[] stages = {"DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY"};
    for (int k = 0; k < i % 5; k++) {
      s.later(Duration.ofDays(1 + (i + k) % 3)).moveTo(stages[k]);
    }
    if (i % 7 == 5) {
      s.later(Duration.ofHours(30)).hold();
    } else if (i % 7 == 6) {
      s.later(Duration.ofHours(30)).drop();
    }
    s.commit(ports());
    return s;
  }

  private List<InnovationState> seedVaried(RegionCode region, int from, int count) {
    List<InnovationState> out = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      out.add(varied(region, i).state());
    }
    return out;
  }

  private List<InnovationSummary> findAll(Scope scope, InnovationFilter filter, int pageSize) {
    List<InnovationSummary> out = new ArrayList<>();
    PageRequest page = PageRequest.first(pageSize);
    for (int guard = 0; page != null; guard++) {
      assertThat(guard).as("pages of " + scope + " " + filter).isLessThan(1000);
      Page<InnovationSummary> p = query().find(scope, filter, page);
      out.addAll(p.items());
      page = p.next();
    }
    return out;
  }

  private static List<InnovationId> idsOf(List<InnovationSummary> summaries) {
    return summaries.stream().map(s -> s.ref().id()).toList();
  }

  private void assertStored(EventStream s) {
    assertThat(ports().load(s.ref())).as("state of " + s.ref()).contains(s.state());
    assertThat(ports().history(s.ref())).as("history of " + s.ref()).containsExactlyElementsOf(s.events());
  }

  // ---------------------------------------------------------------- load and append

  @Test
  void loadsNothingForAnUnknownInnovation() {
    InnovationRef ref = newRef(LEBAK);

    assertThat(ports().load(ref)).isEmpty();
    assertThat(ports().history(ref)).isEmpty();
    assertThat(ports().findIdempotency(LEBAK, "kunci-1", T0)).isEmpty();
    assertThat(findAll(Scope.national(), InnovationFilter.all(), 10)).isEmpty();
    for (Dimension d : Dimension.values()) {
      assertThat(query().count(Scope.national(), InnovationFilter.all(), d)).as(d.name()).isEmpty();
    }
    assertThat(query().stageDurations(Scope.national(), InnovationFilter.all(), T0, PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void appendsANewInnovationAfterVersionZeroAndLoadsItsState() {
    EventStream s = stream(LEBAK, details(), "PIL-2024");

    Optional<IdempotencyRecord> returned = s.commit(ports());

    assertThat(returned).as("no idempotency record was given").isEmpty();
    assertThat(s.state().version()).isEqualTo(1);
    assertStored(s);
  }

  @Test
  void appendsSeveralEventsAtOnceAndLaterAppendsContinueTheHistory() {
    EventStream s = stream(LEBAK, details(), null)
        .later(Duration.ofMinutes(5)).evidence("COMMITMENT_LETTER", "komitmen.pdf")
        .approval(Role.OPD_HEAD, "kadis-dinkes");
    s.commit(ports());
    assertThat(ports().load(s.ref()).map(InnovationState::version)).contains(3L);
    assertStored(s);

    s.later(Duration.ofDays(2)).moveTo("DIAGNOSE")
        .details(details().withText(InnovationDetails.PROBLEM, words(25)));
    s.commit(ports());

    assertThat(ports().load(s.ref()).map(InnovationState::version)).contains(5L);
    assertStored(s);
  }

  @Test
  void refusesAStaleExpectedVersionAndWritesNothingOfIt() {
    EventStream s = stored(LEBAK, details());
    EventStream stale = s.fork();
    s.evidence("COMMITMENT_LETTER", "komitmen.pdf").commit(ports());
    stale.evidence("ACTION_PLAN", "rencana-aksi.pdf").evidence("PHOTO", "foto.jpg");
    IdempotencyRecord key = record("unggah-stale", HASH_A, stale, Duration.ofDays(7));

    assertThatThrownBy(() -> ports().append(stale.toAppend(key)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.code()).isEqualTo("VERSION_CONFLICT");
          assertThat(e.ref()).isEqualTo(s.ref());
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.actual()).isEqualTo(2);
        });

    assertStored(s);
    assertThat(ports().findIdempotency(LEBAK, "unggah-stale", T0)).as("the key of a failed append").isEmpty();
  }

  @Test
  void refusesAnExpectedVersionAheadOfTheStoredOne() {
    EventStream s = stored(LEBAK, details());
    EventStream ahead = s.fork().evidence("PHOTO", "a.jpg").evidence("PHOTO", "b.jpg").written().evidence("PHOTO", "c.jpg");

    assertThatThrownBy(() -> ports().append(ahead.toAppend(null)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.expected()).isEqualTo(3);
          assertThat(e.actual()).isEqualTo(1);
        });
    assertStored(s);
  }

  @Test
  void refusesASecondProposalOfTheSameInnovation() {
    EventStream first = stored(LEBAK, details());
    EventStream second = EventStream.propose(first.ref(), variety(3), null, T0.plus(Duration.ofMinutes(1)), ids);

    assertThatThrownBy(() -> ports().append(second.toAppend(null)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.expected()).isZero();
          assertThat(e.actual()).isEqualTo(1);
        });
    assertStored(first);
  }

  @Test
  void refusesToContinueAnInnovationThatDoesNotExist() {
    EventStream ghost = stream(LEBAK, details(), null).written().evidence("PHOTO", "foto.jpg");

    assertThatThrownBy(() -> ports().append(ghost.toAppend(null)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.actual()).isZero();
        });
    assertThat(ports().load(ghost.ref())).isEmpty();
    assertThat(ports().history(ghost.ref())).isEmpty();
  }

  @Test
  void historyIsInSequenceOrderAndReplaysToTheStoredState() {
    EventStream s = stream(LEBAK, details(), null);
    s.evidence("COMMITMENT_LETTER", "komitmen.pdf").approval(Role.OPD_HEAD, "kadis-dinkes").commit(ports());
    s.later(Duration.ofDays(3)).moveTo("DIAGNOSE").commit(ports());
    s.later(Duration.ofDays(1)).hold().later(Duration.ofDays(4)).resume().commit(ports());
    s.later(Duration.ofDays(2)).moveTo("DESIGN").advanceConditionallyTo("DELIVER", "SK kepala dinas", "anggaran")
        .commit(ports());
    s.later(Duration.ofDays(6)).clearCondition("c" + s.state().version() + "-1").moveTo("DESIGN").commit(ports());
    s.later(Duration.ofDays(1)).drop().later(Duration.ofDays(9)).reopen().commit(ports());

    List<InnovationEvent> history = ports().history(s.ref());

    assertThat(history).containsExactlyElementsOf(s.events());
    assertThat(history).extracting(e -> e.metadata().sequence())
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, history.size()).boxed().toList());
    assertThat(Decider.replay(history)).isEqualTo(ports().load(s.ref()).orElseThrow());
    assertThat(ports().load(s.ref()).orElseThrow().openConditions()).hasSize(1);
  }

  // ---------------------------------------------------------------- idempotency

  @Test
  void aRetriedKeyWithTheSameRequestReturnsTheStoredRecordAndWritesNothing() {
    EventStream s = stream(LEBAK, details(), null);
    EventStream lostReply = s.fork();
    IdempotencyRecord first = record("usul-1", HASH_A, s, Duration.ofDays(7));
    assertThat(s.commit(ports(), first)).contains(first);
    assertThat(ports().findIdempotency(LEBAK, "usul-1", T0)).contains(first);
    s.evidence("COMMITMENT_LETTER", "komitmen.pdf").commit(ports());

    // the same command again, from a writer that still saw nothing: the key check comes before the version check
    IdempotencyRecord again = record("usul-1", HASH_A, lostReply, Duration.ofDays(8));
    assertThat(ports().append(lostReply.toAppend(again))).contains(first);
    assertStored(s);

    // and from a writer that saw the current version
    EventStream current = s.fork().evidence("PHOTO", "foto.jpg");
    assertThat(ports().append(current.toAppend(record("usul-1", HASH_A, current, Duration.ofDays(8))))).contains(first);
    assertStored(s);
  }

  @Test
  void aKeyReusedForAnotherRequestIsRefusedAndWritesNothing() {
    EventStream s = stream(LEBAK, details(), null);
    s.commit(ports(), record("unggah-1", HASH_A, s, Duration.ofDays(7)));
    EventStream other = s.fork().evidence("PHOTO", "foto.jpg");

    assertThatThrownBy(() -> ports().append(other.toAppend(record("unggah-1", HASH_B, other, Duration.ofDays(7)))))
        .isInstanceOfSatisfying(IdempotencyKeyReusedException.class, e -> {
          assertThat(e.key()).isEqualTo("unggah-1");
          assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        });
    assertStored(s);
    assertThat(ports().findIdempotency(LEBAK, "unggah-1", T0).map(IdempotencyRecord::requestHash)).contains(HASH_A);

    EventStream newcomer = stream(LEBAK, variety(2), null);
    assertThatThrownBy(() -> ports().append(newcomer.toAppend(record("unggah-1", HASH_B, newcomer, Duration.ofDays(7)))))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(ports().load(newcomer.ref())).as("an innovation proposed under a reused key").isEmpty();
  }

  @Test
  void idempotencyKeysBelongToTheirRegion() {
    EventStream a = stream(LEBAK, details(), null);
    EventStream b = stream(TANGERANG, details(), null);
    IdempotencyRecord ra = record("form-1", HASH_A, a, Duration.ofDays(7));
    IdempotencyRecord rb = record("form-1", HASH_B, b, Duration.ofDays(7));

    assertThat(a.commit(ports(), ra)).contains(ra);
    assertThat(b.commit(ports(), rb)).contains(rb);

    assertThat(ports().findIdempotency(LEBAK, "form-1", T0)).contains(ra);
    assertThat(ports().findIdempotency(TANGERANG, "form-1", T0)).contains(rb);
    assertThat(ports().findIdempotency(BOGOR, "form-1", T0)).isEmpty();
    assertStored(a);
    assertStored(b);
  }

  @Test
  void expiredKeysAreIgnoredAndPurged() {
    EventStream a = stream(LEBAK, details(), null);
    a.commit(ports(), record("k-1", HASH_A, a, Duration.ofHours(1)));
    EventStream b = stream(LEBAK, variety(1), null);
    b.commit(ports(), record("k-2", HASH_A, b, Duration.ofHours(2)));
    EventStream c = stream(LEBAK, variety(2), null);
    IdempotencyRecord live = record("k-3", HASH_A, c, Duration.ofDays(30));
    c.commit(ports(), live);

    assertThat(ports().findIdempotency(LEBAK, "k-1", T0.plus(Duration.ofMinutes(59)))).isPresent();
    assertThat(ports().findIdempotency(LEBAK, "k-1", T0.plus(Duration.ofMinutes(61)))).as("expired").isEmpty();

    // an expired key may be used again, even for another request
    a.at(T0.plus(Duration.ofHours(3))).evidence("PHOTO", "foto.jpg");
    IdempotencyRecord renewed = record("k-1", HASH_B, a, Duration.ofDays(7));
    assertThat(a.commit(ports(), renewed)).contains(renewed);
    assertStored(a);
    assertThat(ports().findIdempotency(LEBAK, "k-1", T0.plus(Duration.ofHours(3)))).contains(renewed);

    assertThat(ports().purgeExpiredIdempotencyKeys(T0.plus(Duration.ofHours(3)))).as("purged: k-2 only").isEqualTo(1);
    assertThat(ports().findIdempotency(LEBAK, "k-2", T0)).as("a purged key").isEmpty();
    assertThat(ports().findIdempotency(LEBAK, "k-3", T0.plus(Duration.ofHours(3)))).contains(live);
    assertThat(ports().findIdempotency(LEBAK, "k-1", T0.plus(Duration.ofHours(3)))).contains(renewed);
    assertThat(ports().purgeExpiredIdempotencyKeys(T0.plus(Duration.ofHours(3)))).isZero();
    assertStored(b);
    assertStored(c);
  }

  // ---------------------------------------------------------------- regions and scopes

  @Test
  void aRegionCannotLoadReadOrQueryAnotherRegionsInnovation() {
    EventStream a = stored(LEBAK, details());
    InnovationRef foreign = new InnovationRef(TANGERANG, a.ref().id());

    assertThat(ports().load(foreign)).isEmpty();
    assertThat(ports().history(foreign)).isEmpty();
    assertThat(findAll(Scope.region(TANGERANG), InnovationFilter.all(), 10)).isEmpty();
    assertThat(query().count(Scope.region(TANGERANG), InnovationFilter.all(), Dimension.STAGE)).isEmpty();
    assertThat(query().stageDurations(Scope.region(TANGERANG), InnovationFilter.all(), T0, PageRequest.first(5)).items())
        .isEmpty();

    // writing under the same id in another region never touches the first (a store may refuse it)
    EventStream b = EventStream.propose(foreign, variety(4), null, T0, ids);
    try {
      b.commit(ports());
    } catch (VersionConflictException refused) {
      assertThat(ports().load(foreign)).isEmpty();
    }
    assertStored(a);
    if (ports().load(foreign).isPresent()) {
      assertStored(b);
    }
    assertThat(findAll(Scope.region(LEBAK), InnovationFilter.all(), 10)).containsExactly(InnovationSummary.of(a.state()));
  }

  @Test
  void provinceAndNationalScopesSelectRegionsByCodePrefix() {
    RegionCode banten = RegionCode.parse("36");
    RegionCode kalsel = RegionCode.parse("63.02");
    List<InnovationState> all = new ArrayList<>();
    all.addAll(seedVaried(LEBAK, 0, 2));
    all.addAll(seedVaried(TANGERANG, 2, 2));
    all.addAll(seedVaried(KOTA_TANGERANG, 4, 1));
    all.addAll(seedVaried(banten, 5, 1));
    all.addAll(seedVaried(BOGOR, 6, 2));
    all.addAll(seedVaried(kalsel, 8, 1));

    Map<Scope, Set<RegionCode>> expected = Map.of(
        Scope.region(LEBAK), Set.of(LEBAK),
        Scope.province(Province.ofCode("36")), Set.of(LEBAK, TANGERANG, KOTA_TANGERANG, banten),
        Scope.province(Province.ofCode("32")), Set.of(BOGOR),
        Scope.province(Province.ofCode("63")), Set.of(kalsel),
        Scope.national(), Set.of(LEBAK, TANGERANG, KOTA_TANGERANG, banten, BOGOR, kalsel));
    expected.forEach((scope, regions) -> {
      List<InnovationSummary> found = findAll(scope, InnovationFilter.all(), 3);
      assertThat(found).as(scope.toString()).containsExactlyElementsOf(QueryReference.find(all, scope, InnovationFilter.all()));
      assertThat(found.stream().map(s -> s.ref().region()).collect(Collectors.toSet())).as(scope.toString())
          .isEqualTo(regions);
      long counted = query().count(scope, InnovationFilter.all(), Dimension.STATUS).stream().mapToLong(r -> r.count()).sum();
      assertThat(counted).as("count in " + scope).isEqualTo(found.size());
    });
  }

  // ---------------------------------------------------------------- queries

  @Test
  void findsByEachFilterCriterionAsTheReferenceSemanticsSay() {
    List<InnovationState> all = new ArrayList<>(seedVaried(LEBAK, 0, 35));
    all.addAll(seedVaried(TANGERANG, 0, 7));
    List<InnovationFilter> filters = List.of(
        InnovationFilter.builder().programmes("PIL-2024").build(),
        InnovationFilter.builder().programmes("PIL-2024", "PIL-2025").build(),
        InnovationFilter.builder().stages("DESIGN").build(),
        InnovationFilter.builder().stages("DRUM_UP", "DISPLAY").build(),
        InnovationFilter.builder().statuses(InnovationStatus.ON_HOLD).build(),
        InnovationFilter.builder().statuses(InnovationStatus.ACTIVE, InnovationStatus.DROPPED).build(),
        InnovationFilter.builder().opds(OpdCode.of("DINKES")).build(),
        InnovationFilter.builder().opds(OpdCode.of("DINKES"), OpdCode.of("DISHUB")).build(),
        InnovationFilter.builder().bentuk(Bentuk.PELAYANAN_PUBLIK).build(),
        InnovationFilter.builder().bentuk(Bentuk.LAINNYA, Bentuk.TATA_KELOLA_PEMERINTAHAN).build(),
        InnovationFilter.builder().jenis(Jenis.DIGITAL).build(),
        InnovationFilter.builder().jenis(Jenis.NON_DIGITAL).build(),
        InnovationFilter.builder().themes(Theme.of("KOTA_LAYAK_ANAK")).build(),
        InnovationFilter.builder().themes(Theme.of("SMART_CITY"), Theme.of("KOTA_TANPA_KUMUH")).build(),
        InnovationFilter.builder().titleContains("posyandu").build(),
        InnovationFilter.builder().titleContains("SISTEM E\u0301LEK").build(),
        InnovationFilter.builder().titleContains("%").build(),
        InnovationFilter.builder().titleContains("_").build(),
        InnovationFilter.builder().titleContains("0% on").build(),
        InnovationFilter.builder().stages("DESIGN", "DELIVER").opds(OpdCode.of("DINKES")).jenis(Jenis.DIGITAL).build(),
        InnovationFilter.builder().programmes("PIL-2024").themes(Theme.of("SMART_CITY")).titleContains("data").build());

    for (InnovationFilter f : filters) {
      List<InnovationSummary> expected = QueryReference.find(all, Scope.region(LEBAK), f);
      assertThat(expected).as("the data set exercises " + f).isNotEmpty().hasSizeLessThan(35);
      assertThat(findAll(Scope.region(LEBAK), f, 4)).as(f.toString()).containsExactlyElementsOf(expected);
    }
    assertThat(findAll(Scope.region(LEBAK), InnovationFilter.builder().stages("NOWHERE").build(), 4)).isEmpty();
  }

  @Test
  void replicationLineageIsStoredAndQueryableBothWays() {
    InnovationRef original = ok(lab().innovations().propose(TANGERANG, INNOVATOR.in(TANGERANG), details())).ref();
    ReplicationSource source = new ReplicationSource(original.region(), original.id());
    InnovationRef lebakCopy = ok(lab().innovations().propose(LEBAK, INNOVATOR, details().withReplicates(source))).ref();
    InnovationRef lebakLater = ok(lab().innovations().propose(LEBAK, INNOVATOR, details().withTitle("Salinan kemudian"))).ref();
    InnovationRef bogorCopy = ok(lab().innovations().propose(BOGOR, INNOVATOR.in(BOGOR), details().withReplicates(source))).ref();
    ok(lab().innovations().propose(LEBAK, INNOVATOR, details().withTitle("Asli Lebak")));
    ok(lab().innovations().updateDetails(lebakLater, INNOVATOR, lab().innovations().get(lebakLater).details().withReplicates(source),
        Options.none()));

    assertThat(lab().innovations().get(lebakCopy).details().replicates()).isEqualTo(source);
    assertThat(lab().innovations().get(lebakLater).details().replicates()).isEqualTo(source);
    assertThat(lab().innovations().get(original).details().replicates()).isNull();
    InnovationFilter whoReplicated = InnovationFilter.builder().replicates(source).build();
    assertThat(idsOf(findAll(Scope.region(LEBAK), whoReplicated, 1))).as("in id order, one per page")
        .containsExactlyElementsOf(java.util.stream.Stream.of(lebakCopy.id(), lebakLater.id()).sorted().toList());
    assertThat(findAll(Scope.region(LEBAK), whoReplicated, 5)).allSatisfy(
        s -> assertThat(s.replicates()).isEqualTo(source));
    assertThat(idsOf(findAll(Scope.national(), whoReplicated, 2)))
        .containsExactlyInAnyOrder(lebakCopy.id(), lebakLater.id(), bogorCopy.id());
    assertThat(query().count(Scope.region(LEBAK), whoReplicated, Dimension.STAGE))
        .extracting(CountRow::count).containsExactly(2L);
    assertThat(findAll(Scope.region(TANGERANG), whoReplicated, 5)).isEmpty();

    ok(lab().innovations().updateDetails(lebakLater, INNOVATOR, lab().innovations().get(lebakLater).details().withReplicates(null),
        Options.none()));
    assertThat(idsOf(findAll(Scope.region(LEBAK), whoReplicated, 5))).containsExactly(lebakCopy.id());
    assertThat(lab().innovations().history(lebakCopy).get(0)).isInstanceOfSatisfying(InnovationProposed.class,
        p -> assertThat(p.details().replicates()).isEqualTo(source));
  }

  @Test
  void replicationOfTheSameRegionsInnovationIsRefusedAndStoresNothing() {
    InnovationRef lebak = ok(lab().innovations().propose(LEBAK, INNOVATOR, details())).ref();
    ReplicationSource own = new ReplicationSource(LEBAK, lebak.id());
    CommandResult r = lab().innovations().propose(LEBAK, INNOVATOR, details().withReplicates(own));

    assertThat(r.accepted()).isFalse();
    assertThat(r.verdict().violations()).extracting(Violation::code).contains("REPLICATES_OWN_REGION");
    assertThat(findAll(Scope.national(), InnovationFilter.builder().replicates(own).build(), 5)).isEmpty();
  }

  @Test
  void pagesThroughTwentyFiveInnovationsSevenAtATime() {
    List<InnovationState> all = new ArrayList<>(seedVaried(LEBAK, 0, 25));
    all.addAll(seedVaried(BOGOR, 25, 3));
    List<InnovationId> expected = all.stream().filter(s -> s.region().equals(LEBAK)).map(InnovationState::id).sorted().toList();

    List<Page<InnovationSummary>> pages = new ArrayList<>();
    PageRequest request = PageRequest.first(7);
    while (request != null && pages.size() < 10) {
      Page<InnovationSummary> page = query().find(Scope.region(LEBAK), InnovationFilter.all(), request);
      pages.add(page);
      if (page.next() != null) {
        assertThat(page.next().size()).isEqualTo(7);
        assertThat(page.next().after()).as("the cursor is the page's last id")
            .isEqualTo(page.items().get(page.items().size() - 1).ref().id());
      }
      request = page.next();
    }

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(7, 7, 7, 4);
    List<InnovationId> seen = pages.stream().flatMap(p -> idsOf(p.items()).stream()).toList();
    assertThat(seen).as("no duplicates, no gaps, ascending id").containsExactlyElementsOf(expected);
    assertThat(new HashSet<>(seen)).hasSize(25);
  }

  @Test
  void theLastFullPageHasNoNextPage() {
    seedVaried(LEBAK, 0, 25);

    Page<InnovationSummary> page = query().find(Scope.region(LEBAK), InnovationFilter.all(), PageRequest.first(5));
    int pages = 1;
    while (page.next() != null && pages < 10) {
      page = query().find(Scope.region(LEBAK), InnovationFilter.all(), page.next());
      pages++;
    }

    assertThat(pages).isEqualTo(5);
    assertThat(page.items()).hasSize(5);
  }

  @Test
  void pagesFromACursorThatIsNoStoredIdAndThroughAFilter() {
    List<InnovationState> all = seedVaried(LEBAK, 0, 25);
    List<InnovationId> sorted = all.stream().map(InnovationState::id).sorted().toList();
    UUID tenth = sorted.get(9).value();
    InnovationId between = new InnovationId(new UUID(tenth.getMostSignificantBits(), tenth.getLeastSignificantBits() + 1));
    assertThat(between).isLessThan(sorted.get(10));

    Page<InnovationSummary> page = query().find(Scope.region(LEBAK), InnovationFilter.all(), new PageRequest(3, between));
    assertThat(idsOf(page.items())).containsExactlyElementsOf(sorted.subList(10, 13));

    InnovationFilter dinkes = InnovationFilter.builder().opds(OpdCode.of("DINKES")).build();
    List<InnovationSummary> expected = QueryReference.find(all, Scope.region(LEBAK), dinkes);
    assertThat(expected).hasSize(9);
    List<Integer> sizes = new ArrayList<>();
    List<InnovationSummary> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    while (request != null && sizes.size() < 10) {
      Page<InnovationSummary> p = query().find(Scope.region(LEBAK), dinkes, request);
      sizes.add(p.items().size());
      seen.addAll(p.items());
      request = p.next();
    }
    assertThat(sizes).containsExactly(2, 2, 2, 2, 1);
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @EnumSource(Dimension.class)
  void countsPerDimensionAsTheReferenceSays(Dimension dimension) {
    List<InnovationState> all = new ArrayList<>(seedVaried(LEBAK, 0, 30));
    all.addAll(seedVaried(TANGERANG, 30, 6));
    all.addAll(seedVaried(BOGOR, 36, 4));
    List<Scope> scopes = List.of(Scope.region(LEBAK), Scope.province(Province.ofCode("36")), Scope.national());
    List<InnovationFilter> filters = List.of(InnovationFilter.all(),
        InnovationFilter.builder().statuses(InnovationStatus.ACTIVE).build(),
        InnovationFilter.builder().opds(OpdCode.of("DINKES")).jenis(Jenis.DIGITAL, Jenis.NON_DIGITAL).build());

    assertThat(QueryReference.count(all, Scope.region(LEBAK), InnovationFilter.all(), dimension))
        .as("the data set has several groups").hasSizeGreaterThan(1);
    for (Scope scope : scopes) {
      for (InnovationFilter f : filters) {
        assertThat(query().count(scope, f, dimension)).as(dimension + " in " + scope + " with " + f)
            .containsExactlyElementsOf(QueryReference.count(all, scope, f, dimension));
      }
    }
  }

  @Test
  void listsEveryStayInAStageWithDaysExcludingHoldsPageByPage() {
    EventStream a = stream(LEBAK, variety(0), null)
        .later(Duration.ofDays(3)).moveTo("DIAGNOSE")
        .later(Duration.ofDays(2)).hold()
        .later(Duration.ofDays(4)).resume()
        .later(Duration.ofDays(5)).moveTo("DESIGN");
    a.commit(ports());
    EventStream b = stream(LEBAK, variety(1), null).later(Duration.ofDays(10)).drop();
    b.commit(ports());
    List<InnovationState> all = new ArrayList<>(List.of(a.state(), b.state()));
    all.addAll(seedVaried(LEBAK, 2, 5));
    all.addAll(seedVaried(BOGOR, 7, 2));
    Instant asOf = T0.plus(Duration.ofDays(40));

    List<StageDuration> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    for (int pages = 0; request != null; pages++) {
      assertThat(pages).isLessThan(10);
      Page<StageDuration> page = query().stageDurations(Scope.region(LEBAK), InnovationFilter.all(), asOf, request);
      Set<InnovationRef> refs = page.items().stream().map(StageDuration::ref).collect(Collectors.toSet());
      assertThat(refs).as("a page holds the stays of at most 2 innovations").hasSizeLessThanOrEqualTo(2);
      assertThat(seen.stream().map(StageDuration::ref)).as("an innovation's stays are never split over pages")
          .doesNotContainAnyElementsOf(refs);
      seen.addAll(page.items());
      request = page.next();
    }

    assertThat(seen).containsExactlyElementsOf(
        QueryReference.stageDurations(all, Scope.region(LEBAK), InnovationFilter.all(), asOf));
    assertThat(seen.stream().filter(d -> d.ref().equals(a.ref())).map(d -> d.stage() + "=" + d.days()))
        .as("DIAGNOSE: 11 days less 4 on hold").containsExactly("DRUM_UP=3", "DIAGNOSE=7", "DESIGN=26");
    assertThat(seen.stream().filter(d -> d.ref().equals(b.ref())).map(d -> d.stage() + "=" + d.days() + "," + d.current()))
        .as("dropped after 10 days").containsExactly("DRUM_UP=10,true");
  }

  @Test
  void computesTheReportAggregatesAsTheirPagingDefinitions() {
    EventStream a = stream(LEBAK, variety(0), null)
        .later(Duration.ofDays(3)).moveTo("DIAGNOSE")
        .later(Duration.ofDays(2)).hold()
        .later(Duration.ofDays(4)).resume()
        .later(Duration.ofDays(5)).moveTo("DESIGN");
    a.commit(ports());
    EventStream b = stream(LEBAK, variety(1), null).later(Duration.ofDays(10)).drop();
    b.commit(ports());
    seedVaried(LEBAK, 2, 5);
    seedVaried(BOGOR, 7, 2);
    PagingQuery paging = new PagingQuery(query());
    Set<id.labinov.core.query.RulebookStage> arrived = Set.of(new id.labinov.core.query.RulebookStage("5d", 1,
        "DISPLAY"));
    // after every event, and between the hold and the resume of the first innovation
    for (Instant asOf : List.of(T0.plus(Duration.ofDays(40)), T0.plus(Duration.ofDays(7)))) {
      for (Scope scope : List.of(Scope.national(), Scope.region(LEBAK), Scope.region(BOGOR))) {
        for (InnovationFilter f : List.of(InnovationFilter.all(),
            InnovationFilter.builder().statuses(id.labinov.core.model.InnovationStatus.ACTIVE).build())) {
          String as = scope + " " + f + " at " + asOf;
          assertThat(query().rulebooks(scope, f)).as(as).isEqualTo(paging.rulebooks(scope, f));
          assertThat(query().stageDays(scope, f, asOf)).as(as).isEqualTo(paging.stageDays(scope, f, asOf));
          assertThat(query().reach(scope, f, asOf)).as(as).isEqualTo(paging.reach(scope, f, asOf));
          assertThat(query().stalled(scope, f, asOf, 1, arrived, 3)).as(as)
              .isEqualTo(paging.stalled(scope, f, asOf, 1, arrived, 3));
        }
      }
    }
    assertThat(query().stageDays(Scope.region(LEBAK), InnovationFilter.all(), T0.plus(Duration.ofDays(40))))
        .as("DIAGNOSE of the first: 11 days less 4 on hold")
        .contains(new id.labinov.core.query.StageDays("DIAGNOSE", 7, 1, 0));
  }

  // ---------------------------------------------------------------- rulebooks

  private static Rulebook fiveD(int version, String englishName) {
    String json = Rulebooks.fiveD().toCanonicalJson()
        .replace("\"version\":1", "\"version\":" + version)
        .replace("Innovation Lab 5D method (LAN)", englishName);
    return Rulebooks.parse(json);
  }

  @Test
  void savesFindsAndListsRulebooksPerRegion() {
    Rulebook v1 = Rulebooks.fiveD();
    Rulebook v2 = fiveD(2, "Innovation Lab 5D method, second edition");
    Rulebook v10 = fiveD(10, "Innovation Lab 5D method, tenth edition");
    Rulebook plusOne = Rulebooks.fiveDPlusOne();
    rulebookStore().save(LEBAK, v10);
    rulebookStore().save(LEBAK, plusOne);
    rulebookStore().save(LEBAK, v1);
    rulebookStore().save(LEBAK, v2);
    rulebookStore().save(TANGERANG, v1);

    assertThat(rulebookStore().find(LEBAK, "5d", 1)).contains(v1);
    assertThat(rulebookStore().find(LEBAK, "5d", 1).map(Rulebook::hash)).contains(v1.hash());
    assertThat(rulebookStore().find(LEBAK, "5d", 2)).contains(v2);
    assertThat(rulebookStore().find(LEBAK, "5d-plus-1", 1)).contains(plusOne);
    assertThat(rulebookStore().find(LEBAK, "5d", 3)).isEmpty();
    assertThat(rulebookStore().find(BOGOR, "5d", 1)).as("another region").isEmpty();
    assertThat(rulebookStore().list(LEBAK)).as("sorted by id, then version as a number").containsExactly(
        new RulebookInfo("5d", 1, v1.hash()), new RulebookInfo("5d", 2, v2.hash()), new RulebookInfo("5d", 10, v10.hash()),
        new RulebookInfo("5d-plus-1", 1, plusOne.hash()));
    assertThat(rulebookStore().list(TANGERANG)).containsExactly(new RulebookInfo("5d", 1, v1.hash()));
    assertThat(rulebookStore().list(BOGOR)).isEmpty();
  }

  @Test
  void refusesAKnownIdAndVersionWithOtherContent() {
    Rulebook original = Rulebooks.fiveD();
    Rulebook relabelled = fiveD(1, "Innovation Lab 5D method (relabelled)");
    assertThat(relabelled.hash()).isNotEqualTo(original.hash());
    rulebookStore().save(LEBAK, original);

    assertThatThrownBy(() -> rulebookStore().save(LEBAK, relabelled))
        .isInstanceOfSatisfying(RulebookConflictException.class, e -> assertThat(e.code()).isEqualTo("RULEBOOK_CONFLICT"));

    assertThat(rulebookStore().find(LEBAK, "5d", 1)).contains(original);
    assertThat(rulebookStore().list(LEBAK)).containsExactly(new RulebookInfo("5d", 1, original.hash()));
    rulebookStore().save(TANGERANG, relabelled);
    assertThat(rulebookStore().find(TANGERANG, "5d", 1)).as("another region may hold other content").contains(relabelled);
  }

  @Test
  void savingTheSameRulebookTwiceChangesNothing() {
    rulebookStore().save(LEBAK, Rulebooks.fiveD());
    rulebookStore().save(LEBAK, Rulebooks.parse(Rulebooks.fiveD().toCanonicalJson()));

    assertThat(rulebookStore().list(LEBAK)).containsExactly(new RulebookInfo("5d", 1, Rulebooks.fiveD().hash()));
    assertThat(rulebookStore().find(LEBAK, "5d", 1)).contains(Rulebooks.fiveD());
  }

  // ---------------------------------------------------------------- through the facade

  private static CommandResult ok(CommandResult r) {
    assertThat(r.accepted()).as(() -> r.verdict().describe(java.util.Locale.ENGLISH)).isTrue();
    return r;
  }

  @Test
  void theFacadeRunsAWholeLifecycleOnTheStore() {
    Labinov lab = lab();
    InnovationRef ref = ok(lab.innovations().propose(LEBAK, INNOVATOR, details())).ref();
    ok(lab.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), Options.none()));
    ok(lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, "Kami berkomitmen", Options.none()));
    ok(lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()));
    clock.advanceDays(3);
    ok(lab.innovations().updateDetails(ref, INNOVATOR, lab.innovations().get(ref).details().withText(InnovationDetails.PROBLEM, words(25))
        .withText(InnovationDetails.IDEA_SUMMARY, "Jadwal posyandu lewat WhatsApp."), Options.none()));
    ok(lab.innovations().advance(ref, INNOVATOR, "DESIGN", Options.none()));
    clock.advanceDays(20);
    ok(lab.innovations().updateDetails(ref, INNOVATOR, lab.innovations().get(ref).details().withText(InnovationDetails.DESIGN_NARRATIVE, words(300)),
        Options.none()));
    ok(lab.innovations().attachEvidence(ref, INNOVATOR, evidence("ACTION_PLAN", "rencana-aksi.pdf"), Options.none()));
    ok(lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()));
    ok(lab.innovations().approve(ref, COACH, Role.COACH, null, Options.none()));
    ok(lab.innovations().advanceConditionally(ref, ADMIN, "DELIVER", List.of("SK kepala dinas"), Options.none()));
    clock.advanceDays(31);
    ok(lab.innovations().attachEvidence(ref, INNOVATOR, evidence("IMPLEMENTATION_REPORT", "laporan.pdf"), Options.none()));
    ok(lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()));
    assertThat(lab.innovations().advance(ref, ADMIN, "DISPLAY", Options.none()).verdict().codes()).contains("CONDITIONS_OPEN");
    ok(lab.innovations().clearCondition(ref, COACH, lab.innovations().get(ref).openConditions().get(0).id(), "SK terbit", Options.none()));
    ok(lab.innovations().advance(ref, ADMIN, "DISPLAY", Options.none()));

    InnovationState state = lab.innovations().get(ref);
    List<InnovationEvent> history = lab.innovations().history(ref);
    assertThat(state.stage()).isEqualTo("DISPLAY");
    assertThat(state.version()).isEqualTo(history.size()).isEqualTo(15);
    assertThat(Decider.replay(history)).isEqualTo(state);
    assertThat(delivered).as("events delivered to listeners").containsExactlyElementsOf(history);
    assertThat(findAll(Scope.region(LEBAK), InnovationFilter.builder().stages("DISPLAY").build(), 5))
        .containsExactly(InnovationSummary.of(state));
    assertThat(rulebookStore().find(LEBAK, "5d", 1)).as("the facade stored the rulebook it pinned").isPresent();
    assertThat(query().stageDurations(Scope.region(LEBAK), InnovationFilter.all(), clock.instant(), PageRequest.first(5))
        .items()).extracting(StageDuration::stage).containsExactly("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY");
  }

  @Test
  void theFacadeAppliesTheSameIdempotencyKeyOnce() {
    InnovationRef ref = ok(lab().innovations().propose(LEBAK, INNOVATOR, details())).ref();
    Options key = Options.idempotent("unggah-komitmen-1");

    CommandResult first = ok(lab().innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), key));
    CommandResult again = lab().innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), key);
    ok(lab().innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()));
    Labinov otherServer = facadeBuilder().build();
    CommandResult later = otherServer.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), key);

    assertThat(first.replayed()).isFalse();
    assertThat(again.replayed()).isTrue();
    assertThat(again.events()).isEqualTo(first.events());
    assertThat(later.replayed()).as("the key lives in the store, not the facade").isTrue();
    assertThat(later.events()).isEqualTo(first.events());
    assertThat(lab().innovations().history(ref)).hasSize(3);
    assertThatThrownBy(() -> lab().innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "foto.jpg"), key))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(lab().innovations().history(ref)).hasSize(3);
  }

  @Test
  void aRefusalUsesUpNoKeyAndARetriedProposalCreatesOneInnovation() {
    CommandResult proposed = ok(lab().innovations().propose(LEBAK, INNOVATOR, details(), null, Options.idempotent("usul-1")));
    CommandResult retried = lab().innovations().propose(LEBAK, INNOVATOR, details(), null, Options.idempotent("usul-1"));
    InnovationRef ref = proposed.ref();
    assertThat(retried.replayed()).isTrue();
    assertThat(retried.ref()).isEqualTo(ref);
    assertThat(findAll(Scope.region(LEBAK), InnovationFilter.all(), 5)).hasSize(1);

    Options key = Options.idempotent("maju-1");
    CommandResult refused = lab().innovations().advance(ref, INNOVATOR, "DIAGNOSE", key);
    assertThat(refused.accepted()).isFalse();
    assertThat(ports().findIdempotency(LEBAK, "maju-1", clock.instant())).isEmpty();
    ok(lab().innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), Options.none()));
    ok(lab().innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()));
    CommandResult advanced = ok(lab().innovations().advance(ref, INNOVATOR, "DIAGNOSE", key));

    assertThat(advanced.replayed()).isFalse();
    assertThat(lab().innovations().get(ref).stage()).isEqualTo("DIAGNOSE");
  }

  /** Shrunk from DeciderProperties: a retried move used to be refused with NO_TRANSITION from the new stage. */
  @Test
  void aRetriedAdvanceWhoseReplyWasLostGetsTheFirstResult() {
    InnovationRef ref = ok(lab().innovations().propose(LEBAK, INNOVATOR, details())).ref();
    ok(lab().innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), Options.none()));
    ok(lab().innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()));
    CommandResult first = ok(lab().innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.idempotent("maju-diagnose")));

    CommandResult retry = lab().innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.idempotent("maju-diagnose"));

    assertThat(retry.replayed()).isTrue();
    assertThat(retry.accepted()).isTrue();
    assertThat(retry.events()).isEqualTo(first.events());
    assertThat(lab().innovations().history(ref)).hasSize(4);
    assertThatThrownBy(() -> lab().innovations().returnForRework(ref, ADMIN, "DRUM_UP", "salah", Options.idempotent("maju-diagnose")))
        .isInstanceOf(IdempotencyKeyReusedException.class);
  }

  @Test
  void theFacadeForgetsExpiredKeys() {
    Labinov lab = facadeBuilder().idempotencyTtl(Duration.ofMinutes(1)).build();
    InnovationRef ref = ok(lab.innovations().propose(LEBAK, INNOVATOR, details())).ref();
    ok(lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "a.jpg"), Options.idempotent("foto")));
    clock.advance(Duration.ofMinutes(2));

    CommandResult other = ok(lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "b.jpg"), Options.idempotent("foto")));

    assertThat(other.replayed()).isFalse();
    assertThat(lab.innovations().history(ref)).hasSize(3);
  }

  @Test
  void idempotencyKeysThroughTheFacadeBelongToTheirRegion() {
    CommandResult lebak = ok(lab().innovations().propose(LEBAK, INNOVATOR, details(), null, Options.idempotent("form-1")));
    CommandResult tangerang = ok(lab().innovations().propose(TANGERANG, ADMIN.in(TANGERANG), variety(1), null, Options.idempotent("form-1")));

    assertThat(tangerang.replayed()).isFalse();
    assertThat(tangerang.ref()).isNotEqualTo(lebak.ref());
    assertThat(lab().innovations().get(tangerang.ref()).details()).isEqualTo(variety(1));
  }

  @Test
  void theFacadeCannotReachAnotherRegionsInnovation() {
    InnovationRef ref = ok(lab().innovations().propose(LEBAK, INNOVATOR, details())).ref();
    InnovationRef foreign = new InnovationRef(TANGERANG, ref.id());
    Actor tangerangAdmin = Actor.of("admin-tangerang", "BAPPEDA", Role.LAB_ADMIN, Role.INNOVATOR).in(TANGERANG);

    assertThat(lab().innovations().find(foreign)).isEmpty();
    assertThatThrownBy(() -> lab().innovations().history(foreign)).isInstanceOf(NoSuchInnovationException.class);
    assertThatThrownBy(() -> lab().innovations().attachEvidence(foreign, tangerangAdmin, evidence("PHOTO", "foto.jpg"), Options.none()))
        .isInstanceOf(NoSuchInnovationException.class);
    assertThatThrownBy(() -> lab().innovations().drop(foreign, tangerangAdmin, "bukan milik kami", Options.none()))
        .isInstanceOf(NoSuchInnovationException.class);

    assertThat(lab().innovations().history(ref)).hasSize(1);
    assertThat(lab().innovations().get(ref).status()).isEqualTo(InnovationStatus.ACTIVE);
  }

  @Test
  void aStaleFormIsAVersionConflictAndChangesNothing() {
    InnovationRef ref = ok(lab().innovations().propose(LEBAK, INNOVATOR, details())).ref();
    ok(lab().innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "a.jpg"), Options.none()));

    assertThatThrownBy(() -> lab().innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "b.jpg"),
        Options.none().expectingVersion(1)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.actual()).isEqualTo(2);
        });
    assertThat(lab().innovations().history(ref)).hasSize(2);
  }

  // ---------------------------------------------------------------- import

  private List<id.labinov.core.engine.ImportItem> importItems() {
    InnovationDetails ownReplica = details().withReplicates(
        new ReplicationSource(LEBAK, ids.newInnovationId(clock.instant())));
    return List.of(id.labinov.core.engine.ImportItem.of(LEBAK, INNOVATOR, details()),
        id.labinov.core.engine.ImportItem.of(TANGERANG, ADMIN.in(TANGERANG), variety(1)),
        id.labinov.core.engine.ImportItem.of(LEBAK, INNOVATOR, ownReplica));
  }

  @Test
  void anImportDecidesEachItemAsAProposalDoesAndStoresTheAcceptedOnes() {
    // a region's own rulebook applies to imported items exactly as to proposals
    Labinov lab = facadeBuilder().rulebook(TANGERANG, Rulebooks.fiveDPlusOne()).build();

    List<id.labinov.core.engine.ImportResult> results = lab.innovations().importInnovations(importItems(),
        id.labinov.core.engine.ImportOptions.eachOnItsOwn());

    assertThat(results).extracting(id.labinov.core.engine.ImportResult::outcome).containsExactly(
        id.labinov.core.engine.ImportResult.Outcome.WRITTEN, id.labinov.core.engine.ImportResult.Outcome.WRITTEN,
        id.labinov.core.engine.ImportResult.Outcome.REFUSED);
    assertThat(results.get(2).verdict().codes()).containsExactly("REPLICATES_OWN_REGION");
    assertThat(results.get(2).ref()).isNull();
    InnovationState lebak = lab.innovations().get(results.get(0).ref());
    InnovationState tangerang = lab.innovations().get(results.get(1).ref());
    assertThat(lebak.rulebookId()).isEqualTo("5d");
    assertThat(tangerang.rulebookId()).as("the region's rulebook from the builder").isEqualTo("5d-plus-1");
    assertThat(lab.innovations().history(results.get(1).ref())).isEqualTo(results.get(1).events());
    assertThat(delivered).as("listeners got the written events").containsExactlyInAnyOrderElementsOf(
        java.util.stream.Stream.concat(results.get(0).events().stream(), results.get(1).events().stream()).toList());
    assertThat(rulebookStore().find(TANGERANG, "5d-plus-1", 1)).as("later commands find the rulebook").isPresent();
    assertThat(findAll(Scope.national(), InnovationFilter.all(), 10)).hasSize(2);
  }

  @Test
  void anAllOrNothingImportWithARefusedItemStoresNothing() {
    List<id.labinov.core.engine.ImportResult> results = lab().innovations().importInnovations(importItems(),
        id.labinov.core.engine.ImportOptions.allOrNothingAtAll());

    assertThat(results).extracting(id.labinov.core.engine.ImportResult::outcome).containsExactly(
        id.labinov.core.engine.ImportResult.Outcome.ROLLED_BACK, id.labinov.core.engine.ImportResult.Outcome.ROLLED_BACK,
        id.labinov.core.engine.ImportResult.Outcome.REFUSED);
    assertThat(findAll(Scope.national(), InnovationFilter.all(), 10)).isEmpty();
    assertThat(delivered).isEmpty();

    List<id.labinov.core.engine.ImportResult> clean = lab().innovations().importInnovations(importItems().subList(0, 2),
        id.labinov.core.engine.ImportOptions.allOrNothingAtAll());
    assertThat(clean).allMatch(id.labinov.core.engine.ImportResult::written);
    assertThat(findAll(Scope.national(), InnovationFilter.all(), 10)).hasSize(2);
  }

  // ---------------------------------------------------------------- races on an expected version

  /** Where a race starts: a state built by the setup, and the commands that are each accepted there. */
  private enum RaceStart { DRUM_UP_GATE_MET, DESIGN_GATE_MET, CONDITION_OPEN, ON_HOLD, DROPPED }

  /** Every kind of innovation command, each with the start state it is accepted in when run alone. */
  private enum RaceCommand {
    UPDATE_DETAILS(RaceStart.DRUM_UP_GATE_MET), ATTACH_EVIDENCE(RaceStart.DRUM_UP_GATE_MET),
    APPROVE(RaceStart.DRUM_UP_GATE_MET), ADVANCE(RaceStart.DRUM_UP_GATE_MET), HOLD(RaceStart.DRUM_UP_GATE_MET),
    DROP(RaceStart.DRUM_UP_GATE_MET), MIGRATE(RaceStart.DRUM_UP_GATE_MET),
    ADVANCE_CONDITIONALLY(RaceStart.DESIGN_GATE_MET), RETURN_FOR_REWORK(RaceStart.DESIGN_GATE_MET),
    CLEAR_CONDITION(RaceStart.CONDITION_OPEN), RESUME(RaceStart.ON_HOLD), REOPEN(RaceStart.DROPPED);

    final RaceStart start;

    RaceCommand(RaceStart start) {
      this.start = start;
    }
  }

  /** The open conditions of each race's innovation before the writers start (read once, not during the race). */
  private final Map<InnovationRef, List<id.labinov.core.event.Condition>> conditionsAtStart = new ConcurrentHashMap<>();

  private InnovationRef raceSetup(RaceStart start) {
    Labinov lab = lab();
    InnovationRef ref = ok(lab.innovations().propose(LEBAK, INNOVATOR, details())).ref();
    ok(lab.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), Options.none()));
    ok(lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()));
    switch (start) {
      case DRUM_UP_GATE_MET -> { }
      case ON_HOLD -> ok(lab.innovations().hold(ref, ADMIN, "menunggu anggaran", Options.none()));
      case DROPPED -> ok(lab.innovations().drop(ref, ADMIN, "tidak dilanjutkan", Options.none()));
      case DESIGN_GATE_MET, CONDITION_OPEN -> {
        ok(lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()));
        ok(lab.innovations().updateDetails(ref, INNOVATOR, lab.innovations().get(ref).details().withText(InnovationDetails.PROBLEM, words(25))
            .withText(InnovationDetails.IDEA_SUMMARY, "Jadwal posyandu lewat WhatsApp."), Options.none()));
        ok(lab.innovations().advance(ref, INNOVATOR, "DESIGN", Options.none()));
        ok(lab.innovations().updateDetails(ref, INNOVATOR, lab.innovations().get(ref).details().withText(InnovationDetails.DESIGN_NARRATIVE,
            words(300)), Options.none()));
        ok(lab.innovations().attachEvidence(ref, INNOVATOR, evidence("ACTION_PLAN", "rencana-aksi.pdf"), Options.none()));
        ok(lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()));
        ok(lab.innovations().approve(ref, COACH, Role.COACH, null, Options.none()));
        if (start == RaceStart.CONDITION_OPEN) {
          ok(lab.innovations().advanceConditionally(ref, ADMIN, "DELIVER", List.of("SK kepala dinas"), Options.none()));
        }
        conditionsAtStart.put(ref, lab.innovations().get(ref).openConditions());
      }
    }
    return ref;
  }

  /** Runs one command of the race with the expected version; {@code writer} tells the two writers' texts apart. */
  private CommandResult raceCommand(RaceCommand command, InnovationRef ref, int writer, long expected) {
    Labinov lab = lab();
    List<id.labinov.core.event.Condition> open = conditionsAtStart.getOrDefault(ref, List.of());
    Options options = Options.none().expectingVersion(expected);
    String tag = "penulis-" + writer;
    return switch (command) {
      case UPDATE_DETAILS -> lab.innovations().updateDetails(ref, INNOVATOR,
          details().withText(InnovationDetails.RESULTS, "Hasil " + tag), options);
      case ATTACH_EVIDENCE -> lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", tag + ".jpg"), options);
      case APPROVE -> lab.innovations().approve(ref, Actor.of("coach-" + tag, null, Role.COACH).in(LEBAK), Role.COACH, null, options);
      case ADVANCE -> lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", options);
      case HOLD -> lab.innovations().hold(ref, ADMIN, "ditunda " + tag, options);
      case DROP -> lab.innovations().drop(ref, ADMIN, "dihentikan " + tag, options);
      case MIGRATE -> lab.migrations().migrate(ref, ADMIN, Rulebooks.fiveDPlusOne(), options);
      case ADVANCE_CONDITIONALLY -> lab.innovations().advanceConditionally(ref, ADMIN, "DELIVER", List.of("SK " + tag), options);
      case RETURN_FOR_REWORK -> lab.innovations().returnForRework(ref, COACH, "DIAGNOSE", "perbaiki " + tag, options);
      case CLEAR_CONDITION -> lab.innovations().clearCondition(ref, COACH, open.get(0).id(), tag, options);
      case RESUME -> lab.innovations().resume(ref, ADMIN, tag, options);
      case REOPEN -> lab.innovations().reopen(ref, ADMIN, "dibuka lagi " + tag, options);
    };
  }

  /**
   * Two writers send a command each with the same expected version (every command kind, paired
   * with every kind accepted in the same state): exactly one is accepted; the other gets a
   * {@link VersionConflictException} carrying the version now stored, never a refusal, and wrote
   * nothing. Each command is first checked to be accepted alone from the same start, so a
   * refusal can only come from the race.
   */
  @Test
  void twoWritersWithTheSameExpectedVersionExactlyOneWins() throws Exception {
    RaceCommand[] kinds = RaceCommand.values();
    Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      org.quicktheories.QuickTheory.qt().withExamples(raceExamples()).withShrinkCycles(0)
          .forAll(org.quicktheories.generators.SourceDSL.integers().between(0, kinds.length - 1),
              org.quicktheories.generators.SourceDSL.integers().between(0, kinds.length - 1))
          .checkAssert((a, b) -> {
            RaceCommand first = kinds[a];
            RaceCommand[] partners = java.util.Arrays.stream(kinds).filter(k -> k.start == first.start)
                .toArray(RaceCommand[]::new);
            RaceCommand second = partners[b % partners.length];
            try {
              race(first, second, pool, seen);
            } catch (Exception e) {
              throw new AssertionError(first + " against " + second, e);
            }
          });
    } finally {
      pool.shutdownNow();
    }
    // and every kind against itself, so each kind is raced whatever the generator drew
    ExecutorService sweep = Executors.newFixedThreadPool(2);
    try {
      for (RaceCommand kind : kinds) {
        race(kind, kind, sweep, seen);
      }
    } finally {
      sweep.shutdownNow();
    }
    assertThat(seen.keySet()).as("races run: " + seen)
        .containsAll(java.util.Arrays.stream(kinds).map(Enum::name).toList());
  }

  private void race(RaceCommand first, RaceCommand second, ExecutorService pool, Map<String, AtomicInteger> seen)
      throws Exception {
    // alone, each command is accepted from this start
    for (RaceCommand alone : List.of(first, second)) {
      InnovationRef probe = raceSetup(alone.start);
      ok(raceCommand(alone, probe, 0, lab().innovations().get(probe).version()));
    }
    InnovationRef ref = raceSetup(first.start);
    long seenVersion = lab().innovations().get(ref).version();
    List<InnovationEvent> before = lab().innovations().history(ref);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Object>> writers = new ArrayList<>();
    int w = 0;
    for (RaceCommand c : List.of(first, second)) {
      int writer = ++w;
      writers.add(pool.submit(() -> {
        go.await();
        try {
          return raceCommand(c, ref, writer, seenVersion);
        } catch (VersionConflictException e) {
          return e;
        }
      }));
    }
    go.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> f : writers) {
      outcomes.add(f.get(2, TimeUnit.MINUTES));
    }
    String described = first + " vs " + second + ": " + outcomes.stream().map(o -> o instanceof CommandResult r
        ? (r.accepted() ? "accepted" : "refused " + r.verdict().codes()) : o.toString()).toList();
    List<CommandResult> accepted = outcomes.stream().filter(o -> o instanceof CommandResult r && r.accepted())
        .map(CommandResult.class::cast).toList();
    List<VersionConflictException> conflicts = outcomes.stream().filter(VersionConflictException.class::isInstance)
        .map(VersionConflictException.class::cast).toList();
    assertThat(accepted).as("exactly one writer wins: " + described).hasSize(1);
    assertThat(conflicts).as("the other gets a version conflict, never a refusal: " + described).hasSize(1);
    InnovationState now = lab().innovations().get(ref);
    assertThat(now.version()).as(described).isEqualTo(seenVersion + accepted.get(0).events().size());
    assertThat(conflicts.get(0).expected()).as(described).isEqualTo(seenVersion);
    assertThat(conflicts.get(0).actual()).as("the conflict carries the current version: " + described)
        .isEqualTo(now.version());
    List<InnovationEvent> expectedHistory = new ArrayList<>(before);
    expectedHistory.addAll(accepted.get(0).events());
    assertThat(lab().innovations().history(ref)).as("the loser wrote nothing: " + described).isEqualTo(expectedHistory);
    seen.computeIfAbsent(first.name(), k -> new AtomicInteger()).incrementAndGet();
    seen.computeIfAbsent(second.name(), k -> new AtomicInteger()).incrementAndGet();
  }

  // ---------------------------------------------------------------- bulk

  @Test
  void loadsManyStatesAtOnceLeavingOutUnknownAndForeignOnes() {
    EventStream a = stored(LEBAK, details());
    EventStream b = stored(LEBAK, variety(3));
    EventStream c = stored(TANGERANG, variety(4));
    InnovationRef unknown = newRef(LEBAK);
    InnovationRef foreign = new InnovationRef(LEBAK, c.ref().id());

    Map<InnovationRef, InnovationState> states = ports().loadAll(List.of(b.ref(), unknown, foreign, a.ref(), c.ref()));

    assertThat(states).containsExactly(Map.entry(b.ref(), b.state()), Map.entry(a.ref(), a.state()),
        Map.entry(c.ref(), c.state()));
    assertThat(ports().loadAll(List.of())).isEmpty();
  }

  @Test
  void aBulkUnitOfWorkWritesEachAppendOnItsOwn() {
    // written: two new events
    EventStream written = stored(LEBAK, details());
    written.later(Duration.ofMinutes(3)).evidence("COMMITMENT_LETTER", "komitmen.pdf").approval(Role.OPD_HEAD, "kadis");
    IdempotencyRecord writtenKey = record("bulk-written", HASH_A, written, Duration.ofDays(7));
    // stale: read at version 1, but someone else wrote version 2 meanwhile
    EventStream stale = stored(LEBAK, variety(1));
    EventStream staleNext = stale.fork().evidence("PHOTO", "telat.jpg");
    stale.evidence("DECREE", "sk.pdf").commit(ports());
    // already stored: the first attempt of the same request was written, its reply lost
    EventStream retried = stored(LEBAK, variety(2));
    EventStream lostReply = retried.fork().evidence("PHOTO", "foto.jpg");
    retried.evidence("PHOTO", "foto.jpg").commit(ports(), record("bulk-retried", HASH_A, retried, Duration.ofDays(7)));
    // reused: the key stands for another request
    EventStream keyHolder = stored(LEBAK, variety(5));
    keyHolder.evidence("PHOTO", "a.jpg").commit(ports(), record("bulk-reused", HASH_A, keyHolder, Duration.ofDays(7)));
    EventStream reused = stored(LEBAK, variety(3)).evidence("PHOTO", "b.jpg");
    // foreign: the id belongs to another region
    EventStream other = stored(TANGERANG, variety(4));
    EventStream foreign = EventStream.propose(new InnovationRef(LEBAK, other.ref().id()), details(), null, T0, ids)
        .written().evidence("PHOTO", "c.jpg");
    List<InnovationRef> targets = List.of(written.ref(), staleNext.ref(), lostReply.ref(), reused.ref(), foreign.ref());

    List<AppendOutcome> outcomes = ports().transactAll(targets, tx -> {
      assertThat(tx.targets()).containsExactlyElementsOf(targets);
      assertThat(tx.findIdempotency(LEBAK, List.of("bulk-retried", "bulk-written", "bulk-reused"), T0))
          .containsOnlyKeys("bulk-retried", "bulk-reused");
      assertThat(tx.loadAll()).containsOnlyKeys(written.ref(), staleNext.ref(), lostReply.ref(), reused.ref());
      return tx.appendEach(List.of(written.toAppend(writtenKey), staleNext.toAppend(null),
          lostReply.toAppend(record("bulk-retried", HASH_A, lostReply, Duration.ofDays(8))),
          reused.toAppend(record("bulk-reused", HASH_B, reused, Duration.ofDays(7))), foreign.toAppend(null)));
    });

    assertThat(outcomes).extracting(AppendOutcome::status).containsExactly(AppendOutcome.Status.WRITTEN,
        AppendOutcome.Status.FAILED, AppendOutcome.Status.ALREADY_STORED, AppendOutcome.Status.FAILED,
        AppendOutcome.Status.FAILED);
    assertThat(outcomes.get(1).error()).isInstanceOfSatisfying(VersionConflictException.class, e -> {
      assertThat(e.expected()).isEqualTo(1);
      assertThat(e.actual()).isEqualTo(2);
    });
    assertThat(outcomes.get(3).error()).isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(outcomes.get(4).error()).isInstanceOf(VersionConflictException.class);
    assertStored(written);
    assertThat(ports().findIdempotency(LEBAK, "bulk-written", T0)).contains(writtenKey);
    assertStored(stale);
    assertStored(retried);
    assertThat(ports().load(reused.ref()).orElseThrow().version()).as("nothing of a reused key is written").isEqualTo(1);
    assertStored(other);
  }

  @Test
  void theFacadeRunsABulkChunkWithEachItemsOwnOutcome() {
    Labinov lab = lab();
    InnovationRef ready = ok(lab.innovations().propose(LEBAK, INNOVATOR, details())).ref();
    InnovationRef notReady = ok(lab.innovations().propose(LEBAK, INNOVATOR, variety(3))).ref();
    InnovationRef stale = ok(lab.innovations().propose(LEBAK, INNOVATOR, details())).ref();
    InnovationRef retried = ok(lab.innovations().propose(LEBAK, INNOVATOR, details())).ref();
    for (InnovationRef r : List.of(ready, stale, retried)) {
      ok(lab.innovations().attachEvidence(r, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), Options.none()));
      ok(lab.innovations().approve(r, HEAD, Role.OPD_HEAD, null, Options.none()));
    }
    CommandResult first = ok(lab.innovations().advance(retried, INNOVATOR, "DIAGNOSE", Options.idempotent("maju-3")));
    delivered.clear();

    List<BulkResult> results = lab.innovations().advanceAll(List.of(
        BulkItem.of(ready).withIdempotencyKey("maju-1"),
        BulkItem.of(notReady),
        BulkItem.of(stale).expectingVersion(2),
        BulkItem.of(retried).withIdempotencyKey("maju-3"),
        BulkItem.of(newRef(LEBAK))), INNOVATOR, "DIAGNOSE",
        BulkOptions.defaults());

    assertThat(results).extracting(BulkResult::outcome).containsExactly(
        BulkResult.Outcome.ACCEPTED, BulkResult.Outcome.REFUSED,
        BulkResult.Outcome.CONFLICT, BulkResult.Outcome.REPLAYED,
        BulkResult.Outcome.FAILED);
    assertThat(lab.innovations().get(ready).stage()).isEqualTo("DIAGNOSE");
    assertThat(lab.innovations().history(ready).subList(3, 4)).isEqualTo(results.get(0).result().events());
    assertThat(lab.innovations().get(notReady).version()).isEqualTo(1);
    assertThat(lab.innovations().get(stale).stage()).isEqualTo("DRUM_UP");
    assertThat(results.get(3).result().events()).isEqualTo(first.events());
    assertThat(results.get(4).error()).isInstanceOf(NoSuchInnovationException.class);
    assertThat(delivered).as("listeners got the written item's events").isEqualTo(results.get(0).result().events());
    assertThat(ports().findIdempotency(LEBAK, "maju-1", clock.instant())).isPresent();

    // the whole call again: the same results, nothing written
    long versionBefore = lab.innovations().get(ready).version();
    List<BulkResult> again = lab.innovations().advanceAll(List.of(
        BulkItem.of(ready).withIdempotencyKey("maju-1"),
        BulkItem.of(retried).withIdempotencyKey("maju-3")), INNOVATOR, "DIAGNOSE",
        BulkOptions.defaults());
    assertThat(again).extracting(r -> r.result().events()).containsExactly(results.get(0).result().events(),
        first.events());
    assertThat(lab.innovations().get(ready).version()).isEqualTo(versionBefore);
  }

  @Test
  void theFacadeAdvancesAScopeAndFilterInChunksAndDetailsUpdatesRewriteThemes() {
    Labinov lab = lab();
    List<InnovationRef> refs = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      InnovationRef r = ok(lab.innovations().propose(LEBAK, INNOVATOR, variety(i * 3))).ref();
      if (i != 3) {
        ok(lab.innovations().attachEvidence(r, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), Options.none()));
        ok(lab.innovations().approve(r, HEAD, Role.OPD_HEAD, null, Options.none()));
      }
      refs.add(r);
    }
    List<BulkItem<InnovationDetails>> edits = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      edits.add(BulkItem.of(refs.get(i), lab.innovations().get(refs.get(i)).details()
          .withThemes(i % 2 == 0 ? Set.of(Theme.of("STUNTING")) : Set.of())));
    }
    assertThat(lab.innovations().updateDetailsAll(edits, INNOVATOR, BulkOptions.defaults()
        .withChunkSize(4))).allMatch(r -> r.outcome() == BulkResult.Outcome.ACCEPTED);
    clock.advanceDays(2);

    BulkSummary summary = lab.innovations().advanceWhere(Scope.region(LEBAK),
        InnovationFilter.builder().stages("DRUM_UP").build(), ADMIN, "DIAGNOSE",
        BulkOptions.defaults().withChunkSize(2));

    assertThat(summary.accepted()).isEqualTo(6);
    assertThat(summary.refused()).isEqualTo(1);
    assertThat(summary.problems()).extracting(BulkResult::ref).containsExactly(refs.get(3));
    assertThat(findAll(Scope.region(LEBAK), InnovationFilter.builder().stages("DIAGNOSE").build(), 10)).hasSize(6);
    assertThat(findAll(Scope.region(LEBAK), InnovationFilter.builder().themes(Theme.of("STUNTING")).build(), 10))
        .extracting(x -> x.ref()).containsExactlyInAnyOrder(refs.get(0), refs.get(2), refs.get(4), refs.get(6));
    for (InnovationRef r : refs) {
      InnovationState state = ports().load(r).orElseThrow();
      assertThat(Decider.replay(ports().history(r))).isEqualTo(state);
      List<StageDuration> stays = query().stageDurations(Scope.region(LEBAK), InnovationFilter.all(), clock.instant(),
          PageRequest.first(50)).items().stream().filter(d -> d.ref().equals(r)).toList();
      assertThat(stays).extracting(StageDuration::stage).as("stays of " + r)
          .containsExactlyElementsOf(state.visits().stream().map(v -> v.stage()).toList());
    }
  }

  @Test
  void bulkChunksAndSingleCommandsRunningAtOnceLoseNoUpdate() throws Exception {
    Labinov lab = lab();
    List<InnovationRef> refs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      refs.add(ok(lab.innovations().propose(LEBAK, INNOVATOR, variety(i * 3))).ref());
    }
    int rounds = Math.max(5, concurrentCommandsPerThread() / 20);
    AtomicInteger accepted = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int j = 0; j < rounds; j++) {
            String tag = "t" + thread + "-" + j;
            if (thread % 2 == 0) {
              List<BulkItem<EvidenceRef>> items = new ArrayList<>();
              for (int k = 0; k < refs.size(); k++) {
                // the chunk locks its innovations in another order than the list gives them
                InnovationRef r = refs.get((k + j) % refs.size());
                items.add(BulkItem.of(r, evidence("PHOTO", tag + "-" + k + ".jpg")));
              }
              for (BulkResult r : lab.innovations().attachEvidenceAll(items, INNOVATOR,
                  BulkOptions.defaults().withChunkSize(3))) {
                assertThat(r.outcome()).as(String.valueOf(r.error())).isEqualTo(BulkResult.Outcome.ACCEPTED);
                accepted.incrementAndGet();
              }
            } else {
              for (InnovationRef r : refs) {
                ok(lab.innovations().attachEvidence(r, INNOVATOR, evidence("DECREE", tag + ".pdf"), Options.none()));
                accepted.incrementAndGet();
              }
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    long events = 0;
    for (InnovationRef r : refs) {
      InnovationState state = ports().load(r).orElseThrow();
      List<InnovationEvent> history = ports().history(r);
      assertThat(Decider.replay(history)).isEqualTo(state);
      events += state.version() - 1;
    }
    assertThat(events).as("every accepted item is stored once").isEqualTo(accepted.get()).isEqualTo(4L * rounds * 4);
  }

  // ---------------------------------------------------------------- concurrency

  @Test
  void concurrentCommandsWithoutExpectedVersionsLoseNoUpdate() throws Exception {
    int threads = 8;
    int perThread = concurrentCommandsPerThread();
    Labinov lab = lab();
    List<InnovationRef> refs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      refs.add(ok(lab.innovations().propose(LEBAK, INNOVATOR, variety(i * 3))).ref());
    }
    delivered.clear();
    Map<InnovationRef, AtomicInteger> accepted = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    Set<UUID> acceptedEvents = ConcurrentHashMap.newKeySet();
    refs.forEach(r -> accepted.put(r, new AtomicInteger()));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          Random random = new Random(thread);
          start.await();
          for (int j = 0; j < perThread; j++) {
            InnovationRef ref = refs.get(random.nextInt(refs.size()));
            try {
              CommandResult r = concurrentCommand(lab, ref, thread, j, random.nextInt(100));
              if (r.accepted()) {
                accepted.get(ref).incrementAndGet();
                assertThat(r.events()).hasSize(1);
                r.events().forEach(e -> acceptedEvents.add(e.metadata().eventId()));
                outcomes.computeIfAbsent("accepted", k -> new AtomicInteger()).incrementAndGet();
              } else {
                outcomes.computeIfAbsent("refused " + r.verdict().codes(), k -> new AtomicInteger()).incrementAndGet();
              }
            } catch (VersionConflictException e) {
              outcomes.computeIfAbsent("conflict after retries", k -> new AtomicInteger()).incrementAndGet();
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    String summary = "outcomes " + new java.util.TreeMap<>(outcomes);
    assertThat(outcomes.values().stream().mapToInt(AtomicInteger::get).sum()).as(summary).isEqualTo(threads * perThread);
    assertThat(outcomes.get("accepted")).as(summary).isNotNull();
    Set<UUID> stored = new HashSet<>();
    for (InnovationRef ref : refs) {
      InnovationState state = ports().load(ref).orElseThrow();
      List<InnovationEvent> history = ports().history(ref);
      assertThat(state.version()).as("no lost update on " + ref + "; " + summary).isEqualTo(1L + accepted.get(ref).get());
      assertThat(history).extracting(e -> e.metadata().sequence())
          .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, state.version()).boxed().toList());
      assertThat(Decider.replay(history)).isEqualTo(state);
      history.stream().skip(1).forEach(e -> stored.add(e.metadata().eventId()));
    }
    assertThat(stored).as("every accepted event is stored, and nothing else").isEqualTo(acceptedEvents);
    assertThat(delivered.stream().map(e -> e.metadata().eventId()).toList())
        .as("listeners got each stored event once").hasSize(acceptedEvents.size())
        .containsExactlyInAnyOrderElementsOf(acceptedEvents);
  }

  /** One command of the concurrency test: attach, update, approve (always accepted when active), hold or resume. */
  private static CommandResult concurrentCommand(Labinov lab, InnovationRef ref, int thread, int j, int dice) {
    String tag = "t" + thread + "-" + j;
    if (dice < 40) {
      return lab.innovations().attachEvidence(ref, INNOVATOR, evidence(dice % 2 == 0 ? "PHOTO" : "DECREE", tag + ".pdf"), Options.none());
    } else if (dice < 60) {
      InnovationDetails d = lab.innovations().get(ref).details().withText(InnovationDetails.RESULTS, "Hasil " + tag);
      return lab.innovations().updateDetails(ref, INNOVATOR, d, Options.none());
    } else if (dice < 80) {
      return lab.innovations().approve(ref, Actor.of("coach-" + tag, null, Role.COACH).in(LEBAK), Role.COACH, null, Options.none());
    } else if (dice < 90) {
      return lab.innovations().hold(ref, ADMIN, "menunggu " + tag, Options.none());
    }
    return lab.innovations().resume(ref, ADMIN, tag, Options.none());
  }
}
