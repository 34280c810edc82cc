package id.labinov.core.model;

/**
 * Urusan pemerintahan: the government affair an innovation belongs to (UU 23/2014), with the
 * supporting functions (fungsi penunjang) under which many internal innovations fall.
 */
public enum GovernmentAffair implements Labelled {
  /** Pendidikan (education). */
  PENDIDIKAN,
  /** Kesehatan (health). */
  KESEHATAN,
  /** Pekerjaan umum dan penataan ruang (public works and spatial planning). */
  PEKERJAAN_UMUM_PENATAAN_RUANG,
  /** Perumahan rakyat dan kawasan permukiman (housing and settlements). */
  PERUMAHAN_KAWASAN_PERMUKIMAN,
  /** Ketenteraman, ketertiban umum dan pelindungan masyarakat (public order and protection). */
  KETENTERAMAN_KETERTIBAN_UMUM,
  /** Sosial (social affairs). */
  SOSIAL,
  /** Tenaga kerja (manpower). */
  TENAGA_KERJA,
  /** Pemberdayaan perempuan dan pelindungan anak (women's empowerment and child protection). */
  PEMBERDAYAAN_PEREMPUAN_PERLINDUNGAN_ANAK,
  /** Pangan (food). */
  PANGAN,
  /** Pertanahan (land). */
  PERTANAHAN,
  /** Lingkungan hidup (environment). */
  LINGKUNGAN_HIDUP,
  /** Administrasi kependudukan dan pencatatan sipil (civil registration). */
  ADMINISTRASI_KEPENDUDUKAN,
  /** Pemberdayaan masyarakat dan desa (community and village empowerment). */
  PEMBERDAYAAN_MASYARAKAT_DESA,
  /** Pengendalian penduduk dan keluarga berencana (population control and family planning). */
  PENGENDALIAN_PENDUDUK_KB,
  /** Perhubungan (transport). */
  PERHUBUNGAN,
  /** Komunikasi dan informatika (communication and informatics). */
  KOMUNIKASI_INFORMATIKA,
  /** Koperasi, usaha kecil dan menengah (cooperatives and SMEs). */
  KOPERASI_UKM,
  /** Penanaman modal (investment). */
  PENANAMAN_MODAL,
  /** Kepemudaan dan olahraga (youth and sport). */
  KEPEMUDAAN_OLAHRAGA,
  /** Statistik (statistics). */
  STATISTIK,
  /** Persandian (cryptography). */
  PERSANDIAN,
  /** Kebudayaan (culture). */
  KEBUDAYAAN,
  /** Perpustakaan (libraries). */
  PERPUSTAKAAN,
  /** Kearsipan (archives). */
  KEARSIPAN,
  /** Kelautan dan perikanan (marine affairs and fisheries). */
  KELAUTAN_PERIKANAN,
  /** Pariwisata (tourism). */
  PARIWISATA,
  /** Pertanian (agriculture). */
  PERTANIAN,
  /** Kehutanan (forestry). */
  KEHUTANAN,
  /** Energi dan sumber daya mineral (energy and mineral resources). */
  ENERGI_SUMBER_DAYA_MINERAL,
  /** Perdagangan (trade). */
  PERDAGANGAN,
  /** Perindustrian (industry). */
  PERINDUSTRIAN,
  /** Transmigrasi (transmigration). */
  TRANSMIGRASI,
  /** Fungsi penunjang: perencanaan (planning). */
  PERENCANAAN,
  /** Fungsi penunjang: keuangan (finance). */
  KEUANGAN,
  /** Fungsi penunjang: kepegawaian (personnel). */
  KEPEGAWAIAN,
  /** Fungsi penunjang: penelitian dan pengembangan (research and development). */
  PENELITIAN_PENGEMBANGAN,
  /** Fungsi penunjang: pengawasan (internal oversight). */
  PENGAWASAN,
  /** Any other affair or function. */
  LAINNYA
}
