package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.model.Labelled;

/** The group (kelompok) an innovation enters a competition in; KIPP's groups, {@link #GENERAL} elsewhere. */
@Beta
public enum EntryGroup implements Labelled {
  /** Kelompok umum: the general group. */
  GENERAL,
  /** Kelompok replikasi: an innovation that replicates another region's. */
  REPLICATION,
  /** Kelompok khusus: the special group (e.g. a given theme or year's focus). */
  SPECIAL
}
