package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.BulkItem;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.ImportItem;
import id.labinov.core.engine.ImportOptions;
import id.labinov.core.engine.ImportResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import id.labinov.core.rules.Rulebooks;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What one command costs the database: the statements each facade command runs, in order, on one
 * connection in one transaction (written down by a {@link StatementLog} around the pool). A
 * subclass per database names the database; the lists are the same on every database, only the
 * transaction settings around them differ (MariaDB's connections start at REPEATABLE READ, which
 * the store lowers to READ COMMITTED for the transaction and restores).
 */
abstract class StatementCountContract {
  private static final String LOCK = "SELECT innovation FOR UPDATE";
  private static final String EVENTS = "INSERT event (batch)";
  private static final String RESERVE = "UPDATE feed_head";
  private static final String FEED = "INSERT feed (batch)";
  private static final String FEED_IN_ONE = "UPDATE feed_head + INSERT feed";

  private Backend backend;
  private StatementLog log;
  private JdbcStorage storage;
  private Labinov lab;
  private InnovationRef warm;

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  @BeforeEach
  void start() {
    backend = Backend.open(kind(), 4);
    log = new StatementLog(backend.pool(), backend.prefix());
    storage = backend.storage(b -> b.dataSource(log).batchSize(50));
    lab = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(), new Fixtures.TickingClock(Fixtures.START), 21);
    // the region's rulebook is stored and its feed head created by a first proposal
    warm = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Pemanasan")).orThrow().ref();
    log.clear();
  }

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  /** The session of one transaction: the statements between the store's transaction settings. */
  private List<String> transaction(String end, String... statements) {
    List<String> out = new ArrayList<>();
    out.add("autocommit off");
    boolean lowered = kind() == Backend.Kind.MARIADB;
    if (lowered) {
      out.add("isolation " + Connection.TRANSACTION_READ_COMMITTED);
    }
    out.addAll(kind() == Backend.Kind.POSTGRESQL ? feedInOne(List.of(statements)) : List.of(statements));
    out.add(end);
    if (lowered) {
      out.add("isolation " + Connection.TRANSACTION_REPEATABLE_READ);
    }
    out.add("autocommit on");
    return out;
  }

  /**
   * On PostgreSQL the feed head's reservation and the feed rows are one statement: each
   * {@code UPDATE feed_head} with the {@code INSERT feed} batches after it becomes {@link #FEED_IN_ONE}
   * ({@code INSERT feed_head} for a region's first event stays between two of them).
   */
  private static List<String> feedInOne(List<String> statements) {
    List<String> out = new ArrayList<>();
    for (String s : statements) {
      if (s.equals(RESERVE)) {
        out.add(FEED_IN_ONE);
      } else if (!s.equals(FEED)) {
        out.add(s);
      }
    }
    return out;
  }

  private List<String> committed(String... statements) {
    return transaction("commit", statements);
  }

  @Test
  void aProposalIsOneTransactionOfSixStatements() {
    lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Posyandu Digital")).orThrow();

    assertThat(log.sessions()).containsExactly(committed(LOCK, EVENTS, "INSERT innovation", "INSERT stage_visit (batch)", RESERVE, FEED));
  }

  @Test
  void aProposalWithThemesWritesThemInOneBatch() {
    lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Bertema").withThemes(Set.of(Theme.of("STUNTING"),
        Theme.of("KOTA_LAYAK_ANAK")))).orThrow();

    assertThat(log.sessions()).containsExactly(
        committed(LOCK, EVENTS, "INSERT innovation", "INSERT innovation_theme (batch)",
            "INSERT stage_visit (batch)", RESERVE, FEED));
  }

  @Test
  void aCommandReadsTheStateUnderItsRowLockAndWritesInTheSameTransaction() {
    lab.innovations().attachEvidence(warm, INNOVATOR, Fixtures.evidence("PHOTO", 1), Options.none()).orThrow();

    assertThat(log.sessions()).containsExactly(committed(LOCK, EVENTS, "UPDATE innovation", RESERVE, FEED));
  }

  @Test
  void aCommandWithAKeyLooksItUpAndStoresItInItsTransaction() {
    lab.innovations().attachEvidence(warm, INNOVATOR, Fixtures.evidence("PHOTO", 1), Options.idempotent("foto-1")).orThrow();

    // the command path looks the key up first (a retry is answered before versions are compared),
    // inside the unit of work, never on a connection of its own
    assertThat(log.sessions()).containsExactly(committed("SELECT idempotency", LOCK,
        "INSERT idempotency", EVENTS, "UPDATE innovation", RESERVE, FEED));
  }

  @Test
  void aDetailsUpdateRewritesTheThemeRowsOnlyWhenTheThemesChange() {
    lab.innovations().updateDetails(warm, INNOVATOR, Fixtures.details("Judul baru"), Options.none()).orThrow();
    List<List<String>> sameThemes = log.sessions();
    log.clear();
    lab.innovations().updateDetails(warm, INNOVATOR, Fixtures.details("Judul baru").withThemes(Set.of(Theme.of("STUNTING"))),
        Options.none()).orThrow();

    assertThat(sameThemes).containsExactly(committed(LOCK, EVENTS, "UPDATE innovation", RESERVE, FEED));
    assertThat(log.sessions()).containsExactly(committed(LOCK, EVENTS, "UPDATE innovation",
        "DELETE innovation_theme", "INSERT innovation_theme (batch)", RESERVE, FEED));
  }

  @Test
  void theIsolationLevelIsAskedOncePerPooledConnectionNotPerCommand() {
    // PostgreSQL's driver sends SHOW TRANSACTION ISOLATION LEVEL on every call: once per command
    // was a round trip in five
    for (int i = 0; i < 12; i++) {
      lab.innovations().attachEvidence(warm, INNOVATOR, Fixtures.evidence("PHOTO", i + 1), Options.none()).orThrow();
    }
    assertThat(log.sessions()).hasSize(12);
    assertThat(log.isolationReads()).as("isolation reads in 12 commands on a pool of 4").isLessThanOrEqualTo(4);
  }

  @Test
  void aRefusedCommandOnlyReadsTheLockedRow() {
    lab.innovations().attachEvidence(warm, INNOVATOR, Fixtures.evidence("PHOTO", 1), Options.none()).orThrow();
    log.clear();

    assertThat(lab.innovations().attachEvidence(warm, INNOVATOR, Fixtures.evidence("PHOTO", 1), Options.none()).verdict().codes())
        .containsExactly("DUPLICATE_EVIDENCE");

    assertThat(log.sessions()).containsExactly(committed(LOCK));
  }

  @Test
  void aMovePicksItsTransitionFromTheStateReadUnderTheLock() {
    assertThat(lab.innovations().advance(warm, INNOVATOR, "DIAGNOSE", Options.none()).accepted()).isFalse();

    // the command path builds the move from the locked read: no read of its own before the unit of work
    assertThat(log.sessions()).containsExactly(committed(LOCK));
  }

  @Test
  void aStaleExpectedVersionRollsBackAfterTheLockedRead() {
    assertThatThrownBy(() -> lab.innovations().attachEvidence(warm, INNOVATOR, Fixtures.evidence("PHOTO", 1),
        Options.none().expectingVersion(0))).isInstanceOf(VersionConflictException.class);

    assertThat(log.sessions()).containsExactly(transaction("rollback", LOCK));
  }

  @Test
  void aRegionsFirstEventCreatesItsFeedHead() {
    lab.innovations().propose(Fixtures.BANDUNG, INNOVATOR.in(Fixtures.BANDUNG), Fixtures.details("Pertama di Bandung")).orThrow();

    // the facade also stores Bandung's rulebook, on a connection of its own
    assertThat(log.sessions()).filteredOn(s -> s.contains(LOCK)).containsExactly(committed(LOCK, EVENTS,
        "INSERT innovation", "INSERT stage_visit (batch)", RESERVE, "INSERT feed_head", RESERVE, FEED));
  }

  @Test
  void anImportWritesBatchesOfTheConfiguredSizeAndTheFeedLast() {
    List<ImportItem> items = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      RegionCode region = i % 2 == 0 ? LEBAK : Fixtures.SERANG;
      items.add(ImportItem.of(region, INNOVATOR.in(region), Fixtures.details("Impor " + i)));
    }
    JdbcInnovationStore store = storage.innovationStore();
    Labinov importer = Labinov.builder().clock(new Fixtures.TickingClock(Fixtures.START)).ids(IdGenerator.from(new Random(2)))
        .innovationStore(store).query(store).rulebookStore(storage.rulebookStore()).rulebook(Rulebooks.fiveD()).build();

    List<ImportResult> results = importer.innovations().importInnovations(items, ImportOptions.eachOnItsOwn());

    assertThat(results).allMatch(ImportResult::written);
    List<String> chunk = List.of("savepoint", "INSERT innovation (batch)", EVENTS, "INSERT stage_visit (batch)");
    List<String> statements = Stream.of(chunk, chunk, chunk,
        List.of(RESERVE, FEED, FEED), // Lebak: 60 appends in batches of 50
        List.of(RESERVE, "INSERT feed_head", RESERVE, FEED, FEED)) // Serang's first events
        .flatMap(List::stream).toList();
    assertThat(log.sessions()).filteredOn(s -> s.contains("savepoint"))
        .containsExactly(committed(statements.toArray(String[]::new)));
  }

  /** Proposes {@code n} innovations with their commitment letter and OPD head's approval (ready for DIAGNOSE). */
  private List<InnovationRef> ready(int n) {
    List<InnovationRef> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Massal " + i)).orThrow().ref();
      lab.innovations().attachEvidence(ref, INNOVATOR, Fixtures.evidence("COMMITMENT_LETTER", i), Options.none()).orThrow();
      lab.innovations().approve(ref, Fixtures.HEAD, Role.OPD_HEAD, null, Options.none()).orThrow();
      out.add(ref);
    }
    return out;
  }

  @Test
  void aBulkChunkCostsTheSameStatementsWhateverItsSize() {
    List<InnovationRef> ten = ready(10);
    List<InnovationRef> forty = ready(40);
    List<List<String>> chunks = new ArrayList<>();
    for (List<InnovationRef> refs : List.of(ten, forty)) {
      log.clear();
      List<BulkResult> results = lab.innovations().advanceAll(refs.stream().map(BulkItem::of).toList(), INNOVATOR,
          "DIAGNOSE", BulkOptions.defaults());
      assertThat(results).allMatch(r -> r.outcome() == BulkResult.Outcome.ACCEPTED);
      assertThat(log.sessions()).as("one transaction per chunk").hasSize(1);
      chunks.add(log.sessions().get(0));
    }

    // one locked read of every state; then a batch per table, whatever the number of innovations
    List<String> expected = committed(LOCK, "savepoint", EVENTS, "UPDATE innovation (batch)",
        "UPDATE stage_visit (batch)", "INSERT stage_visit (batch)", RESERVE, FEED);
    assertThat(chunks).containsExactly(expected, expected);
  }

  @Test
  void aBulkChunkWithKeysLooksThemUpOnceAndStoresThemInOneBatch() {
    List<InnovationRef> refs = ready(12);
    log.clear();
    List<BulkItem<EvidenceRef>> items = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      items.add(BulkItem.of(refs.get(i), Fixtures.evidence("PHOTO", i)).withIdempotencyKey("foto-" + i));
    }

    List<BulkResult> first = lab.innovations().attachEvidenceAll(items, INNOVATOR, BulkOptions.defaults());
    List<List<String>> written = log.sessions();
    log.clear();
    List<BulkResult> retried = lab.innovations().attachEvidenceAll(items, INNOVATOR, BulkOptions.defaults());

    assertThat(first).allMatch(r -> r.outcome() == BulkResult.Outcome.ACCEPTED);
    assertThat(written).containsExactly(committed("SELECT idempotency", LOCK, "savepoint", "INSERT idempotency (batch)",
        EVENTS, "UPDATE innovation (batch)", RESERVE, FEED));
    assertThat(retried).allMatch(r -> r.outcome() == BulkResult.Outcome.REPLAYED);
    // the retry reads the keys and states in its chunk; each replayed item then reads its state and history
    assertThat(log.sessions().get(0)).isEqualTo(committed("SELECT idempotency", LOCK));
  }

  @Test
  void aBulkCallOfSevenItemsInChunksOfThreeIsThreeTransactions() {
    List<InnovationRef> refs = ready(7);
    log.clear();

    lab.innovations().advanceAll(refs.stream().map(BulkItem::of).toList(), INNOVATOR, "DIAGNOSE",
        BulkOptions.defaults().withChunkSize(3));

    assertThat(log.sessions()).hasSize(3).allSatisfy(session -> assertThat(session).isEqualTo(committed(LOCK,
        "savepoint", EVENTS, "UPDATE innovation (batch)", "UPDATE stage_visit (batch)", "INSERT stage_visit (batch)",
        RESERVE, FEED)));
  }
}
