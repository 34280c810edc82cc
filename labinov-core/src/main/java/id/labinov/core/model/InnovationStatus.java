package id.labinov.core.model;

/** Whether an innovation is moving, paused or stopped. Orthogonal to its stage. */
public enum InnovationStatus implements Labelled {
  /** Aktif: moving through the stages. */
  ACTIVE,
  /** Ditunda: on hold; days in stage do not count. */
  ON_HOLD,
  /** Dihentikan: dropped; may be reopened in the stage it was dropped from. */
  DROPPED
}
