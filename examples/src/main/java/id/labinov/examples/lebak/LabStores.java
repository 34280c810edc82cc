package id.labinov.examples.lebak;

import id.labinov.core.Labinov;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.memory.InMemoryClaimVerificationStore;
import id.labinov.core.memory.InMemoryCycleStore;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.memory.InMemoryEvidenceRegisterStore;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryProgrammeStore;
import id.labinov.core.memory.InMemoryRefusalLog;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.spi.ClaimVerificationStore;
import id.labinov.core.spi.CycleStore;
import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.EvidenceRegisterStore;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.ProgrammeStore;
import id.labinov.core.spi.RefusalLog;
import id.labinov.core.spi.RulebookStore;
import id.labinov.persistence.jdbc.JdbcStorage;
import java.time.Clock;
import java.util.Random;

/**
 * The stores the Lebak examples run on: all of one JDBC storage, or all in memory. The lab year
 * uses the first five; the IID year after it adds the evidence register and the verification
 * decisions; the following years ({@link LebakFollowingYears}) add the yearly cycle's entries and versions.
 *
 * @param innovations innovation histories (also the query port)
 * @param rulebooks rulebooks
 * @param programmes programme histories
 * @param evaluations score and monitoring streams
 * @param refusalLog refused commands
 * @param evidenceRegister documents and claims of the IID (bukti dukung)
 * @param verifications the verifier's decisions on claims
 * @param cycle competition entries and development versions
 */
record LabStores(InnovationStore innovations, RulebookStore rulebooks, ProgrammeStore programmes,
    EvaluationStore evaluations, RefusalLog refusalLog, EvidenceRegisterStore evidenceRegister,
    ClaimVerificationStore verifications, CycleStore cycle) {

  /** The stores of a JDBC storage, the verification decisions and the yearly cycle included. */
  static LabStores of(JdbcStorage storage) {
    return new LabStores(storage.innovationStore(), storage.rulebookStore(), storage.programmeStore(),
        storage.evaluationStore(), storage.refusalLog(), storage.evidenceRegister(), storage.claimVerifications(),
        storage.cycle());
  }

  /**
   * Runs an example on the stores its settings name: fresh in-memory stores, an H2 file in {@code h2Folder}
   * (tables {@code lbv_*}) when no JDBC URL is given, or a server, where the tables get a prefix of their
   * own ({@code <stem><time>_}) unless one is given. The database is closed after the run.
   *
   * @param inMemory whether to run in memory
   * @param jdbcUrl the server's URL, or {@code null} for the H2 file
   * @param user the server's user, or {@code null}
   * @param password the server's password, or {@code null}
   * @param tablePrefix the table prefix, or {@code null} for the default
   * @param h2Folder where the H2 file goes
   * @param stem the first letters of a server run's own prefix
   * @param run the example, given the stores and the database's description in Indonesian
   * @param <T> what the example returns
   * @return what the example returned
   */
  static <T> T open(boolean inMemory, String jdbcUrl, String user, String password, String tablePrefix,
      java.nio.file.Path h2Folder, String stem, java.util.function.BiFunction<LabStores, String, T> run) {
    if (inMemory) {
      return run.apply(inMemory(), "memori");
    }
    String prefix = tablePrefix != null ? tablePrefix
        : jdbcUrl == null ? "lbv_" : stem + Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36) + "_";
    try (LabDatabase db = jdbcUrl == null ? LabDatabase.h2File(h2Folder) : LabDatabase.server(jdbcUrl, user, password)) {
      JdbcStorage storage = JdbcStorage.builder().dataSource(db.dataSource()).tablePrefix(prefix).build();
      return run.apply(of(storage), db.description() + ", tabel " + prefix + "*");
    }
  }

  /** Fresh in-memory stores. */
  static LabStores inMemory() {
    return new LabStores(new InMemoryInnovationStore(), new InMemoryRulebookStore(), new InMemoryProgrammeStore(),
        new InMemoryEvaluationStore(), new InMemoryRefusalLog(), new InMemoryEvidenceRegisterStore(),
        new InMemoryClaimVerificationStore(), new InMemoryCycleStore());
  }

  /** The entry point on these stores, with the scenario's clock, its seeded ids and the rulebook. */
  Labinov lab(Clock clock, Rulebook rulebook) {
    return Labinov.builder()
        .clock(clock)
        .ids(IdGenerator.from(new Random(LebakScenario.SEED)))
        .innovationStore(innovations)
        .rulebookStore(rulebooks)
        .programmeStore(programmes)
        .evaluationStore(evaluations)
        .refusalLog(refusalLog)
        .evidenceRegisterStore(evidenceRegister)
        .claimVerificationStore(verifications)
        .cycleStore(cycle)
        .rulebook(rulebook)
        .build();
  }
}
