/**
 * Ports: what labinov needs from storage, as interfaces. The innovation store (load state and
 * version, append with the expected version, idempotency), the rulebook store, the query port
 * with its scopes, filters, keyset paging and aggregates, and the refusal log. Adapters (in-memory in
 * {@code id.labinov.core.memory}, JDBC in {@code labinov-persistence-jdbc}) implement them; every
 * implementation must be thread-safe.
 */
package id.labinov.core.port;
