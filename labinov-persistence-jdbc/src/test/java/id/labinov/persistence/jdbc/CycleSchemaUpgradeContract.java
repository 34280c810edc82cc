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
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.Verification;
import id.labinov.core.model.PersonId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database at schema version 9, with an innovation and a verifier's decision in it, is migrated to
 * version 10 by the built-in migrator: it gains the yearly cycle's two tables, keeps its data, and
 * competition records and development versions of the innovation written before are appended and read
 * back; the version 10 script may run again without changing anything; with migration off, a version
 * 9 database is refused, naming both versions. A subclass per database names the database.
 */
abstract class CycleSchemaUpgradeContract {
  /** The tables version 10 adds, without the prefix. */
  static final List<String> VERSION_TEN_TABLES = List.of("competition_entry", "innovation_version");
  private static final Instant AT = Instant.parse("2026-02-03T04:05:06.789012Z");
  private static final PersonId ADMIN = PersonId.of("admin-lab-lebak");

  private Backend backend;
  private InnovationRef written;
  private RecordedVerification decided;

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  /**
   * Removes what version 10 added (its tables and its history row), which leaves exactly the tables
   * and rows version 9 had.
   */
  static void takeBackVersionTen(Statement st, String prefix) throws SQLException {
    for (String table : VERSION_TEN_TABLES) {
      st.execute("DROP TABLE " + prefix + table);
    }
    st.executeUpdate("DELETE FROM " + prefix + "schema_history WHERE version = 10");
  }

  private static void takeBack(DataSource pool, String prefix) {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      takeBackVersionTen(st, prefix);
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take " + prefix + " back to schema version 9", e);
    }
  }

  /** Writes an innovation and a verifier's decision at the latest version, then takes version 10 back. */
  private void versionNineWithData(DataSource pool, String prefix) {
    JdbcStorage writer = JdbcStorage.builder().dataSource(pool).tablePrefix(prefix).build();
    written = Fixtures.lab(writer.innovationStore(), writer.rulebookStore(), new Fixtures.HandClock(Fixtures.START), 1)
        .innovations().propose(Fixtures.LEBAK, Fixtures.INNOVATOR, Fixtures.details("Posyandu Digital")).orThrow()
        .ref();
    decided = writer.claimVerifications().record(new Verification(ClaimKey.forInnovation(Fixtures.LEBAK, written.id(),
        2026, "REGULATION"), 1, "SK kepala dinas, bukan Perda", 1, 2, OptionalInt.of(2),
        PersonId.of("verifikator-bskdn-07"), AT), 0);
    takeBack(pool, prefix);
  }

  private CompetitionEntry entry(long sequence) {
    return new CompetitionEntry(written, Competition.IGA, 2026, EntryGroup.GENERAL, EntryResult.ENTERED, null, ADMIN,
        AT.plusSeconds(sequence), sequence);
  }

  private String scriptName() {
    return kind() == Backend.Kind.POSTGRESQL ? "postgresql" : kind() == Backend.Kind.MARIADB ? "mariadb" : "h2";
  }

  @Test
  void aVersionNineDatabaseGainsTheCycleStreamsAndKeepsItsData() {
    backend = Backend.open(kind(), 2, config -> { }, this::versionNineWithData);
    JdbcStorage storage = backend.storage();

    assertThat(storage.schemaVersion()).isEqualTo(10).isEqualTo(JdbcStorage.SCHEMA_VERSION);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history WHERE version = 10"))
        .isEqualTo(1);
    assertThat(backend.tables()).containsAll(VERSION_TEN_TABLES.stream().map(t -> backend.prefix() + t).toList())
        .contains(backend.prefix() + "iid_verification");
    assertThat(storage.innovationStore().load(written)).hasValueSatisfying(s -> assertThat(s.details().title())
        .isEqualTo("Posyandu Digital"));
    assertThat(storage.claimVerifications().log(Fixtures.LEBAK, 0, 10)).containsExactly(decided);

    JdbcCycleStore cycle = storage.cycle();
    CompetitionEntry entered = entry(1);
    InnovationVersion developed = new InnovationVersion(written, 2026, "Pendaftaran lewat aplikasi",
        Set.of(DevelopmentChange.DIGITALISATION), ADMIN, AT, 1);
    cycle.appendEntry(entered);
    cycle.appendVersion(developed);
    assertThat(cycle.entries(written)).containsExactly(entered);
    assertThat(cycle.versions(Fixtures.LEBAK)).containsExactly(developed);
  }

  @Test
  void theVersionTenScriptCanRunAgainWithoutChangingAnything() throws SQLException {
    backend = Backend.open(kind(), 2, config -> { }, this::versionNineWithData);
    JdbcCycleStore cycle = backend.storage().cycle();
    cycle.appendEntry(entry(1));

    try (Connection c = backend.pool().getConnection(); Statement st = c.createStatement()) {
      for (String sql : Migrator.statements(JdbcStorage.schemaScript(scriptName(), 10, backend.prefix()))) {
        st.execute(sql);
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }

    assertThat(cycle.entries(written)).containsExactly(entry(1));
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history"))
        .isEqualTo(JdbcStorage.SCHEMA_VERSION);
  }

  @Test
  void withMigrationOffAVersionNineDatabaseIsRefusedNamingBothVersions() {
    backend = Backend.open(kind(), 2, config -> { }, (pool, prefix) -> { });
    takeBack(backend.pool(), backend.prefix());

    assertThatThrownBy(() -> backend.storage(b -> b)).isInstanceOfSatisfying(SchemaNotAppliedException.class, e -> {
      assertThat(e.found()).isEqualTo(9);
      assertThat(e.supported()).isEqualTo(10);
    });
    assertThat(backend.tables()).doesNotContain(VERSION_TEN_TABLES.stream().map(t -> backend.prefix() + t)
        .toArray(String[]::new));
  }
}
