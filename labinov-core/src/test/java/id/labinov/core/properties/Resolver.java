package id.labinov.core.properties;

import id.labinov.core.engine.Command;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.Condition;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.contract.ContractData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** Turns generated steps into actions against the current state. */
final class Resolver {
  private Resolver() {}

  /**
   * Resolves a step.
   *
   * @param step the step
   * @param state the current state
   * @param rulebook the innovation's rulebook
   * @param check the model's own check: (actor, transition id) to verdict
   * @return the action
   */
  static Action resolve(Step step, InnovationState state, Rulebook rulebook, BiFunction<Actor, String, Verdict> check) {
    if (step instanceof Step.Edit e) {
      return new Action.Send(Cast.get(e.actor()), new Command.UpdateDetails(edit(state.details(), e)));
    } else if (step instanceof Step.Attach a) {
      return new Action.Send(Cast.get(a.actor()),
          new Command.AttachEvidence(ContractData.evidence(a.kind(), "berkas-" + a.file() + ".pdf")));
    } else if (step instanceof Step.Approve a) {
      return new Action.Send(Cast.get(a.actor()), new Command.Approve(a.role(), a.actor() % 2 == 0 ? null : "setuju"));
    } else if (step instanceof Step.AdvanceNext a) {
      String next = rulebook.stages().stream().filter(s -> s.order() > rulebook.getStage(state.stage()).order())
          .map(Stage::code).findFirst().orElse(state.stage());
      return new Action.Move(Cast.get(a.actor()), TransitionKind.ADVANCE, next, List.of(), null);
    } else if (step instanceof Step.AdvanceTo a) {
      return new Action.Move(Cast.get(a.actor()), TransitionKind.ADVANCE, a.stage(), List.of(), null);
    } else if (step instanceof Step.AdvanceConditionally a) {
      return new Action.Move(Cast.get(a.actor()), TransitionKind.CONDITIONAL_ADVANCE, a.stage(), conditions(a.conditions()), null);
    } else if (step instanceof Step.Via v) {
      Transition t = rulebook.transitions().get(Math.floorMod(v.transition(), rulebook.transitions().size()));
      return new Action.Send(Cast.get(v.actor()), via(t, v.conditions()));
    } else if (step instanceof Step.Clear c) {
      List<Condition> open = state.openConditions();
      String id = c.pick() < 0 || open.isEmpty() ? "c999-1" : open.get(c.pick() % open.size()).id();
      return new Action.Send(Cast.get(c.actor()), new Command.ClearCondition(id, "sudah dipenuhi"));
    } else if (step instanceof Step.Return r) {
      return new Action.Move(Cast.get(r.actor()), TransitionKind.RETURN_FOR_REWORK, r.stage(), List.of(), "perlu perbaikan");
    } else if (step instanceof Step.Hold h) {
      return new Action.Send(Cast.get(h.actor()), new Command.Hold("menunggu anggaran"));
    } else if (step instanceof Step.Resume r) {
      return new Action.Send(Cast.get(r.actor()), new Command.Resume(null));
    } else if (step instanceof Step.Drop d) {
      return new Action.Send(Cast.get(d.actor()), new Command.Drop("tidak dilanjutkan"));
    } else if (step instanceof Step.Reopen r) {
      return new Action.Send(Cast.get(r.actor()), new Command.Reopen("dilanjutkan kembali"));
    } else if (step instanceof Step.Wait w) {
      return new Action.Wait(w.days());
    } else if (step instanceof Step.Progress p) {
      return progress(p, state, rulebook, check);
    }
    throw new IllegalArgumentException("unknown step " + step);
  }

  static List<String> conditions(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i == 0 ? "SK kepala dinas terbit" : "anggaran tahap " + (i + 1) + " tersedia");
    }
    return out;
  }

  private static Command via(Transition t, int conditions) {
    return switch (t.kind()) {
      case ADVANCE, CONDITIONAL_ADVANCE -> new Command.Advance(t.id(), conditions(conditions));
      case RETURN_FOR_REWORK -> new Command.ReturnForRework(t.id(), "perlu perbaikan");
      case HOLD -> new Command.Hold("menunggu anggaran");
      case RESUME -> new Command.Resume("lanjut");
      case DROP -> new Command.Drop("tidak dilanjutkan");
      case REOPEN -> new Command.Reopen("dilanjutkan kembali");
      case CLEAR_CONDITION -> new Command.ClearCondition("c1-1", null);
    };
  }

  private static InnovationDetails edit(InnovationDetails d, Step.Edit e) {
    return switch (e.field()) {
      case "title" -> d.withTitle("Inovasi " + Texts.words(Math.min(e.words(), 12) + 1, e.seed()));
      case "opd" -> d.withOpd(e.seed() % 3 == 0 ? OpdCode.of("DISHUB") : OpdCode.of("DINKES"));
      case "themes" -> d.withThemes(e.seed() % 2 == 0 ? Set.of() : Set.of(Theme.of("KOTA_LAYAK_ANAK")));
      default -> d.withText(e.field(), Texts.words(e.words(), e.seed()));
    };
  }

  /** The likely next command: resume or reopen, else fix one unmet requirement of the next advance, else advance. */
  private static Action progress(Step.Progress p, InnovationState s, Rulebook rulebook,
      BiFunction<Actor, String, Verdict> check) {
    if (s.status() == InnovationStatus.ON_HOLD) {
      return new Action.Send(p.pick() % 2 == 0 ? Cast.HEAD : Cast.ADMIN, new Command.Resume(null));
    }
    if (s.status() == InnovationStatus.DROPPED) {
      return new Action.Send(Cast.ADMIN, new Command.Reopen("dilanjutkan kembali"));
    }
    List<Transition> forward = rulebook.transitionsFrom(s.stage()).stream()
        .filter(t -> t.kind() == TransitionKind.ADVANCE || t.kind() == TransitionKind.CONDITIONAL_ADVANCE).toList();
    if (forward.isEmpty()) {
      return new Action.Nothing("no advance from " + s.stage());
    }
    Transition t = forward.get(Math.floorMod(p.pick(), forward.size()));
    List<Violation> missing = check.apply(Cast.ADMIN, t.id()).refusals();
    if (missing.isEmpty()) {
      Actor actor = List.of(Cast.get(p.actor()), Cast.INNOVATOR, Cast.COACH, Cast.ADMIN).stream()
          .filter(a -> check.apply(a, t.id()).allowed()).findFirst().orElse(Cast.ADMIN);
      return new Action.Move(actor, t.kind(), t.to(),
          t.kind() == TransitionKind.CONDITIONAL_ADVANCE ? conditions(1 + p.pick() % 2) : List.of(), null);
    }
    Violation v = missing.get(Math.floorMod(p.pick(), missing.size()));
    Object arg = v.arguments().isEmpty() ? "" : v.arguments().get(0);
    switch (v.code()) {
      case "FIELD_REQUIRED", "FIELD_TOO_SHORT" -> {
        String field = String.valueOf(arg);
        InnovationDetails d = field.equals("opd") ? s.details().withOpd(OpdCode.of("DINKES"))
            : s.details().withText(field, Texts.words((field.equals("designNarrative") ? 300 : 20) + p.pick() % 60, p.pick()));
        return new Action.Send(Cast.INNOVATOR, new Command.UpdateDetails(d));
      }
      case "EVIDENCE_MISSING" -> {
        return new Action.Send(Cast.INNOVATOR, new Command.AttachEvidence(
            ContractData.evidence(String.valueOf(arg), "bukti-" + s.version() + ".pdf")));
      }
      case "APPROVALS_MISSING" -> {
        Role role = Role.valueOf(String.valueOf(arg));
        return new Action.Send(Cast.approverFor(role, s.details().opd()), new Command.Approve(role, null));
      }
      case "CONDITIONS_OPEN" -> {
        return new Action.Send(Cast.COACH, new Command.ClearCondition(s.openConditions().get(0).id(), "sudah"));
      }
      default -> {
        return new Action.Move(Cast.get(p.actor()), t.kind(), t.to(), conditions(1), null);
      }
    }
  }
}
