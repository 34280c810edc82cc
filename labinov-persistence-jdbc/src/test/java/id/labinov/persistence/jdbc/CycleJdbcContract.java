package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import java.sql.Connection;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the cycle store does on a database beyond the port's contract: every field lands in its column
 * and comes back equal through another storage on the same tables (no note as SQL {@code NULL}, the
 * changes as their codes, a note of 2000 characters beyond Latin-1, an instant to the microsecond); an
 * instant a database cannot keep is refused before anything is written; a stored code this library
 * does not know is a {@link StorageException} naming the row; a record in a caller's transaction
 * commits and rolls back with it; and a writer of the same next record as another writer's open
 * transaction waits for it, then conflicts (committed) or takes its place (rolled back). A subclass
 * per database names the database.
 */
abstract class CycleJdbcContract {
  private static final InnovationRef POSYANDU = new InnovationRef(Fixtures.LEBAK,
      InnovationId.parse("0190a1b2-0000-7000-8000-000000000001"));
  private static final PersonId ADMIN = PersonId.of("admin-lab-lebak");
  private static final Instant AT = Instant.parse("2026-06-10T23:59:59.999999Z");

  private Backend backend;
  private JdbcCycleStore store;
  private ExecutorService other;

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  @BeforeEach
  void emptyTables() {
    backend = ClassBackends.fresh(getClass(), kind());
    store = backend.storage().cycle();
    other = Executors.newSingleThreadExecutor();
  }

  @AfterEach
  void stopTheOtherWriter() {
    other.shutdownNow();
  }

  @AfterAll
  static void dropTables(org.junit.jupiter.api.TestInfo info) {
    ClassBackends.close(info.getTestClass().orElseThrow());
  }

  private static CompetitionEntry entry(int year, EntryResult result, long sequence) {
    return new CompetitionEntry(POSYANDU, Competition.IGA, year, EntryGroup.GENERAL, result, null, ADMIN, AT, sequence);
  }

  private long rows(String table, String where, Object... params) {
    return backend.count("SELECT COUNT(*) FROM " + backend.prefix() + table + " WHERE " + where, params);
  }

  @Test
  void everyFieldLandsInItsColumnAndComesBackEqual() {
    StringBuilder text = new StringBuilder();
    String part = "Layanan diperluas ke 28 kecamatan — «Posyandu Digital»; daftar lewat aplikasi ✓ 📱 ";
    while (text.length() + part.length() <= CompetitionEntry.MAX_NOTE) {
      text.append(part);
    }
    String note = text.append(".".repeat(CompetitionEntry.MAX_NOTE - text.length())).toString();
    CompetitionEntry entered = new CompetitionEntry(POSYANDU, Competition.KIPP, 2026, EntryGroup.REPLICATION,
        EntryResult.ENTERED, null, PersonId.of("a".repeat(64)), Instant.parse("2026-01-01T00:00:00.000001Z"), 1);
    CompetitionEntry top = new CompetitionEntry(POSYANDU, Competition.KIPP, 2026, EntryGroup.REPLICATION,
        EntryResult.TOP_45, note, ADMIN, AT, 2);
    InnovationVersion wider = new InnovationVersion(POSYANDU, 2025, note, EnumSet.of(DevelopmentChange.OTHER,
        DevelopmentChange.SCOPE), ADMIN, AT, 1);
    InnovationVersion all = new InnovationVersion(POSYANDU, 2026, "Semua berubah", EnumSet.allOf(
        DevelopmentChange.class), ADMIN, AT.plusNanos(1000), 2);

    store.appendEntry(entered);
    store.appendEntry(top);
    store.appendVersion(wider);
    store.appendVersion(all);

    assertThat(note).hasSize(CompetitionEntry.MAX_NOTE);
    String innovation = "region = ? AND innovation_id = ? AND ";
    assertThat(rows("competition_entry", innovation + "seq_no = 1 AND competition = 'KIPP' AND entry_year = 2026"
        + " AND entry_group = 'REPLICATION' AND entry_result = 'ENTERED' AND note IS NULL AND recorded_by = ?",
        Fixtures.LEBAK.value(), POSYANDU.id().toString(), "a".repeat(64))).isEqualTo(1);
    assertThat(rows("competition_entry", innovation + "seq_no = 2 AND entry_result = 'TOP_45' AND note = ?",
        Fixtures.LEBAK.value(), POSYANDU.id().toString(), note)).isEqualTo(1);
    assertThat(rows("innovation_version", innovation + "seq_no = 1 AND version_year = 2025 AND change_codes = ?",
        Fixtures.LEBAK.value(), POSYANDU.id().toString(), "SCOPE,OTHER")).isEqualTo(1);
    assertThat(rows("innovation_version", innovation + "seq_no = 2 AND change_codes = ?", Fixtures.LEBAK.value(),
        POSYANDU.id().toString(), "SCOPE,DIGITALISATION,BENEFICIARIES,OTHER")).isEqualTo(1);

    JdbcCycleStore reopened = backend.storage(s -> s).cycle();
    assertThat(reopened.entries(POSYANDU)).containsExactly(entered, top);
    assertThat(reopened.entries(Fixtures.LEBAK)).containsExactly(entered, top);
    assertThat(reopened.versions(POSYANDU)).containsExactly(wider, all)
        .satisfies(v -> assertThat(v.get(0).note()).isEqualTo(note));
    assertThat(reopened.versions(Fixtures.LEBAK)).containsExactly(wider, all);
  }

  @Test
  void anInstantADatabaseCannotKeepIsRefusedBeforeAnythingIsWritten() {
    for (Instant at : List.of(Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T00:00:00Z"))) {
      CompetitionEntry e = new CompetitionEntry(POSYANDU, Competition.IGA, 2026, EntryGroup.GENERAL,
          EntryResult.ENTERED, null, ADMIN, at, 1);
      InnovationVersion v = new InnovationVersion(POSYANDU, 2026, "Digitalisasi", Set.of(
          DevelopmentChange.DIGITALISATION), ADMIN, at, 1);
      for (Runnable write : List.<Runnable>of(() -> store.appendEntry(e), () -> store.appendVersion(v))) {
        assertThatThrownBy(write::run).as("%s", at).isInstanceOfSatisfying(JdbcSettingException.class, x -> {
          assertThat(x.code()).isEqualTo("INSTANT_NOT_STORABLE");
          assertThat(x.field()).isEqualTo("recordedAt");
          assertThat(x.getMessage(Locale.ENGLISH)).contains(at.toString()).contains("microsecond");
          assertThat(x.getMessage(Locale.forLanguageTag("id"))).contains(at.toString()).contains("mikrodetik");
        });
      }
    }
    assertThat(store.entries(POSYANDU)).isEmpty();
    assertThat(store.versions(POSYANDU)).isEmpty();
  }

  @Test
  void aStoredCodeThisLibraryDoesNotKnowIsAStorageErrorNamingTheRow() {
    store.appendEntry(entry(2025, EntryResult.ENTERED, 1));
    store.appendVersion(new InnovationVersion(POSYANDU, 2025, "Cakupan", Set.of(DevelopmentChange.SCOPE), ADMIN, AT,
        1));
    backend.update("UPDATE " + backend.prefix() + "competition_entry SET entry_result = 'TOP_10'");
    backend.update("UPDATE " + backend.prefix() + "innovation_version SET change_codes = 'SCOPE,TELEPORT'");

    String row = Fixtures.LEBAK.value() + "/" + POSYANDU.id() + "#1";
    assertThatThrownBy(() -> store.entries(POSYANDU)).isInstanceOf(StorageException.class).hasMessageContaining(row);
    assertThatThrownBy(() -> store.entries(Fixtures.LEBAK)).isInstanceOf(StorageException.class);
    assertThatThrownBy(() -> store.versions(POSYANDU)).isInstanceOf(StorageException.class).hasMessageContaining(row);
  }

  @Test
  void aRecordInTheCallersTransactionCommitsAndRollsBackWithIt() throws Exception {
    try (Connection c = backend.pool().getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      JdbcCycleStore inside = store.inTransaction(c);

      inside.appendEntry(entry(2025, EntryResult.ENTERED, 1));
      assertThat(inside.entries(POSYANDU)).hasSize(1);
      c.rollback();
      assertThat(store.entries(POSYANDU)).isEmpty();

      CompetitionEntry kept = entry(2025, EntryResult.NOMINEE, 1);
      inside.appendEntry(kept);
      assertThatThrownBy(() -> inside.appendEntry(entry(2026, EntryResult.ENTERED, 1)))
          .as("a conflict undoes only itself").isInstanceOfSatisfying(VersionConflictException.class,
              e -> assertThat(e.actual()).isEqualTo(1));
      InnovationVersion version = new InnovationVersion(POSYANDU, 2025, "Cakupan", Set.of(DevelopmentChange.SCOPE),
          ADMIN, AT, 1);
      inside.appendVersion(version);
      c.commit();
      assertThat(store.entries(POSYANDU)).containsExactly(kept);
      assertThat(store.versions(POSYANDU)).containsExactly(version);
    }
    try (Connection c = backend.pool().getConnection()) {
      c.setAutoCommit(true);
      assertThatThrownBy(() -> store.inTransaction(c).appendEntry(entry(2026, EntryResult.ENTERED, 2)))
          .isInstanceOfSatisfying(JdbcSettingException.class, e -> assertThat(e.code())
              .isEqualTo("AUTO_COMMIT_CONNECTION"));
    }
    assertThat(store.entries(POSYANDU)).hasSize(1);
  }

  /**
   * Appends {@code first} in a transaction left open, starts appending {@code second} on another
   * thread, waits until it waits for that transaction, ends it ({@code commit} or not) and returns
   * {@code "appended"} or what {@code second} threw.
   */
  private Object behindAnOpenTransaction(CompetitionEntry first, CompetitionEntry second, boolean commit)
      throws Exception {
    try (Connection c = backend.pool().getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      store.inTransaction(c).appendEntry(first);
      Future<Object> waiting = other.submit(() -> {
        try {
          store.appendEntry(second);
          return "appended";
        } catch (RuntimeException e) {
          return e;
        }
      });
      awaitTheOtherWriterWaiting();
      assertThat(waiting).isNotDone();
      if (commit) {
        c.commit();
      } else {
        c.rollback();
      }
      return waiting.get(60, TimeUnit.SECONDS);
    }
  }

  /**
   * Waits until the other writer waits for the open transaction: for a row lock (the servers) or for
   * a key that transaction inserted, which H2 shows only as an insert that keeps running.
   */
  private void awaitTheOtherWriterWaiting() throws InterruptedException {
    if (kind() != Backend.Kind.H2) {
      backend.awaitALockWait();
      return;
    }
    for (int i = 0; i < 1200; i++) {
      if (backend.count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
          + " OR EXECUTING_STATEMENT LIKE ?", "INSERT INTO " + backend.prefix() + "competition_entry%") > 0) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the other writer did not wait for the open transaction within a minute");
  }

  @Test
  void aWriterOfTheSameNextRecordWaitsAndThenConflicts() throws Exception {
    Object outcome = behindAnOpenTransaction(entry(2025, EntryResult.ENTERED, 1), entry(2026, EntryResult.ENTERED, 1),
        true);

    assertThat(outcome).isInstanceOfSatisfying(VersionConflictException.class, e -> {
      assertThat(e.expected()).isZero();
      assertThat(e.actual()).isEqualTo(1);
    });
    assertThat(store.entries(POSYANDU)).singleElement().satisfies(e -> assertThat(e.year()).isEqualTo(2025));
  }

  @Test
  void aWriterBehindARecordRolledBackTakesItsPlace() throws Exception {
    Object outcome = behindAnOpenTransaction(entry(2025, EntryResult.ENTERED, 1), entry(2026, EntryResult.ENTERED, 1),
        false);

    assertThat(outcome).isEqualTo("appended");
    assertThat(store.entries(POSYANDU)).containsExactly(entry(2026, EntryResult.ENTERED, 1));
  }
}
