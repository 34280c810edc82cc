package id.labinov.reporting.data;

import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What every report carries besides its content.
 *
 * @param kind the kind of report
 * @param locale the language of labels: {@link Messages#INDONESIAN} or {@link Locale#ENGLISH}
 *     (any other locale is resolved to one of them)
 * @param generatedAt when the report was computed (given by the caller or its clock; never read
 *     from the wall clock); durations are measured to this instant
 * @param timeZone the zone local dates and times are shown in (the programme's or region's)
 * @param scope the regions the report covers
 */
public record ReportInfo(ReportKind kind, Locale locale, Instant generatedAt, IndonesianTimeZone timeZone,
    Scope scope) {
  /**
   * Validates the parts and resolves the locale.
   *
   * @param kind the kind of report
   * @param locale the language of labels: {@link Messages#INDONESIAN} or {@link Locale#ENGLISH}
   *     (any other locale is resolved to one of them)
   * @param generatedAt when the report was computed (given by the caller or its clock; never read
   *     from the wall clock); durations are measured to this instant
   * @param timeZone the zone local dates and times are shown in (the programme's or region's)
   * @param scope the regions the report covers
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ReportInfo {
    Checks.notNull(kind, "kind");
    locale = Messages.resolve(locale);
    Checks.notNull(generatedAt, "generatedAt");
    Checks.notNull(timeZone, "timeZone");
    Checks.notNull(scope, "scope");
  }

  /** {@return the day of {@link #generatedAt()} in {@link #timeZone()}} */
  public LocalDate asOf() {
    return generatedAt.atZone(timeZone.zoneId()).toLocalDate();
  }
}
