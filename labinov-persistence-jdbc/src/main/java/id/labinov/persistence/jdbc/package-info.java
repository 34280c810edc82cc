/**
 * labinov's ports on JDBC: {@link id.labinov.persistence.jdbc.JdbcStorage} takes a
 * {@link javax.sql.DataSource}, migrates the schema (versioned scripts per database, own history
 * table, table prefix) and hands out the innovation store and query port, the rulebook,
 * programme and evaluation stores, the refusal log and the change feed. Histories are append-only and hash-chained; {@code verify} and
 * {@code latestHashes} let an auditor check them. Everything else in this package is internal.
 */
package id.labinov.persistence.jdbc;
