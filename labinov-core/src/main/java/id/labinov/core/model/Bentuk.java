package id.labinov.core.model;

/** The form (bentuk) of a regional innovation, PP 38/2017. */
public enum Bentuk implements Labelled {
  /** Inovasi tata kelola pemerintahan daerah: internal governance and management. */
  TATA_KELOLA_PEMERINTAHAN,
  /** Inovasi pelayanan publik: public goods, services and administrative services. */
  PELAYANAN_PUBLIK,
  /** Inovasi daerah lainnya: any other affair under regional authority. */
  LAINNYA
}
