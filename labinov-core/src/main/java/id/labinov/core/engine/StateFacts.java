package id.labinov.core.engine;

import id.labinov.core.event.Condition;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Facts;
import id.labinov.core.rules.HoldPeriod;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The facts view of a stored innovation state, for one actor (and the role an approval is asked in). */
record StateFacts(InnovationState state, Actor actor, Role approvalAsked) implements Facts {
  StateFacts(InnovationState state, Actor actor) {
    this(state, actor, null);
  }

  @Override
  public Optional<Role> approvalRole() {
    return Optional.ofNullable(approvalAsked);
  }

  @Override
  public String stage() {
    return state.stage();
  }

  @Override
  public InnovationStatus status() {
    return state.status();
  }

  @Override
  public Instant stageEnteredAt() {
    return state.stageEnteredAt();
  }

  @Override
  public List<HoldPeriod> holdsInStage() {
    return state.pausesInStage();
  }

  @Override
  public Optional<String> field(String name) {
    return state.details().field(name);
  }

  @Override
  public boolean hasField(String name) {
    return state.details().hasField(name);
  }

  @Override
  public int evidenceCount(EvidenceKind kind) {
    List<EvidenceRef> evidence = state.evidence();
    int n = 0;
    for (int i = 0; i < evidence.size(); i++) {
      if (evidence.get(i).kind().equals(kind)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public int approvals(Role role) {
    // distinct approvers in the role (the lists are short: a nested loop, no set)
    List<Approval> approvals = state.approvals();
    int n = 0;
    for (int i = 0; i < approvals.size(); i++) {
      Approval a = approvals.get(i);
      if (a.role() == role && !approvedEarlier(approvals, i, role, a.approver())) {
        n++;
      }
    }
    return n;
  }

  private static boolean approvedEarlier(List<Approval> approvals, int before, Role role, PersonId approver) {
    for (int j = 0; j < before; j++) {
      Approval b = approvals.get(j);
      if (b.role() == role && b.approver().equals(approver)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<String> openConditions() {
    List<Condition> open = state.openConditions();
    if (open.isEmpty()) {
      return List.of();
    }
    String[] texts = new String[open.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = open.get(i).text();
    }
    return List.of(texts);
  }

  @Override
  public Optional<OpdCode> opd() {
    return Optional.ofNullable(state.details().opd());
  }

  @Override
  public Optional<PersonId> proposer() {
    return Optional.of(state.proposedBy());
  }

  @Override
  public Optional<RegionCode> region() {
    return Optional.of(state.region());
  }
}
