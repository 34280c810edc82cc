package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.model.Labelled;

/** A competition a region enters its innovations in, year after year. */
@Beta
public enum Competition implements Labelled {
  /** Innovative Government Award: Kemendagri's award built on the regional innovation index (IID). */
  IGA,
  /** Kompetisi Inovasi Pelayanan Publik: KemenPAN-RB's public-service innovation competition (SiNovik). */
  KIPP
}
