package id.labinov.reporting.data;

import id.labinov.core.model.OpdCode;

/**
 * How many innovations one unit carries.
 *
 * @param opd the unit, or {@code null} for innovations without one
 * @param opdName the unit's name from the report directory, or {@code null} if unknown
 * @param count how many innovations it carries
 */
public record OpdCount(OpdCode opd, String opdName, long count) {}
