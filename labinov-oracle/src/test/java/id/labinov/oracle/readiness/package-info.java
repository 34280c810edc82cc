/**
 * The oracle of the IID readiness report: registers generated and played through core's public API
 * ({@link id.labinov.oracle.readiness.RegisterPlay}), the inputs kept as plain values, every figure
 * recomputed from them by simple code of its own ({@link id.labinov.oracle.readiness.ReadinessOracle}) and
 * compared with the report and its one-page version ({@link id.labinov.oracle.readiness.ReadinessChecks}).
 *
 * <p>Nothing here calls labinov-reporting's computation. The pre-flight's per-claim finding (supported
 * level, gaps, sentence) is an input the report reads from core, and is taken from core's pure
 * {@code Preflight.run} on the oracle's own values, not from the stores; the weights, the rating bands
 * and the shipped band years are read as data.
 */
package id.labinov.oracle.readiness;
