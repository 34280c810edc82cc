package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.StorageException;
import id.labinov.core.error.InvalidValueException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MigratorTest {
  private static final List<String> TABLES = List.of("BACKFILL", "COMPETITION_ENTRY", "DIRECTORY_IDENTITY", "DIRECTORY_OPD", "DIRECTORY_PERSON", "DIRECTORY_THEME", "EVENT",
      "EVIDENCE_ATTACHMENT", "EVIDENCE_CHANGE", "EVIDENCE_CLAIM", "EVIDENCE_CLAIM_DOCUMENT", "EVIDENCE_DOCUMENT", "EVIDENCE_DOCUMENT_INDICATOR",
      "EVIDENCE_DOCUMENT_INNOVATION", "FEED", "FEED_HEAD", "IDEMPOTENCY", "IID_VERIFICATION", "INNOVATION", "INNOVATION_THEME", "INNOVATION_VERSION", "MONITORING", "PROGRAMME", "REFUSAL", "RULEBOOK", "SCHEMA_HISTORY", "SCORE",
      "STAGE_VISIT");

  private TestDb db;

  @BeforeEach
  void start() {
    db = TestDb.memory();
  }

  @AfterEach
  void stop() {
    db.close();
  }

  private JdbcStorage.Builder builder() {
    return JdbcStorage.builder().dataSource(db.dataSource());
  }

  private static List<String> prefixed(String prefix) {
    return TABLES.stream().map(t -> prefix.toUpperCase(Locale.ROOT) + t).toList();
  }

  @Test
  void createsEveryTableAndRecordsEachVersionOnAFreshDatabase() {
    JdbcStorage storage = builder().build();

    assertThat(storage.schemaVersion()).isEqualTo(10).isEqualTo(JdbcStorage.SCHEMA_VERSION);
    assertThat(db.tables()).containsExactlyInAnyOrderElementsOf(prefixed("lbv_"));
    assertThat(db.query("SELECT version FROM lbv_schema_history ORDER BY version"))
        .containsExactly(List.of(1), List.of(2), List.of(3), List.of(4), List.of(5), List.of(6), List.of(7),
            List.of(8), List.of(9), List.of(10));
    assertThat(db.query("SELECT name, after_id FROM lbv_backfill WHERE done_at IS NOT NULL"))
        .as("the fill of version 7 found nothing to do and is done").containsExactly(List.of("v7", ""));
    assertThat(db.count("SELECT COUNT(*) FROM lbv_feed_head")).as("a region's feed head comes with its first event")
        .isZero();
  }

  @Test
  void runningAgainChangesNothingAndKeepsTheData() {
    JdbcStorage first = builder().build();
    InnovationRef ref = Fixtures.lab(first.innovationStore(), first.rulebookStore(),
        new Fixtures.HandClock(Fixtures.START), 1).innovations().propose(Fixtures.LEBAK, Fixtures.INNOVATOR,
        Fixtures.details("Sekolah Lapang")).orThrow().ref();
    List<List<Object>> history = db.query("SELECT version, installed_at FROM lbv_schema_history ORDER BY version");

    JdbcStorage second = builder().build();

    assertThat(second.schemaVersion()).isEqualTo(10);
    assertThat(db.query("SELECT version, installed_at FROM lbv_schema_history ORDER BY version")).isEqualTo(history)
        .hasSize(10);
    assertThat(db.tables()).hasSize(TABLES.size());
    assertThat(second.innovationStore().load(ref)).isPresent();
    assertThat(db.count("SELECT last_position FROM lbv_feed_head WHERE region = '36.02'")).isEqualTo(1);
  }

  @Test
  void refusesASchemaNewerThanItKnowsNamingBothVersions() {
    builder().build();
    db.update("INSERT INTO lbv_schema_history (version, description, installed_at) VALUES (11, 'future', CURRENT_TIMESTAMP)");

    assertThatThrownBy(() -> builder().build()).isInstanceOfSatisfying(SchemaTooNewException.class, e -> {
      assertThat(e.code()).isEqualTo("SCHEMA_TOO_NEW");
      assertThat(e.found()).isEqualTo(11);
      assertThat(e.supported()).isEqualTo(10);
      assertThat(e.getMessage()).contains("version 11").contains("version 10");
      assertThat(e.getMessage(Locale.forLanguageTag("id"))).contains("versi 11").contains("versi 10");
    });
    assertThatThrownBy(() -> builder().migrate(false).build()).isInstanceOf(SchemaTooNewException.class);
  }

  @Test
  void appliesTheTablePrefixToEveryTableAndKeepsPrefixesApart() {
    JdbcStorage a = builder().tablePrefix("lab_a_").build();
    JdbcStorage b = builder().tablePrefix("lab_b_").build();
    Fixtures.lab(a.innovationStore(), a.rulebookStore(), new Fixtures.HandClock(Fixtures.START), 1)
        .innovations().propose(Fixtures.LEBAK, Fixtures.INNOVATOR, Fixtures.details("Satu"));

    assertThat(a.tablePrefix()).isEqualTo("lab_a_");
    assertThat(db.tables()).containsExactlyInAnyOrderElementsOf(
        java.util.stream.Stream.concat(prefixed("lab_a_").stream(), prefixed("lab_b_").stream()).toList());
    assertThat(db.count("SELECT COUNT(*) FROM lab_a_innovation")).isEqualTo(1);
    assertThat(db.count("SELECT COUNT(*) FROM lab_b_innovation")).isZero();
    assertThat(b.innovationStore().find(id.labinov.core.model.Scope.national(),
        id.labinov.core.query.InnovationFilter.all(), id.labinov.core.query.PageRequest.first(10)).items()).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"LBV_", "1lbv", "_lbv", "lbv-", "lbv.", "lbv;drop", "abcdefghijklmnopq", "lbv "})
  void refusesAnUnsafePrefixNamingTheSetting(String prefix) {
    assertThatThrownBy(() -> builder().tablePrefix(prefix).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_TABLE_PREFIX");
          assertThat(e.field()).isEqualTo("tablePrefix");
          assertThat(e.getMessage()).contains("tablePrefix").contains("lower-case");
        });
    assertThat(db.tables()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "lbv_", "x1", "abcdefghijklmnop", "lab_2026_"})
  void acceptsSafePrefixes(String prefix) {
    assertThat(builder().tablePrefix(prefix).build().tablePrefix()).isEqualTo(prefix);
    assertThat(db.tables()).contains(prefix.toUpperCase(Locale.ROOT) + "INNOVATION");
  }

  @Test
  void withMigrationOffRefusesAMissingSchemaAndCreatesNothing() {
    assertThatThrownBy(() -> builder().migrate(false).build())
        .isInstanceOfSatisfying(SchemaNotAppliedException.class, e -> {
          assertThat(e.code()).isEqualTo("SCHEMA_NOT_APPLIED");
          assertThat(e.found()).isZero();
          assertThat(e.supported()).isEqualTo(10);
        });
    assertThat(db.tables()).isEmpty();
  }

  @Test
  void withMigrationOffRunsOnTheScriptsADbaApplied() throws Exception {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      for (int version = 1; version <= JdbcStorage.SCHEMA_VERSION; version++) {
        for (String sql : Migrator.statements(JdbcStorage.schemaScript("h2", version, "dba_"))) {
          st.execute(sql);
        }
      }
    }

    JdbcStorage storage = builder().tablePrefix("dba_").migrate(false).build();

    assertThat(storage.schemaVersion()).isEqualTo(10);
    assertThat(db.tables()).containsExactlyInAnyOrderElementsOf(prefixed("dba_"));
    Fixtures.lab(storage.innovationStore(), storage.rulebookStore(), new Fixtures.HandClock(Fixtures.START), 1)
        .innovations().propose(Fixtures.LEBAK, Fixtures.INNOVATOR, Fixtures.details("Dari skrip DBA")).orThrow();
    assertThat(db.count("SELECT COUNT(*) FROM dba_event")).isEqualTo(1);
  }

  @Test
  void thePublishedScriptsUseOnlyPrefixedNamesAndGuardEveryStatement() {
    for (String database : List.of("h2", "postgresql", "mariadb")) {
      for (int version = 1; version <= JdbcStorage.SCHEMA_VERSION; version++) {
        String script = JdbcStorage.schemaScript(database, version, "zz_");
        String as = database + " v" + version;
        assertThat(script).as(as).doesNotContain("lbv_");
        // MariaDB/MySQL changes an existing table through a statement chosen by information_schema
        // (MySQL 8 has no ADD COLUMN IF NOT EXISTS), prepared and run under prefixed names
        assertThat(Migrator.statements(script)).as(as).allSatisfy(sql -> assertThat(sql)
            .matches("(?s)(CREATE (UNIQUE )?(TABLE|INDEX) IF NOT EXISTS zz_|INSERT INTO zz_|DROP TABLE IF EXISTS zz_"
                + "|ALTER TABLE zz_\\w+ ADD COLUMN IF NOT EXISTS |SET @zz_ddl = \\(SELECT IF\\(COUNT\\(\\*\\) = 0, "
                + "'(ALTER TABLE zz_\\w+ ADD COLUMN|CREATE INDEX zz_\\w+ ON zz_)[^']*', 'DO 0'\\)\\s+FROM information_schema"
                + "|PREPARE zz_step FROM @zz_ddl$|EXECUTE zz_step$|DEALLOCATE PREPARE zz_step$).*"));
        assertThat(Migrator.statements(script).get(Migrator.statements(script).size() - 1)).as(as)
            .startsWith("INSERT INTO zz_schema_history").contains("SELECT " + version + ",");
      }
    }
  }

  @Test
  void schemaScriptRefusesUnknownDatabasesAndVersions() {
    assertThatThrownBy(() -> JdbcStorage.schemaScript("oracle", 1, "lbv_"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("UNSUPPORTED_DATABASE"));
    assertThatThrownBy(() -> JdbcStorage.schemaScript("h2", JdbcStorage.SCHEMA_VERSION + 1, "lbv_"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_SCHEMA_VERSION"));
    assertThatThrownBy(() -> JdbcStorage.schemaScript("h2", 1, "Bad"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TABLE_PREFIX"));
  }

  @Test
  void namesAMissingDataSource() {
    assertThatThrownBy(() -> JdbcStorage.builder().build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("dataSource"));
  }

  @Test
  void aFailingScriptIsAStorageErrorWithItsSqlState() {
    db.update("CREATE TABLE lbv_outbox (something_else INT)");

    assertThatThrownBy(() -> builder().build()).isInstanceOfSatisfying(StorageException.class, e -> {
      assertThat(e.sqlState()).isPresent();
      assertThat(e.getMessage()).contains("apply schema version 1");
    });
    assertThat(db.count("SELECT COUNT(*) FROM lbv_schema_history")).as("no version recorded").isZero();
  }

  @Test
  void splitsScriptsIntoStatementsSkippingComments() {
    assertThat(Migrator.statements("-- c\nCREATE TABLE a (\n  x INT\n);\n\nINSERT INTO a VALUES (1);\n"))
        .containsExactly("CREATE TABLE a (\nx INT\n)", "INSERT INTO a VALUES (1)");
  }
}
