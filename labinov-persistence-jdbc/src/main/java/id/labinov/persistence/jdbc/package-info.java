/**
 * labinov's ports on JDBC: {@link id.labinov.persistence.jdbc.JdbcStorage} takes a
 * {@link javax.sql.DataSource}, migrates the schema (versioned scripts per database, own history
 * table, table prefix) and hands out the innovation store and query port, the rulebook,
 * programme and evaluation stores, the refusal log and the change feed. Histories are append-only and hash-chained:
 * the innovation store is a {@link id.labinov.core.spi.HistorySource}, so core's history verification
 * ({@code Labinov.verifications()}) checks the chain over the stored bytes, and {@code latestHashes}
 * with {@code verify(LatestHash)} let an auditor check it against hashes kept outside the database.
 * Everything else in this package is internal.
 */
package id.labinov.persistence.jdbc;
