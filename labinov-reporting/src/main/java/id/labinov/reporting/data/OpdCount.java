package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many innovations one unit carries, and how far they got.
 *
 * @param opd the unit, or {@code null} for innovations without one
 * @param opdName the unit's name from the report directory, or {@code null} if unknown
 * @param count how many innovations it carries
 * @param reachedByStage per stage code, in the summary's stage order, how many of its innovations
 *     reached that stage as their furthest (whatever their status now; one returned for rework counts
 *     at the furthest stage it visited); stages none of them reached are left out, and the counts add
 *     up to {@code count}
 */
public record OpdCount(OpdCode opd, String opdName, long count, Map<String, Long> reachedByStage) {
  /**
   * Validates and copies the parts.
   *
   * @param opd the unit, or {@code null} for innovations without one
   * @param opdName the unit's name from the report directory, or {@code null} if unknown
   * @param count how many innovations it carries
   * @param reachedByStage per stage code, in the summary's stage order, how many of its innovations
   *     reached that stage as their furthest (whatever their status now; one returned for rework counts
   *     at the furthest stage it visited); stages none of them reached are left out, and the counts add
   *     up to {@code count}
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public OpdCount {
    reachedByStage = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(reachedByStage,
        "reachedByStage")));
  }

  /**
   * A count without the split by stage reached.
   *
   * @param opd the unit, or {@code null}
   * @param opdName the unit's name, or {@code null}
   * @param count how many innovations it carries
   */
  public OpdCount(OpdCode opd, String opdName, long count) {
    this(opd, opdName, count, Map.of());
  }
}
