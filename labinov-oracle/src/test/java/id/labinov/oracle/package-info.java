/**
 * An independent oracle for the figures of labinov-reporting's reports: it folds the raw event
 * histories itself ({@link id.labinov.oracle.fold}), recomputes each figure from the definitions
 * ({@link id.labinov.oracle.expect}) and compares every figure of the reports with them
 * ({@link id.labinov.oracle.compare}), on the Lebak year and on generated programmes.
 *
 * <p>Nothing here uses labinov-reporting's computations, the query port, {@code Decider.evolve/replay},
 * {@code InnovationState}, {@code NationalAlignment} or {@code EvaluationScheme.aggregate/check/score}:
 * only events, rulebook and scheme definitions (data), programmes and score entries as stored.
 */
package id.labinov.oracle;
