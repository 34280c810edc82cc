/**
 * API. labinov core's entry point ({@link id.labinov.core.Labinov}) and the services it hands out:
 * innovations, evaluation, programmes, rulebook migration and history verification.
 *
 * <p>Kinds of package in labinov-core:
 *
 * <ul>
 *   <li><b>API</b>, for embedders: this package, {@code model}, {@code rules}, {@code event},
 *       {@code engine}, {@code evaluation}, {@code programme}, {@code national}, {@code query},
 *       {@code error}, {@code annotation}, {@code i18n} and {@code memory} (the in-memory stores).
 *   <li><b>SPI</b>, for those who implement a store, a directory or a rule type: {@code spi}, with
 *       the contract tests in the {@code labinov-core} test-jar ({@code id.labinov.core.spi.contract}).
 *       Rule types are provided through {@link java.util.ServiceLoader} for
 *       {@link id.labinov.core.rules.RuleType}.
 *   <li><b>Internal</b>: {@code internal} and its sub-packages. Not exported by the module
 *       descriptor, except the checks to {@code id.labinov.persistence.jdbc} and
 *       {@code id.labinov.reporting} and the codec to the former only; may change in any release.
 * </ul>
 *
 * <p>The root package depends on every other API package; no package depends on it.
 */
package id.labinov.core;
