package id.labinov.oracle.fold;

import id.labinov.core.engine.InnovationRef;
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
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The oracle's own fold of an innovation's raw history (written from the event definitions, not from
 * core's {@code Decider}). Events it does not need (approvals, unknown types) change nothing
 * but the count.
 */
public final class Fold {
  private InnovationRef ref;
  private PersonId proposer;
  private String programmeId;
  private String rulebookId;
  private int rulebookVersion;
  private InnovationDetails details;
  private String stage;
  private InnovationStatus status;
  private final List<Stay> closed = new ArrayList<>();
  private Instant enteredAt;
  private final List<Pause> pauses = new ArrayList<>();
  private Instant lastDrop;
  private String lastDropReason;
  private final List<EvidenceRef> evidence = new ArrayList<>();
  private final Set<PersonId> contributors = new LinkedHashSet<>();
  private final List<String> conditions = new ArrayList<>();
  private int events;

  private Fold() {}

  /**
   * Folds a whole history.
   *
   * @param history the events in sequence order
   * @return the innovation as the history leaves it
   * @throws AssertionError if the history is not one unbroken history of one innovation
   */
  public static Folded of(List<InnovationEvent> history) {
    if (history.isEmpty()) {
      throw new AssertionError("an empty history");
    }
    Fold f = new Fold();
    history.forEach(f::apply);
    return f.result();
  }

  private void apply(InnovationEvent e) {
    EventMetadata m = e.metadata();
    Instant t = m.occurredAt();
    if (events == 0) {
      if (!(e instanceof InnovationProposed p)) {
        throw new AssertionError("the history of " + m.region() + "/" + m.innovationId() + " starts with " + e.type());
      }
      ref = new InnovationRef(m.region(), m.innovationId());
      proposer = m.actor();
      contributors.add(proposer);
      programmeId = p.programmeId();
      rulebookId = m.rulebookId();
      rulebookVersion = m.rulebookVersion();
      details = p.details();
      stage = p.stage();
      status = InnovationStatus.ACTIVE;
      enteredAt = t;
    } else if (!ref.region().equals(m.region()) || !ref.id().equals(m.innovationId())) {
      throw new AssertionError("event " + m.sequence() + " of " + ref + " belongs to " + m.region() + "/" + m.innovationId());
    }
    if (m.sequence() != events + 1) {
      throw new AssertionError("event of " + ref + " has sequence " + m.sequence() + " after " + events + " events");
    }
    events++;
    if (e instanceof DetailsUpdated u) {
      details = u.details();
      contributors.add(m.actor());
    } else if (e instanceof EvidenceAttached a) {
      evidence.add(a.evidence());
      contributors.add(m.actor());
    } else if (e instanceof OpdChanged o) {
      details = details.withOpd(o.toOpd());
    } else if (e instanceof OwnerHandedOver h) {
      // the new owner counts as the proposer from now on; the owner before stays one of its people
      contributors.add(h.fromOwner());
      proposer = h.toOwner();
      contributors.add(proposer);
      if (h.toOpd() != null) {
        details = details.withOpd(h.toOpd());
      }
    } else if (e instanceof StageAdvanced a) {
      enter(a.toStage(), t);
    } else if (e instanceof StageAdvancedConditionally a) {
      enter(a.toStage(), t);
      a.conditions().forEach(c -> conditions.add(c.id()));
    } else if (e instanceof ConditionCleared c) {
      conditions.remove(c.conditionId());
    } else if (e instanceof ReturnedForRework r) {
      enter(r.toStage(), t);
    } else if (e instanceof PutOnHold) {
      if (status == InnovationStatus.ACTIVE) {
        pauses.add(new Pause(t, null));
      }
      status = InnovationStatus.ON_HOLD;
    } else if (e instanceof Dropped d) {
      if (status == InnovationStatus.ACTIVE) {
        pauses.add(new Pause(t, null));
      }
      status = InnovationStatus.DROPPED;
      lastDrop = t;
      lastDropReason = d.reason();
    } else if (e instanceof Resumed || e instanceof Reopened) {
      closePauses(t);
      status = InnovationStatus.ACTIVE;
    } else if (e instanceof RulebookMigrated) {
      rulebookId = m.rulebookId();
      rulebookVersion = m.rulebookVersion();
    }
  }

  /** Leaves the current stay at {@code t} and begins one in {@code next}; a hold carries over into it. */
  private void enter(String next, Instant t) {
    closePauses(t);
    closed.add(new Stay(stage, enteredAt, t, pauses));
    pauses.clear();
    stage = next;
    enteredAt = t;
    if (status != InnovationStatus.ACTIVE) {
      pauses.add(new Pause(t, null));
    }
  }

  private void closePauses(Instant t) {
    pauses.replaceAll(p -> p.closedAt(t));
  }

  private Folded result() {
    List<Stay> stays = new ArrayList<>(closed);
    stays.add(new Stay(stage, enteredAt, null, pauses));
    Set<PersonId> people = new LinkedHashSet<>(contributors);
    people.addAll(details.coInnovators());
    return new Folded(ref, proposer, programmeId, rulebookId, rulebookVersion, details, stage, status, List.copyOf(stays),
        lastDrop, lastDropReason, List.copyOf(evidence), Set.copyOf(people), List.copyOf(conditions), events);
  }
}
