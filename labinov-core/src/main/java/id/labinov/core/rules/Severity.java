package id.labinov.core.rules;

/** How binding a gate rule is. */
public enum Severity {
  /** Must be met: a violation refuses the transition. */
  MUST,
  /** Should be met: a violation is reported as a warning and does not refuse. */
  SHOULD
}
