package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import java.util.Locale;
import java.util.Optional;

/**
 * A mandatory indicator with no claim, for an innovation (or a region) that has claims for the year:
 * the index does not rate an innovation without it.
 *
 * @param region the region
 * @param innovation the innovation; empty for the region itself
 * @param criterion the indicator as the scheme defines it
 */
@Beta
public record MissingIndicator(RegionCode region, Optional<InnovationId> innovation, Criterion criterion) {
  /**
   * Validates the parts.
   *
   * @param region the region
   * @param innovation the innovation, or empty
   * @param criterion the indicator
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing
   *     part
   */
  public MissingIndicator {
    Checks.notNull(region, "region");
    Checks.notNull(innovation, "innovation");
    Checks.notNull(criterion, "criterion");
  }

  /**
   * Says what is missing, e.g. "indikator wajib Video inovasi daerah (VIDEO) belum diklaim".
   *
   * @param locale {@code en} for English, anything else (or {@code null}) for Indonesian
   * @return the sentence
   */
  public String message(Locale locale) {
    return Messages.format(locale, "iid.missingMandatory", criterion.label().in(locale), criterion.code());
  }
}
