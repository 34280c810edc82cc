package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.iid.ChangeStamp;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.Verification;
import id.labinov.core.model.PersonId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database at schema version 8, with an innovation and an evidence register claim in it, is
 * migrated by the built-in migrator through version 9 to the latest: it gains the verification
 * stream's table, keeps its data, and decisions on the claim written before are recorded and read
 * back; the version 9 script may run again without changing anything; with migration off, a version
 * 8 database is refused, naming both versions. A subclass per database names the database.
 */
abstract class VerificationSchemaUpgradeContract {
  private static final Instant AT = Instant.parse("2026-02-03T04:05:06.789012Z");
  private static final PersonId ADMIN = PersonId.of("admin-bappeda");
  private static final PersonId VERIFIER = PersonId.of("verifikator-bskdn-07");

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
   * Removes what versions 9 and later added (their tables and history rows), which leaves exactly
   * the tables and rows version 8 had.
   */
  static void takeBackVersionNine(Statement st, String prefix) throws SQLException {
    CycleSchemaUpgradeContract.takeBackVersionTen(st, prefix);
    st.execute("DROP TABLE " + prefix + "iid_verification");
    st.executeUpdate("DELETE FROM " + prefix + "schema_history WHERE version = 9");
  }

  private ClaimKey claimKey() {
    return ClaimKey.forInnovation(Fixtures.LEBAK, written.id(), 2026, "REGULATION");
  }

  /** Writes an innovation, a document and a claim on it at the latest version, then takes version 9 back. */
  private void versionEightWithData(DataSource pool, String prefix) {
    JdbcStorage writer = JdbcStorage.builder().dataSource(pool).tablePrefix(prefix).build();
    written = Fixtures.lab(writer.innovationStore(), writer.rulebookStore(), new Fixtures.HandClock(Fixtures.START), 1)
        .innovations().propose(Fixtures.LEBAK, Fixtures.INNOVATOR, Fixtures.details("Posyandu Digital")).orThrow()
        .ref();
    JdbcEvidenceRegister register = writer.evidenceRegister();
    register.add(EvidenceDocument.builder("SK-1", Fixtures.LEBAK, DocumentKind.DECREE, LocalDate.of(2025, 1, 6))
        .number("800/3/2025").subject("Penetapan inovasi daerah").issuer("Bupati Lebak", IssuerLevel.REGIONAL_HEAD)
        .build(), ChangeStamp.of(ADMIN, AT));
    register.putClaim(IndicatorClaim.forInnovation(Fixtures.LEBAK, written.id(), 2026, "REGULATION", 2,
        List.of("SK-1")), 0, ChangeStamp.of(ADMIN, AT));
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      takeBackVersionNine(st, prefix);
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take " + kind() + " back to schema version 8", e);
    }
  }

  private Verification decision(int level) {
    return new Verification(claimKey(), level, "SK kepala dinas, bukan Perda", 1, 2, OptionalInt.of(2), VERIFIER,
        AT.plusSeconds(60));
  }

  @Test
  void aVersionEightDatabaseGainsTheVerificationStreamAndKeepsItsData() {
    backend = Backend.open(kind(), 2, config -> { }, this::versionEightWithData);
    JdbcStorage storage = backend.storage();

    assertThat(storage.schemaVersion()).isEqualTo(JdbcStorage.SCHEMA_VERSION);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history WHERE version = 9"))
        .isEqualTo(1);
    assertThat(backend.tables()).contains(backend.prefix() + "iid_verification")
        .containsAll(EvidenceSchemaUpgradeContract.VERSION_EIGHT_TABLES.stream().map(t -> backend.prefix() + t).toList());
    assertThat(storage.innovationStore().load(written)).hasValueSatisfying(s -> assertThat(s.details().title())
        .isEqualTo("Posyandu Digital"));
    assertThat(storage.evidenceRegister().findClaim(claimKey()).orElseThrow().version()).isEqualTo(1);

    JdbcClaimVerificationStore stream = storage.claimVerifications();
    RecordedVerification first = stream.record(decision(1), 0);
    RecordedVerification revised = stream.record(decision(2), 1);
    assertThat(List.of(first.version(), first.sequence(), revised.version(), revised.sequence()))
        .containsExactly(1L, 1L, 2L, 2L);
    assertThat(stream.latest(claimKey())).contains(revised);
    assertThat(stream.latest(Fixtures.LEBAK, 2026)).containsExactly(revised);
    assertThat(stream.log(Fixtures.LEBAK, 0, 10)).containsExactly(first, revised);
  }

  @Test
  void theVersionNineScriptCanRunAgainWithoutChangingAnything() throws SQLException {
    backend = Backend.open(kind(), 2, config -> { }, this::versionEightWithData);
    JdbcClaimVerificationStore stream = backend.storage().claimVerifications();
    RecordedVerification recorded = stream.record(decision(1), 0);
    String database = kind() == Backend.Kind.POSTGRESQL ? "postgresql" : kind() == Backend.Kind.MARIADB ? "mariadb"
        : "h2";

    try (Connection c = backend.pool().getConnection(); Statement st = c.createStatement()) {
      for (String sql : Migrator.statements(JdbcStorage.schemaScript(database, 9, backend.prefix()))) {
        st.execute(sql);
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }

    assertThat(stream.log(Fixtures.LEBAK, 0, 10)).containsExactly(recorded);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history"))
        .isEqualTo(JdbcStorage.SCHEMA_VERSION);
  }

  @Test
  void withMigrationOffAVersionEightDatabaseIsRefusedNamingBothVersions() {
    backend = Backend.open(kind(), 2, config -> { }, (pool, prefix) -> { });
    try (Connection c = backend.pool().getConnection(); Statement st = c.createStatement()) {
      takeBackVersionNine(st, backend.prefix());
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take " + kind() + " back to schema version 8", e);
    }

    assertThatThrownBy(() -> backend.storage(b -> b)).isInstanceOfSatisfying(SchemaNotAppliedException.class, e -> {
      assertThat(e.found()).isEqualTo(8);
      assertThat(e.supported()).isEqualTo(JdbcStorage.SCHEMA_VERSION);
    });
    assertThat(backend.tables()).doesNotContain(backend.prefix() + "iid_verification");
  }
}
