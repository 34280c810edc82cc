package id.labinov.reporting.data;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.national.InnovationProfile;
import id.labinov.core.rules.LocalizedText;

/**
 * Profil Inovasi: one innovation in the national profile layout, with the missing fields listed
 * ({@link InnovationProfile#missing()}). Holds no NIP: the initiator's name comes from the report
 * directory (the proposer's name stands for the initiator's).
 *
 * @param info kind, language, time, zone and scope
 * @param ref the innovation
 * @param stage its current stage
 * @param stageLabel that stage's label
 * @param status its status
 * @param opdName its unit's name from the report directory, or {@code null}
 * @param profile the profile fields
 */
public record InnovationProfileReport(ReportInfo info, InnovationRef ref, String stage, LocalizedText stageLabel,
    InnovationStatus status, String opdName, InnovationProfile profile) implements Report {
  /**
   * Validates the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param ref the innovation
   * @param stage its current stage
   * @param stageLabel that stage's label
   * @param status its status
   * @param opdName its unit's name from the report directory, or {@code null}
   * @param profile the profile fields
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public InnovationProfileReport {
    Checks.notNull(info, "info");
    Checks.notNull(ref, "ref");
    Checks.notBlank(stage, "stage");
    Checks.notNull(stageLabel, "stageLabel");
    Checks.notNull(status, "status");
    Checks.notNull(profile, "profile");
  }
}
