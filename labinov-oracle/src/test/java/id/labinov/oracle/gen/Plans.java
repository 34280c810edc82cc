package id.labinov.oracle.gen;

import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.oracle.gen.Step.Move;
import id.labinov.oracle.gen.Step.RawSheet;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of lab years: programmes with windows, and steps weighted toward what a lab does most. */
public final class Plans {
  private Plans() {}

  /**
   * Returns lab years of {@code minSteps} to {@code maxSteps} steps.
   *
   * @param minSteps the fewest steps
   * @param maxSteps the most steps
   * @return the generator
   */
  public static Gen<Plan> years(int minSteps, int maxSteps) {
    Gen<List<Plan.ProgrammePlan>> programmes = lists().of(programmes()).ofSizeBetween(0, 4);
    return Generate.range(1, Cast.REGIONS.size()).zip(programmes, Generate.range(0, 60 * 24 * 6),
        lists().of(steps()).ofSizeBetween(minSteps, maxSteps), Plan::new);
  }

  static Gen<Plan.ProgrammePlan> programmes() {
    Gen<Integer> length = Generate.frequency(Pair.of(6, Generate.range(4, 45)), Pair.of(1, Generate.constant(0)));
    Gen<List<Integer>> lengths = lists().of(length).ofSize(6);
    Gen<Integer> zoneAndTarget = Generate.range(0, 2).zip(Generate.range(1, 8), (z, t) -> z * 100 + t);
    Gen<Integer> firstDayAndGap = Generate.range(0, 40).zip(Generate.frequency(Pair.of(3, Generate.constant(0)),
        Pair.of(1, Generate.range(1, 6))), (d, g) -> d * 100 + g);
    return Generate.range(0, 3).zip(zoneAndTarget, firstDayAndGap, lengths, Generate.booleans(),
        (region, zt, dg, ls, all) -> new Plan.ProgrammePlan(region, zt / 100, zt % 100, dg / 100, ls, dg % 100, all));
  }

  static Gen<Step> steps() {
    Gen<Integer> target = Generate.range(0, 40);
    Gen<Integer> seed = Generate.range(0, 9_999);
    Gen<Move> moves = Generate.frequency(List.of(
        Pair.of(16, Generate.constant(Move.ADVANCE)),
        Pair.of(1, Generate.constant(Move.FAST_TRACK)),
        Pair.of(3, Generate.constant(Move.ADVANCE_CONDITIONALLY)),
        Pair.of(3, Generate.constant(Move.CLEAR_CONDITION)),
        Pair.of(3, Generate.constant(Move.RETURN_FOR_REWORK)),
        Pair.of(3, Generate.constant(Move.HOLD)),
        Pair.of(3, Generate.constant(Move.RESUME)),
        Pair.of(2, Generate.constant(Move.DROP)),
        Pair.of(2, Generate.constant(Move.REOPEN))));
    Gen<Integer> shortOrLongWait = Generate.frequency(Pair.of(3, Generate.range(1, 60 * 30)),
        Pair.of(2, Generate.range(60 * 30, 60 * 24 * 20)));
    List<Pair<Integer, Gen<Step>>> weighted = List.of(
        Pair.of(8, Generate.range(0, 3).zip(Generate.range(-1, 2), Generate.range(0, Cast.OPDS.size()),
            Generate.range(0, 15), Generate.range(0, 15),
            (r, p, o, c, t) -> (Step) new Step.Propose(r, p, o, c % 9, t % 8, c / 9 + t / 8 % 2))),
        Pair.of(40, moves.zip(target, Generate.frequency(Pair.of(6, Generate.constant(0)), Pair.of(2, Generate.range(1, 3))),
            (m, t, a) -> (Step) new Step.Change(m, t, a))),
        Pair.of(7, target.zip(Generate.range(0, 2), Generate.range(0, 8), seed,
            (t, e, v, s) -> (Step) new Step.Edit(t, e, v, s))),
        Pair.of(3, target.zip(Generate.range(0, 2), Generate.booleans(), (t, e, v) -> (Step) new Step.Attach(t, e, v))),
        Pair.of(1, target.zip(Generate.range(0, Cast.OPDS.size() - 1), (t, o) -> (Step) new Step.ChangeOpd(t, o))),
        Pair.of(1, target.map(t -> (Step) new Step.Migrate(t))),
        Pair.of(3, target.zip(Generate.frequency(Pair.of(4, Generate.range(0, 2)), Pair.of(1, Generate.constant(3)),
            Pair.of(1, Generate.constant(4))),
            Generate.frequency(Pair.of(1, Generate.constant(-1)), Pair.of(1, Generate.range(0, Cast.OPDS.size() - 1))),
            Generate.frequency(Pair.of(4, Generate.constant(false)), Pair.of(1, Generate.constant(true))),
            (t, p, o, h) -> (Step) new Step.HandOver(t, p, o, h))),
        Pair.of(11, target.zip(Generate.range(0, Cast.PANEL.size() - 1), Generate.pick(List.of(0, 1, 1, 2)),
            Generate.frequency(Pair.of(4, Generate.constant(0)), Pair.of(1, Generate.constant(1))), seed,
            (t, e, s, r, v) -> (Step) new Step.Score(t, e, s, r, v))),
        Pair.of(3, target.zip(Generate.range(0, Cast.PANEL.size() - 1), Generate.range(0, 2),
            Generate.enumValues(RawSheet.class), seed, (t, e, s, k, v) -> (Step) new Step.Raw(t, e, s, 0, k, v))),
        Pair.of(16, shortOrLongWait.map(m -> (Step) new Step.Wait(m))),
        Pair.of(2, Generate.frequency(Pair.of(2, Generate.constant(0)), Pair.of(1, Generate.range(1, 60 * 24 * 90)))
            .zip(Generate.range(0, 2), (m, edge) -> (Step) new Step.Report(m, edge))));
    return Generate.frequency(weighted);
  }
}
