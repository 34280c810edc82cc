package id.labinov.core.engine;

import id.labinov.core.event.Condition;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.HoldPeriod;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The current state of an innovation: everything its gates need, so loading never needs history.
 * Produced only by {@link Decider#evolve(InnovationState, id.labinov.core.event.InnovationEvent)};
 * immutable.
 *
 * @param region the region
 * @param id the innovation id
 * @param rulebookId the rulebook followed
 * @param rulebookVersion its version
 * @param programmeId the programme, or {@code null}
 * @param details what the innovation is
 * @param stage the current stage
 * @param status active, on hold or dropped
 * @param approvals approvals recorded in the current stage
 * @param openConditions conditions of conditional advances not yet cleared
 * @param evidence every piece of evidence attached, oldest first
 * @param visits every stay in a stage, oldest first; the last is the current one
 * @param proposedBy who proposed it, or the owner it was last handed over to
 *     ({@link id.labinov.core.event.OwnerHandedOver}): the proposer the authorisation rules see
 * @param proposedAt when
 * @param lastChangedAt when the last event happened
 * @param version the number of events so far (the sequence of the last one)
 * @param contributors the people other than the proposer who updated the details or attached
 *     evidence, or handed the innovation over to a new owner, in order of their first contribution
 *     (with the proposer, they may not evaluate the innovation); {@code null} when unknown: a state
 *     stored by a version before 0.1 did not record them, and the history tells
 */
public record InnovationState(
    RegionCode region,
    InnovationId id,
    String rulebookId,
    int rulebookVersion,
    String programmeId,
    InnovationDetails details,
    String stage,
    InnovationStatus status,
    List<Approval> approvals,
    List<Condition> openConditions,
    List<EvidenceRef> evidence,
    List<StageVisit> visits,
    PersonId proposedBy,
    Instant proposedAt,
    Instant lastChangedAt,
    long version,
    List<PersonId> contributors) {

  /**
   * Validates the parts and copies each list unless it is immutable already (so a list an event
   * did not change is shared with the state before, not copied).
   *
   * @param region the region
   * @param id the innovation id
   * @param rulebookId the rulebook followed
   * @param rulebookVersion its version
   * @param programmeId the programme, or {@code null}
   * @param details what the innovation is
   * @param stage the current stage
   * @param status active, on hold or dropped
   * @param approvals approvals recorded in the current stage
   * @param openConditions conditions of conditional advances not yet cleared
   * @param evidence every piece of evidence attached, oldest first
   * @param visits every stay in a stage, oldest first; the last is the current one
   * @param proposedBy who proposed it, or the owner it was last handed over to
   *     ({@link id.labinov.core.event.OwnerHandedOver}): the proposer the authorisation rules see
   * @param proposedAt when
   * @param lastChangedAt when the last event happened
   * @param version the number of events so far (the sequence of the last one)
   * @param contributors the people other than the proposer who updated the details or attached
   *     evidence, or handed the innovation over to a new owner, in order of their first contribution
   *     (with the proposer, they may not evaluate the innovation); {@code null} when unknown: a state
   *     stored by a version before 0.1 did not record them, and the history tells
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public InnovationState {
    Checks.notNull(region, "region");
    Checks.notNull(id, "id");
    Checks.notBlank(rulebookId, "rulebookId");
    Checks.notNull(details, "details");
    Checks.notBlank(stage, "stage");
    Checks.notNull(status, "status");
    approvals = ImmutableArrayList.copyOf(Checks.notNull(approvals, "approvals"));
    openConditions = ImmutableArrayList.copyOf(Checks.notNull(openConditions, "openConditions"));
    evidence = ImmutableArrayList.copyOf(Checks.notNull(evidence, "evidence"));
    visits = ImmutableArrayList.copyOf(Checks.notNull(visits, "visits"));
    if (visits.isEmpty()) {
      throw new id.labinov.core.error.InvalidValueException("REQUIRED", "visits", "[]", "error.required");
    }
    Checks.notNull(proposedBy, "proposedBy");
    Checks.notNull(proposedAt, "proposedAt");
    Checks.notNull(lastChangedAt, "lastChangedAt");
    if (contributors != null) {
      contributors = ImmutableArrayList.copyOf(contributors);
      for (int i = 0; i < contributors.size(); i++) {
        Checks.notNull(contributors.get(i), "contributors[" + i + "]");
      }
    }
  }

  /**
   * Creates a state whose contributors are unknown (see {@link #contributors()}): the form of a
   * state stored before contributors were recorded.
   *
   * @param region the region
   * @param id the innovation id
   * @param rulebookId the rulebook followed
   * @param rulebookVersion its version
   * @param programmeId the programme, or {@code null}
   * @param details what the innovation is
   * @param stage the current stage
   * @param status active, on hold or dropped
   * @param approvals approvals recorded in the current stage
   * @param openConditions conditions of conditional advances not yet cleared
   * @param evidence every piece of evidence attached, oldest first
   * @param visits every stay in a stage, oldest first; the last is the current one
   * @param proposedBy who proposed it, or the owner it was last handed over to
   *     ({@link id.labinov.core.event.OwnerHandedOver}): the proposer the authorisation rules see
   * @param proposedAt when
   * @param lastChangedAt when the last event happened
   * @param version the number of events so far
   */
  public InnovationState(RegionCode region, InnovationId id, String rulebookId, int rulebookVersion, String programmeId,
      InnovationDetails details, String stage, InnovationStatus status, List<Approval> approvals,
      List<Condition> openConditions, List<EvidenceRef> evidence, List<StageVisit> visits, PersonId proposedBy,
      Instant proposedAt, Instant lastChangedAt, long version) {
    this(region, id, rulebookId, rulebookVersion, programmeId, details, stage, status, approvals, openConditions,
        evidence, visits, proposedBy, proposedAt, lastChangedAt, version, null);
  }

  /**
   * Returns everyone who proposed (or owns) the innovation, is listed on its team
   * ({@link InnovationDetails#coInnovators()}), updated its details, attached evidence or owned it
   * before a handover, if the state knows them (see {@link #contributors()}).
   *
   * @return the proposer first, then the listed team, then the other contributors; empty if unknown
   */
  public Optional<Set<PersonId>> findInnovators() {
    if (contributors == null) {
      return Optional.empty();
    }
    Set<PersonId> out = new LinkedHashSet<>();
    out.add(proposedBy);
    out.addAll(details.coInnovators());
    out.addAll(contributors);
    return Optional.of(out);
  }

  /**
   * Returns this state with its contributors unknown: the form a state document written before
   * contributors were recorded reads back as (used to compare such a document with the state its
   * history gives).
   *
   * @return the state without contributors
   */
  public InnovationState withUnknownContributors() {
    return contributors == null ? this : new InnovationState(region, id, rulebookId, rulebookVersion, programmeId,
        details, stage, status, approvals, openConditions, evidence, visits, proposedBy, proposedAt, lastChangedAt,
        version);
  }

  /** {@return the reference (region and id)} */
  public InnovationRef ref() {
    return new InnovationRef(region, id);
  }

  /** {@return the programme, if any} */
  public Optional<String> findProgrammeId() {
    return Optional.ofNullable(programmeId);
  }

  /** {@return when the current stage was entered} */
  public Instant stageEnteredAt() {
    return VisitList.lastEnteredAt(visits);
  }

  /** {@return the current stay} */
  public StageVisit currentVisit() {
    return visits.get(visits.size() - 1);
  }

  /** {@return the hold and dropped periods in the current stage} */
  public List<HoldPeriod> pausesInStage() {
    return VisitList.lastPauses(visits);
  }

  /** {@return {@code rulebookId@version}} */
  public String rulebookReference() {
    return rulebookId + "@" + rulebookVersion;
  }
}
