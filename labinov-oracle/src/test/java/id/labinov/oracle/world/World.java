package id.labinov.oracle.world;

import id.labinov.core.Labinov;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryProgrammeStore;
import id.labinov.core.memory.InMemoryRefusalLog;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.RefusalLog;
import id.labinov.core.spi.RulebookStore;
import id.labinov.persistence.jdbc.JdbcStorage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A lab on one store: the facade, its stores, and the clock the test moves.
 *
 * @param lab the facade
 * @param clock its clock
 * @param rulebooks where its rulebooks are kept
 * @param evaluations where its score entries are kept
 * @param storage the JDBC storage, or {@code null} on the in-memory store
 * @param configured the rulebooks the lab was configured with, and those innovations may be migrated to
 * @param refusalLog the refusal log the lab keeps, or {@code null}
 */
public record World(Labinov lab, TestClock clock, RulebookStore rulebooks, EvaluationStore evaluations,
    JdbcStorage storage, List<Rulebook> configured, RefusalLog refusalLog) {

  /**
   * Builds a lab on the in-memory stores or on a database's tables (which the caller has cleared).
   *
   * @param database the database, or {@code null} for the in-memory stores
   * @param start the clock's first instant
   * @param seed the id generator's seed
   * @param regionRulebooks the rulebook of each region
   * @param schemes evaluation schemes to register besides the shipped ones
   * @param otherRulebooks rulebooks innovations may be migrated to
   * @param refusalLog whether the lab keeps a refusal log (in memory, or the database's)
   * @return the world
   */
  public static World create(OracleDatabase database, Instant start, long seed, Map<RegionCode, Rulebook> regionRulebooks,
      List<EvaluationScheme> schemes, List<Rulebook> otherRulebooks, boolean refusalLog) {
    TestClock clock = new TestClock(start);
    Labinov.Builder b = Labinov.builder().clock(clock).ids(IdGenerator.from(new Random(seed)));
    RulebookStore rulebooks;
    EvaluationStore evaluations;
    JdbcStorage storage = null;
    RefusalLog log = null;
    if (database == null) {
      InMemoryInnovationStore store = new InMemoryInnovationStore();
      rulebooks = new InMemoryRulebookStore();
      evaluations = new InMemoryEvaluationStore();
      b.innovationStore(store).rulebookStore(rulebooks).programmeStore(new InMemoryProgrammeStore())
          .evaluationStore(evaluations);
      if (refusalLog) {
        log = new InMemoryRefusalLog();
      }
    } else {
      storage = database.storage();
      rulebooks = storage.rulebookStore();
      evaluations = storage.evaluationStore();
      b.innovationStore(storage.innovationStore()).rulebookStore(rulebooks).programmeStore(storage.programmeStore())
          .evaluationStore(evaluations);
      if (refusalLog) {
        log = storage.refusalLog();
      }
    }
    if (log != null) {
      b.refusalLog(log);
    }
    // a handover's new owner is checked against the lab's directory of people
    b.directory(id.labinov.oracle.gen.Cast.directory());
    regionRulebooks.forEach(b::rulebook);
    schemes.forEach(b::evaluationScheme);
    List<Rulebook> configured = new java.util.ArrayList<>(regionRulebooks.values());
    configured.addAll(otherRulebooks);
    return new World(b.build(), clock, rulebooks, evaluations, storage, List.copyOf(configured), log);
  }
}
