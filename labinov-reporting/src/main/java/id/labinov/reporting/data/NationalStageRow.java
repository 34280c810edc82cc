package id.labinov.reporting.data;

import id.labinov.core.model.OpdCode;

/**
 * Innovations of one unit by national stage (tahapan), as {@code NationalAlignment} derives it on the
 * report day.
 *
 * @param opd the unit, or {@code null} for innovations without one (and for the total row)
 * @param opdName the unit's name from the report directory, or {@code null}
 * @param notYetSet innovations (not dropped) whose national stage is not yet set
 * @param inisiatif innovations at inisiatif
 * @param ujiCoba innovations at uji coba
 * @param penerapan innovations at penerapan
 * @param dropped dropped innovations (not counted in the national stages)
 */
public record NationalStageRow(OpdCode opd, String opdName, long notYetSet, long inisiatif, long ujiCoba,
    long penerapan, long dropped) {
  /** {@return every innovation counted: the four national columns plus dropped} */
  public long total() {
    return notYetSet + inisiatif + ujiCoba + penerapan + dropped;
  }
}
