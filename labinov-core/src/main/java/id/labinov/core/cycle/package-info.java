/**
 * The yearly cycle after the innovation week (siklus tahunan): competition entries and their
 * eligibility (IGA, KIPP), an innovation's development versions across years, the sustainability
 * watch (pemantauan keberlanjutan) and the what-if of a region's index submission. The rules are data
 * ({@link id.labinov.core.cycle.EligibilityRules}, {@link id.labinov.core.rules.SustainabilitySettings});
 * the evaluation functions are pure; {@link id.labinov.core.CycleService} reads and writes through
 * the {@link id.labinov.core.spi.CycleStore} port.
 */
package id.labinov.core.cycle;
