package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import id.labinov.core.rules.LocalizedText;
import java.math.BigDecimal;

/**
 * One unmet criterion in the "what blocks innovations" report, overall or within a stage or an OPD.
 * A criterion is a refusal reason's code and, where the code names what is missing, its first
 * argument (the evidence kind, the approving role, the field): {@code EVIDENCE_MISSING} of
 * {@code PHOTO} and of {@code SK_INOVASI} are two criteria.
 *
 * @param stage the stage the refusals happened in ({@code byStage} rows; {@code null} elsewhere, and for
 *     refusals not tied to a stage, e.g. programme commands)
 * @param stageLabel that stage's label, or {@code null}
 * @param opd the innovation's OPD ({@code byOpd} rows; {@code null} elsewhere and when not known)
 * @param opdName its name from the report directory, or {@code null}
 * @param code the reason code, e.g. {@code EVIDENCE_MISSING}
 * @param label the criterion's label in both languages (the code itself if labinov has none)
 * @param detail what is missing (the reason's first argument) for codes that name it, else {@code null}
 * @param detailLabel that in words in both languages (an evidence kind's, a role's or a field's label),
 *     or {@code null} without a detail
 * @param reasons how many times the criterion was unmet (one per refusal that gave it)
 * @param innovations how many distinct innovations were refused for it
 * @param percent {@code reasons} as a share of all unmet criteria in the same group (the whole report,
 *     the stage or the OPD), 2 decimals, half up
 */
public record Blocker(String stage, LocalizedText stageLabel, OpdCode opd, String opdName, String code,
    LocalizedText label, String detail, LocalizedText detailLabel, long reasons, long innovations, BigDecimal percent) {
  /**
   * Validates the parts.
   *
   * @param stage the stage the refusals happened in ({@code byStage} rows; {@code null} elsewhere, and for
   *     refusals not tied to a stage, e.g. programme commands)
   * @param stageLabel that stage's label, or {@code null}
   * @param opd the innovation's OPD ({@code byOpd} rows; {@code null} elsewhere and when not known)
   * @param opdName its name from the report directory, or {@code null}
   * @param code the reason code, e.g. {@code EVIDENCE_MISSING}
   * @param label the criterion's label in both languages (the code itself if labinov has none)
   * @param detail what is missing (the reason's first argument) for codes that name it, else {@code null}
   * @param detailLabel that in words in both languages (an evidence kind's, a role's or a field's label),
   *     or {@code null} without a detail
   * @param reasons how many times the criterion was unmet (one per refusal that gave it)
   * @param innovations how many distinct innovations were refused for it
   * @param percent {@code reasons} as a share of all unmet criteria in the same group (the whole report,
   *     the stage or the OPD), 2 decimals, half up
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public Blocker {
    Checks.notBlank(code, "code");
    Checks.notNull(label, "label");
    Checks.notNull(percent, "percent");
  }
}
