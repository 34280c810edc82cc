package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import java.util.List;
import java.util.Optional;

/**
 * One displayed innovation in the sustainability watch: its monitoring state, legal basis, owner, latest
 * development and eligibility for the coming competitions.
 *
 * @param ref the innovation
 * @param title its name
 * @param opd its OPD, or empty
 * @param owner who is responsible now (the proposer, or whom it was handed over to)
 * @param watch the monitoring assessment
 * @param legalBasis the legal basis
 * @param latestVersion its latest development version, or empty
 * @param coming the eligibility verdicts for the coming competition years
 */
@Beta
public record SustainabilityStatus(InnovationRef ref, String title, Optional<OpdCode> opd, PersonId owner,
    WatchAssessment watch, LegalBasis legalBasis, Optional<InnovationVersion> latestVersion,
    List<EligibilityVerdict> coming) {
  /**
   * Validates and copies the parts.
   *
   * @param ref the innovation
   * @param title its name
   * @param opd its OPD, or empty
   * @param owner the owner
   * @param watch the assessment
   * @param legalBasis the legal basis
   * @param latestVersion the latest version, or empty
   * @param coming the verdicts
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public SustainabilityStatus {
    Checks.notNull(ref, "ref");
    Checks.notBlank(title, "title");
    Checks.notNull(opd, "opd");
    Checks.notNull(owner, "owner");
    Checks.notNull(watch, "watch");
    Checks.notNull(legalBasis, "legalBasis");
    Checks.notNull(latestVersion, "latestVersion");
    coming = List.copyOf(Checks.notNull(coming, "coming"));
  }

  /** {@return whether the innovation needs attention: not watched, or without a valid legal basis} */
  public boolean flagged() {
    return watch.state() != WatchState.WATCHED || legalBasis.state() != LegalBasisState.VALID;
  }
}
