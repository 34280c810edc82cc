package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Refusal;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.Nip;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonErasedException;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PppkNumber;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database at schema version 1 with feed rows numbered across all regions is migrated to the
 * latest version by the built-in migrator: each region's rows are renumbered from 1 in their old
 * order (version 2), its head stands at its last row, the old tables are gone, and the next event of
 * a region follows its last one; a database at version 2 gains the refusal log (version 3) and the
 * directory of names (version 4) and keeps its data; a database at version 4 with directory rows gains
 * the identity numbers (version 5) and keeps its names and erasures; a database filled under version
 * 5 gains the stage visit rows of its histories (version 6), filled in pages, resumably; a database
 * filled under version 6 gains the columns of the report aggregates (version 7: the details' dates
 * and when SQL counts a current stay's days), filled in pages, resumably, and its aggregates then
 * equal the paging definitions'. Every script may run again without changing anything. A subclass
 * per database names the database.
 */
abstract class SchemaUpgradeContract {
  private static final RegionCode LEBAK = Fixtures.LEBAK;
  private static final RegionCode BANDUNG = Fixtures.BANDUNG;
  private static final InnovationId A = InnovationId.parse("018f0000-0000-7000-8000-00000000000a");
  private static final InnovationId B = InnovationId.parse("018f0000-0000-7000-8000-00000000000b");
  private static final InnovationId C = InnovationId.parse("018f0000-0000-7000-8000-00000000000c");
  /** The version 1 feed: global position, region, innovation, sequence. */
  private static final Object[][] V1_FEED = {
      {1, LEBAK, A, 1}, {2, BANDUNG, B, 1}, {3, LEBAK, A, 2}, {4, LEBAK, C, 1}, {5, BANDUNG, B, 2}, {6, LEBAK, A, 3}};

  private Backend backend;

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  /** Applies the published version 1 script for the prefix and writes its feed rows (and their events). */
  private void versionOneWithSixEvents(DataSource pool, String prefix) {
    String script = JdbcStorage.schemaScript(kind() == Backend.Kind.POSTGRESQL ? "postgresql"
        : kind() == Backend.Kind.MARIADB ? "mariadb" : "h2", 1, prefix);
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      for (String sql : Migrator.statements(script)) {
        st.execute(sql);
      }
      for (Object[] row : V1_FEED) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + prefix + "event (region, innovation_id, seq_no,"
            + " event_id, event_type, occurred_at, payload, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, ((RegionCode) row[1]).value());
          ps.setString(2, row[2].toString());
          ps.setLong(3, (Integer) row[3]);
          ps.setString(4, UUID.randomUUID().toString());
          ps.setString(5, "EvidenceAttached");
          ps.setObject(6, LocalDateTime.of(2026, 1, 12, 1, (Integer) row[0]));
          ps.setBytes(7, ("{\"v1\":" + row[0] + "}").getBytes(StandardCharsets.UTF_8));
          ps.setString(8, "0".repeat(64));
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + prefix + "outbox (feed_position, region,"
            + " innovation_id, seq_no, event_type) VALUES (?, ?, ?, ?, 'EvidenceAttached')")) {
          ps.setLong(1, (Integer) row[0]);
          ps.setString(2, ((RegionCode) row[1]).value());
          ps.setString(3, row[2].toString());
          ps.setLong(4, (Integer) row[3]);
          ps.executeUpdate();
        }
      }
      st.executeUpdate("UPDATE " + prefix + "feed_counter SET last_position = 6");
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot lay down schema version 1 on " + kind(), e);
    }
  }

  @Test
  void aVersionOneFeedIsRenumberedPerRegionInItsOldOrder() {
    backend = Backend.open(kind(), 2, config -> { }, this::versionOneWithSixEvents);
    JdbcChangeFeed feed = backend.storage().changeFeed();

    assertThat(backend.storage().schemaVersion()).isEqualTo(JdbcStorage.SCHEMA_VERSION).isEqualTo(10);
    assertThat(feed.read(LEBAK, 0, 10)).extracting(e -> e.ref().id() + "#" + e.sequence() + "@" + e.position())
        .containsExactly(A + "#1@1", A + "#2@2", C + "#1@3", A + "#3@4");
    assertThat(feed.read(BANDUNG, 0, 10)).extracting(e -> e.ref().id() + "#" + e.sequence() + "@" + e.position())
        .containsExactly(B + "#1@1", B + "#2@2");
    assertThat(feed.read(LEBAK, 0, 10).get(3).payloadJson()).isEqualTo("{\"v1\":6}");
    assertThat(feed.head(Scope.national()).text()).isEqualTo("feed1:32.04=2,36.02=4");
    assertThat(backend.tables()).doesNotContain(backend.prefix() + "outbox", backend.prefix() + "feed_counter")
        .contains(backend.prefix() + "feed", backend.prefix() + "feed_head");
  }

  @Test
  void theNextEventOfARegionFollowsItsMigratedFeed() {
    backend = Backend.open(kind(), 2, config -> { }, this::versionOneWithSixEvents);
    var lab = Fixtures.lab(backend.storage().innovationStore(), backend.storage().rulebookStore(),
        new Fixtures.HandClock(Fixtures.START), 2);

    InnovationRef fresh = lab.innovations().propose(BANDUNG, Fixtures.INNOVATOR.in(BANDUNG), Fixtures.details("Sesudah migrasi")).orThrow().ref();

    assertThat(backend.storage().changeFeed().read(BANDUNG, 2, 10)).extracting(FeedEntry::ref, FeedEntry::position)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(fresh, 3L));
    assertThat(backend.storage().changeFeed().read(LEBAK, 4, 10)).isEmpty();
  }

  @Test
  void theVersionTwoScriptCanRunAgainWithoutChangingAnything() throws SQLException {
    backend = Backend.open(kind(), 2, config -> { }, this::versionOneWithSixEvents);
    String name = kind() == Backend.Kind.POSTGRESQL ? "postgresql" : kind() == Backend.Kind.MARIADB ? "mariadb" : "h2";
    List<FeedEntry> before = backend.storage().changeFeed().read(Scope.national(), FeedCursor.start(), 100).entries();

    try (Connection c = backend.pool().getConnection(); Statement st = c.createStatement()) {
      for (String sql : Migrator.statements(JdbcStorage.schemaScript(name, 2, backend.prefix()))) {
        st.execute(sql);
      }
    }

    assertThat(backend.storage().changeFeed().read(Scope.national(), FeedCursor.start(), 100).entries())
        .isEqualTo(before).hasSize(6);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history")).isEqualTo(JdbcStorage.SCHEMA_VERSION);
    assertThat(backend.tables()).doesNotContain(backend.prefix() + "outbox");
  }

  private String scriptName() {
    return kind() == Backend.Kind.POSTGRESQL ? "postgresql" : kind() == Backend.Kind.MARIADB ? "mariadb" : "h2";
  }

  /** Applies the published scripts of versions 1 and 2 for the prefix, then writes the six events of version 1. */
  private void versionTwoWithSixEvents(DataSource pool, String prefix) {
    versionOneWithSixEvents(pool, prefix);
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      for (String sql : Migrator.statements(JdbcStorage.schemaScript(scriptName(), 2, prefix))) {
        st.execute(sql);
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot lay down schema version 2 on " + kind(), e);
    }
  }

  private static Refusal refusal(RegionCode region, Instant at, String code) {
    return Refusal.builder().kind(Refusal.Kind.INNOVATION).target(new InnovationRef(region, A))
        .actor(id.labinov.core.model.PersonId.of("asn-1")).command("Advance").verdictId("drum-up-to-diagnose")
        .violations(List.of(new Refusal.Reason(code, "evidence", List.of("COMMITMENT_LETTER")))).at(at).build();
  }

  @Test
  void aVersionTwoDatabaseGainsTheRefusalLogAndKeepsItsData() {
    backend = Backend.open(kind(), 2, config -> { }, this::versionTwoWithSixEvents);
    Instant at = Instant.parse("2026-01-12T01:00:00.000001Z");

    assertThat(backend.storage().schemaVersion()).isEqualTo(JdbcStorage.SCHEMA_VERSION);
    assertThat(backend.tables()).contains(backend.prefix() + "refusal", backend.prefix() + "directory_opd",
        backend.prefix() + "directory_person", backend.prefix() + "directory_theme",
        backend.prefix() + "directory_identity");
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history WHERE version = 3"))
        .isEqualTo(1);
    assertThat(backend.storage().changeFeed().read(Scope.national(), FeedCursor.start(), 100).entries()).hasSize(6);
    JdbcRefusalLog log = backend.storage().refusalLog();
    log.append(List.of(refusal(LEBAK, at, "EVIDENCE_MISSING"), refusal(BANDUNG, at, "APPROVALS_MISSING")));
    assertThat(log.count(Scope.region(LEBAK), at, at.plusSeconds(1))).isEqualTo(1);
    List<Refusal> national = new java.util.ArrayList<>();
    log.forEach(Scope.national(), at, at.plusSeconds(1), national::add);
    assertThat(national).extracting(r -> r.codes().get(0)).containsExactly("EVIDENCE_MISSING", "APPROVALS_MISSING");
  }

  @Test
  void theVersionThreeScriptCanRunAgainWithoutChangingAnything() throws SQLException {
    backend = Backend.open(kind(), 2, config -> { }, this::versionTwoWithSixEvents);
    Instant at = Instant.parse("2026-01-12T01:00:00Z");
    backend.storage().refusalLog().append(List.of(refusal(LEBAK, at, "EVIDENCE_MISSING")));

    try (Connection c = backend.pool().getConnection(); Statement st = c.createStatement()) {
      for (String sql : Migrator.statements(JdbcStorage.schemaScript(scriptName(), 3, backend.prefix()))) {
        st.execute(sql);
      }
    }

    assertThat(backend.storage().refusalLog().count(Scope.national(), at, at.plusSeconds(1))).isEqualTo(1);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history")).isEqualTo(JdbcStorage.SCHEMA_VERSION);
  }

  @Test
  void theVersionFourScriptCanRunAgainWithoutChangingAnything() throws SQLException {
    backend = Backend.open(kind(), 2, config -> { }, this::versionTwoWithSixEvents);
    var directory = backend.storage().directory();
    directory.putOpdName(id.labinov.core.model.OpdCode.of("DINKES"), "Dinas Kesehatan");
    directory.erasePerson(id.labinov.core.model.PersonId.of("asn-1"));

    try (Connection c = backend.pool().getConnection(); Statement st = c.createStatement()) {
      for (String sql : Migrator.statements(JdbcStorage.schemaScript(scriptName(), 4, backend.prefix()))) {
        st.execute(sql);
      }
    }

    assertThat(directory.findOpdName(id.labinov.core.model.OpdCode.of("DINKES"))).contains("Dinas Kesehatan");
    assertThat(directory.findPersonName(id.labinov.core.model.PersonId.of("asn-1")).isErased()).isTrue();
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history")).isEqualTo(JdbcStorage.SCHEMA_VERSION);
  }

  /** Applies the published scripts of versions 1 to 4 and writes directory rows as version 4 held them. */
  private void versionFourWithDirectory(DataSource pool, String prefix) {
    versionTwoWithSixEvents(pool, prefix);
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      for (int version = 3; version <= 4; version++) {
        for (String sql : Migrator.statements(JdbcStorage.schemaScript(scriptName(), version, prefix))) {
          st.execute(sql);
        }
      }
      st.executeUpdate("INSERT INTO " + prefix + "directory_opd (opd_code, name) VALUES ('DINKES', 'Dinas Kesehatan')");
      st.executeUpdate("INSERT INTO " + prefix + "directory_person (person_id, name, erased)"
          + " VALUES ('asn-1', 'Siti Rahmawati', FALSE)");
      st.executeUpdate("INSERT INTO " + prefix + "directory_person (person_id, name, erased) VALUES ('asn-2', NULL, TRUE)");
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot lay down schema version 4 on " + kind(), e);
    }
  }

  @Test
  void aVersionFourDirectoryGainsIdentityNumbersAndKeepsItsNamesAndErasures() {
    backend = Backend.open(kind(), 2, config -> { }, this::versionFourWithDirectory);
    JdbcDirectory directory = backend.storage().directory();
    PersonId siti = PersonId.of("asn-1");
    PersonId erased = PersonId.of("asn-2");

    assertThat(backend.storage().schemaVersion()).isEqualTo(JdbcStorage.SCHEMA_VERSION);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history WHERE version = 5"))
        .isEqualTo(1);
    assertThat(directory.findOpdName(OpdCode.of("DINKES"))).contains("Dinas Kesehatan");
    assertThat(directory.findPerson(siti)).as("a name of version 4, without a number")
        .contains(Person.named(siti, "Siti Rahmawati"));
    assertThat(directory.findPersonName(erased).isErased()).isTrue();
    assertThat(directory.findPerson(erased)).isEmpty();

    Person withNip = new Person(siti, "Siti Rahmawati", Nip.parse("19860926 201505 2 001"));
    directory.putPerson(withNip);
    assertThat(directory.findPerson(siti)).contains(withNip);
    assertThatThrownBy(() -> directory.putPerson(new Person(erased, "Budi", PppkNumber.parse("202106013300003001"))))
        .isInstanceOf(PersonErasedException.class);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "directory_identity")).isEqualTo(1);
  }

  @Test
  void theVersionFiveScriptCanRunAgainWithoutChangingAnything() throws SQLException {
    backend = Backend.open(kind(), 2, config -> { }, this::versionFourWithDirectory);
    JdbcDirectory directory = backend.storage().directory();
    Person withNip = new Person(PersonId.of("asn-1"), "Siti Rahmawati", Nip.parse("19860926 201505 2 001"));
    directory.putPerson(withNip);

    try (Connection c = backend.pool().getConnection(); Statement st = c.createStatement()) {
      for (String sql : Migrator.statements(JdbcStorage.schemaScript(scriptName(), 5, backend.prefix()))) {
        st.execute(sql);
      }
    }

    assertThat(directory.findPerson(withNip.id())).contains(withNip);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history")).isEqualTo(JdbcStorage.SCHEMA_VERSION);
  }

  /** The generated histories (see {@link #writeHistories}), by innovation. */
  private final java.util.Map<InnovationRef, id.labinov.core.spi.contract.EventStream> histories =
      new java.util.LinkedHashMap<>();

  /**
   * Lays down a database filled under version 5: the store writes generated histories (moves
   * forward and back, holds, drops, reopens) and then the version 6 table and its history row are
   * removed, which leaves exactly the tables and rows version 5 had.
   */
  private void versionFiveWithHistories(DataSource pool, String prefix) {
    writeHistories(pool, prefix);
    takeBack(pool, prefix, 5);
  }

  /** Lays down a database filled under version 6: the histories, then what version 7 added is removed. */
  private void versionSixWithHistories(DataSource pool, String prefix) {
    writeHistories(pool, prefix);
    takeBack(pool, prefix, 6);
  }

  /** Dates the details may give (the last three are no ISO dates, or far off). */
  private static final String[] DATES = {"2025-11-20", "2026-03-01", " 2024-12-31 ", "+12026-01-01", "2026-02-30",
      "segera"};

  /**
   * How many histories the fills start from: on H2 more than one page of {@link Migrator#FILL_PAGE}, so
   * a fill commits a page and goes on; on a server, where every page runs the same statements with
   * other bounds, fewer, within one page.
   */
  private int historyCount() {
    return kind() == Backend.Kind.H2 ? Migrator.FILL_PAGE + 105 : 200;
  }

  /** Writes generated histories at the latest version, some with trial and implementation start dates. */
  private void writeHistories(DataSource pool, String prefix) {
    JdbcStorage writer = JdbcStorage.builder().dataSource(pool).tablePrefix(prefix).build();
    java.util.Random random = new java.util.Random(5_2026);
    id.labinov.core.engine.IdGenerator ids = id.labinov.core.engine.IdGenerator.from(new java.util.Random(5));
    Instant t = Instant.parse("2025-11-03T02:15:00.000001Z");
    RegionCode[] regions = {LEBAK, BANDUNG, Fixtures.JAYAPURA};
    String[][] paths = {{}, {"DIAGNOSE"}, {"DIAGNOSE", "DESIGN"}, {"DIAGNOSE", "DESIGN", "DIAGNOSE", "DESIGN"},
        {"DIAGNOSE", "DESIGN", "DELIVER", "DESIGN"}};
    for (int i = 0; i < historyCount(); i++) {
      t = t.plus(java.time.Duration.ofMinutes(1 + random.nextInt(900)));
      RegionCode region = regions[i % regions.length];
      var s = id.labinov.core.spi.contract.EventStream.propose(new InnovationRef(region, ids.newInnovationId(t)),
          id.labinov.core.model.InnovationDetails.titled("Riwayat " + i), null, t, ids);
      for (String stage : paths[random.nextInt(paths.length)]) {
        s.later(java.time.Duration.ofHours(1 + random.nextInt(24 * 9))).moveTo(stage);
        if (random.nextInt(4) == 0) {
          s.commit(writer.innovationStore());
        }
      }
      if (random.nextInt(3) == 0) {
        var d = s.state().details().withText(id.labinov.core.model.InnovationDetails.TRIAL_START_DATE,
            DATES[random.nextInt(DATES.length)]);
        s.details(random.nextBoolean() ? d : d.withText(
            id.labinov.core.model.InnovationDetails.IMPLEMENTATION_START_DATE, DATES[random.nextInt(DATES.length)]));
      }
      switch (random.nextInt(5)) {
        case 0 -> s.later(java.time.Duration.ofDays(2)).hold();
        case 1 -> s.later(java.time.Duration.ofDays(1)).hold().later(java.time.Duration.ofDays(3)).resume();
        case 2 -> s.later(java.time.Duration.ofDays(4)).drop();
        case 3 -> s.later(java.time.Duration.ofDays(4)).drop().later(java.time.Duration.ofDays(6)).reopen();
        default -> { }
      }
      if (!s.pending().isEmpty()) {
        s.commit(writer.innovationStore());
      }
      histories.put(s.ref(), s);
    }
  }

  /**
   * Removes what the versions after {@code version} added (tables, columns, history rows), which
   * leaves exactly the tables and rows that version had.
   */
  private void takeBack(DataSource pool, String prefix, int version) {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      EvidenceSchemaUpgradeContract.takeBackVersionEight(st, prefix);
      st.execute("DROP TABLE " + prefix + "backfill");
      st.execute("ALTER TABLE " + prefix + "innovation DROP COLUMN implementation_start_day");
      st.execute("ALTER TABLE " + prefix + "innovation DROP COLUMN trial_start_day");
      st.execute("ALTER TABLE " + prefix + "innovation DROP COLUMN visited_stages");
      st.executeUpdate("DELETE FROM " + prefix + "schema_history WHERE version = 7");
      if (version < 6) {
        st.execute("DROP TABLE " + prefix + "stage_visit");
        st.executeUpdate("DELETE FROM " + prefix + "schema_history WHERE version = 6");
      } else {
        st.execute((kind() == Backend.Kind.MARIADB ? "DROP INDEX " + prefix + "stage_visit_exact ON " + prefix
            + "stage_visit" : "DROP INDEX " + prefix + "stage_visit_exact"));
        st.execute("ALTER TABLE " + prefix + "stage_visit DROP COLUMN days_exact_from");
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take " + kind() + " back to schema version " + version, e);
    }
  }

  /** Reads an innovation's visit rows. */
  private List<VisitRows.Row> visitRows(InnovationRef ref) {
    try (Connection c = backend.pool().getConnection()) {
      List<VisitRows.Row> rows = new VisitRows(new Tables(backend.prefix())).read(c, ref);
      if (!c.getAutoCommit()) {
        c.commit();
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aVersionFiveDatabaseGainsTheVisitRowsOfItsHistories() {
    backend = Backend.open(kind(), 2, config -> { }, this::versionFiveWithHistories);
    JdbcInnovationStore store = backend.storage().innovationStore();

    assertThat(backend.storage().schemaVersion()).isEqualTo(JdbcStorage.SCHEMA_VERSION);
    assertThat(backend.count("SELECT COUNT(DISTINCT innovation_id) FROM " + backend.prefix() + "stage_visit"))
        .isEqualTo(histories.size()).isEqualTo(historyCount());
    java.util.EnumMap<VisitRows.Outcome, Integer> outcomes = new java.util.EnumMap<>(VisitRows.Outcome.class);
    for (var s : histories.values()) {
      var state = store.load(s.ref()).orElseThrow();
      List<VisitRows.Row> rows = visitRows(s.ref());
      assertThat(rows).extracting(VisitRows.Row::visit).as("stays of %s", s.ref()).containsExactlyElementsOf(state.visits())
          .containsExactlyElementsOf(s.state().visits());
      List<VisitRows.Outcome> expected = new java.util.ArrayList<>();
      for (var e : s.events()) {
        if (e instanceof id.labinov.core.event.StageAdvanced) {
          expected.add(VisitRows.Outcome.ADVANCED);
        } else if (e instanceof id.labinov.core.event.ReturnedForRework) {
          expected.add(VisitRows.Outcome.RETURNED);
        }
      }
      expected.add(state.status() == id.labinov.core.model.InnovationStatus.DROPPED ? VisitRows.Outcome.DROPPED
          : VisitRows.Outcome.OPEN);
      assertThat(rows).extracting(VisitRows.Row::outcome).as("outcomes of %s", s.ref()).containsExactlyElementsOf(expected);
      rows.forEach(r -> outcomes.merge(r.outcome(), 1, Integer::sum));
    }
    assertThat(outcomes).as("every outcome occurs").containsOnlyKeys(VisitRows.Outcome.values());

    // the next command on a filled history updates its open row and adds the new stay
    var first = histories.values().iterator().next();
    first.later(java.time.Duration.ofDays(1));
    if (first.state().status() == id.labinov.core.model.InnovationStatus.DROPPED) {
      first.reopen();
    } else if (first.state().status() == id.labinov.core.model.InnovationStatus.ON_HOLD) {
      first.resume();
    }
    first.hold().commit(store);
    assertThat(visitRows(first.ref())).extracting(VisitRows.Row::visit).containsExactlyElementsOf(first.state().visits());
  }

  @Test
  void anInterruptedFillResumesWithTheInnovationsThatHaveNoRows() throws SQLException {
    backend = Backend.open(kind(), 2, config -> { }, this::versionFiveWithHistories);
    List<InnovationRef> refs = List.copyOf(histories.keySet());
    List<List<VisitRows.Row>> before = refs.stream().map(this::visitRows).toList();
    Dialect dialect = kind() == Backend.Kind.POSTGRESQL ? Dialect.POSTGRESQL
        : kind() == Backend.Kind.MARIADB ? Dialect.MARIADB : Dialect.H2;
    Migrator migrator = new Migrator(backend.pool(), dialect, new Tables(backend.prefix()));
    try (Connection c = backend.pool().getConnection(); Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM " + backend.prefix() + "stage_visit WHERE innovation_id > '"
          + refs.get(refs.size() / 2).id()
          + "' OR innovation_id = '" + refs.get(7).id() + "'");
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    long missing = refs.stream().filter(r -> visitRows(r).isEmpty()).count();

    assertThat(missing).isPositive();
    assertThat(migrator.fillVisits()).isEqualTo(missing);
    assertThat(migrator.fillVisits()).as("a second fill finds nothing to do").isZero();
    assertThat(refs.stream().map(this::visitRows).toList()).isEqualTo(before);
  }

  @Test
  void aVersionSixDatabaseGainsTheColumnsOfTheReportAggregates() {
    backend = Backend.open(kind(), 2, config -> { }, this::versionSixWithHistories);
    JdbcInnovationStore store = backend.storage().innovationStore();

    assertThat(backend.storage().schemaVersion()).isEqualTo(JdbcStorage.SCHEMA_VERSION);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "backfill WHERE done_at IS NOT NULL"))
        .isEqualTo(1);
    checkTheReportColumns(store);
  }

  /** Every state row and current stay holds what this version writes, and the aggregates equal the paging ones. */
  private void checkTheReportColumns(JdbcInnovationStore store) {
    List<id.labinov.core.query.InnovationSummary> expected = new java.util.ArrayList<>();
    int dated = 0;
    for (var s : histories.values()) {
      var summary = id.labinov.core.query.InnovationSummary.of(store.load(s.ref()).orElseThrow());
      expected.add(summary);
      dated += summary.trialStartDate() != null ? 1 : 0;
      List<VisitRows.Row> rows = visitRows(s.ref());
      for (VisitRows.Row r : rows) {
        assertThat(r.daysExactFrom()).as("days_exact_from of %s #%d", s.ref(), r.visitNo())
            .isEqualTo(StayDays.exactFrom(r.visit()));
      }
      assertThat(rows.get(rows.size() - 1).daysExactFrom()).isNotNull();
      assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "innovation WHERE id = '" + s.ref().id()
          + "' AND visited_stages = '" + VisitRows.visitedStages(s.state().visits()) + "'")).as("visited stages of %s",
          s.ref()).isEqualTo(1);
    }
    assertThat(dated).as("histories with a trial start date").isGreaterThan(20);
    expected.sort(java.util.Comparator.comparing(x -> x.ref().id()));
    List<id.labinov.core.query.InnovationSummary> found = new java.util.ArrayList<>();
    var page = id.labinov.core.query.PageRequest.first(1000);
    while (page != null) {
      var p = store.find(Scope.national(), id.labinov.core.query.InnovationFilter.all(), page);
      found.addAll(p.items());
      page = p.next();
    }
    assertThat(found).as("summaries with their dates").isEqualTo(expected);
    id.labinov.core.spi.contract.PagingQuery paging = new id.labinov.core.spi.contract.PagingQuery(store);
    Instant asOf = Instant.parse("2026-02-01T00:00:00Z");
    for (Scope scope : List.of(Scope.national(), Scope.region(LEBAK), Scope.region(Fixtures.JAYAPURA))) {
      var all = id.labinov.core.query.InnovationFilter.all();
      assertThat(store.reach(scope, all, asOf)).isEqualTo(paging.reach(scope, all, asOf));
      assertThat(store.stageDays(scope, all, asOf)).isEqualTo(paging.stageDays(scope, all, asOf));
      assertThat(store.stalled(scope, all, asOf, 3, java.util.Set.of(), 20))
          .isEqualTo(paging.stalled(scope, all, asOf, 3, java.util.Set.of(), 20));
    }
  }

  @Test
  void anInterruptedFillOfVersionSevenResumesWhereItStopped() throws SQLException {
    backend = Backend.open(kind(), 2, config -> { }, this::versionSixWithHistories);
    List<InnovationRef> refs = histories.keySet().stream().sorted(java.util.Comparator.comparing(InnovationRef::id))
        .toList();
    Dialect dialect = kind() == Backend.Kind.POSTGRESQL ? Dialect.POSTGRESQL
        : kind() == Backend.Kind.MARIADB ? Dialect.MARIADB : Dialect.H2;
    Migrator migrator = new Migrator(backend.pool(), dialect, new Tables(backend.prefix()));
    int stopped = refs.size() * 2 / 5;
    String middle = refs.get(stopped).id().toString();
    try (Connection c = backend.pool().getConnection(); Statement st = c.createStatement()) {
      // as if the fill had committed its pages up to the middle and then stopped
      st.executeUpdate("UPDATE " + backend.prefix() + "innovation SET implementation_start_day = NULL,"
          + " trial_start_day = NULL, visited_stages = NULL WHERE id > '" + middle + "'");
      st.executeUpdate("UPDATE " + backend.prefix() + "stage_visit SET days_exact_from = NULL WHERE innovation_id > '"
          + middle + "'");
      st.executeUpdate("UPDATE " + backend.prefix() + "backfill SET after_id = '" + middle + "', done_at = NULL");
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }

    assertThat(migrator.fillAggregateColumns()).as("the innovations after the last page done").isEqualTo(
        refs.size() - stopped - 1);
    assertThat(migrator.fillAggregateColumns()).as("a second fill reads nothing").isZero();
    checkTheReportColumns(backend.storage().innovationStore());
  }

  @Test
  void theVersionSevenScriptCanRunAgainWithoutChangingAnything() throws SQLException {
    backend = Backend.open(kind(), 2, config -> { }, this::versionSixWithHistories);
    try (Connection c = backend.pool().getConnection(); Statement st = c.createStatement()) {
      for (String sql : Migrator.statements(JdbcStorage.schemaScript(scriptName(), 7, backend.prefix()))) {
        st.execute(sql);
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }

    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "schema_history")).isEqualTo(JdbcStorage.SCHEMA_VERSION);
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "backfill WHERE done_at IS NOT NULL"))
        .isEqualTo(1);
    checkTheReportColumns(backend.storage().innovationStore());
  }
}
