package id.labinov.core.model;

/** The type (jenis) of a regional innovation. */
public enum Jenis implements Labelled {
  /** Digital (online). */
  DIGITAL,
  /** Non-digital (offline), e.g. community empowerment. */
  NON_DIGITAL
}
