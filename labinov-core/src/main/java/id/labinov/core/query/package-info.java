/**
 * API: what a caller asks of the innovations of a scope and gets back. Filters
 * ({@link id.labinov.core.query.InnovationFilter}), keyset pages, summaries, counts by dimension
 * and stage durations. The store side of these questions is the query port in {@code spi}.
 */
package id.labinov.core.query;
