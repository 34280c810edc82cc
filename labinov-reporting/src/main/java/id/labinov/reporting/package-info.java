/**
 * Reports over labinov's lifecycle data: the entry point {@link id.labinov.reporting.Reports}, built
 * with a builder that names any bad setting, and the optional services a host may plug in
 * (core's {@link id.labinov.core.spi.Directory} for names, {@link id.labinov.reporting.HistoryVerifier}
 * for the tamper check).
 *
 * <p>Reports read only labinov-core's public API (the facade, its query port and the evaluation
 * store port), never JDBC, so they work over any store. Each report is computed as plain data
 * ({@code id.labinov.reporting.data}) and then rendered ({@code id.labinov.reporting.render}); a new
 * format never touches the computation. Reports never read NIPs or other identity numbers.
 */
package id.labinov.reporting;
