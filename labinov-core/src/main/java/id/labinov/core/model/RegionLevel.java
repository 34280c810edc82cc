package id.labinov.core.model;

/** The administrative level a {@link RegionCode} denotes, from its number of segments. */
public enum RegionLevel {
  /** Provinsi: {@code PP}. */
  PROVINCE,
  /** Kabupaten (regency, {@code KK} 01-69) or kota (city, {@code KK} 71-99): {@code PP.KK}. */
  REGENCY_OR_CITY,
  /** Kecamatan (district): {@code PP.KK.CC}. */
  DISTRICT,
  /** Desa or kelurahan (village): {@code PP.KK.CC.NNNN}. */
  VILLAGE
}
