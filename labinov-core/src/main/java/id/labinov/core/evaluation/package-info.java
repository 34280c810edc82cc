/**
 * API. Evaluation: schemes that score innovations, aggregation of several evaluators' score sheets,
 * rating bands and an estimate of the regional innovation index (IID).
 *
 * <p>An {@link id.labinov.core.evaluation.EvaluationScheme} is data (JSON format
 * {@code labinov-evaluation-scheme/1}), validated on load with every problem reported at its JSON
 * path, and identified by {@code id@version} plus the SHA-256 of its canonical form, like a
 * rulebook. Schemes are either {@link id.labinov.core.evaluation.SchemeKind#SCORED SCORED}
 * (each criterion gets a score on the scheme's scale) or
 * {@link id.labinov.core.evaluation.SchemeKind#INDICATOR INDICATOR} (each indicator gets a level
 * 0..n, as in the IID/IGA questionnaire).
 *
 * <p>All numbers are {@link java.math.BigDecimal}s computed exactly and rounded once, half up, to a
 * fixed number of decimals, so results do not depend on the order of inputs nor on the database.
 * No {@code double} is used anywhere.
 *
 * <p>Which figures are sourced and which are inferred is recorded in each scheme's and rating
 * table's {@code source} and {@code verified} values; see {@link
 * id.labinov.core.evaluation.EvaluationSchemes} and {@link id.labinov.core.evaluation.RegionalIndex}.
 */
package id.labinov.core.evaluation;
