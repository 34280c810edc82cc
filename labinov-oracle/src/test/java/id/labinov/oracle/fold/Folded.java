package id.labinov.oracle.fold;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One innovation as the oracle's own fold of its history leaves it.
 *
 * @param ref the innovation
 * @param proposer who proposed it, or the owner it was last handed over to
 * @param programmeId its programme, or {@code null}
 * @param rulebookId the rulebook it follows now (the proposal's, or the last migration's)
 * @param rulebookVersion that rulebook's version
 * @param details its details as last written (proposal, edits, OPD changes, handovers with a move)
 * @param stage its current stage
 * @param status its current status
 * @param stays every stay, oldest first; the last one is current
 * @param lastDrop the last {@code Dropped} event's time, or {@code null} if it was never dropped
 * @param lastDropReason that event's reason, or {@code null}
 * @param evidence the evidence attached, oldest first
 * @param contributors who proposed it, owned it, edited its details or attached evidence, and its listed team
 * @param openConditions the ids of conditions set by conditional advances and not yet cleared
 * @param events how many events its history holds
 */
public record Folded(InnovationRef ref, PersonId proposer, String programmeId, String rulebookId, int rulebookVersion,
    InnovationDetails details, String stage, InnovationStatus status, List<Stay> stays, Instant lastDrop,
    String lastDropReason, List<EvidenceRef> evidence, Set<PersonId> contributors, List<String> openConditions, int events) {

  /** Returns its current OPD, or {@code null}. */
  public OpdCode opd() {
    return details.opd();
  }

  /** Returns its current stay. */
  public Stay currentStay() {
    return stays.get(stays.size() - 1);
  }

  /** Tells whether it is dropped now. */
  public boolean dropped() {
    return status == InnovationStatus.DROPPED;
  }

  /** Returns the rulebook key {@code id@version}. */
  public String rulebookKey() {
    return rulebookId + "@" + rulebookVersion;
  }

  /** Returns this innovation without its trial and implementation start dates (to tell what the dates decide). */
  public Folded withoutDates() {
    InnovationDetails plain = details.withText("trialStartDate", null).withText("implementationStartDate", null);
    return new Folded(ref, proposer, programmeId, rulebookId, rulebookVersion, plain, stage, status, stays, lastDrop,
        lastDropReason, evidence, contributors, openConditions, events);
  }
}
