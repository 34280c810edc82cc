package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.ADMIN;
import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static id.labinov.persistence.jdbc.Fixtures.SERANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.StorageException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.DirectoryEntry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link TransactionBinding} lets one storage (and one facade) join the host's transaction whenever
 * one is active on the calling thread, and run its own transactions otherwise. The host's connection
 * is guarded: the store never commits, rolls back, closes it or changes its auto-commit mode.
 */
class TransactionBindingTest {
  private static final Actor SERANG_INNOVATOR = Actor.of("asn-dinkes-021", "DINKES", Role.INNOVATOR).in(SERANG);

  /** The host's transaction of the current thread, as a transaction manager would hold it. */
  private final ThreadLocal<Connection> current = new ThreadLocal<>();
  private final AtomicInteger asked = new AtomicInteger();
  private final List<String> forbiddenCalls = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger guardedCalls = new AtomicInteger();
  private TestDb db;
  private TestDb.Counting dataSource;
  private JdbcStorage storage;
  private Labinov lab;
  private Connection raw;
  private Connection guarded;

  @BeforeEach
  void start() throws SQLException {
    db = TestDb.memory();
    dataSource = new TestDb.Counting(db.dataSource());
    storage = JdbcStorage.builder().dataSource(dataSource).transactionBinding(() -> {
      asked.incrementAndGet();
      return Optional.ofNullable(current.get());
    }).build();
    storage.rulebookStore().save(LEBAK, Rulebooks.fiveD());
    storage.rulebookStore().save(SERANG, Rulebooks.fiveD());
    lab = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(), new Fixtures.HandClock(Fixtures.START), 5);
    db.update("CREATE TABLE host_audit (note VARCHAR(20))");
    raw = db.connect();
    raw.setAutoCommit(false);
    guarded = guard(raw);
  }

  @AfterEach
  void stop() throws SQLException {
    current.remove();
    raw.close();
    db.close();
  }

  /** Wraps the host's connection so that the test sees every call and any commit, rollback or close by the store. */
  private Connection guard(Connection c) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          guardedCalls.incrementAndGet();
          String name = method.getName();
          if (name.equals("commit") || name.equals("close") || (name.equals("rollback") && (args == null || args.length == 0))
              || name.equals("setAutoCommit") || name.equals("setTransactionIsolation")) {
            forbiddenCalls.add(name);
          }
          try {
            return method.invoke(c, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** Runs {@code work} with the host's transaction bound to this thread, as inside {@code @Transactional}. */
  private <T> T inHostTransaction(Supplier<T> work) {
    current.set(guarded);
    try {
      return work.get();
    } finally {
      current.remove();
    }
  }

  private InnovationRef proposeAndAttach(String title) {
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details(title)).orThrow().ref();
    lab.innovations().attachEvidence(ref, INNOVATOR, Fixtures.evidence("COMMITMENT_LETTER", 1), Options.none()).orThrow();
    return ref;
  }

  private void hostInsert(String note) throws SQLException {
    try (Statement st = raw.createStatement()) {
      st.executeUpdate("INSERT INTO host_audit VALUES ('" + note + "')");
    }
  }

  @Test
  void whatTheHostRollsBackLeavesNothing() throws SQLException {
    int opened = dataSource.opened();
    InnovationRef ref = inHostTransaction(() -> {
      InnovationRef r = proposeAndAttach("Dibatalkan");
      assertThat(storage.innovationStore().load(r).orElseThrow().version()).as("visible inside").isEqualTo(2);
      assertThat(storage.changeFeed().read(LEBAK, 0, 10)).as("the feed inside").hasSize(2);
      return r;
    });
    assertThat(dataSource.opened()).as("no connection of the pool taken in the host's transaction").isEqualTo(opened);

    raw.rollback();

    assertThat(storage.innovationStore().load(ref)).isEmpty();
    assertThat(storage.innovationStore().history(ref)).isEmpty();
    assertThat(storage.changeFeed().read(LEBAK, 0, 10)).isEmpty();
    assertThat(db.count("SELECT COUNT(*) FROM lbv_feed")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM lbv_event")).isZero();
    assertThat(forbiddenCalls).isEmpty();
    assertThat(raw.isClosed()).isFalse();
  }

  @Test
  void whatTheHostCommitsBecomesVisibleAndReachesTheFeed() throws SQLException {
    InnovationRef ref = inHostTransaction(() -> proposeAndAttach("Disimpan"));
    assertThat(storage.innovationStore().load(ref)).as("not visible before the commit").isEmpty();
    assertThat(storage.changeFeed().read(LEBAK, 0, 10)).isEmpty();

    raw.commit();

    assertThat(storage.innovationStore().load(ref).orElseThrow().version()).isEqualTo(2);
    assertThat(storage.changeFeed().read(LEBAK, 0, 10)).extracting(FeedEntry::sequence).containsExactly(1L, 2L);
    assertThat(forbiddenCalls).isEmpty();
    assertThat(raw.isClosed()).isFalse();
  }

  @Test
  void withoutAHostTransactionEachCallCommitsOnItsOwn() {
    int opened = dataSource.opened();
    int askedBefore = asked.get();

    InnovationRef ref = proposeAndAttach("Mandiri");

    assertThat(asked.get()).as("the binding was asked").isGreaterThan(askedBefore);
    assertThat(dataSource.opened()).as("own connections").isGreaterThan(opened);
    assertThat(dataSource.open()).as("all given back").isZero();
    assertThat(guardedCalls).as("the host's connection untouched").hasValue(0);
    assertThat(db.count("SELECT MAX(version) FROM lbv_innovation WHERE id = ?", ref.id().toString()))
        .as("committed, seen from another connection").isEqualTo(2);
    assertThat(db.count("SELECT COUNT(*) FROM lbv_feed")).isEqualTo(2);
  }

  @Test
  void theHostsOwnInsertAndTheAppendRollBackTogether() throws SQLException {
    inHostTransaction(() -> {
      try {
        hostInsert("sebelum");
        InnovationRef ref = proposeAndAttach("Bersama");
        hostInsert("sesudah");
        return ref;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });

    raw.rollback();

    assertThat(db.count("SELECT COUNT(*) FROM host_audit")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM lbv_innovation")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM lbv_feed")).isZero();
    assertThat(forbiddenCalls).isEmpty();
  }

  @Test
  void theHostsOwnInsertAndTheAppendCommitTogether() throws SQLException {
    InnovationRef ref = inHostTransaction(() -> {
      try {
        hostInsert("sebelum");
        InnovationRef r = proposeAndAttach("Bersama");
        hostInsert("sesudah");
        return r;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(db.count("SELECT COUNT(*) FROM host_audit")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM lbv_innovation")).isZero();

    raw.commit();

    assertThat(db.count("SELECT COUNT(*) FROM host_audit")).isEqualTo(2);
    assertThat(storage.innovationStore().load(ref).orElseThrow().version()).isEqualTo(2);
    assertThat(db.count("SELECT COUNT(*) FROM lbv_feed")).isEqualTo(2);
    assertThat(forbiddenCalls).isEmpty();
  }

  @Test
  void aBoundConnectionInAutoCommitModeIsRefusedForWritesButReadsWork() throws SQLException {
    InnovationRef ref = proposeAndAttach("Sudah ada");
    try (Connection auto = db.connect()) {
      current.set(auto);
      assertThat(storage.innovationStore().load(ref).orElseThrow().version()).isEqualTo(2);

      assertThatThrownBy(() -> lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Tidak utuh")))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("AUTO_COMMIT_CONNECTION");
            assertThat(e.getMessage()).contains("setAutoCommit(false)");
          });
      assertThatThrownBy(() -> storage.directory().putAll(List.of(new DirectoryEntry.OpdEntry(OpdCode.of("DINKES"),
          "Dinas Kesehatan")))).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.code()).isEqualTo("AUTO_COMMIT_CONNECTION"));
      current.remove();
      assertThat(auto.getAutoCommit()).isTrue();
      assertThat(auto.isClosed()).isFalse();
    }
    assertThat(db.count("SELECT COUNT(*) FROM lbv_innovation")).isEqualTo(1);
    assertThat(db.count("SELECT COUNT(*) FROM lbv_feed")).isEqualTo(2);
    assertThat(storage.directory().findOpdName(OpdCode.of("DINKES"))).isEmpty();
  }

  @Test
  void aBindingThatFailsGivesAStorageErrorNamingItAndWritesNothing() {
    JdbcStorage failing = JdbcStorage.builder().dataSource(dataSource).transactionBinding(new TransactionBinding() {
      @Override
      public Optional<Connection> current() {
        throw new IllegalStateException("no transaction manager", new SQLTransientConnectionException("pool empty", "08001"));
      }

      @Override
      public String toString() {
        return "HostBinding";
      }
    }).build();
    Labinov failingLab = Fixtures.lab(failing.innovationStore(), failing.rulebookStore(),
        new Fixtures.HandClock(Fixtures.START), 5);

    assertThatThrownBy(() -> failingLab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Gagal")))
        .isInstanceOfSatisfying(StorageException.class, e -> {
          assertThat(e.code()).isEqualTo("STORAGE_FAILURE");
          assertThat(e.getMessage()).contains("TransactionBinding HostBinding").contains("no transaction manager");
          assertThat(e.sqlState()).contains("08001");
          assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
        });
    assertThatThrownBy(() -> failing.changeFeed().read(LEBAK, 0, 10)).isInstanceOf(StorageException.class)
        .hasMessageContaining("HostBinding");
    assertThat(db.count("SELECT COUNT(*) FROM lbv_innovation")).isZero();
    assertThat(dataSource.open()).isZero();
  }

  @Test
  void aBindingThatAnswersNullGivesAStorageError() {
    JdbcStorage broken = JdbcStorage.builder().dataSource(dataSource).transactionBinding(() -> null).build();

    assertThatThrownBy(() -> broken.directory().findOpdName(OpdCode.of("DINKES")))
        .isInstanceOfSatisfying(StorageException.class, e -> {
          assertThat(e.getMessage()).contains("TransactionBinding").contains("Optional.empty()");
          assertThat(e.sqlState()).isEmpty();
        });
  }

  @Test
  void oneFacadeServesABoundAndAnUnboundCallerAtOnce() throws Exception {
    InnovationRef bound = inHostTransaction(() -> proposeAndAttach("Dalam transaksi"));
    ExecutorService other = Executors.newSingleThreadExecutor();
    InnovationRef alone;
    try {
      // another thread, no transaction of the host: its own, committed at once, while the host's is still open
      alone = other.submit(() -> lab.innovations().propose(SERANG, SERANG_INNOVATOR, Fixtures.details("Sendiri"))
          .orThrow().ref()).get(30, TimeUnit.SECONDS);
    } finally {
      other.shutdownNow();
    }
    // the same thread, after the host's transaction ended for it
    InnovationRef after = lab.innovations().propose(SERANG, SERANG_INNOVATOR, Fixtures.details("Sesudahnya"))
        .orThrow().ref();

    assertThat(storage.innovationStore().load(alone)).isPresent();
    assertThat(storage.innovationStore().load(after)).isPresent();
    assertThat(storage.innovationStore().load(bound)).as("still the host's").isEmpty();

    raw.rollback();

    assertThat(storage.innovationStore().load(bound)).isEmpty();
    assertThat(storage.innovationStore().load(alone)).isPresent();
    assertThat(storage.changeFeed().read(SERANG, 0, 10)).hasSize(2);
    assertThat(storage.changeFeed().read(LEBAK, 0, 10)).isEmpty();
    assertThat(forbiddenCalls).isEmpty();
  }

  @Test
  void everyStoreOfTheStorageFollowsTheBinding() throws SQLException {
    Rulebook target = Rulebooks.fiveDPlusOne();
    InnovationRef ref = proposeAndAttach("Dipindah");
    inHostTransaction(() -> {
      storage.directory().putAll(List.of(new DirectoryEntry.OpdEntry(OpdCode.of("DINKES"), "Dinas Kesehatan")));
      // a migration saves its target rulebook inside the command: both in the host's transaction
      CommandResult r = lab.migrations().migrate(ref, ADMIN, target, Options.none());
      assertThat(r.accepted()).as("%s", r.verdict().codes()).isTrue();
      assertThat(storage.directory().findOpdName(OpdCode.of("DINKES"))).contains("Dinas Kesehatan");
      return r;
    });

    raw.rollback();

    assertThat(storage.directory().findOpdName(OpdCode.of("DINKES"))).isEmpty();
    assertThat(storage.rulebookStore().find(LEBAK, target.id(), target.version())).isEmpty();
    assertThat(storage.innovationStore().load(ref).orElseThrow().rulebookId()).isNotEqualTo(target.id());
    assertThat(forbiddenCalls).isEmpty();
  }

  @Test
  void withoutAHostTransactionACommandKeepsToOneConnectionOfAPoolOfOne() {
    try (com.zaxxer.hikari.HikariDataSource pool = TestDb.pool(db, 1)) {
      pool.setConnectionTimeout(1_000);
      JdbcStorage pooled = JdbcStorage.builder().dataSource(pool)
          .transactionBinding(() -> Optional.ofNullable(current.get())).build();
      Labinov pooledLab = Fixtures.lab(pooled.innovationStore(), pooled.rulebookStore(),
          new Fixtures.HandClock(Fixtures.START), 5);
      Rulebook target = Rulebooks.fiveDPlusOne();
      InnovationRef ref = pooledLab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Satu koneksi")).orThrow().ref();

      // the target rulebook is saved on the command's own connection, not on a second one from the pool
      CommandResult r = pooledLab.migrations().migrate(ref, ADMIN, target, Options.none());

      assertThat(r.accepted()).as("%s", r.verdict().codes()).isTrue();
      assertThat(pooled.rulebookStore().find(LEBAK, target.id(), target.version())).isPresent();
    }
  }

  @Test
  void refusesANullBinding() {
    assertThatThrownBy(() -> JdbcStorage.builder().dataSource(dataSource).transactionBinding(null).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("transactionBinding"));
    assertThat(TransactionBinding.none().current()).isEmpty();
    assertThat(TransactionBinding.none()).isSameAs(TransactionBinding.none());
  }
}
