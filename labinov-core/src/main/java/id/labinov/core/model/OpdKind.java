package id.labinov.core.model;

/** The kind of a regional work unit (UU 23/2014 art. 209, plus the technical units that join labs). */
public enum OpdKind implements Labelled {
  /** Sekretariat Daerah (regional secretariat). */
  SEKRETARIAT_DAERAH,
  /** Sekretariat DPRD (secretariat of the regional parliament). */
  SEKRETARIAT_DPRD,
  /** Inspektorat (inspectorate). */
  INSPEKTORAT,
  /** Dinas (service agency). */
  DINAS,
  /** Badan (board or agency, e.g. Bappeda). */
  BADAN,
  /** Kecamatan (district office; kabupaten/kota only). */
  KECAMATAN,
  /** Kelurahan (urban village office). */
  KELURAHAN,
  /** Rumah Sakit Umum Daerah (regional hospital). */
  RSUD,
  /** Puskesmas (community health centre, a UPTD). */
  PUSKESMAS,
  /** Sekolah (school, a UPTD). */
  SEKOLAH,
  /** Another UPTD (technical implementing unit). */
  UPTD,
  /** BUMD (regionally owned enterprise). */
  BUMD,
  /** Any other unit. */
  LAINNYA
}
