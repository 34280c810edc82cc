package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.port.InnovationFilter;
import id.labinov.core.port.PageRequest;
import id.labinov.core.port.Scope;
import id.labinov.core.port.VersionConflictException;
import id.labinov.core.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Batch import on a database: every item decided by the entry gate, the accepted ones written in
 * JDBC batches, one bad row failing alone (savepoint fallback), all-or-nothing on request, one
 * result per item. A subclass per database names the database.
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
    storage = backend.storage();
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
      out.add(ImportItem.of(REGIONS[i % REGIONS.length], INNOVATOR, Fixtures.details("Inovasi impor " + i)));
    }
    return out;
  }

  private ImportOptions.Builder options(IdGenerator ids) {
    return ImportOptions.builder().clock(clock).ids(ids).batchSize(100);
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

  @Test
  void importsHundredsOfInnovationsAsProposalsAndLaterCommandsWork() {
    List<ImportResult> results = storage.importInnovations(items(450),
        options(IdGenerator.from(new Random(5))).build());

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
      assertThat(store.verify(ref).ok()).isTrue();
    }
    assertThat(store.count(Scope.national(), InnovationFilter.all(), id.labinov.core.port.Dimension.STAGE))
        .containsExactly(new id.labinov.core.port.CountRow("DRUM_UP", 450));
    List<FeedEntry> feed = new ArrayList<>();
    for (long after = 0; ; ) {
      List<FeedEntry> page = storage.changeFeed().read(Scope.national(), after, 1000);
      if (page.isEmpty()) {
        break;
      }
      feed.addAll(page);
      after = page.get(page.size() - 1).position();
    }
    assertThat(feed).extracting(FeedEntry::position).as("feed without gaps")
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 450).boxed().toList());

    Labinov lab = Fixtures.lab(store, storage.rulebookStore(), clock, 3);
    InnovationRef first = results.get(0).ref();
    assertThat(lab.innovations().attachEvidence(first, INNOVATOR, Fixtures.evidence("COMMITMENT_LETTER", 1), Options.none())
        .accepted()).as("the rulebook was stored for later commands").isTrue();
  }

  @Test
  void aRefusedItemIsReportedWithEveryViolationAndTheOthersAreWritten() {
    List<ImportItem> items = new ArrayList<>(items(5));
    Actor evaluator = Actor.of("juri-01", null, Role.EVALUATOR);
    items.set(2, new ImportItem(LEBAK, evaluator, Fixtures.details("Tanpa hak"), "program-tidak-ada"));

    List<ImportResult> results = storage.importInnovations(items, options(IdGenerator.from(new Random(6))).build());

    assertThat(results).extracting(ImportResult::outcome).containsExactly(ImportResult.Outcome.WRITTEN,
        ImportResult.Outcome.WRITTEN, ImportResult.Outcome.REFUSED, ImportResult.Outcome.WRITTEN,
        ImportResult.Outcome.WRITTEN);
    assertThat(results.get(2).verdict().violations()).extracting(Violation::code)
        .contains("ROLE_NOT_PERMITTED", "NO_SUCH_PROGRAMME");
    assertThat(results.get(2).ref()).isNull();
    assertThat(innovations()).isEqualTo(4);
  }

  @Test
  void oneBadRowFailsAloneAndTheRestOfItsBatchIsWritten() {
    Labinov lab = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(), clock, 4);
    InnovationRef existing = lab.innovations().propose(Fixtures.BANDUNG, INNOVATOR, Fixtures.details("Sudah ada")).orThrow().ref();

    List<ImportResult> results = storage.importInnovations(items(250),
        options(collidingAt(130, existing.id())).build());

    assertThat(results.get(130).outcome()).isEqualTo(ImportResult.Outcome.FAILED);
    assertThat(results.get(130).findError()).get().isInstanceOf(VersionConflictException.class);
    assertThat(results).filteredOn(r -> r.index() != 130)
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.WRITTEN));
    assertThat(innovations()).isEqualTo(250);
    assertThat(storage.innovationStore().load(existing).orElseThrow().details().title()).isEqualTo("Sudah ada");
    assertThat(storage.innovationStore().verify(existing).ok()).isTrue();
    assertThat(storage.innovationStore().find(Scope.region(LEBAK), InnovationFilter.all(), PageRequest.first(1000))
        .items()).hasSize(63);
  }

  @Test
  void allOrNothingStoresNothingWhenOneItemFailsOrIsRefused() {
    Labinov lab = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(), clock, 4);
    InnovationRef existing = lab.innovations().propose(Fixtures.BANDUNG, INNOVATOR, Fixtures.details("Sudah ada")).orThrow().ref();

    List<ImportResult> failing = storage.importInnovations(items(120),
        options(collidingAt(7, existing.id())).allOrNothing(true).build());
    List<ImportItem> withRefusal = new ArrayList<>(items(10));
    withRefusal.add(new ImportItem(LEBAK, Actor.of("juri-01", null, Role.EVALUATOR), Fixtures.details("x"), null));
    List<ImportResult> refused = storage.importInnovations(withRefusal,
        options(IdGenerator.from(new Random(8))).allOrNothing(true).build());

    assertThat(failing.get(7).outcome()).isEqualTo(ImportResult.Outcome.FAILED);
    assertThat(failing).filteredOn(r -> r.index() != 7)
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.ROLLED_BACK));
    assertThat(refused.get(10).outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
    assertThat(refused.subList(0, 10)).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.ROLLED_BACK));
    assertThat(innovations()).as("only the innovation proposed before").isEqualTo(1);
    assertThat(storage.changeFeed().read(Scope.national(), 0, 1000)).hasSize(1);
  }

  @Test
  void badOptionsAreNamed() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImportOptions.builder().batchSize(0).build())
        .isInstanceOfSatisfying(JdbcSettingException.class, e -> {
          assertThat(e.field()).isEqualTo("batchSize");
          assertThat(e.getMessage(java.util.Locale.forLanguageTag("id"))).contains("antara 1 dan 1000");
        });
  }
}
