package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.iid.ChangeStamp;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentInUseException;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statements of each evidence register write, as listed in STATEMENTS.md: every write is one
 * connection and one transaction (its change-log row included), with a fixed number of statements.
 */
class H2EvidenceRegisterStatementsTest {
  private static final InnovationId POSYANDU = InnovationId.parse("0190a1b2-0000-7000-8000-000000000001");
  private static final ChangeStamp ADMIN = ChangeStamp.of(PersonId.of("admin-bappeda"),
      Instant.parse("2026-03-02T03:04:05Z"));

  private TestDb db;
  private StatementLog log;
  private JdbcEvidenceRegister register;

  @BeforeEach
  void start() {
    db = TestDb.memory();
    JdbcStorage.builder().dataSource(db.dataSource()).build();
    log = new StatementLog(db.dataSource(), Tables.DEFAULT_PREFIX);
    register = JdbcStorage.builder().dataSource(log).migrate(false).build().evidenceRegister();
    log.clear();
  }

  @AfterEach
  void stop() {
    db.close();
  }

  private static EvidenceDocument decree(String id) {
    return EvidenceDocument.builder(id, Fixtures.LEBAK, DocumentKind.DECREE, LocalDate.of(2025, 2, 3))
        .subject("Penetapan inovasi").issuer("Bupati Lebak", IssuerLevel.REGIONAL_HEAD)
        .backs(Set.of(POSYANDU), Set.of("REGULATION", "ACTORS")).build();
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

  private List<List<String>> sessionsOf(Runnable write) {
    log.clear();
    write.run();
    return log.sessions();
  }

  @Test
  void eachWriteIsOneTransactionWithItsLogRow() {
    assertThat(sessionsOf(() -> register.add(decree("SK-1"), ADMIN))).containsExactly(transaction("commit",
        "INSERT evidence_document", "INSERT evidence_document_innovation (batch)",
        "INSERT evidence_document_indicator (batch)", "INSERT evidence_change"));

    assertThat(sessionsOf(() -> register.attach(Fixtures.LEBAK, "SK-1", POSYANDU, ADMIN))).containsExactly(
        transaction("commit", "SELECT evidence_document FOR UPDATE", "SELECT evidence_attachment",
            "INSERT evidence_attachment", "INSERT evidence_change"));

    assertThat(sessionsOf(() -> register.putClaim(IndicatorClaim.forInnovation(Fixtures.LEBAK, POSYANDU, 2026,
        "REGULATION", 2, List.of("SK-1")), 0, ADMIN))).containsExactly(transaction("commit",
        "SELECT evidence_claim", "SELECT evidence_document FOR UPDATE", "INSERT evidence_claim",
        "INSERT evidence_claim_document (batch)", "INSERT evidence_change"));

    assertThat(sessionsOf(() -> register.putClaim(IndicatorClaim.forInnovation(Fixtures.LEBAK, POSYANDU, 2026,
        "REGULATION", 3, List.of("SK-1")), 1, ADMIN))).containsExactly(transaction("commit",
        "SELECT evidence_claim", "SELECT evidence_document FOR UPDATE", "UPDATE evidence_claim",
        "DELETE evidence_claim_document", "INSERT evidence_claim_document (batch)", "INSERT evidence_change"));

    assertThat(sessionsOf(() -> register.supersede(Fixtures.LEBAK, "SK-1", 1, decree("SK-2"), ADMIN)))
        .containsExactly(transaction("commit", "SELECT evidence_document FOR UPDATE", "UPDATE evidence_document",
            "INSERT evidence_change", "INSERT evidence_document", "INSERT evidence_document_innovation (batch)",
            "INSERT evidence_document_indicator (batch)", "INSERT evidence_change"));

    assertThat(sessionsOf(() -> register.removeClaim(ClaimKey.forInnovation(Fixtures.LEBAK, POSYANDU, 2026,
        "REGULATION"), 2, ADMIN))).containsExactly(transaction("commit", "DELETE evidence_claim",
        "DELETE evidence_claim_document", "INSERT evidence_change"));

    register.detach(Fixtures.LEBAK, "SK-1", POSYANDU, ADMIN);
    assertThat(sessionsOf(() -> assertThatThrownBy(() -> register.delete(Fixtures.LEBAK, "SK-2", 1, ADMIN))
        .isInstanceOf(DocumentInUseException.class))).as("in use: it replaced SK-1")
        .containsExactly(transaction("rollback", "SELECT evidence_document FOR UPDATE",
            "SELECT evidence_claim_document", "SELECT evidence_attachment", "SELECT evidence_document FOR UPDATE"));
    assertThat(sessionsOf(() -> register.delete(Fixtures.LEBAK, "SK-1", 2, ADMIN))).containsExactly(transaction(
        "commit", "SELECT evidence_document FOR UPDATE", "SELECT evidence_claim_document", "SELECT evidence_attachment",
        "DELETE evidence_document", "DELETE evidence_document_innovation", "DELETE evidence_document_indicator",
        "INSERT evidence_change"));
  }

  @Test
  void aDocumentIsReadInFourStatementsWhateverItBacks() {
    register.add(decree("SK-1"), ADMIN);

    assertThat(sessionsOf(() -> register.find(Fixtures.LEBAK, "SK-1"))).containsExactly(transaction("commit",
        "SELECT evidence_document", "SELECT evidence_document_innovation", "SELECT evidence_document_indicator",
        "SELECT evidence_attachment"));
  }
}
