package id.labinov.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.gen.Cast;
import id.labinov.oracle.gen.Coverage;
import id.labinov.oracle.gen.Driver;
import id.labinov.oracle.gen.Plan;
import id.labinov.oracle.gen.Plans;
import id.labinov.oracle.world.OracleDatabase;
import id.labinov.oracle.world.StoreKind;
import id.labinov.oracle.world.World;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.quicktheories.QuickTheory;

/**
 * Generated lab years on one store, each compared report by report with the oracle. A failing
 * example is shrunk (a few cycles: each one plays a whole year) and reported with its steps and the
 * readable list of differing figures.
 *
 * <p>A failure names the seed QuickTheories drew; {@code -Doracle.seed=<seed>} plays the same years again.
 * With {@code -Doracle.survey=true} nothing is shrunk and no example stops the run: the differences
 * of every example are gathered and reported at the end, counted per report figure (to see at once
 * every figure that disagrees, not only the one the smallest example shows).
 */
final class GeneratedProgrammes {
  private GeneratedProgrammes() {}

  /**
   * Plays {@code examples} generated years on a store and compares their reports.
   *
   * @param kind the store
   * @param database its tables (cleared before each year), or {@code null} for the in-memory store
   * @param examples how many different years at least
   * @param shrinkCycles how many shrink cycles a failure gets
   * @param minSteps the fewest steps of a year
   * @param maxSteps the most steps of a year
   */
  static void check(StoreKind kind, OracleDatabase database, int examples, int shrinkCycles, int minSteps,
      int maxSteps) {
    boolean survey = Boolean.getBoolean("oracle.survey");
    Coverage coverage = new Coverage();
    Diffs all = new Diffs();
    AtomicInteger played = new AtomicInteger();
    // QuickTheories skips a plan it has drawn before, so it is asked for a few more than must be played
    QuickTheory theory = qt().withExamples(examples + Math.max(3, examples / 20))
        .withShrinkCycles(survey ? 0 : shrinkCycles);
    Long seed = Long.getLong("oracle.seed");
    if (seed != null) {
      theory = theory.withFixedSeed(seed);
    }
    theory.forAll(Plans.years(minSteps, maxSteps))
        .checkAssert(plan -> {
          played.incrementAndGet();
          Diffs diffs = play(database, plan, coverage);
          if (survey) {
            all.addAll(diffs);
          } else {
            assertThat(diffs.lines()).as("on " + kind + ": " + diffs.describe(40)).isEmpty();
          }
        });
    assertThat(played).as("generated years played on " + kind).hasValueGreaterThanOrEqualTo(examples);
    coverage.assertEverythingExercised(examples);
    assertThat(all.lines()).as("on " + kind + ", over " + played + " years (exercised " + coverage + "): "
        + all.describe(150)).isEmpty();
  }

  private static Diffs play(OracleDatabase database, Plan plan, Coverage coverage) {
    if (database != null) {
      database.clear();
    }
    World world = World.create(database, Driver.EPOCH, plan.hashCode(), Driver.rulebooks(plan), Cast.SCHEMES.subList(1, 2),
        List.of(Cast.FIVE_D_V2), plan.startMinutes() % 2 == 0);
    return new Driver(world, plan, coverage).play();
  }
}
