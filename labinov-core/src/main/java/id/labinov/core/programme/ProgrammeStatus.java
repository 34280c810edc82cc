package id.labinov.core.programme;

import id.labinov.core.model.Labelled;

/** Whether a programme accepts innovations. */
public enum ProgrammeStatus implements Labelled {
  /** Dibuka: accepting proposals and moves. */
  OPEN,
  /** Ditutup: closed; no new proposals join it. */
  CLOSED
}
