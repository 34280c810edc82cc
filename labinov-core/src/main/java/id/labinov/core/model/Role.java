package id.labinov.core.model;

/**
 * What an actor may do in a lab. The host application authenticates people and tells labinov their
 * roles; labinov authorises each transition against the rulebook's role rules.
 */
public enum Role implements Labelled {
  /** Inovator: proposes and carries an innovation. */
  INNOVATOR,
  /** Kepala OPD: head of the work unit, approves and commits the unit. */
  OPD_HEAD,
  /** Coach (pendamping, often LAN staff): reviews designs and coaches teams. */
  COACH,
  /** Lab administrator of the organising unit (e.g. Bappeda, BRIDA). */
  LAB_ADMIN,
  /** Evaluator on a judging panel. */
  EVALUATOR,
  /** Kepala daerah: bupati, wali kota or gubernur. */
  REGIONAL_HEAD,
  /**
   * Verifikator: reviewer of the body that verifies the regional innovation index's evidence (or, in a
   * regional deployment, the region's own desk reviewer imitating it); records verified levels of
   * index claims and changes nothing else.
   */
  VERIFIER
}
