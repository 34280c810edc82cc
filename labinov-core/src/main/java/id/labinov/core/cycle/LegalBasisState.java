package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.model.Labelled;

/** Whether a displayed innovation still has a valid legal basis (SK, Perkada or Perda) in the evidence register. */
@Beta
public enum LegalBasisState implements Labelled {
  /** Ada: an active decree or regulation linked to the innovation. */
  VALID,
  /** Kedaluwarsa: the decree or regulation linked to the innovation is no longer in force (flagged). */
  EXPIRED,
  /** Tidak ada: no active decree or regulation linked to the innovation (flagged). */
  MISSING
}
