package id.labinov.core.engine;

import id.labinov.core.event.Condition;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.InnovationDetails;
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

/** The facts of an innovation about to be proposed: its details, in the entry stage, with nothing attached yet. */
record ProposalFacts(InnovationDetails details, String stage, Instant stageEnteredAt, Actor actor, RegionCode target)
    implements Facts {
  @Override
  public Optional<PersonId> proposer() {
    return Optional.of(actor.personId());
  }

  @Override
  public Optional<RegionCode> region() {
    return Optional.of(target);
  }

  @Override
  public InnovationStatus status() {
    return InnovationStatus.ACTIVE;
  }

  @Override
  public List<HoldPeriod> holdsInStage() {
    return List.of();
  }

  @Override
  public Optional<String> field(String name) {
    return details.field(name);
  }

  @Override
  public boolean hasField(String name) {
    return details.hasField(name);
  }

  @Override
  public int evidenceCount(EvidenceKind kind) {
    return 0;
  }

  @Override
  public int approvals(Role role) {
    return 0;
  }

  @Override
  public List<String> openConditions() {
    return List.of();
  }

  @Override
  public Optional<OpdCode> opd() {
    return Optional.ofNullable(details.opd());
  }
}
