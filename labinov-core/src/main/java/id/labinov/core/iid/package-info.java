/**
 * API (beta): readiness for the regional innovation index (IID, Indeks Inovasi Daerah, run by
 * BSKDN/Kemendagri) before a region submits.
 *
 * <ul>
 *   <li>{@link id.labinov.core.iid.EvidenceDocument}: one document of the evidence register (bukti
 *       dukung): a decree, a regulation, a report, a photo... with its {@link
 *       id.labinov.core.iid.DocumentKind kind}, number, date, issuer and {@link
 *       id.labinov.core.iid.IssuerLevel issuer's level}, the file by reference ({@link
 *       id.labinov.core.iid.FileRef}) and its validity period.
 *   <li>{@link id.labinov.core.iid.IndicatorClaim}: the level a region claims for one indicator of one
 *       IID year, for one innovation or for the region itself, linked to documents and optionally a
 *       {@link id.labinov.core.iid.StatedValue stated value}.
 *   <li>{@link id.labinov.core.iid.EvidenceRules}: per indicator and level, the evidence that carries
 *       it, as data beside the indicator scheme; each requirement is of a pluggable {@link
 *       id.labinov.core.iid.EvidenceRuleType}.
 *   <li>{@link id.labinov.core.iid.Preflight}: a pure function from scheme, year, claims and
 *       documents to a {@link id.labinov.core.iid.PreflightReport}: per claim the level its evidence
 *       supports and every {@link id.labinov.core.iid.Gap gap} with its reason, in Bahasa Indonesia
 *       and English.
 * </ul>
 *
 * <p>Part 1 of the evidence work: the register's store (a port with in-memory and JDBC adapters)
 * and the command line come later. Everything here works on plain values, so another system can run
 * the pre-flight on its own documents and claims.
 */
package id.labinov.core.iid;
