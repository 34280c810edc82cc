package id.labinov.core.model;

/** The stage (tahapan) reported in the national innovation profile. */
public enum NationalStage implements Labelled {
  /** Inisiatif (initiative: designed and formally set). */
  INISIATIF,
  /** Uji coba (trial). */
  UJI_COBA,
  /** Penerapan (implementation). */
  PENERAPAN
}
