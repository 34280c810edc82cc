/**
 * SPI: what labinov needs from storage and from the region's directory, as interfaces, for those
 * who implement them. The innovation store (load state and version, one-transaction append with
 * the expected version and idempotency records, and a bulk chunk's unit of work,
 * {@link id.labinov.core.spi.BulkTransaction}), the rulebook, evaluation and programme stores, the
 * query port with its scopes, filters, keyset paging and aggregates, the refusal log and the
 * directory of units, people and themes; and {@link id.labinov.core.spi.HistorySource}, through which
 * a store hands its stored histories to core's {@link id.labinov.core.spi.HistoryCheck} for
 * verification.
 *
 * <p>Adapters (in-memory in {@code id.labinov.core.memory}, JDBC in
 * {@code labinov-persistence-jdbc}) implement them; every implementation must be thread-safe and
 * pass the contract suites of the {@code labinov-core} test-jar
 * ({@code id.labinov.core.spi.contract}). Embedders normally reach these through
 * {@link id.labinov.core.Labinov} and need not call them directly.
 */
package id.labinov.core.spi;
