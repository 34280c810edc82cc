package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.iid.ChangeStamp;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentExistsException;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.RegisterAction;
import id.labinov.core.iid.RegisterChange;
import id.labinov.core.iid.StatedValue;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the evidence register does on JDBC beyond the port's contract: it works inside a caller's
 * transaction (never committing, a failed write undoing only itself), refuses texts longer than
 * their columns with a typed error, and stores claims and stated values as the schema describes.
 */
class H2EvidenceRegisterJdbcTest {
  private static final InnovationId POSYANDU = InnovationId.parse("0190a1b2-0000-7000-8000-000000000001");
  private static final Instant AT = Instant.parse("2026-03-02T03:04:05.000006Z");
  private static final ChangeStamp ADMIN = ChangeStamp.of(PersonId.of("admin-bappeda"), AT);

  private TestDb db;
  private JdbcStorage storage;

  @BeforeEach
  void start() {
    db = TestDb.memory();
    storage = JdbcStorage.builder().dataSource(db.dataSource()).build();
  }

  @AfterEach
  void stop() {
    db.close();
  }

  private static EvidenceDocument report(String id, String subject) {
    return EvidenceDocument.builder(id, Fixtures.LEBAK, DocumentKind.REPORT, LocalDate.of(2025, 12, 1))
        .subject(subject).issuer("Kepala Dinas Kesehatan", IssuerLevel.OPD_HEAD).build();
  }

  private long rows(String table) {
    return db.count("SELECT COUNT(*) FROM lbv_" + table);
  }

  @Test
  void writesInTheCallersTransactionWhichAloneCommitsOrRollsBack() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      JdbcEvidenceRegister inTx = storage.evidenceRegister().inTransaction(c);
      inTx.add(report("LAP-1", "Laporan pelaksanaan"), ADMIN);
      inTx.putClaim(IndicatorClaim.forRegion(Fixtures.LEBAK, 2026, "BUDGET", 2, List.of("LAP-1")), 0, ADMIN);

      assertThat(inTx.find(Fixtures.LEBAK, "LAP-1")).as("the caller's transaction sees its rows").isPresent();
      assertThat(rows("evidence_document") + rows("evidence_claim") + rows("evidence_change"))
          .as("nothing is committed for other connections").isZero();
      c.rollback();
      assertThat(c.isClosed()).isFalse();
    }
    assertThat(storage.evidenceRegister().find(Fixtures.LEBAK, "LAP-1")).isEmpty();
    assertThat(rows("evidence_claim_document") + rows("evidence_change")).isZero();
  }

  @Test
  void aFailedWriteInTheCallersTransactionUndoesOnlyItself() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      JdbcEvidenceRegister inTx = storage.evidenceRegister().inTransaction(c);
      inTx.add(report("LAP-1", "Laporan pelaksanaan"), ADMIN);
      inTx.add(report("LAP-2", "Laporan pemantauan"), ADMIN);

      assertThatThrownBy(() -> inTx.supersede(Fixtures.LEBAK, "LAP-1", 1, report("LAP-2", "Salinan"), ADMIN))
          .isInstanceOf(DocumentExistsException.class);
      c.commit();
    }
    JdbcEvidenceRegister register = storage.evidenceRegister();
    assertThat(register.find(Fixtures.LEBAK, "LAP-1").orElseThrow().active()).as("the supersede left no trace").isTrue();
    assertThat(register.find(Fixtures.LEBAK, "LAP-2").orElseThrow().document().subject()).isEqualTo("Laporan pemantauan");
    assertThat(register.changes(Fixtures.LEBAK, 0, 10)).extracting(RegisterChange::action, RegisterChange::subject)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RegisterAction.DOCUMENT_ADDED, "LAP-1"),
            org.assertj.core.groups.Tuple.tuple(RegisterAction.DOCUMENT_ADDED, "LAP-2"));
  }

  @Test
  void refusesAWriteOnACallersConnectionInAutoCommit() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(true);
      assertThatThrownBy(() -> storage.evidenceRegister().inTransaction(c).add(report("LAP-1", "Laporan"), ADMIN))
          .isInstanceOfSatisfying(JdbcSettingException.class, e -> assertThat(e.code())
              .isEqualTo("AUTO_COMMIT_CONNECTION"));
    }
    assertThat(rows("evidence_document")).isZero();
  }

  @Test
  void refusesATextLongerThanItsColumnNamingTheLimitInBothLanguages() {
    JdbcEvidenceRegister register = storage.evidenceRegister();
    String longest = "L".repeat(EvidenceRows.MAX_SUBJECT);

    assertThatThrownBy(() -> register.add(report("LAP-1", longest + "x"), ADMIN))
        .isInstanceOfSatisfying(JdbcSettingException.class, e -> {
          assertThat(e.code()).isEqualTo("VALUE_TOO_LONG");
          assertThat(e.field()).isEqualTo("subject");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("2001 characters").contains("at most 2000");
          assertThat(e.getMessage(Locale.forLanguageTag("id"))).contains("2001 karakter").contains("paling banyak 2000");
        });
    assertThat(rows("evidence_document") + rows("evidence_change")).isZero();
    register.add(report("LAP-1", longest), ADMIN);
    assertThat(register.find(Fixtures.LEBAK, "LAP-1").orElseThrow().document().subject()).isEqualTo(longest);
  }

  @Test
  void keysRegionLevelClaimsBySubjectAndKeepsStatedValuesAndLinkOrderExactly() {
    JdbcEvidenceRegister register = storage.evidenceRegister();
    register.add(report("B-2", "Laporan kedua"), ADMIN);
    register.add(report("A-1", "Laporan pertama"), ADMIN);
    IndicatorClaim spd = IndicatorClaim.forRegion(Fixtures.LEBAK, 2026, "BUDGET", 2, List.of("B-2", "A-1"))
        .withStatedValue(new StatedValue(new BigDecimal("3.50"), "PEOPLE"));
    register.putClaim(spd, 0, ADMIN);
    register.putClaim(IndicatorClaim.forInnovation(Fixtures.LEBAK, POSYANDU, 2026, "BUDGET", 1, List.of()), 0, ADMIN);

    IndicatorClaim read = register.findClaim(ClaimKey.forRegion(Fixtures.LEBAK, 2026, "BUDGET")).orElseThrow().claim();
    assertThat(read).isEqualTo(spd);
    assertThat(read.documentIds()).containsExactly("B-2", "A-1");
    assertThat(read.statedValue().orElseThrow().amount().scale()).isEqualTo(2);
    assertThat(db.query("SELECT subject, innovation_id, stated_amount FROM lbv_evidence_claim ORDER BY subject"))
        .containsExactly(Arrays.asList(POSYANDU.toString(), POSYANDU.toString(), null),
            Arrays.asList("region:36.02", null, "3.50"));
    assertThatThrownBy(() -> db.update("INSERT INTO lbv_evidence_claim (region, subject, claim_year, indicator,"
        + " innovation_id, claimed_level, version, recorded_at, recorded_by) VALUES ('36.02', 'region:36.02', 2026,"
        + " 'BUDGET', NULL, 1, 1, CURRENT_TIMESTAMP, 'x')")).as("a second region-level claim of the same key")
        .hasCauseInstanceOf(java.sql.SQLIntegrityConstraintViolationException.class);
  }
}
