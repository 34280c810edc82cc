package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.model.Labelled;

/** What came of a competition entry. An entry starts as {@link #ENTERED} and is updated when results are out. */
@Beta
public enum EntryResult implements Labelled {
  /** Didaftarkan: entered, no result yet. */
  ENTERED,
  /** Tidak lolos: not selected. */
  NOT_SELECTED,
  /** Nominasi: nominated (shortlisted) without a top-tier place. */
  NOMINEE,
  /** Top 99 (KIPP). */
  TOP_99,
  /** Top 45 (KIPP's top tier). */
  TOP_45,
  /** Pemenang / terbaik: a winner of the award. */
  WINNER
}
