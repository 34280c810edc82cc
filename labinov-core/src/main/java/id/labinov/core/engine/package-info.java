/**
 * API. The engine: commands, the pure decider that turns a command and an innovation's state into
 * events or a refusal, the state folded from events, authorisation, and the typed outcomes a
 * caller handles (a version conflict, a reused idempotency key, a storage failure, an unknown
 * innovation), the items, options and results of bulk commands ({@link id.labinov.core.engine.BulkItem},
 * {@link id.labinov.core.engine.BulkOptions}, {@link id.labinov.core.engine.BulkResult},
 * {@link id.labinov.core.engine.BulkSummary}), and the outcome of verifying stored histories ({@link
 * id.labinov.core.engine.HistoryVerification} per innovation, {@link
 * id.labinov.core.engine.ScopeVerification} per scope, heard one by one through a {@link
 * id.labinov.core.engine.VerificationProgress}).
 */
package id.labinov.core.engine;
