package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.iid.ChangeStamp;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.RegisterAction;
import id.labinov.core.iid.RegisterChange;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database at schema version 7, with an innovation and directory names in it, is migrated by the
 * built-in migrator through version 8 to the latest: it gains the evidence register's tables, keeps
 * its data, and the register works on it, also for the innovation written before; the version 8
 * script may run again without changing anything. A subclass per database names the database.
 */
abstract class EvidenceSchemaUpgradeContract {
  /** The tables version 8 adds, without the prefix. */
  static final List<String> VERSION_EIGHT_TABLES = List.of("evidence_document", "evidence_document_innovation",
      "evidence_attachment", "evidence_document_indicator", "evidence_claim", "evidence_claim_document",
      "evidence_change");
  private static final Instant AT = Instant.parse("2026-02-03T04:05:06.789012Z");
  private static final PersonId ADMIN = PersonId.of("admin-bappeda");

  private Backend backend;
  private InnovationRef written;

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  /**
   * Removes what versions 8 and later added (their tables and history rows), which leaves exactly
   * the tables and rows version 7 had.
   */
  static void takeBackVersionEight(Statement st, String prefix) throws SQLException {
    VerificationSchemaUpgradeContract.takeBackVersionNine(st, prefix);
    for (String table : VERSION_EIGHT_TABLES) {
      st.execute("DROP TABLE " + prefix + table);
    }
    st.executeUpdate("DELETE FROM " + prefix + "schema_history WHERE version = 8");
  }

  /** Writes an innovation and directory names at the latest version, then takes version 8 back. */
  private void versionSevenWithData(DataSource pool, String prefix) {
    JdbcStorage writer = JdbcStorage.builder().dataSource(pool).tablePrefix(prefix).build();
    written = Fixtures.lab(writer.innovationStore(), writer.rulebookStore(), new Fixtures.HandClock(Fixtures.START), 1)
        .innovations().propose(Fixtures.LEBAK, Fixtures.INNOVATOR, Fixtures.details("Posyandu Digital")).orThrow()
        .ref();
    writer.directory().putOpdName(OpdCode.of("DINKES"), "Dinas Kesehatan");
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      takeBackVersionEight(st, prefix);
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take " + kind() + " back to schema version 7", e);
    }
  }

  private static EvidenceDocument decree(String id) {
    return EvidenceDocument.builder(id, Fixtures.LEBAK, DocumentKind.DECREE, LocalDate.of(2025, 1, 6))
        .number("800/3/2025").subject("Penetapan inovasi daerah").issuer("Bupati Lebak", IssuerLevel.REGIONAL_HEAD)
        .build();
  }

  @Test
  void aVersionSevenDatabaseGainsTheEvidenceRegisterAndKeepsItsData() {
    backend = Backend.open(kind(), 2, config -> { }, this::versionSevenWithData);
    JdbcStorage storage = backend.storage();

    assertThat(storage.schemaVersion()).isEqualTo(JdbcStorage.SCHEMA_VERSION);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history WHERE version = 8"))
        .isEqualTo(1);
    assertThat(backend.tables()).containsAll(VERSION_EIGHT_TABLES.stream().map(t -> backend.prefix() + t).toList());
    assertThat(storage.innovationStore().load(written)).hasValueSatisfying(s -> assertThat(s.details().title())
        .isEqualTo("Posyandu Digital"));
    assertThat(storage.directory().findOpdName(OpdCode.of("DINKES"))).contains("Dinas Kesehatan");

    JdbcEvidenceRegister register = storage.evidenceRegister();
    register.add(decree("SK-1"), ChangeStamp.of(ADMIN, AT));
    register.attach(Fixtures.LEBAK, "SK-1", written.id(), ChangeStamp.of(ADMIN, AT));
    register.putClaim(IndicatorClaim.forInnovation(Fixtures.LEBAK, written.id(), 2026, "REGULATION", 2,
        List.of("SK-1")), 0, ChangeStamp.of(ADMIN, AT));
    assertThat(register.find(Fixtures.LEBAK, "SK-1").orElseThrow().attachedTo()).isEqualTo(Set.of(written.id()));
    assertThat(register.findClaim(ClaimKey.forInnovation(Fixtures.LEBAK, written.id(), 2026, "REGULATION"))
        .orElseThrow().claim().documentIds()).containsExactly("SK-1");
    assertThat(register.changes(Fixtures.LEBAK, 0, 10)).extracting(RegisterChange::action).containsExactly(
        RegisterAction.DOCUMENT_ADDED, RegisterAction.DOCUMENT_ATTACHED, RegisterAction.CLAIM_PUT);
  }

  @Test
  void theVersionEightScriptCanRunAgainWithoutChangingAnything() throws SQLException {
    backend = Backend.open(kind(), 2, config -> { }, this::versionSevenWithData);
    JdbcEvidenceRegister register = backend.storage().evidenceRegister();
    var added = register.add(decree("SK-1"), ChangeStamp.of(ADMIN, AT));
    String database = kind() == Backend.Kind.POSTGRESQL ? "postgresql" : kind() == Backend.Kind.MARIADB ? "mariadb"
        : "h2";

    try (Connection c = backend.pool().getConnection(); Statement st = c.createStatement()) {
      for (String sql : Migrator.statements(JdbcStorage.schemaScript(database, 8, backend.prefix()))) {
        st.execute(sql);
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }

    assertThat(register.find(Fixtures.LEBAK, "SK-1")).contains(added);
    assertThat(register.changes(Fixtures.LEBAK, 0, 10)).hasSize(1);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history"))
        .isEqualTo(JdbcStorage.SCHEMA_VERSION);
  }
}
