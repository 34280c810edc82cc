package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.RulebookConflictException;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.IdempotencyRecord;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error path gives its connection back and leaves no transaction open. */
class ConnectionLeakTest {
  private TestDb db;
  private TestDb.Counting counting;
  private JdbcStorage storage;
  private JdbcInnovationStore store;
  private InnovationRef ref;
  private InnovationState state;

  @BeforeEach
  void start() {
    db = TestDb.memory();
    counting = new TestDb.Counting(db.dataSource());
    storage = JdbcStorage.builder().dataSource(counting).build();
    store = storage.innovationStore();
    ref = Fixtures.lab(store, storage.rulebookStore(), new Fixtures.HandClock(Fixtures.START), 3)
        .innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Bocor?")).orThrow().ref();
    state = store.load(ref).orElseThrow();
    assertThat(counting.open()).isZero();
  }

  @AfterEach
  void stop() {
    assertThat(counting.open()).as("connections still open").isZero();
    db.close();
  }

  @Test
  void aVersionConflictClosesItsConnections() {
    store.append(JdbcInnovationStoreTest.nextAppend(state, "satu", null));
    int before = counting.opened();

    assertThatThrownBy(() -> store.append(JdbcInnovationStoreTest.nextAppend(state, "dua", null)))
        .isInstanceOf(VersionConflictException.class);
    assertThat(counting.opened()).isGreaterThan(before);
  }

  @Test
  void aReusedKeyClosesItsConnection() {
    IdempotencyRecord key = new IdempotencyRecord("k", "a".repeat(64), ref, 2, 1, Fixtures.START.plus(Duration.ofDays(1)));
    store.append(JdbcInnovationStoreTest.nextAppend(state, "satu", key));
    InnovationState v2 = store.load(ref).orElseThrow();
    IdempotencyRecord other = new IdempotencyRecord("k", "b".repeat(64), ref, 3, 1, Fixtures.START.plus(Duration.ofDays(1)));

    assertThatThrownBy(() -> store.append(JdbcInnovationStoreTest.nextAppend(v2, "dua", other)))
        .isInstanceOf(IdempotencyKeyReusedException.class);
  }

  @Test
  void aDatabaseErrorIsAStorageErrorWithItsSqlStateAndWritesNothing() {
    db.update("ALTER TABLE lbv_feed ADD COLUMN must_fill INT NOT NULL DEFAULT 0");
    db.update("ALTER TABLE lbv_feed ALTER COLUMN must_fill SET DEFAULT NULL");

    assertThatThrownBy(() -> store.append(JdbcInnovationStoreTest.nextAppend(state, "satu", null)))
        .isInstanceOfSatisfying(StorageException.class, e -> {
          assertThat(e.sqlState()).contains("23502");
          assertThat(e.getMessage()).contains("append " + ref);
        });
    assertThat(store.history(ref)).hasSize(1);
    assertThat(store.load(ref)).contains(state);
  }

  @Test
  void readsOfAMissingTableAreStorageErrorsToo() {
    db.update("DROP TABLE lbv_innovation_theme");

    assertThatThrownBy(() -> store.find(Scope.national(), InnovationFilter.all(), PageRequest.first(10)))
        .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.sqlState()).contains("42S02"));
    assertThatThrownBy(() -> store.count(Scope.national(), InnovationFilter.all(), id.labinov.core.query.Dimension.THEME))
        .isInstanceOf(StorageException.class);
  }

  @Test
  void aCorruptStateRowFailsTheLoadAndClosesItsConnection() {
    db.update("UPDATE lbv_innovation SET state_json = '{\"format\":1'");

    assertThatThrownBy(() -> store.load(ref)).isInstanceOfSatisfying(StorageException.class,
        e -> assertThat(e.getMessage()).contains("read the stored state of " + ref));
  }

  @Test
  void rulebookConflictsAndUnknownInnovationsCloseTheirConnections() {
    var fiveD = Rulebooks.fiveD();
    String changed = fiveD.toCanonicalJson().replace("Drum-up (membangun", "Drum-up! (membangun");
    assertThat(changed).isNotEqualTo(fiveD.toCanonicalJson());

    assertThatThrownBy(() -> storage.rulebookStore().save(LEBAK, Rulebooks.parse(changed)))
        .isInstanceOf(RulebookConflictException.class);
    assertThatThrownBy(() -> store.verify(new InnovationRef(Fixtures.SERANG, ref.id())))
        .isInstanceOf(NoSuchInnovationException.class);
  }

  @Test
  void aRefusedBuildClosesItsConnections() {
    db.update("INSERT INTO lbv_schema_history (version, description, installed_at) VALUES (?, 'x', CURRENT_TIMESTAMP)",
        JdbcStorage.SCHEMA_VERSION + 1);

    assertThatThrownBy(() -> JdbcStorage.builder().dataSource(counting).build()).isInstanceOf(SchemaTooNewException.class);
    assertThatThrownBy(() -> JdbcStorage.builder().dataSource(counting).tablePrefix("x_").migrate(false).build())
        .isInstanceOf(SchemaNotAppliedException.class);
  }
}
