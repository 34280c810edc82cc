package id.labinov.core.model;

/** Who initiated an innovation (inisiator), PP 38/2017. */
public enum InitiatorType implements Labelled {
  /** Kepala daerah (head of region). */
  KEPALA_DAERAH,
  /** Anggota DPRD (member of the regional parliament). */
  ANGGOTA_DPRD,
  /** ASN (a civil servant). */
  ASN,
  /** Perangkat daerah (a work unit). */
  PERANGKAT_DAERAH,
  /** Masyarakat (the community, a citizen). */
  MASYARAKAT
}
