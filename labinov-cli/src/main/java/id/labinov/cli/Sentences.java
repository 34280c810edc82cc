package id.labinov.cli;

import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.event.ConditionCleared;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.EvidenceAttached;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.OpdChanged;
import id.labinov.core.event.OwnerHandedOver;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.rules.Rulebook;

/**
 * The sentence that tells a lab administrator what an accepted command did, in their language, with
 * the innovation's title and the stage's short name:
 * {@code «Posyandu Digital Lebak» maju ke tahap Design (versi 3).} It is worded from the last event the
 * command recorded (an advance, a return, an approval, ...); a replayed command (the same
 * idempotency key) says that nothing was recorded again.
 */
final class Sentences {
  private Sentences() {}

  /**
   * Words an accepted result.
   *
   * @param result the accepted result (its state is present)
   * @param rulebook the innovation's rulebook, for stage names
   * @param names names and labels in the user's language
   * @return the sentence
   */
  static String of(CommandResult result, Rulebook rulebook, Names names) {
    InnovationState state = result.state();
    String sentence = result.events().isEmpty() ? current(state, rulebook, names)
        : of(result.events().get(result.events().size() - 1), state, rulebook, names);
    return result.replayed() ? names.texts().get("sentence.replayed", sentence) : sentence;
  }

  private static String of(InnovationEvent event, InnovationState state, Rulebook rulebook, Names names) {
    Texts t = names.texts();
    String title = state.details().title();
    long version = event.metadata().sequence();
    String stage = names.stage(rulebook, state.stage());
    if (event instanceof StageAdvancedConditionally e) {
      return t.get("sentence.advancedWithConditions", title, names.stage(rulebook, e.toStage()), version,
          e.conditions().size());
    }
    if (event instanceof StageAdvanced e) {
      return t.get("sentence.advanced", title, names.stage(rulebook, e.toStage()), version);
    }
    if (event instanceof ReturnedForRework e) {
      return t.get("sentence.returned", title, names.stage(rulebook, e.toStage()), version,
          names.stage(rulebook, e.fromStage()));
    }
    if (event instanceof PutOnHold) {
      return t.get("sentence.onHold", title, stage, version);
    }
    if (event instanceof Resumed) {
      return t.get("sentence.resumed", title, stage, version);
    }
    if (event instanceof Dropped) {
      return t.get("sentence.dropped", title, stage, version);
    }
    if (event instanceof Reopened) {
      return t.get("sentence.reopened", title, stage, version);
    }
    if (event instanceof ApprovalRecorded e) {
      return t.get("sentence.approved", title, stage, version, names.label("Role", e.role()),
          names.person(e.metadata().actor()));
    }
    if (event instanceof EvidenceAttached e) {
      return t.get("sentence.evidence", title, stage, version, names.label("EvidenceKind", e.evidence().kind()));
    }
    if (event instanceof ConditionCleared e) {
      return t.get("sentence.conditionCleared", title, stage, version, e.conditionId());
    }
    if (event instanceof OpdChanged e) {
      return t.get("sentence.opdChanged", title, stage, version, names.opdWithCode(e.fromOpd()),
          names.opdWithCode(e.toOpd()));
    }
    if (event instanceof OwnerHandedOver e) {
      return e.toOpd() == null
          ? t.get("sentence.handedOver", title, stage, version, names.person(e.fromOwner()), names.person(e.toOwner()))
          : t.get("sentence.handedOverToOpd", title, stage, version, names.person(e.fromOwner()),
              names.person(e.toOwner()), names.opdWithCode(e.fromOpd()), names.opdWithCode(e.toOpd()));
    }
    return current(state, rulebook, names);
  }

  /** Where the innovation stands, for a command whose event has no sentence of its own. */
  private static String current(InnovationState state, Rulebook rulebook, Names names) {
    return names.texts().get("sentence.current", state.details().title(), names.stage(rulebook, state.stage()),
        state.version(), names.status(state.status()));
  }
}
