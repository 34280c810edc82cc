package id.labinov.core.properties;

import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.core.model.Role;
import id.labinov.core.rules.Rulebooks;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of steps and command sequences, weighted toward what a lab does most. */
final class Steps {
  /** The narrative texts and other fields the 5D gates read, plus the typed fields. */
  static final List<String> FIELDS = List.of("problem", "ideaSummary", "designNarrative", "goals", "benefits",
      "results", "title", "opd", "themes");
  /** Evidence kinds the 5D gates use, plus two they do not. */
  static final List<String> KINDS = List.of("COMMITMENT_LETTER", "ACTION_PLAN", "IMPLEMENTATION_REPORT", "PHOTO",
      "DECREE", "VIDEO");
  static final List<String> STAGES = List.of("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY");

  private Steps() {}

  static Gen<Integer> actors() {
    return Generate.range(0, Cast.ALL.size() - 1);
  }

  /** Short texts mostly, and narratives of 280-420 words (around the 300-word design gate). */
  static Gen<Integer> wordCounts() {
    return Generate.frequency(Pair.of(3, Generate.range(0, 30)), Pair.of(2, Generate.range(280, 420)));
  }

  static Gen<Step> steps() {
    Gen<Integer> seeds = Generate.range(0, 999);
    Gen<String> stages = Generate.pick(STAGES);
    int transitions = Rulebooks.fiveD().transitions().size();
    List<Pair<Integer, Gen<Step>>> weighted = List.of(
        Pair.of(34, actors().zip(seeds, (a, p) -> (Step) new Step.Progress(a, p))),
        Pair.of(10, actors().zip(Generate.pick(FIELDS), wordCounts(), seeds, (a, f, w, s) -> (Step) new Step.Edit(a, f, w, s))),
        Pair.of(8, actors().zip(Generate.pick(KINDS), Generate.range(0, 3), (a, k, f) -> (Step) new Step.Attach(a, k, f))),
        Pair.of(8, actors().zip(Generate.enumValues(Role.class), (a, r) -> (Step) new Step.Approve(a, r))),
        Pair.of(6, actors().map(a -> (Step) new Step.AdvanceNext(a))),
        Pair.of(3, actors().zip(stages, (a, s) -> (Step) new Step.AdvanceTo(a, s))),
        Pair.of(3, actors().zip(stages, Generate.range(0, 2), (a, s, n) -> (Step) new Step.AdvanceConditionally(a, s, n))),
        Pair.of(3, actors().zip(Generate.range(0, transitions - 1), Generate.range(0, 1), (a, t, n) -> (Step) new Step.Via(a, t, n))),
        Pair.of(3, actors().zip(Generate.range(-1, 2), (a, p) -> (Step) new Step.Clear(a, p))),
        Pair.of(2, actors().zip(stages, (a, s) -> (Step) new Step.Return(a, s))),
        Pair.of(2, actors().map(a -> (Step) new Step.Hold(a))),
        Pair.of(3, actors().map(a -> (Step) new Step.Resume(a))),
        Pair.of(1, actors().map(a -> (Step) new Step.Drop(a))),
        Pair.of(2, actors().map(a -> (Step) new Step.Reopen(a))),
        Pair.of(3, Generate.range(1, 40).map(d -> (Step) new Step.Wait(d))));
    return Generate.frequency(weighted);
  }

  /**
   * Returns sequences that mostly make progress, with holds, drops and waits between: they reach
   * every stage and status often, to probe gates in all of them.
   *
   * @param maxLength the longest sequence
   * @return the generator
   */
  static Gen<List<Step>> progressing(int maxLength) {
    Gen<Step> step = Generate.frequency(List.of(
        Pair.of(12, actors().zip(Generate.range(0, 999), (a, p) -> (Step) new Step.Progress(a, p))),
        Pair.of(1, Generate.constant((Step) new Step.Hold(3))),
        Pair.of(1, Generate.constant((Step) new Step.Drop(3))),
        Pair.of(1, Generate.range(1, 40).map(d -> (Step) new Step.Wait(d)))));
    return lists().of(step).ofSizeBetween(0, maxLength);
  }

  /**
   * Returns command sequences of 1 to {@code maxLength} steps.
   *
   * @param maxLength the longest sequence
   * @return the generator
   */
  static Gen<List<Step>> sequences(int maxLength) {
    return lists().of(steps()).ofSizeBetween(1, maxLength);
  }

  /**
   * Renders a sequence one numbered step a line, for failure messages.
   *
   * @param steps the sequence
   * @return the text
   */
  static String render(List<Step> steps) {
    StringBuilder sb = new StringBuilder("\n");
    for (int i = 0; i < steps.size(); i++) {
      sb.append(String.format("  %2d. %s%n", i + 1, steps.get(i)));
    }
    return sb.toString();
  }

  static String renderAll(List<?> items) {
    return items.stream().map(String::valueOf).collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
