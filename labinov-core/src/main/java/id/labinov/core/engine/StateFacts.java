package id.labinov.core.engine;

import id.labinov.core.event.Condition;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
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
  public int evidenceCount(EvidenceKind kind) {
    return (int) state.evidence().stream().filter(e -> e.kind().equals(kind)).count();
  }

  @Override
  public int approvals(Role role) {
    return (int) state.approvals().stream().filter(a -> a.role() == role).map(Approval::approver).distinct().count();
  }

  @Override
  public List<String> openConditions() {
    return state.openConditions().stream().map(Condition::text).toList();
  }

  @Override
  public Optional<OpdCode> opd() {
    return Optional.ofNullable(state.details().opd());
  }
}
