package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.BulkItem;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.Append;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Working inside the caller's transaction: the caller commits, rolls back and closes; the store never does. */
class CallerTransactionTest {
  private TestDb db;
  private JdbcStorage storage;
  private Connection raw;
  private Connection guarded;
  private final List<String> forbiddenCalls = new ArrayList<>();

  @BeforeEach
  void start() throws SQLException {
    db = TestDb.memory();
    storage = JdbcStorage.builder().dataSource(db.dataSource()).build();
    storage.rulebookStore().save(LEBAK, Rulebooks.fiveD());
    raw = db.connect();
    raw.setAutoCommit(false);
    guarded = guard(raw);
  }

  @AfterEach
  void stop() throws SQLException {
    raw.close();
    db.close();
  }

  /** Wraps the caller's connection so that the test sees any commit, rollback or close by the store. */
  private Connection guard(Connection c) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("commit") || name.equals("close") || (name.equals("rollback") && (args == null || args.length == 0))
              || name.equals("setAutoCommit")) {
            forbiddenCalls.add(name);
          }
          try {
            return method.invoke(c, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private Labinov labOn(JdbcInnovationStore store, JdbcRulebookStore rulebooks) {
    return Fixtures.lab(store, rulebooks, new Fixtures.HandClock(Fixtures.START), 5);
  }

  private Labinov callerLab() {
    return labOn(storage.innovationStore().inTransaction(guarded), storage.rulebookStore().inTransaction(guarded));
  }

  @Test
  void whatTheCallerRollsBackLeavesNothing() throws SQLException {
    InnovationRef ref = callerLab().innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Dibatalkan")).orThrow().ref();
    assertThat(storage.innovationStore().inTransaction(guarded).load(ref)).as("visible inside").isPresent();

    raw.rollback();

    assertThat(storage.innovationStore().load(ref)).isEmpty();
    assertThat(storage.innovationStore().history(ref)).isEmpty();
    assertThat(storage.changeFeed().read(LEBAK, 0, 10)).isEmpty();
    assertThat(db.count("SELECT COUNT(*) FROM lbv_feed")).isZero();
    assertThat(forbiddenCalls).isEmpty();
    assertThat(raw.isClosed()).isFalse();
  }

  @Test
  void whatTheCallerCommitsBecomesVisibleAndReachesTheFeed() throws SQLException {
    Labinov lab = callerLab();
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Disimpan")).orThrow().ref();
    lab.innovations().attachEvidence(ref, INNOVATOR, Fixtures.evidence("COMMITMENT_LETTER", 1), Options.none()).orThrow();
    assertThat(storage.innovationStore().load(ref)).as("not visible before the commit").isEmpty();
    assertThat(storage.changeFeed().read(LEBAK, 0, 10)).isEmpty();

    raw.commit();

    assertThat(storage.innovationStore().load(ref).orElseThrow().version()).isEqualTo(2);
    assertThat(storage.changeFeed().read(LEBAK, 0, 10)).extracting(FeedEntry::sequence).containsExactly(1L, 2L);
    assertThat(forbiddenCalls).isEmpty();
    assertThat(raw.isClosed()).isFalse();
  }

  @Test
  void aFailedAppendUndoesOnlyItselfAndLeavesTheCallersWorkAndConnection() throws SQLException {
    JdbcInnovationStore view = storage.innovationStore().inTransaction(guarded);
    InnovationRef ref = callerLab().innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Milik pemanggil")).orThrow().ref();
    try (PreparedStatement ps = raw.prepareStatement("CREATE TABLE host_audit (note VARCHAR(20))")) {
      ps.execute();
    }
    try (PreparedStatement ps = raw.prepareStatement("INSERT INTO host_audit VALUES ('sebelum')")) {
      ps.execute();
    }
    InnovationState state = view.load(ref).orElseThrow();
    Append stale = JdbcInnovationStoreTest.nextAppend(state, "baru", null);
    view.append(stale);

    assertThatThrownBy(() -> view.append(stale)).isInstanceOf(VersionConflictException.class);

    raw.commit();
    assertThat(storage.innovationStore().history(ref)).hasSize(2);
    assertThat(db.count("SELECT COUNT(*) FROM host_audit")).isEqualTo(1);
    assertThat(forbiddenCalls).isEmpty();
    assertThat(raw.isClosed()).isFalse();
  }

  @Test
  void refusesToWriteOnAnAutoCommitConnectionButReadsOnIt() throws SQLException {
    InnovationRef ref = labOn(storage.innovationStore(), storage.rulebookStore())
        .innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Sudah ada")).orThrow().ref();
    try (Connection auto = db.connect()) {
      JdbcInnovationStore view = storage.innovationStore().inTransaction(auto);
      InnovationState state = view.load(ref).orElseThrow();

      assertThatThrownBy(() -> view.append(JdbcInnovationStoreTest.nextAppend(state, "x", null)))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("AUTO_COMMIT_CONNECTION");
            assertThat(e.getMessage()).contains("setAutoCommit(false)");
          });
      assertThat(auto.isClosed()).isFalse();
    }
    assertThat(storage.innovationStore().history(ref)).hasSize(1);
  }

  @Test
  void refusesANullConnection() {
    assertThatThrownBy(() -> storage.innovationStore().inTransaction(null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("connection"));
    assertThatThrownBy(() -> storage.rulebookStore().inTransaction(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aBulkChunkInTheCallersTransactionCommitsOrRollsBackWithIt() throws SQLException {
    Labinov lab = callerLab();
    List<InnovationRef> refs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      refs.add(lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Massal " + i)).orThrow().ref());
    }
    raw.commit();
    List<BulkItem<EvidenceRef>> items = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      items.add(BulkItem.of(refs.get(i), Fixtures.evidence("PHOTO", i)));
    }

    List<BulkResult> undone = lab.innovations().attachEvidenceAll(items, INNOVATOR, BulkOptions.defaults());
    raw.rollback();
    List<BulkResult> kept = lab.innovations().attachEvidenceAll(items, INNOVATOR, BulkOptions.defaults());
    raw.commit();

    assertThat(undone).allMatch(r -> r.outcome() == BulkResult.Outcome.ACCEPTED);
    assertThat(kept).allMatch(r -> r.outcome() == BulkResult.Outcome.ACCEPTED);
    for (InnovationRef ref : refs) {
      assertThat(storage.innovationStore().load(ref).orElseThrow().version()).isEqualTo(2);
    }
    assertThat(forbiddenCalls).isEmpty();
  }
}
