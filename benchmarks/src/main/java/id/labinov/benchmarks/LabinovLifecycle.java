package id.labinov.benchmarks;

import id.labinov.core.Labinov;
import id.labinov.core.engine.Command;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.Decision;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.Request;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.RuleTypes;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The lifecycle in labinov: on the pure decision path ({@link Decider#decide} on values, events
 * kept in a list) and through the {@link Labinov} facade on any store.
 */
public final class LabinovLifecycle {
  /** The benchmark rulebook: exactly the four guards, built-in rule types only. */
  public static final Rulebook RULEBOOK =
      Rulebooks.fromResource("/id/labinov/benchmarks/one-lifecycle.json", RuleTypes.builtIn());
  /** Kabupaten Lebak. */
  public static final RegionCode REGION = RegionCode.parse("36.02");
  /** The innovator who does every step, working in Lebak (the services act only within an actor's scope). */
  public static final Actor INNOVATOR = Actor.of("asn-dinkes-017", OneLifecycle.OPD, Role.INNOVATOR).in(REGION);
  /** The lab administrator of Lebak, who imports and proposes for every OPD (the scale suites). */
  public static final Actor ADMIN = Actor.of("admin-bappeda-01", "BAPPEDA", Role.LAB_ADMIN).in(REGION);
  /** What is proposed: everything but the idea summary. */
  public static final InnovationDetails PROPOSED = InnovationDetails.titled(OneLifecycle.TITLE)
      .withOpd(OpdCode.of(OneLifecycle.OPD))
      .withText(InnovationDetails.PROBLEM, OneLifecycle.PROBLEM)
      .withText(OneLifecycle.DESIGN_REFERENCE_FIELD, OneLifecycle.DESIGN_REFERENCE)
      .withText(OneLifecycle.DELIVERY_EVIDENCE_FIELD, OneLifecycle.DELIVERY_EVIDENCE);
  /** The same with the idea summary filled. */
  public static final InnovationDetails FILLED = PROPOSED.withText(InnovationDetails.IDEA_SUMMARY, OneLifecycle.IDEA_SUMMARY);

  private static final Command PROPOSE = new Command.Propose(PROPOSED, null);
  private static final Command FILL = new Command.UpdateDetails(FILLED);
  private static final Command TO_DIAGNOSE = new Command.Advance("to-diagnose", List.of());
  private static final Command TO_DESIGN = new Command.Advance("to-design", List.of());
  private static final Command TO_DELIVER = new Command.Advance("to-deliver", List.of());
  private static final Command TO_DISPLAY = new Command.Advance("to-display", List.of());

  private LabinovLifecycle() {}

  /**
   * Makes ids from a seeded generator (one per thread).
   *
   * @param seed the seed
   * @return the generator
   */
  public static IdGenerator ids(long seed) {
    return IdGenerator.seeded(seed);
  }

  /**
   * Runs one lifecycle on the pure decision path: {@code decide} for each command (the refusal
   * included), the next state from the decision ({@code evolve} inside it), events kept in a list.
   *
   * @param now the time of every command
   * @param zone the region's zone
   * @param ids makes ids
   * @return the recorded events and the refusal's verdict
   */
  public static Outcome decide(Instant now, ZoneId zone, IdGenerator ids) {
    RuleContext context = RuleContext.of(now, zone);
    InnovationRef ref = new InnovationRef(REGION, ids.newInnovationId(now));
    List<InnovationEvent> recorded = new ArrayList<>(OneLifecycle.RECORDED_MOVES);
    InnovationState s = step(null, ref, PROPOSE, context, ids, recorded);
    s = step(s, ref, TO_DIAGNOSE, context, ids, recorded);
    Decision refused = Decider.decide(s, Request.of(ref, INNOVATOR, TO_DESIGN), RULEBOOK, context, ids);
    s = step(s, ref, FILL, context, ids, recorded);
    s = step(s, ref, TO_DESIGN, context, ids, recorded);
    s = step(s, ref, TO_DELIVER, context, ids, recorded);
    s = step(s, ref, TO_DISPLAY, context, ids, recorded);
    return new Outcome(recorded, refused.verdict(), s);
  }

  private static InnovationState step(InnovationState s, InnovationRef ref, Command c, RuleContext context,
      IdGenerator ids, List<InnovationEvent> recorded) {
    Decision d = Decider.decide(s, Request.of(ref, INNOVATOR, c), RULEBOOK, context, ids);
    if (!d.accepted()) {
      throw new IllegalStateException(c + " refused: " + d.verdict().codes());
    }
    record(d.events(), recorded);
    return d.state();
  }

  /**
   * Runs one lifecycle through the facade (load, decide, append with the expected version, for
   * each command), recording in the facade's store.
   *
   * @param lab the facade
   * @return the events appended and the refusal's verdict
   */
  public static Outcome facade(Labinov lab) {
    return facade(lab, REGION);
  }

  /**
   * Runs one lifecycle through the facade in a given region (the concurrency suite gives each thread
   * a region of its own to show that writers of different regions do not wait on each other).
   *
   * @param lab the facade
   * @param region the region of the new innovation
   * @return the events appended and the refusal's verdict
   */
  public static Outcome facade(Labinov lab, RegionCode region) {
    Actor innovator = region.equals(REGION) ? INNOVATOR : INNOVATOR.in(region);
    List<InnovationEvent> recorded = new ArrayList<>(OneLifecycle.RECORDED_MOVES);
    InnovationRef ref = accepted(lab.innovations().propose(region, innovator, PROPOSED, null, Options.none()), recorded).ref();
    accepted(lab.innovations().advance(ref, innovator, "DIAGNOSE", Options.none()), recorded);
    CommandResult refused = lab.innovations().advance(ref, innovator, "DESIGN", Options.none());
    accepted(lab.innovations().updateDetails(ref, innovator, FILLED, Options.none()), recorded);
    accepted(lab.innovations().advance(ref, innovator, "DESIGN", Options.none()), recorded);
    accepted(lab.innovations().advance(ref, innovator, "DELIVER", Options.none()), recorded);
    CommandResult last = accepted(lab.innovations().advance(ref, innovator, "DISPLAY", Options.none()), recorded);
    return new Outcome(recorded, refused.verdict(), last.state());
  }

  /**
   * Diagnostic variant of {@link #facade}: the same commands through {@link Labinov#execute} with the
   * transition named, which skips the extra state load that {@code advance} makes to find the
   * transition. Used only to measure that load; the headline figures use {@link #facade}.
   *
   * @param lab the facade
   * @return the events appended and the refusal's verdict
   */
  public static Outcome facadeExecute(Labinov lab) {
    List<InnovationEvent> recorded = new ArrayList<>(OneLifecycle.RECORDED_MOVES);
    InnovationRef ref = accepted(lab.innovations().propose(REGION, INNOVATOR, PROPOSED, null, Options.none()), recorded).ref();
    accepted(lab.innovations().execute(Request.of(ref, INNOVATOR, TO_DIAGNOSE)), recorded);
    CommandResult refused = lab.innovations().execute(Request.of(ref, INNOVATOR, TO_DESIGN));
    accepted(lab.innovations().execute(Request.of(ref, INNOVATOR, FILL)), recorded);
    accepted(lab.innovations().execute(Request.of(ref, INNOVATOR, TO_DESIGN)), recorded);
    accepted(lab.innovations().execute(Request.of(ref, INNOVATOR, TO_DELIVER)), recorded);
    CommandResult last = accepted(lab.innovations().execute(Request.of(ref, INNOVATOR, TO_DISPLAY)), recorded);
    return new Outcome(recorded, refused.verdict(), last.state());
  }

  private static CommandResult accepted(CommandResult r, List<InnovationEvent> recorded) {
    if (!r.accepted()) {
      throw new IllegalStateException("refused: " + r.verdict().codes());
    }
    record(r.events(), recorded);
    return r;
  }

  /**
   * Keeps the events of one command, as the peers keep their records: one by one ({@code addAll}
   * would first copy the list into an array, work no peer does).
   */
  private static void record(List<InnovationEvent> events, List<InnovationEvent> recorded) {
    for (int i = 0; i < events.size(); i++) {
      recorded.add(events.get(i));
    }
  }

  /**
   * What a labinov lifecycle returns.
   *
   * @param recorded the events recorded
   * @param refusal the verdict of the refused advance
   * @param state the final state
   */
  public record Outcome(List<InnovationEvent> recorded, Verdict refusal, InnovationState state) {
    /**
     * Checks that the work was done: six events, the refusal naming only the idea summary, DISPLAY.
     *
     * @param peer the name to report
     * @return this
     */
    public Outcome verify(String peer) {
      List<String> verdict = new ArrayList<>();
      for (Violation v : refusal.violations()) {
        verdict.add(v.code().equals("FIELD_REQUIRED") && v.arguments().contains("ideaSummary") ? "ideaSummary" : v.code());
      }
      OneLifecycle.verify(peer, recorded.size(), verdict);
      if (!state.stage().equals("DISPLAY")) {
        throw new IllegalStateException(peer + ": ended in " + state.stage());
      }
      return this;
    }
  }
}
