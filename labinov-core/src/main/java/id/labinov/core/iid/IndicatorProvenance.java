package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;

/**
 * Where an indicator's evidence rules come from, and whether that source is confirmed: the shipped
 * rules follow third-party catalogues of the IGA indicators and our own reading of them, so most are
 * marked unverified until a region checks them against BSKDN's guidance for the year.
 *
 * @param code the indicator's code in the scheme, e.g. {@code REGULATION}
 * @param number the indicator's number in the source's list (1-20 in the shipped per-innovation
 *     list, which the 2023 IID structure numbers 16-35)
 * @param mandatory whether the scheme marks the indicator mandatory
 * @param verified whether the evidence rules are confirmed against an official source
 * @param source what the rules rest on, with the source tags of the domain reference
 * @param levels how many levels the rules describe
 */
@Beta
public record IndicatorProvenance(String code, int number, boolean mandatory, boolean verified, String source,
    int levels) {
  /**
   * Validates the parts.
   *
   * @param code the indicator's code
   * @param number the indicator's number
   * @param mandatory whether it is mandatory
   * @param verified whether the rules are confirmed
   * @param source what the rules rest on
   * @param levels how many levels the rules describe
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing
   *     part
   */
  public IndicatorProvenance {
    Checks.notBlank(code, "code");
    Checks.notBlank(source, "source");
  }
}
