package id.labinov.core.evaluation;

/** How evaluators fill in a scheme's criteria. */
public enum SchemeKind {
  /** Each criterion gets a score within the scheme's {@link Scale}, e.g. 0-100. */
  SCORED,
  /**
   * Each criterion (indicator) gets a whole level from 0 (not fulfilled) to the number of level
   * descriptions it has, usually 3, as in the IID/IGA questionnaire; its score is weight x level.
   */
  INDICATOR
}
