package id.labinov.core.spi.contract;

import static id.labinov.core.spi.contract.ContractData.ADMIN;
import static id.labinov.core.spi.contract.ContractData.COACH;
import static id.labinov.core.spi.contract.ContractData.HEAD;
import static id.labinov.core.spi.contract.ContractData.INNOVATOR;
import static id.labinov.core.spi.contract.ContractData.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.core.Labinov;
import id.labinov.core.engine.BulkItem;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.Command;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.Request;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.error.LabinovException;
import id.labinov.core.event.Condition;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Transition;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Bulk commands are the single command path in chunks: a generated sequence of rounds against a
 * few innovations — bulk calls of every bulk form (advance, approve, attach evidence, update
 * details, execute any command) with chunks of 1 to 4 items, single commands and waits; items
 * with and without keys (reused, so replays and reused keys happen) and with current, stale or
 * future expected versions, some on an unknown innovation — is run on the store under test (bulk
 * rounds through the bulk calls) and on a reference in-memory store where every item of every
 * round is sent alone through the single command's call. Both facades share the clock's moves and
 * the id generator's seed, so equal decisions give equal events: after every round each item's
 * outcome (accepted with its events, refused with its verdict, conflict with its versions,
 * replayed with its first events, failed with its error) is the same, every innovation's state and
 * history are the same, and the history replays to the state. A subclass names the store and how
 * many sequences it runs.
 */
public abstract class BulkEquivalenceContract {
  private static final Instant T0 = Instant.parse("2024-03-04T02:00:00.123456Z");
  private static final int INNOVATIONS = 4;
  private static final List<Actor> ACTORS = List.of(INNOVATOR, HEAD, COACH, ADMIN,
      Actor.of("kadis-dishub", "DISHUB", Role.OPD_HEAD).in(LEBAK));
  private static final List<String> STAGES = List.of("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY");
  private static final List<String> KINDS = List.of("COMMITMENT_LETTER", "ACTION_PLAN", "PHOTO", "IMPLEMENTATION_REPORT");
  private static final List<Role> ROLES = List.of(Role.OPD_HEAD, Role.COACH, Role.LAB_ADMIN);
  private static final Rulebook RULEBOOK = Rulebooks.fiveD();

  /**
   * What a round does to each of its items; {@code PROGRESS} sends each innovation the next step a
   * lab would take (the missing evidence, approval or text of its stage, the advance, a resume or a
   * reopen), each with the actor who takes it, through {@code executeAll}.
   */
  private enum Op { ADVANCE, APPROVE, ATTACH, UPDATE, EXECUTE, PROGRESS }

  /**
   * One item of a round, as generated: which innovation ({@link #INNOVATIONS} is an unknown one),
   * which key (-1: none), which expected version (0 none, 1 current, 2 stale, 3 ahead), and a seed
   * for its argument.
   */
  private record Spec(int innovation, int key, int version, int seed) {
    @Override
    public String toString() {
      return "#" + innovation + (key < 0 ? "" : " key k" + key) + (version == 0 ? "" : " version "
          + List.of("", "current", "stale", "ahead").get(version)) + " seed " + seed;
    }
  }

  /**
   * A round: a bulk call or single commands of one operation, or days passing, or the items of the
   * round before sent again exactly (in bulk or one by one), so that keys meet their own requests.
   */
  private record Round(boolean bulk, Op op, int param, int actor, int chunkSize, List<Spec> items, int waitDays,
      boolean repeat) {
    @Override
    public String toString() {
      if (waitDays > 0) {
        return "Wait(" + waitDays + " days)";
      }
      if (repeat) {
        return "Repeat the round before " + (bulk ? "in bulk, chunks of " + chunkSize : "one by one");
      }
      return (bulk ? "Bulk" : "Single") + " " + op + "(" + param + ") by " + ACTORS.get(actor).personId().value()
          + (bulk ? " in chunks of " + chunkSize : "") + " " + items;
    }
  }

  /** One item resolved against the states before its round. */
  private record Concrete(InnovationRef ref, Options options, Object argument) {}

  /** What an item came to, comparable between the two runs. */
  private record Seen(BulkResult.Outcome outcome, List<InnovationEvent> events, Object detail) {}

  /**
   * Returns the innovation store under test (the same instance for the whole test).
   *
   * @return the store
   */
  protected abstract InnovationStore store();

  /**
   * Returns the query port on the same data.
   *
   * @return the query port
   */
  protected abstract InnovationQuery query();

  /**
   * Returns the rulebook store under test.
   *
   * @return the rulebook store
   */
  protected abstract RulebookStore rulebookStore();

  /**
   * Returns how many sequences to run.
   *
   * @return the number of generated sequences
   */
  protected abstract int examples();

  /**
   * Checks what the store keeps besides states and histories (e.g. a database's stay rows) after
   * a round; by default nothing.
   *
   * @param state an innovation's state after a round
   */
  protected void checkStored(InnovationState state) {}

  /** Outcomes of the tested store's items, counted over all sequences. */
  private final Map<BulkResult.Outcome, AtomicInteger> outcomes = new EnumMap<>(BulkResult.Outcome.class);
  /** Stages the innovations ended in, counted over all sequences. */
  private final Map<String, AtomicInteger> stages = new java.util.TreeMap<>();

  @Test
  void bulkCommandsEndAsTheSameCommandsSentOneByOne() {
    AtomicInteger example = new AtomicInteger();
    AtomicInteger bulkCalls = new AtomicInteger();
    qt().withExamples(examples()).withShrinkCycles(examples() >= 50 ? 100 : 10)
        .forAll(lists().of(rounds()).ofSizeBetween(1, 25))
        .describedAs(rs -> rs.stream().map(String::valueOf).collect(Collectors.joining("\n  ", "\n  ", "")))
        .checkAssert(rs -> run(example.incrementAndGet(), rs, bulkCalls));

    String report = "over " + example + " sequences, " + bulkCalls + " bulk calls: " + outcomes + "; final stages "
        + stages;
    System.out.println(getClass().getSimpleName() + " " + report);
    assertThat(outcomes.keySet()).as(report).contains(BulkResult.Outcome.ACCEPTED, BulkResult.Outcome.REFUSED);
    if (examples() >= 50) {
      assertThat(outcomes.keySet()).as(report).containsExactlyInAnyOrder(BulkResult.Outcome.values());
      assertThat(stages.keySet()).as(report).contains("DRUM_UP", "DIAGNOSE");
    }
  }

  private static Gen<Round> rounds() {
    Gen<Spec> spec = Generate.frequency(List.of(Pair.of(9, Generate.range(0, INNOVATIONS - 1)),
        Pair.of(1, Generate.constant(INNOVATIONS))))
        .zip(Generate.frequency(List.of(Pair.of(3, Generate.constant(-1)), Pair.of(2, Generate.range(0, 4)))),
            Generate.frequency(List.of(Pair.of(5, Generate.constant(0)), Pair.of(2, Generate.constant(1)),
                Pair.of(1, Generate.constant(2)), Pair.of(1, Generate.constant(3)))),
            Generate.range(0, 999), Spec::new);
    Gen<Op> ops = Generate.frequency(List.of(Pair.of(3, Generate.constant(Op.ADVANCE)),
        Pair.of(3, Generate.constant(Op.APPROVE)), Pair.of(3, Generate.constant(Op.ATTACH)),
        Pair.of(2, Generate.constant(Op.UPDATE)), Pair.of(3, Generate.constant(Op.EXECUTE)),
        Pair.of(12, Generate.constant(Op.PROGRESS))));
    Gen<Integer> actors = Generate.range(0, ACTORS.size() - 1);
    Gen<Round> bulk = ops.zip(Generate.range(0, 99), actors, Generate.range(1, 4), (op, p, a, c) -> new Object[] {op, p, a, c})
        .zip(lists().of(spec).ofSizeBetween(1, 6), (x, items) -> new Round(true, (Op) x[0], (Integer) x[1],
            (Integer) x[2], (Integer) x[3], items, 0, false));
    Gen<Round> single = ops.zip(Generate.range(0, 99), actors, spec,
        (op, p, a, s) -> new Round(false, op, p, a, 1, List.of(s), 0, false));
    Gen<Round> wait = Generate.range(1, 20).map(d -> new Round(false, Op.ADVANCE, 0, 0, 1, List.of(), d, false));
    Gen<Round> repeat = Generate.booleans().zip(Generate.range(1, 4),
        (b, c) -> new Round(b, Op.ADVANCE, 0, 0, c, List.of(), 0, true));
    return Generate.frequency(List.of(Pair.of(6, bulk), Pair.of(4, single), Pair.of(1, wait), Pair.of(2, repeat)));
  }

  private void run(int example, List<Round> rounds, AtomicInteger bulkCalls) {
    SteppingClock testedClock = new SteppingClock(T0);
    SteppingClock referenceClock = new SteppingClock(T0);
    Labinov tested = Labinov.builder().clock(testedClock).ids(IdGenerator.from(new Random(example)))
        .innovationStore(store()).query(query()).rulebookStore(rulebookStore()).rulebook(RULEBOOK).build();
    InMemoryInnovationStore referenceStore = new InMemoryInnovationStore();
    Labinov reference = Labinov.builder().clock(referenceClock).ids(IdGenerator.from(new Random(example)))
        .innovationStore(referenceStore).rulebookStore(new InMemoryRulebookStore()).rulebook(RULEBOOK).build();
    List<InnovationRef> refs = new ArrayList<>();
    for (int i = 0; i < INNOVATIONS; i++) {
      InnovationDetails d = ContractData.details().withTitle("Inovasi " + example + "-" + i);
      InnovationRef a = tested.innovations().propose(LEBAK, INNOVATOR, d).orThrow().ref();
      InnovationRef b = reference.innovations().propose(LEBAK, INNOVATOR, d).orThrow().ref();
      assertThat(a).isEqualTo(b);
      refs.add(a);
    }
    refs.add(new InnovationRef(LEBAK, InnovationId.parse(new UUID(example, 7).toString())));
    Round last = null;
    List<Concrete> lastItems = List.of();
    for (int n = 0; n < rounds.size(); n++) {
      Round round = rounds.get(n);
      String where = "round " + (n + 1) + " " + round + " of sequence " + example;
      if (round.waitDays() > 0) {
        testedClock.advanceDays(round.waitDays());
        referenceClock.advanceDays(round.waitDays());
        continue;
      }
      List<Concrete> items = new ArrayList<>();
      if (round.repeat()) {
        if (last == null) {
          continue;
        }
        round = new Round(round.bulk(), last.op(), last.param(), last.actor(), round.chunkSize(), last.items(), 0, true);
        items.addAll(lastItems);
      } else {
        for (Spec s : round.items()) {
          items.add(resolve(example, round, s, refs.get(s.innovation()), reference));
        }
      }
      last = round;
      lastItems = items;
      List<Seen> expected = new ArrayList<>();
      for (Concrete c : items) {
        expected.add(single(reference, round, c));
      }
      List<Seen> actual = new ArrayList<>();
      if (round.bulk()) {
        bulkCalls.incrementAndGet();
        actual = bulk(tested, round, items).stream().map(BulkEquivalenceContract::seen).toList();
      } else {
        for (Concrete c : items) {
          actual.add(single(tested, round, c));
        }
      }
      assertThat(actual).as("outcomes of " + where).isEqualTo(expected);
      actual.forEach(s -> outcomes.computeIfAbsent(s.outcome(), k -> new AtomicInteger()).incrementAndGet());
      for (InnovationRef ref : refs.subList(0, INNOVATIONS)) {
        InnovationState state = tested.innovations().get(ref);
        List<InnovationEvent> history = tested.innovations().history(ref);
        assertThat(state).as("state of " + ref + " after " + where).isEqualTo(reference.innovations().get(ref));
        assertThat(history).as("history of " + ref + " after " + where).isEqualTo(reference.innovations().history(ref));
        assertThat(Decider.replay(history)).as("replay of " + ref + " after " + where).isEqualTo(state);
        checkStored(state);
      }
    }
    for (InnovationRef ref : refs.subList(0, INNOVATIONS)) {
      stages.computeIfAbsent(tested.innovations().get(ref).stage(), k -> new AtomicInteger()).incrementAndGet();
    }
  }

  /** Resolves an item against the reference's states before the round. */
  private static Concrete resolve(int example, Round round, Spec s, InnovationRef ref, Labinov reference) {
    InnovationState state = reference.innovations().find(ref).orElse(null);
    long version = state == null ? 0 : state.version();
    Options options = Options.none();
    if (s.key() >= 0) {
      options = options.withIdempotencyKey("e" + example + "-k" + s.key());
    }
    if (s.version() > 0) {
      options = options.expectingVersion(Math.max(0, version + List.of(0, 0, -1, 1).get(s.version())));
    }
    Object argument = switch (round.op()) {
      case ATTACH -> ContractData.evidence(KINDS.get(s.seed() % KINDS.size()), "berkas-" + s.seed() % 3 + ".pdf");
      case UPDATE -> edit(state == null ? ContractData.details() : state.details(), s.seed());
      case EXECUTE -> command(state, s.seed());
      case PROGRESS -> progress(state, ref, s.seed());
      default -> null;
    };
    return new Concrete(ref, options, argument);
  }

  /** The next step a lab takes with an innovation in its state: who does it, and what. */
  private static Request progress(InnovationState state, InnovationRef ref, int seed) {
    if (state == null) {
      return Request.of(ref, INNOVATOR, new Command.Resume(null));
    }
    switch (state.status()) {
      case ON_HOLD -> {
        return Request.of(ref, ADMIN, new Command.Resume(null));
      }
      case DROPPED -> {
        return Request.of(ref, ADMIN, new Command.Reopen("dilanjutkan"));
      }
      default -> { }
    }
    InnovationDetails d = state.details();
    Set<String> kinds = state.evidence().stream().map(e -> e.kind().code()).collect(Collectors.toSet());
    Set<Role> approved = state.approvals().stream().map(a -> a.role()).collect(Collectors.toSet());
    Command step = switch (state.stage()) {
      case "DRUM_UP" -> !kinds.contains("COMMITMENT_LETTER") ? attach("COMMITMENT_LETTER")
          : !approved.contains(Role.OPD_HEAD) ? new Command.Approve(Role.OPD_HEAD, null) : null;
      case "DIAGNOSE" -> d.texts().containsKey(InnovationDetails.PROBLEM) && d.texts().containsKey(InnovationDetails.IDEA_SUMMARY)
          ? null : new Command.UpdateDetails(d.withText(InnovationDetails.PROBLEM, ContractData.words(25))
              .withText(InnovationDetails.IDEA_SUMMARY, "Jadwal posyandu lewat WhatsApp."));
      case "DESIGN" -> !d.texts().containsKey(InnovationDetails.DESIGN_NARRATIVE)
          ? new Command.UpdateDetails(d.withText(InnovationDetails.DESIGN_NARRATIVE, ContractData.words(300))
              .withText(InnovationDetails.GOALS, "Cakupan naik.").withText(InnovationDetails.BENEFITS, "Ibu terlayani."))
          : !kinds.contains("ACTION_PLAN") ? attach("ACTION_PLAN")
          : !approved.contains(Role.OPD_HEAD) ? new Command.Approve(Role.OPD_HEAD, null)
          : !approved.contains(Role.COACH) ? new Command.Approve(Role.COACH, null) : null;
      case "DELIVER" -> !kinds.contains("IMPLEMENTATION_REPORT") ? attach("IMPLEMENTATION_REPORT")
          : !kinds.contains("PHOTO") ? attach("PHOTO")
          : !d.texts().containsKey(InnovationDetails.RESULTS)
              ? new Command.UpdateDetails(d.withText(InnovationDetails.RESULTS, "Seribu ibu terdaftar."))
          : !approved.contains(Role.OPD_HEAD) ? new Command.Approve(Role.OPD_HEAD, null) : null;
      default -> new Command.Hold("pameran selesai");
    };
    if (step == null) {
      Transition next = RULEBOOK.transitionsFrom(state.stage()).stream()
          .filter(t -> t.kind() == id.labinov.core.rules.TransitionKind.ADVANCE).findFirst().orElseThrow();
      step = new Command.Advance(next.id(), List.of());
    }
    Actor actor = step instanceof Command.Approve a ? (a.role() == Role.COACH ? COACH : HEAD)
        : step instanceof Command.Advance ? (seed % 2 == 0 ? ADMIN : COACH) : step instanceof Command.Hold ? ADMIN
        : INNOVATOR;
    return Request.of(ref, actor, step);
  }

  private static Command attach(String kind) {
    return new Command.AttachEvidence(ContractData.evidence(kind, kind.toLowerCase(java.util.Locale.ROOT) + ".pdf"));
  }

  private static InnovationDetails edit(InnovationDetails d, int seed) {
    return switch (seed % 5) {
      case 0 -> d.withText(InnovationDetails.PROBLEM, ContractData.words(seed % 2 == 0 ? 25 : 5));
      case 1 -> d.withText(InnovationDetails.IDEA_SUMMARY, "Jadwal posyandu lewat WhatsApp " + seed % 3 + ".");
      case 2 -> d.withText(InnovationDetails.DESIGN_NARRATIVE, ContractData.words(seed % 2 == 0 ? 300 : 40));
      case 3 -> d.withThemes(seed % 2 == 0 ? Set.of(Theme.of("STUNTING")) : Set.of());
      default -> d.withText(InnovationDetails.RESULTS, "Hasil " + seed % 4);
    };
  }

  private static Command command(InnovationState state, int seed) {
    List<Transition> moves = RULEBOOK.transitions().stream().filter(t -> t.kind().movesStage()).toList();
    return switch (seed % 7) {
      case 0 -> new Command.Hold("menunggu anggaran");
      case 1 -> new Command.Resume(null);
      case 2 -> new Command.Drop("tidak dilanjutkan");
      case 3 -> new Command.Reopen("dilanjutkan");
      case 4 -> {
        List<Condition> open = state == null ? List.of() : state.openConditions();
        yield new Command.ClearCondition(open.isEmpty() ? "c999-1" : open.get(0).id(), "sudah");
      }
      default -> {
        Transition t = moves.get((seed / 7) % moves.size());
        yield switch (t.kind()) {
          case RETURN_FOR_REWORK -> new Command.ReturnForRework(t.id(), "perbaiki");
          case CONDITIONAL_ADVANCE -> new Command.Advance(t.id(), List.of("SK kepala dinas"));
          default -> new Command.Advance(t.id(), List.of());
        };
      }
    };
  }

  /** Sends one item through the single command's call. */
  private static Seen single(Labinov lab, Round round, Concrete c) {
    Actor actor = ACTORS.get(round.actor());
    try {
      CommandResult r = switch (round.op()) {
        case ADVANCE -> lab.innovations().advance(c.ref(), actor, STAGES.get(round.param() % STAGES.size()), c.options());
        case APPROVE -> lab.innovations().approve(c.ref(), actor, ROLES.get(round.param() % ROLES.size()), null,
            c.options());
        case ATTACH -> lab.innovations().attachEvidence(c.ref(), actor, (EvidenceRef) c.argument(), c.options());
        case UPDATE -> lab.innovations().updateDetails(c.ref(), actor, (InnovationDetails) c.argument(), c.options());
        case EXECUTE -> lab.innovations().execute(new Request(c.ref(), actor, (Command) c.argument(),
            c.options().idempotencyKey(), c.options().expectedVersion()));
        case PROGRESS -> lab.innovations().execute(withOptions((Request) c.argument(), c.options()));
      };
      return seen(new BulkResult(c.ref(), r, null));
    } catch (LabinovException e) {
      return seen(new BulkResult(c.ref(), null, e));
    }
  }

  /** Sends a round's items through the bulk call of its operation. */
  @SuppressWarnings("unchecked")
  private static List<BulkResult> bulk(Labinov lab, Round round, List<Concrete> items) {
    Actor actor = ACTORS.get(round.actor());
    BulkOptions options = BulkOptions.defaults().withChunkSize(round.chunkSize());
    return switch (round.op()) {
      case ADVANCE -> lab.innovations().advanceAll(items(items, null), actor, STAGES.get(round.param() % STAGES.size()),
          options);
      case APPROVE -> lab.innovations().approveAll(items(items, null), actor, ROLES.get(round.param() % ROLES.size()),
          null, options);
      case ATTACH -> lab.innovations().attachEvidenceAll((List<BulkItem<EvidenceRef>>) (List<?>) items(items, ""),
          actor, options);
      case UPDATE -> lab.innovations().updateDetailsAll((List<BulkItem<InnovationDetails>>) (List<?>) items(items, ""),
          actor, options);
      case EXECUTE -> lab.innovations().executeAll(items.stream().map(c -> new Request(c.ref(), actor,
          (Command) c.argument(), c.options().idempotencyKey(), c.options().expectedVersion())).toList(), options);
      case PROGRESS -> lab.innovations().executeAll(items.stream()
          .map(c -> withOptions((Request) c.argument(), c.options())).toList(), options);
    };
  }

  private static Request withOptions(Request r, Options o) {
    return new Request(r.target(), r.actor(), r.command(), o.idempotencyKey(), o.expectedVersion());
  }

  /** The items as bulk items, with their arguments unless {@code withArgument} is {@code null}. */
  private static List<BulkItem<Object>> items(List<Concrete> items, Object withArgument) {
    List<BulkItem<Object>> out = new ArrayList<>();
    for (Concrete c : items) {
      out.add(new BulkItem<>(c.ref(), withArgument == null ? null : c.argument(), c.options().expectedVersion(),
          c.options().idempotencyKey()));
    }
    return out;
  }

  private static Seen seen(BulkResult r) {
    Object detail = switch (r.outcome()) {
      case REFUSED -> r.result().verdict();
      case CONFLICT -> {
        VersionConflictException e = (VersionConflictException) r.error();
        yield List.of(e.expected(), e.actual());
      }
      case FAILED -> r.error().code();
      default -> r.result().state();
    };
    return new Seen(r.outcome(), r.result() == null ? List.of() : r.result().events(), detail);
  }
}
