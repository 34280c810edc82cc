/**
 * Reports as plain data: one immutable record per report (all implement {@link
 * id.labinov.reporting.data.Report}), computed by {@link id.labinov.reporting.Reports} and turned
 * into files by the renderers of {@code id.labinov.reporting.render}.
 *
 * <p>Records hold language-neutral values: codes, enums, numbers ({@link java.math.BigDecimal} with a
 * fixed scale), dates and instants, and stage or criterion labels in both languages ({@link
 * id.labinov.core.rules.LocalizedText}). Renderers choose the language. A {@code null} component
 * means "not set" where its Javadoc says so; collections are never {@code null}.
 *
 * <p>Rows of the large lists (the showcase catalogue, the dropped innovations of a summary) are an
 * {@link java.lang.Iterable} read from the store page by page while it is iterated, so memory stays
 * bounded; each iteration reads the store again.
 */
package id.labinov.reporting.data;
