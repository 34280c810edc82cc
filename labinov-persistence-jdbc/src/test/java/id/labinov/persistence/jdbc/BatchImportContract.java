package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.ImportItem;
import id.labinov.core.engine.ImportOptions;
import id.labinov.core.engine.ImportResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Batch import on a database through the facade ({@code Labinov.importInnovations}): every item
 * decided as a proposal, the accepted ones written by {@link JdbcInnovationStore#appendAll} in JDBC
 * batches (here of 100), one bad row failing alone (savepoint fallback), all-or-nothing on request,
 * one result per item. A subclass per database names the database.
 */
abstract class BatchImportContract {
  private static final RegionCode[] REGIONS = {LEBAK, Fixtures.SERANG, Fixtures.BANDUNG, Fixtures.JAYAPURA};
  private Backend backend;
  private JdbcStorage storage;
  private Fixtures.HandClock clock;

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  @BeforeEach
  void start() {
    backend = Backend.open(kind(), 4);
    storage = backend.storage(b -> b.batchSize(100));
    clock = new Fixtures.HandClock(Fixtures.START);
  }

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  private static List<ImportItem> items(int n) {
    List<ImportItem> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(ImportItem.of(REGIONS[i % REGIONS.length], INNOVATOR.in(REGIONS[i % REGIONS.length]),
          Fixtures.details("Inovasi impor " + i)));
    }
    return out;
  }

  /** The facade an import goes through, on this storage, with the 5D rulebook. */
  private Labinov lab(IdGenerator ids) {
    JdbcInnovationStore store = storage.innovationStore();
    return Labinov.builder().clock(clock).ids(ids).innovationStore(store).query(store)
        .rulebookStore(storage.rulebookStore()).rulebook(Rulebooks.fiveD()).build();
  }

  /** Hands out the ids of a seeded generator, but {@code taken} as the {@code at}-th innovation id. */
  private static IdGenerator collidingAt(int at, InnovationId taken) {
    IdGenerator base = IdGenerator.from(new Random(77));
    AtomicInteger calls = new AtomicInteger();
    return new IdGenerator() {
      @Override
      public InnovationId newInnovationId(Instant when) {
        InnovationId id = base.newInnovationId(when);
        return calls.getAndIncrement() == at ? taken : id;
      }

      @Override
      public UUID newEventId(Instant when) {
        return base.newEventId(when);
      }
    };
  }

  private long innovations() {
    return backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "innovation");
  }

  private static List<ImportResult.Outcome> outcomes(List<ImportResult> results) {
    return results.stream().map(ImportResult::outcome).toList();
  }

  @Test
  void importsHundredsOfInnovationsAsProposalsAndLaterCommandsWork() {
    List<ImportResult> results = lab(IdGenerator.from(new Random(5))).innovations().importInnovations(items(450),
        ImportOptions.eachOnItsOwn());

    assertThat(results).hasSize(450).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.WRITTEN));
    assertThat(results).extracting(ImportResult::index).containsExactlyElementsOf(
        java.util.stream.IntStream.range(0, 450).boxed().toList());
    JdbcInnovationStore store = storage.innovationStore();
    for (int i = 0; i < results.size(); i += 37) {
      InnovationRef ref = results.get(i).ref();
      InnovationState state = store.load(ref).orElseThrow();
      assertThat(state.details().title()).isEqualTo("Inovasi impor " + i);
      assertThat(state.stage()).isEqualTo("DRUM_UP");
      assertThat(Decider.replay(store.history(ref))).isEqualTo(state);
      assertThat(store.history(ref)).isEqualTo(results.get(i).events());
      assertThat(store.verify(ref).ok()).isTrue();
    }
    assertThat(store.count(Scope.national(), InnovationFilter.all(), id.labinov.core.query.Dimension.STAGE))
        .containsExactly(new id.labinov.core.query.CountRow("DRUM_UP", 450));
    for (RegionCode region : REGIONS) {
      long n = results.stream().filter(r -> r.ref().region().equals(region)).count();
      assertThat(storage.changeFeed().read(region, 0, 1000)).extracting(FeedEntry::position)
          .as("the feed of %s without gaps", region).containsExactlyElementsOf(LongStream.rangeClosed(1, n).boxed().toList());
    }

    Labinov lab = Fixtures.lab(store, storage.rulebookStore(), clock, 3);
    InnovationRef first = results.get(0).ref();
    assertThat(lab.innovations().attachEvidence(first, INNOVATOR, Fixtures.evidence("COMMITMENT_LETTER", 1), Options.none())
        .accepted()).as("the rulebook was stored for later commands").isTrue();
  }

  @Test
  void aRefusedItemIsReportedWithEveryViolationAndTheOthersAreWritten() {
    List<ImportItem> items = new ArrayList<>(items(5));
    Actor evaluator = Actor.of("juri-01", null, Role.EVALUATOR).in(LEBAK);
    items.set(2, new ImportItem(LEBAK, evaluator, Fixtures.details("Tanpa hak"), null));

    List<ImportResult> results = lab(IdGenerator.from(new Random(6))).innovations().importInnovations(items,
        ImportOptions.eachOnItsOwn());

    assertThat(outcomes(results)).containsExactly(ImportResult.Outcome.WRITTEN, ImportResult.Outcome.WRITTEN,
        ImportResult.Outcome.REFUSED, ImportResult.Outcome.WRITTEN, ImportResult.Outcome.WRITTEN);
    assertThat(results.get(2).verdict().violations()).extracting(Violation::code).contains("ROLE_NOT_PERMITTED");
    assertThat(results.get(2).ref()).isNull();
    assertThat(results.get(2).events()).isEmpty();
    assertThat(innovations()).isEqualTo(4);
  }

  @Test
  void oneBadRowFailsAloneAndTheRestOfItsBatchIsWritten() {
    InnovationRef existing = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(), clock, 4)
        .innovations().propose(Fixtures.BANDUNG, INNOVATOR.in(Fixtures.BANDUNG), Fixtures.details("Sudah ada")).orThrow().ref();

    List<ImportResult> results = lab(collidingAt(130, existing.id())).innovations().importInnovations(items(250),
        ImportOptions.eachOnItsOwn());

    assertThat(results.get(130).outcome()).isEqualTo(ImportResult.Outcome.FAILED);
    assertThat(results.get(130).findError()).get().isInstanceOfSatisfying(VersionConflictException.class, e -> {
      assertThat(e.expected()).isZero();
      assertThat(e.actual()).as("item 130 is Bandung's, as the innovation holding the id").isEqualTo(1);
    });
    assertThat(results).filteredOn(r -> r.index() != 130)
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.WRITTEN));
    assertThat(innovations()).isEqualTo(250);
    assertThat(storage.innovationStore().load(existing).orElseThrow().details().title()).isEqualTo("Sudah ada");
    assertThat(storage.innovationStore().verify(existing).ok()).isTrue();
    assertThat(storage.innovationStore().find(Scope.region(LEBAK), InnovationFilter.all(), PageRequest.first(1000))
        .items()).hasSize(63);
    assertThat(storage.changeFeed().read(Fixtures.BANDUNG, 0, 1000)).extracting(FeedEntry::position)
        .as("Bandung's feed: the proposal before, then 61 imported, without gaps")
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 62).boxed().toList());
  }

  @Test
  void allOrNothingStoresNothingWhenOneItemFailsOrIsRefused() {
    InnovationRef existing = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(), clock, 4)
        .innovations().propose(Fixtures.BANDUNG, INNOVATOR.in(Fixtures.BANDUNG), Fixtures.details("Sudah ada")).orThrow().ref();

    List<ImportResult> failing = lab(collidingAt(7, existing.id())).innovations().importInnovations(items(120),
        ImportOptions.allOrNothingAtAll());
    List<ImportItem> withRefusal = new ArrayList<>(items(10));
    withRefusal.add(new ImportItem(LEBAK, Actor.of("juri-01", null, Role.EVALUATOR).in(LEBAK), Fixtures.details("x"), null));
    List<ImportResult> refused = lab(IdGenerator.from(new Random(8))).innovations().importInnovations(withRefusal,
        ImportOptions.allOrNothingAtAll());

    assertThat(failing.get(7).outcome()).isEqualTo(ImportResult.Outcome.FAILED);
    assertThat(failing.get(7).findError()).get().isInstanceOf(VersionConflictException.class);
    assertThat(failing).filteredOn(r -> r.index() != 7)
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.ROLLED_BACK));
    assertThat(refused.get(10).outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
    assertThat(refused.subList(0, 10)).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.ROLLED_BACK));
    assertThat(innovations()).as("only the innovation proposed before").isEqualTo(1);
    assertThat(storage.changeFeed().read(Scope.national(), FeedCursor.start(), 1000).entries()).hasSize(1);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "feed_head WHERE last_position > 0"))
        .as("no feed position was used up").isEqualTo(1);
  }

  @Test
  void aBatchSizeOutOfRangeIsNamed() {
    for (int bad : new int[] {0, JdbcStorage.MAX_BATCH_SIZE + 1}) {
      assertThatThrownBy(() -> backend.storage(b -> b.batchSize(bad)))
          .isInstanceOfSatisfying(JdbcSettingException.class, e -> {
            assertThat(e.code()).isEqualTo("INVALID_BATCH_SIZE");
            assertThat(e.field()).isEqualTo("batchSize");
            assertThat(e.getMessage(Locale.forLanguageTag("id"))).contains("antara 1 dan 1.000");
            assertThat(e.getMessage()).contains("between 1 and 1,000").contains("(it was " + bad + ")");
          });
    }
  }
}
