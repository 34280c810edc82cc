package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.Verification;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statements of the verification stream, as listed in STATEMENTS.md: a decision is one
 * connection and one transaction of three statements; a stale version rolls back after the reads,
 * and each read is one statement.
 */
class H2ClaimVerificationStatementsTest {
  private static final ClaimKey KEY = ClaimKey.forInnovation(Fixtures.LEBAK,
      InnovationId.parse("0190a1b2-0000-7000-8000-000000000001"), 2026, "REGULATION");

  private TestDb db;
  private StatementLog log;
  private JdbcClaimVerificationStore store;

  @BeforeEach
  void start() {
    db = TestDb.memory();
    JdbcStorage.builder().dataSource(db.dataSource()).build();
    log = new StatementLog(db.dataSource(), Tables.DEFAULT_PREFIX);
    store = JdbcStorage.builder().dataSource(log).migrate(false).build().claimVerifications();
    log.clear();
  }

  @AfterEach
  void stop() {
    db.close();
  }

  private static Verification decision(int level) {
    return new Verification(KEY, level, "SK kepala dinas, bukan Perda", 1, 3, OptionalInt.of(1),
        PersonId.of("verifikator-bskdn-07"), Instant.parse("2026-06-10T03:20:45.654321Z"));
  }

  /** One transaction of the store: autocommit off, the statements, the end, autocommit on. */
  private static List<String> transaction(String end, String... statements) {
    List<String> out = new ArrayList<>();
    out.add("autocommit off");
    out.addAll(List.of(statements));
    out.add(end);
    out.add("autocommit on");
    return out;
  }

  private List<List<String>> sessionsOf(Runnable work) {
    log.clear();
    work.run();
    return log.sessions();
  }

  @Test
  void aDecisionIsOneTransactionOfThreeStatements() {
    List<String> record = transaction("commit", "SELECT iid_verification FOR UPDATE", "SELECT iid_verification",
        "INSERT iid_verification");
    assertThat(sessionsOf(() -> store.record(decision(1), 0))).containsExactly(record);
    assertThat(sessionsOf(() -> store.record(decision(2), 1))).as("a revision costs the same").containsExactly(record);
  }

  @Test
  void aStaleVersionRollsBackAfterTheReads() {
    store.record(decision(1), 0);

    assertThat(sessionsOf(() -> assertThatThrownBy(() -> store.record(decision(2), 0))
        .isInstanceOf(RegisterConflictException.class))).containsExactly(transaction("rollback",
            "SELECT iid_verification FOR UPDATE", "SELECT iid_verification"));
  }

  @Test
  void eachReadIsOneStatement() {
    store.record(decision(1), 0);
    List<String> read = transaction("commit", "SELECT iid_verification");

    assertThat(sessionsOf(() -> store.latest(KEY))).containsExactly(read);
    assertThat(sessionsOf(() -> store.latest(Fixtures.LEBAK, 2026))).containsExactly(read);
    assertThat(sessionsOf(() -> store.log(Fixtures.LEBAK, 0, 100))).containsExactly(read);
  }
}
