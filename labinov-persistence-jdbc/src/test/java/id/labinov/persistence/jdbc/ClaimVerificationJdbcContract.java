package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.Verification;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the verification stream does on a database beyond the port's contract: every field lands in
 * its column and comes back equal through another storage on the same tables (a region-level key
 * and an empty prediction as SQL {@code NULL}, an instant to the microsecond, a note of 2000
 * characters beyond Latin-1); an instant a database cannot keep exactly is refused before anything is
 * written; a decision in a caller's transaction commits and rolls back with it; a writer waits at
 * the region's last decision while another writer's transaction holds it; and where a region has no
 * decision yet, a writer that meets another writer's uncommitted first decision waits for it and
 * then records after it (another claim: the next stream number, written again), conflicts (the same
 * version) or takes its place (rolled back). A subclass per database names the database.
 */
abstract class ClaimVerificationJdbcContract {
  private static final RegionCode LEBAK = Fixtures.LEBAK;
  private static final InnovationId POSYANDU = InnovationId.parse("0190a1b2-0000-7000-8000-000000000001");
  private static final PersonId VERIFIER = PersonId.of("verifikator-bskdn-07");
  private static final Instant AT = Instant.parse("2026-06-10T23:59:59.999999Z");

  private Backend backend;
  private JdbcClaimVerificationStore store;
  private ExecutorService other;

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  @BeforeEach
  void emptyTables() {
    backend = ClassBackends.fresh(getClass(), kind());
    store = backend.storage().claimVerifications();
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

  private static ClaimKey key(String indicator) {
    return ClaimKey.forInnovation(LEBAK, POSYANDU, 2026, indicator);
  }

  private static Verification decision(ClaimKey key, int level) {
    return new Verification(key, level, "Diverifikasi terhadap SK kepala dinas", 2, 3, OptionalInt.of(1), VERIFIER, AT);
  }

  private long rows(String where, Object... params) {
    return backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "iid_verification WHERE " + where, params);
  }

  @Test
  void everyFieldLandsInItsColumnAndComesBackEqual() {
    StringBuilder text = new StringBuilder();
    String part = "Perkada Nomor 12 Tahun 2025 — «bukan Perda»; lampiran ✓ 📄 ";
    while (text.length() + part.length() <= Verification.MAX_NOTE) {
      text.append(part);
    }
    String note = text.append(".".repeat(Verification.MAX_NOTE - text.length())).toString();
    Verification innovation = new Verification(key("REGULATION"), 1, note, 7, 3, OptionalInt.of(0), VERIFIER, AT);
    Verification region = new Verification(ClaimKey.forRegion(LEBAK, 2025, "SPD_01"), 0, "Tidak ada Perda", 1, 2,
        OptionalInt.empty(), PersonId.of("v".repeat(64)), Instant.parse("2025-01-01T00:00:00.000001Z"));

    RecordedVerification a = store.record(innovation, 0);
    RecordedVerification b = store.record(region, 0);

    assertThat(note).hasSize(Verification.MAX_NOTE);
    assertThat(rows("region = ? AND stream_seq = 1 AND subject = ? AND innovation_id = ? AND claim_year = 2026"
        + " AND indicator = 'REGULATION' AND version = 1 AND verified_level = 1 AND claim_version = 7"
        + " AND claimed_level = 3 AND predicted_level = 0 AND verifier = ?", LEBAK.value(), POSYANDU.toString(),
        POSYANDU.toString(), VERIFIER.value())).isEqualTo(1);
    assertThat(rows("region = ? AND stream_seq = 2 AND subject = ? AND innovation_id IS NULL AND claim_year = 2025"
        + " AND predicted_level IS NULL AND verified_level = 0", LEBAK.value(), "region:" + LEBAK.value()))
        .isEqualTo(1);
    JdbcClaimVerificationStore reopened = backend.storage(s -> s).claimVerifications();
    assertThat(reopened.log(LEBAK, 0, 10)).containsExactly(a, b);
    assertThat(reopened.latest(key("REGULATION")).orElseThrow().verification()).isEqualTo(innovation)
        .satisfies(v -> assertThat(v.note()).isEqualTo(note));
    assertThat(reopened.latest(region.key()).orElseThrow().verification()).isEqualTo(region)
        .satisfies(v -> assertThat(v.predictedLevel()).isEmpty());
    assertThat(reopened.latest(LEBAK, 2025)).containsExactly(b);
  }

  @Test
  void anInstantADatabaseCannotKeepExactlyIsRefusedBeforeAnythingIsWritten() {
    for (Instant at : List.of(Instant.parse("2026-06-10T03:20:45.123456789Z"), Instant.parse("+10000-01-01T00:00:00Z"),
        Instant.parse("-0001-12-31T00:00:00Z"))) {
      Verification v = new Verification(key("VIDEO"), 1, "Video ada", 1, 3, OptionalInt.of(1), VERIFIER, at);
      assertThatThrownBy(() -> store.record(v, 0)).as("%s", at).isInstanceOfSatisfying(JdbcSettingException.class, e -> {
        assertThat(e.code()).isEqualTo("INSTANT_NOT_STORABLE");
        assertThat(e.field()).isEqualTo("at");
        assertThat(e.getMessage(Locale.ENGLISH)).contains(at.toString()).contains("microsecond");
        assertThat(e.getMessage(Locale.forLanguageTag("id"))).contains(at.toString()).contains("mikrodetik");
      });
    }
    assertThat(store.log(LEBAK, 0, 10)).isEmpty();
  }

  @Test
  void aDecisionInTheCallersTransactionCommitsAndRollsBackWithIt() throws Exception {
    try (Connection c = backend.pool().getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      JdbcClaimVerificationStore inside = store.inTransaction(c);

      inside.record(decision(key("BENEFIT"), 1), 0);
      assertThat(inside.latest(key("BENEFIT"))).isPresent();
      c.rollback();
      assertThat(store.latest(key("BENEFIT"))).isEmpty();

      RecordedVerification kept = inside.record(decision(key("BENEFIT"), 2), 0);
      assertThatThrownBy(() -> inside.record(decision(key("BENEFIT"), 2), 0))
          .as("a conflict undoes only itself").isInstanceOf(RegisterConflictException.class);
      c.commit();
      assertThat(store.log(LEBAK, 0, 10)).containsExactly(kept);
    }
    try (Connection c = backend.pool().getConnection()) {
      c.setAutoCommit(true);
      assertThatThrownBy(() -> store.inTransaction(c).record(decision(key("VIDEO"), 1), 0))
          .isInstanceOfSatisfying(JdbcSettingException.class, e -> assertThat(e.code())
              .isEqualTo("AUTO_COMMIT_CONNECTION"));
    }
    assertThat(store.latest(key("VIDEO"))).isEmpty();
  }

  /**
   * Records {@code first} in a transaction left open, starts {@code second} on another thread, waits
   * until it waits for a lock, ends the transaction ({@code commit} or not) and returns what
   * {@code second} returned or threw.
   */
  private Object behindAnOpenTransaction(Verification first, Verification second, boolean commit) throws Exception {
    try (Connection c = backend.pool().getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      assertThat(store.inTransaction(c).record(first, 0).sequence()).isEqualTo(1);
      Future<Object> waiting = other.submit(() -> {
        try {
          return store.record(second, 0);
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
   * Waits until the other writer waits for the open transaction: for a row lock (every database) or
   * for a key that transaction inserted, which H2 shows only as an insert that keeps running.
   */
  private void awaitTheOtherWriterWaiting() throws InterruptedException {
    if (kind() != Backend.Kind.H2) {
      backend.awaitALockWait();
      return;
    }
    for (int i = 0; i < 1200; i++) {
      if (backend.count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
          + " OR EXECUTING_STATEMENT LIKE ?", "INSERT INTO " + backend.prefix() + "iid_verification%") > 0) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the other writer did not wait for the open transaction within a minute");
  }

  @Test
  void behindTheRegionsLastDecisionAWriterWaitsAndRecordsAfterIt() throws Exception {
    RecordedVerification before = store.record(decision(key("BUDGET"), 1), 0);
    try (Connection c = backend.pool().getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      RecordedVerification open = store.inTransaction(c).record(decision(key("REGULATION"), 1), 0);
      Future<RecordedVerification> waiting = other.submit(() -> store.record(decision(key("BUDGET"), 3), 1));
      awaitTheOtherWriterWaiting();
      assertThat(waiting).isNotDone();
      c.commit();

      RecordedVerification after = waiting.get(60, TimeUnit.SECONDS);
      assertThat(List.of(before.sequence(), open.sequence(), after.sequence())).containsExactly(1L, 2L, 3L);
      assertThat(after.version()).isEqualTo(2);
    }
  }

  @Test
  void aWriterWhoseStreamNumberIsTakenWaitsAndRecordsWithTheNext() throws Exception {
    Object outcome = behindAnOpenTransaction(decision(key("REGULATION"), 1), decision(key("VIDEO"), 2), true);

    assertThat(outcome).isInstanceOfSatisfying(RecordedVerification.class, r -> {
      assertThat(r.sequence()).isEqualTo(2);
      assertThat(r.version()).isEqualTo(1);
    });
    assertThat(store.log(LEBAK, 0, 10)).extracting(r -> r.key().indicator()).containsExactly("REGULATION", "VIDEO");
  }

  @Test
  void aWriterOfTheSameVersionWaitsAndThenConflicts() throws Exception {
    Object outcome = behindAnOpenTransaction(decision(key("REGULATION"), 1), decision(key("REGULATION"), 2), true);

    assertThat(outcome).isInstanceOfSatisfying(RegisterConflictException.class, e -> {
      assertThat(e.expected()).isZero();
      assertThat(e.actual()).isEqualTo(1);
    });
    assertThat(store.log(LEBAK, 0, 10)).singleElement().satisfies(r -> assertThat(r.verification().verifiedLevel())
        .isEqualTo(1));
  }

  @Test
  void aWriterBehindADecisionRolledBackTakesItsPlace() throws Exception {
    Object outcome = behindAnOpenTransaction(decision(key("REGULATION"), 1), decision(key("REGULATION"), 2), false);

    assertThat(outcome).isInstanceOfSatisfying(RecordedVerification.class, r -> {
      assertThat(r.sequence()).isEqualTo(1);
      assertThat(r.version()).isEqualTo(1);
      assertThat(r.verification().verifiedLevel()).isEqualTo(2);
    });
    assertThat(store.log(LEBAK, 0, 10)).containsExactly((RecordedVerification) outcome);
  }
}
