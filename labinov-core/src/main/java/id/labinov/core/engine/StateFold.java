package id.labinov.core.engine;

import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.event.Condition;
import id.labinov.core.event.ConditionCleared;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.EvidenceAttached;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.event.OpdChanged;
import id.labinov.core.event.OwnerHandedOver;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.RulebookMigrated;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.PersonId;
import id.labinov.core.rules.HoldPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Folding events into state: {@link Decider#evolve} and {@link Decider#replay} are this class's,
 * kept apart from deciding (the decider's other reason to change). Pure, thread-safe.
 */
final class StateFold {
  private StateFold() {}

  /**
   * Applies one event to a state; the only way state changes.
   *
   * @param state the state before, or {@code null} before the proposal
   * @param event the next event of the same innovation
   * @return the state after
   * @throws HistoryCorruptedException if the event does not follow the state (sequence gap, other
   *     innovation, event before proposal, proposal twice)
   */
  static InnovationState evolve(InnovationState state, InnovationEvent event) {
    Checks.notNull(event, "event");
    EventMetadata m = event.metadata();
    Instant t = m.occurredAt();
    if (state == null) {
      if (!(event instanceof InnovationProposed p)) {
        throw new HistoryCorruptedException(who(m), "the first event is " + event.type() + ", not InnovationProposed");
      }
      if (m.sequence() != 1) {
        throw new HistoryCorruptedException(who(m), "the proposal has sequence " + m.sequence() + ", not 1");
      }
      return new InnovationState(m.region(), m.innovationId(), m.rulebookId(), m.rulebookVersion(), p.programmeId(),
          p.details(), p.stage(), InnovationStatus.ACTIVE, List.of(), List.of(), List.of(),
          List.of(new StageVisit(p.stage(), t, null, List.of())), m.actor(), t, t, 1, List.of());
    }
    if (!state.region().equals(m.region()) || !state.id().equals(m.innovationId())) {
      throw new HistoryCorruptedException(who(m), "the event belongs to another innovation than " + state.ref());
    }
    if (m.sequence() != state.version() + 1) {
      throw new HistoryCorruptedException(who(m), "expected sequence " + (state.version() + 1) + " but got " + m.sequence());
    }
    if (event instanceof InnovationProposed) {
      throw new HistoryCorruptedException(who(m), "a second InnovationProposed at sequence " + m.sequence());
    }
    // Only what the event changes is rebuilt; every other list is shared with the state before.
    InnovationDetails details = state.details();
    InnovationStatus status = state.status();
    List<Approval> approvals = state.approvals();
    List<Condition> conditions = state.openConditions();
    List<EvidenceRef> evidence = state.evidence();
    List<StageVisit> visits = state.visits();
    String stage = state.stage();
    String rulebookId = state.rulebookId();
    int rulebookVersion = state.rulebookVersion();
    List<PersonId> contributors = state.contributors();
    PersonId proposedBy = state.proposedBy();
    if (event instanceof DetailsUpdated u) {
      details = u.details();
      contributors = contributed(state, contributors, m.actor());
    } else if (event instanceof EvidenceAttached a) {
      evidence = ImmutableArrayList.appended(evidence, a.evidence());
      contributors = contributed(state, contributors, m.actor());
    } else if (event instanceof ApprovalRecorded a) {
      approvals = ImmutableArrayList.appended(approvals, new Approval(m.actor(), a.role(), t));
    } else if (event instanceof StageAdvanced a) {
      visits = VisitList.entered(visits, a.toStage(), t);
      stage = a.toStage();
      approvals = List.of();
    } else if (event instanceof StageAdvancedConditionally a) {
      visits = VisitList.entered(visits, a.toStage(), t);
      stage = a.toStage();
      approvals = List.of();
      conditions = ImmutableArrayList.appendedAll(conditions, a.conditions());
    } else if (event instanceof ReturnedForRework r) {
      visits = VisitList.entered(visits, r.toStage(), t);
      stage = r.toStage();
      approvals = List.of();
    } else if (event instanceof ConditionCleared c) {
      conditions = without(conditions, c.conditionId());
    } else if (event instanceof PutOnHold) {
      status = InnovationStatus.ON_HOLD;
      visits = pause(visits, t);
    } else if (event instanceof Resumed) {
      status = InnovationStatus.ACTIVE;
      visits = unpause(visits, t);
    } else if (event instanceof Dropped) {
      if (status == InnovationStatus.ACTIVE) {
        visits = pause(visits, t);
      }
      status = InnovationStatus.DROPPED;
    } else if (event instanceof Reopened) {
      status = InnovationStatus.ACTIVE;
      visits = unpause(visits, t);
    } else if (event instanceof OpdChanged o) {
      details = details.withOpd(o.toOpd());
    } else if (event instanceof OwnerHandedOver h) {
      // the new owner is the proposer the rules see; the one before stays a contributor
      proposedBy = h.toOwner();
      contributors = handedOver(contributors, h.fromOwner(), h.toOwner());
      if (h.toOpd() != null) {
        details = details.withOpd(h.toOpd());
      }
    } else if (event instanceof RulebookMigrated) {
      rulebookId = m.rulebookId();
      rulebookVersion = m.rulebookVersion();
    }
    // Unknown events change nothing but the version: consumers tolerate types they do not know.
    return new InnovationState(state.region(), state.id(), rulebookId, rulebookVersion, state.programmeId(), details,
        stage, status, approvals, conditions, evidence, visits, proposedBy, state.proposedAt(), t,
        m.sequence(), contributors);
  }

  /** The contributors with {@code actor} added, unless unknown, the proposer or already among them. */
  private static List<PersonId> contributed(InnovationState state, List<PersonId> contributors, PersonId actor) {
    if (contributors == null || actor.equals(state.proposedBy()) || contributors.contains(actor)) {
      return contributors;
    }
    return ImmutableArrayList.appended(contributors, actor);
  }

  /**
   * The contributors after a handover from {@code from} to {@code to}: the one before added (once),
   * the new owner taken out (a proposer is not among them); unknown contributors stay unknown.
   */
  private static List<PersonId> handedOver(List<PersonId> contributors, PersonId from, PersonId to) {
    if (contributors == null) {
      return null;
    }
    List<PersonId> out = new ArrayList<>(contributors.size() + 1);
    for (PersonId p : contributors) {
      if (!p.equals(to)) {
        out.add(p);
      }
    }
    if (!out.contains(from)) {
      out.add(from);
    }
    return List.copyOf(out);
  }

  /** The visits with a pause opened at {@code t} in the current stay. */
  private static List<StageVisit> pause(List<StageVisit> visits, Instant t) {
    return VisitList.withPauses(visits, ImmutableArrayList.appended(VisitList.lastPauses(visits), new HoldPeriod(t, null)));
  }

  /** The visits with the current stay's open pauses closed at {@code t}. */
  private static List<StageVisit> unpause(List<StageVisit> visits, Instant t) {
    return VisitList.withPauses(visits, VisitList.closePauses(VisitList.lastPauses(visits), t));
  }

  /** The conditions without those with the id; the same list when none has it. */
  private static List<Condition> without(List<Condition> conditions, String id) {
    if (!hasCondition(conditions, id)) {
      return conditions;
    }
    List<Condition> kept = new ArrayList<>(conditions.size());
    for (Condition c : conditions) {
      if (!c.id().equals(id)) {
        kept.add(c);
      }
    }
    return List.copyOf(kept);
  }

  /** The innovation an event names, for error messages only (built when one is thrown). */
  private static String who(EventMetadata m) {
    return m.region() + "/" + m.innovationId();
  }

  /**
   * Folds a whole history into a state.
   *
   * @param events the innovation's events in sequence order
   * @return the state, or {@code null} for an empty history
   * @throws HistoryCorruptedException if the events do not form one unbroken history
   */
  static InnovationState replay(List<? extends InnovationEvent> events) {
    Checks.notNull(events, "events");
    InnovationState s = null;
    for (InnovationEvent e : events) {
      s = evolve(s, e);
    }
    return s;
  }

  /** Tells whether one of the conditions has the id. */
  static boolean hasCondition(List<Condition> open, String id) {
    for (int i = 0; i < open.size(); i++) {
      if (open.get(i).id().equals(id)) {
        return true;
      }
    }
    return false;
  }
}
