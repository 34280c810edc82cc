package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.labinov.core.Labinov;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.ImportItem;
import id.labinov.core.engine.ImportOptions;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.StorageException;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.IdempotencyRecord;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database kills the store's connection in the middle of its transaction (PostgreSQL
 * {@code pg_terminate_backend}, MariaDB {@code KILL}): nothing of the interrupted work is stored,
 * the caller gets a {@link StorageException} with the SQL state, and the next call works on a
 * fresh connection. A subclass per database names the database.
 */
abstract class ConnectionFaultContract {
  private Backend backend;
  private KillingDataSource killing;
  private JdbcStorage storage;
  private JdbcInnovationStore store;
  private Fixtures.HandClock clock;
  private Labinov lab;

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  @BeforeEach
  void start() {
    backend = Backend.open(kind(), 4);
    killing = new KillingDataSource(backend);
    storage = backend.storage(killing);
    store = storage.innovationStore();
    clock = new Fixtures.HandClock(Fixtures.START);
    lab = Fixtures.lab(store, storage.rulebookStore(), clock, 5);
  }

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  private long rows(String table, InnovationRef ref) {
    return backend.count("SELECT COUNT(*) FROM " + backend.prefix() + table + " WHERE innovation_id = ?",
        ref.id().toString());
  }

  /**
   * The start of the statement that writes the feed: on PostgreSQL the reservation and the feed
   * rows are one statement ({@code WITH head AS (UPDATE … feed_head …) INSERT INTO … feed …}).
   */
  private String feedStatement(String otherwise) {
    return backend.kind == Backend.Kind.POSTGRESQL ? "WITH head AS (UPDATE " + backend.prefix() + "feed_head" : otherwise;
  }

  @Test
  void anAppendKilledBeforeItsLastStatementStoresNothingAndTheNextAppendWorks() {
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Posyandu Digital")).orThrow().ref();
    InnovationState before = store.load(ref).orElseThrow();
    IdempotencyRecord key = new IdempotencyRecord("ubah-judul-1", "hash-1", ref, before.version() + 1, 1,
        Fixtures.START.plus(Duration.ofDays(1)));
    Append append = JdbcInnovationStoreTest.nextAppend(before, "Posyandu Digital Terpadu", key);

    killing.killBefore(feedStatement("INSERT INTO " + backend.prefix() + "feed ("));
    StorageException failure = catchThrowableOfType(StorageException.class, () -> store.append(append));

    assertThat(killing.kills()).as("the connection was killed mid-transaction").isEqualTo(1);
    assertThat(failure).as("a typed storage error").isNotNull();
    assertThat(failure.sqlState()).as("carries the SQL state").isPresent();
    assertThat(store.load(ref)).as("state row as before").contains(before);
    assertThat(store.history(ref)).hasSize((int) before.version());
    assertThat(rows("event", ref)).as("no event row of the killed append").isEqualTo(before.version());
    assertThat(rows("feed", ref)).isEqualTo(before.version());
    assertThat(store.findIdempotency(LEBAK, key.key(), Fixtures.START)).as("no idempotency key kept").isEmpty();
    assertThat(storage.changeFeed().read(LEBAK, 0, 100)).hasSize((int) before.version());

    assertThat(store.append(append)).as("the same append works on the next connection").contains(key);
    assertThat(store.load(ref)).contains(append.state());
    assertThat(store.verify(ref).ok()).isTrue();
    assertThat(storage.changeFeed().read(LEBAK, 0, 100)).extracting(FeedEntry::position)
        .containsExactly(1L, 2L);
  }

  @Test
  void aCommandKilledWhileWritingEventsFailsWithAStorageErrorAndTheRetrySucceeds() {
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Sekolah Lapang")).orThrow().ref();
    InnovationState before = store.load(ref).orElseThrow();

    killing.killBefore("INSERT INTO " + backend.prefix() + "event");
    StorageException failure = catchThrowableOfType(StorageException.class,
        () -> lab.innovations().attachEvidence(ref, INNOVATOR, Fixtures.evidence("PHOTO", 1), Options.idempotent("foto-1")));

    assertThat(failure).isNotNull();
    assertThat(killing.kills()).isEqualTo(1);
    assertThat(store.load(ref)).contains(before);
    assertThat(rows("event", ref)).isEqualTo(1);
    var retried = lab.innovations().attachEvidence(ref, INNOVATOR, Fixtures.evidence("PHOTO", 1), Options.idempotent("foto-1"));
    assertThat(retried.accepted()).isTrue();
    assertThat(retried.replayed()).as("the killed attempt used up no key").isFalse();
    assertThat(store.load(ref).orElseThrow().version()).isEqualTo(2);
    assertThat(store.verify(ref).ok()).isTrue();
  }

  @Test
  void aReadKilledMidQueryFailsWithAStorageErrorAndTheNextReadWorks() {
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Bank Sampah")).orThrow().ref();

    killing.killBefore("SELECT state_json FROM " + backend.prefix() + "innovation");
    StorageException failure = catchThrowableOfType(StorageException.class, () -> store.load(ref));

    assertThat(failure).isNotNull();
    assertThat(killing.kills()).isEqualTo(1);
    assertThat(failure.sqlState()).isPresent();
    assertThat(store.load(ref)).isPresent();
  }

  @Test
  void aRulebookSaveKilledMidTransactionStoresNothingAndTheNextSaveWorks() {
    RegionCode region = RegionCode.parse("36.04");
    var rulebook = Rulebooks.fiveD();

    killing.killBefore("INSERT INTO " + backend.prefix() + "rulebook");
    StorageException failure = catchThrowableOfType(StorageException.class,
        () -> storage.rulebookStore().save(region, rulebook));

    assertThat(failure).isNotNull();
    assertThat(killing.kills()).isEqualTo(1);
    assertThat(storage.rulebookStore().list(region)).isEmpty();
    storage.rulebookStore().save(region, rulebook);
    assertThat(storage.rulebookStore().find(region, rulebook.id(), rulebook.version())).contains(rulebook);
  }

  @Test
  void anImportKilledMidBatchStoresNothingAndTheNextImportWorks() {
    List<ImportItem> items = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      items.add(ImportItem.of(LEBAK, INNOVATOR, Fixtures.details("Impor " + i)));
    }
    JdbcStorage batchesOfTen = backend.storage(b -> b.dataSource(killing).batchSize(10));
    JdbcInnovationStore importing = batchesOfTen.innovationStore();
    Labinov importer = Labinov.builder().clock(clock).ids(IdGenerator.from(new Random(3))).innovationStore(importing)
        .query(importing).rulebookStore(batchesOfTen.rulebookStore()).rulebook(Rulebooks.fiveD()).build();

    killing.killBefore(feedStatement("UPDATE " + backend.prefix() + "feed_head"));
    StorageException failure = catchThrowableOfType(StorageException.class,
        () -> importer.innovations().importInnovations(items, ImportOptions.eachOnItsOwn()));

    assertThat(failure).isNotNull();
    assertThat(killing.kills()).isEqualTo(1);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "innovation")).isZero();
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "event")).isZero();
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "feed")).isZero();
    assertThat(importer.innovations().importInnovations(items, ImportOptions.eachOnItsOwn()))
        .allSatisfy(r -> assertThat(r.written()).isTrue());
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "innovation")).isEqualTo(30);
    assertThat(storage.changeFeed().read(LEBAK, 0, 100)).extracting(FeedEntry::position)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 30).boxed().toList());
  }

  /**
   * Hands out the pool's connections; once armed, the next statement whose SQL starts with a given
   * text finds its own session killed by the server just before it runs.
   */
  private static final class KillingDataSource implements DataSource {
    private final Backend backend;
    private final AtomicReference<String> trigger = new AtomicReference<>();
    private final AtomicInteger kills = new AtomicInteger();

    KillingDataSource(Backend backend) {
      this.backend = backend;
    }

    void killBefore(String sqlStart) {
      trigger.set(sqlStart);
    }

    int kills() {
      return kills.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection c = backend.pool().getConnection();
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement") && args[0] instanceof String sql) {
              String armed = trigger.get();
              if (armed != null && sql.startsWith(armed) && trigger.compareAndSet(armed, null)) {
                backend.kill(backend.sessionId(c));
                kills.incrementAndGet();
              }
            }
            try {
              return method.invoke(c, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException("not used by the tests");
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
      // not used
    }

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("no logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
