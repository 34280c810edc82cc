package id.labinov.examples.lebak;

import id.labinov.core.memory.InMemoryDirectory;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Theme;
import id.labinov.core.spi.Directory;
import id.labinov.core.spi.DirectoryEntry;
import id.labinov.core.spi.DirectoryStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The work units (OPD) of Kabupaten Lebak that take part in the synthetic lab year, with the
 * government affair they serve, the themes their ideas lean to and a few idea titles each; and the
 * names the reports show for units, themes and people (with each person's NIP or PPPK number, which
 * no report shows), kept in core's {@link InMemoryDirectory} (a
 * lab on a database would load them into {@code JdbcStorage.directory()} instead, e.g. with
 * {@code labinov directory load names.csv}). Thread-safe.
 */
public final class LebakDirectory implements Directory {
  /** Kota Layak Anak: child-friendly city. */
  public static final Theme KOTA_LAYAK_ANAK = Theme.of("KOTA_LAYAK_ANAK");
  /** KOTAKU, Kota Tanpa Kumuh: slum-free city. */
  public static final Theme KOTA_TANPA_KUMUH = Theme.of("KOTA_TANPA_KUMUH");
  /** Pemberdayaan masyarakat: community empowerment. */
  public static final Theme PEMBERDAYAAN_MASYARAKAT = Theme.of("PEMBERDAYAAN_MASYARAKAT");
  /** Pelayanan digital: services moved online. */
  public static final Theme PELAYANAN_DIGITAL = Theme.of("PELAYANAN_DIGITAL");
  /** Penurunan stunting: fewer stunted children. */
  public static final Theme PENURUNAN_STUNTING = Theme.of("PENURUNAN_STUNTING");

  private static final Map<Theme, String[]> THEME_NAMES = Map.of(
      KOTA_LAYAK_ANAK, new String[] {"Kota Layak Anak", "Child-friendly city"},
      KOTA_TANPA_KUMUH, new String[] {"Kota Tanpa Kumuh (KOTAKU)", "Slum-free city"},
      PEMBERDAYAAN_MASYARAKAT, new String[] {"Pemberdayaan Masyarakat", "Community empowerment"},
      PELAYANAN_DIGITAL, new String[] {"Pelayanan Digital", "Digital services"},
      PENURUNAN_STUNTING, new String[] {"Penurunan Stunting", "Stunting reduction"});

  /**
   * One participating unit.
   *
   * @param code the OPD code
   * @param name its name, e.g. {@code Dinas Kesehatan}
   * @param affair the government affair its innovations mostly serve
   * @param bentuk the usual form of its innovations
   * @param themes themes its ideas lean to (may be empty)
   * @param titles idea titles; a title with "SI", "e-", "Online", "Aplikasi" or "Digital" is digital
   */
  public record Unit(OpdCode code, String name, GovernmentAffair affair, Bentuk bentuk, List<Theme> themes,
      List<String> titles) {}

  private final Map<OpdCode, Unit> units = new LinkedHashMap<>();
  private final DirectoryStore names = new InMemoryDirectory();
  /** The people recorded, in the order they were first recorded (a later record replaces an earlier one). */
  private final Map<PersonId, Person> people = new LinkedHashMap<>();

  /** Creates the directory of Lebak's participating units. */
  public LebakDirectory() {
    GovernmentAffair kes = GovernmentAffair.KESEHATAN;
    add("DINKES", "Dinas Kesehatan", kes, Bentuk.PELAYANAN_PUBLIK, List.of(PENURUNAN_STUNTING),
        "Posyandu Digital Lebak", "Gerakan Ibu Hamil Sehat (GEULIS)", "SIGAP Imunisasi", "Kader Jemput Bola Gizi Buruk");
    add("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", GovernmentAffair.PENDIDIKAN, Bentuk.PELAYANAN_PUBLIK,
        List.of(KOTA_LAYAK_ANAK), "Sekolah Ramah Anak Baduy", "Aplikasi Absensi Guru Daring", "Kelas Literasi Kampung",
        "Beasiswa Anak Nelayan Binuangeun");
    add("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN,
        Bentuk.PELAYANAN_PUBLIK, List.of(KOTA_LAYAK_ANAK), "Akta Lahir Online (ALO)", "Jemput Bola KTP-el Lansia",
        "SI-KIA Kartu Identitas Anak", "Dukcapil Masuk Desa");
    add("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", GovernmentAffair.PENANAMAN_MODAL,
        Bentuk.PELAYANAN_PUBLIK, List.of(), "Izin Usaha Online Sehari Jadi", "Mobil Perizinan Keliling",
        "SI-CANTIK Cepat Tanpa Antre", "Klinik Investasi Desa");
    add("DINSOS", "Dinas Sosial", GovernmentAffair.SOSIAL, Bentuk.PELAYANAN_PUBLIK, List.of(PEMBERDAYAAN_MASYARAKAT),
        "Data Terpadu Kesejahteraan Digital", "Rumah Singgah Disabilitas", "Lumbung Sosial Desa", "SI-PENA Bansos Tepat Sasaran");
    add("DISKOMINFO", "Dinas Komunikasi, Informatika, Statistik dan Persandian", GovernmentAffair.KOMUNIKASI_INFORMATIKA,
        Bentuk.TATA_KELOLA_PEMERINTAHAN, List.of(PELAYANAN_DIGITAL), "Lebak Satu Data", "Aplikasi Lapor Bupati",
        "Desa Internet Mandiri", "e-Office Kabupaten Lebak");
    add("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", GovernmentAffair.PEKERJAAN_UMUM_PENATAAN_RUANG,
        Bentuk.PELAYANAN_PUBLIK, List.of(KOTA_TANPA_KUMUH), "SI-JALAN Lapor Jalan Rusak", "Drainase Gotong Royong",
        "Peta Tata Ruang Online", "Jembatan Gantung Swadaya");
    add("DPKPP", "Dinas Perumahan, Kawasan Permukiman dan Pertanahan", GovernmentAffair.PERUMAHAN_KAWASAN_PERMUKIMAN,
        Bentuk.PELAYANAN_PUBLIK, List.of(KOTA_TANPA_KUMUH), "Bedah Rumah Gotong Royong", "Kampung Tanpa Kumuh Rangkasbitung",
        "SI-RUTILAHU Data Rumah Tidak Layak Huni", "Sanitasi Berbasis Masyarakat");
    add("DLH", "Dinas Lingkungan Hidup", GovernmentAffair.LINGKUNGAN_HIDUP, Bentuk.LAINNYA, List.of(KOTA_TANPA_KUMUH),
        "Bank Sampah Sekolah", "Sedekah Sampah Masjid", "Aplikasi Angkut Sampah", "Sungai Ciujung Bersih");
    add("DISHUB", "Dinas Perhubungan", GovernmentAffair.PERHUBUNGAN, Bentuk.PELAYANAN_PUBLIK, List.of(KOTA_LAYAK_ANAK),
        "Zona Selamat Sekolah", "Uji KIR Online", "Angkutan Pelajar Gratis", "Parkir Digital Pasar Rangkasbitung");
    add("DP3AP2KB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB",
        GovernmentAffair.PEMBERDAYAAN_PEREMPUAN_PERLINDUNGAN_ANAK, Bentuk.PELAYANAN_PUBLIK, List.of(KOTA_LAYAK_ANAK),
        "Ruang Bermain Ramah Anak", "Forum Anak Desa", "SI-PUSPA Pengaduan Kekerasan Anak", "Kampung KB Mandiri");
    add("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", GovernmentAffair.PEMBERDAYAAN_MASYARAKAT_DESA, Bentuk.LAINNYA,
        List.of(PEMBERDAYAAN_MASYARAKAT), "BUMDes Mandiri", "Sekolah Kader Desa", "Siskeudes Online Desa", "Pasar Desa Wisata");
    add("DISTAN", "Dinas Pertanian", GovernmentAffair.PERTANIAN, Bentuk.LAINNYA, List.of(PEMBERDAYAAN_MASYARAKAT),
        "Petani Milenial Lebak", "Klinik Tanaman Keliling", "Aplikasi Harga Gabah", "Lumbung Pangan Kelompok Tani");
    add("DISPERINDAG", "Dinas Perindustrian dan Perdagangan", GovernmentAffair.PERDAGANGAN, Bentuk.PELAYANAN_PUBLIK,
        List.of(PEMBERDAYAAN_MASYARAKAT), "Pasar Online Produk Lokal", "Tera Ulang Keliling", "Gula Aren Naik Kelas",
        "Kios Kemasan UMKM");
    add("DISPAR", "Dinas Pariwisata", GovernmentAffair.PARIWISATA, Bentuk.LAINNYA, List.of(PEMBERDAYAAN_MASYARAKAT),
        "Desa Wisata Sawarna Bersinar", "Aplikasi Pemandu Wisata Lebak", "Pokdarwis Tangguh", "Festival Seba Baduy Digital");
    add("DISKOPUKM", "Dinas Koperasi dan Usaha Kecil Menengah", GovernmentAffair.KOPERASI_UKM, Bentuk.LAINNYA,
        List.of(PEMBERDAYAAN_MASYARAKAT), "Klinik UMKM", "Koperasi Online Terpadu", "Inkubator Usaha Perempuan", "Rumah Kemasan");
    add("DISNAKERTRANS", "Dinas Tenaga Kerja dan Transmigrasi", GovernmentAffair.TENAGA_KERJA, Bentuk.PELAYANAN_PUBLIK,
        List.of(), "Bursa Kerja Online", "Pelatihan Kerja Keliling", "Kartu Kuning Digital", "Desa Migran Produktif");
    add("DISPUSIP", "Dinas Perpustakaan dan Kearsipan", GovernmentAffair.PERPUSTAKAAN, Bentuk.PELAYANAN_PUBLIK,
        List.of(KOTA_LAYAK_ANAK), "Perpustakaan Keliling Multatuli", "e-Arsip Desa", "Pojok Baca Posyandu", "Dongeng Anak Lebak");
    add("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", GovernmentAffair.PERENCANAAN, Bentuk.TATA_KELOLA_PEMERINTAHAN,
        List.of(), "Musrenbang Online", "SI-EVA Evaluasi Pembangunan", "Peta Kemiskinan Desa", "Forum Perencanaan Anak");
    add("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", GovernmentAffair.KEUANGAN, Bentuk.TATA_KELOLA_PEMERINTAHAN,
        List.of(), "Aset Daerah Online", "Transaksi Non Tunai OPD", "Kasda Digital", "Klinik Laporan Keuangan");
    add("BAPENDA", "Badan Pendapatan Daerah", GovernmentAffair.KEUANGAN, Bentuk.PELAYANAN_PUBLIK, List.of(PELAYANAN_DIGITAL),
        "Bayar PBB Online", "PBB Jemput Bola Desa", "e-BPHTB Lebak", "Pajak Restoran Tapping Box");
    add("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", GovernmentAffair.KEPEGAWAIAN,
        Bentuk.TATA_KELOLA_PEMERINTAHAN, List.of(), "Satu ASN Satu Inovasi", "e-Kinerja ASN", "Layanan Kenaikan Pangkat Online",
        "Coaching Clinic ASN Muda");
    add("BPBD", "Badan Penanggulangan Bencana Daerah", GovernmentAffair.KETENTERAMAN_KETERTIBAN_UMUM, Bentuk.PELAYANAN_PUBLIK,
        List.of(PEMBERDAYAAN_MASYARAKAT), "Desa Tangguh Bencana", "Aplikasi Peringatan Dini Banjir Ciujung",
        "Sekolah Siaga Bencana", "Relawan Tanggap Longsor");
    add("INSPEKTORAT", "Inspektorat Daerah", GovernmentAffair.PENGAWASAN, Bentuk.TATA_KELOLA_PEMERINTAHAN, List.of(),
        "Klinik Pengawasan Dana Desa", "e-Audit Internal", "Saber Pungli Online", "Pendampingan SPIP OPD");
    add("RSUD-ADJIDARMO", "RSUD dr. Adjidarmo", kes, Bentuk.PELAYANAN_PUBLIK, List.of(PENURUNAN_STUNTING),
        "Antrean Online Poliklinik", "Rujukan Terintegrasi Puskesmas", "Kangguru Bayi Prematur", "Layanan Obat Antar Rumah");
    add("KEC-RANGKASBITUNG", "Kecamatan Rangkasbitung", GovernmentAffair.PERUMAHAN_KAWASAN_PERMUKIMAN, Bentuk.PELAYANAN_PUBLIK,
        List.of(KOTA_TANPA_KUMUH, KOTA_LAYAK_ANAK), "Taman Hati Blok Kongsen Layak Anak", "Kampung Kota Bebas Kumuh",
        "PATEN Online Kecamatan", "Ronda Sampah Warga");
    add("KEC-CIBADAK", "Kecamatan Cibadak", GovernmentAffair.PEMBERDAYAAN_MASYARAKAT_DESA, Bentuk.PELAYANAN_PUBLIK,
        List.of(PEMBERDAYAAN_MASYARAKAT), "Layanan Kecamatan Keliling", "Kelompok Wanita Tani Cibadak",
        "SI-PADU Surat Desa", "Posyandu Remaja Cibadak");
    add("KEC-MALINGPING", "Kecamatan Malingping", GovernmentAffair.PEMBERDAYAAN_MASYARAKAT_DESA, Bentuk.PELAYANAN_PUBLIK,
        List.of(PEMBERDAYAAN_MASYARAKAT), "Nelayan Berdaya Malingping", "Kecamatan Tanpa Antre Online",
        "Kampung Literasi Pesisir", "Gotong Royong Jalan Desa");
    add("KEC-BAYAH", "Kecamatan Bayah", GovernmentAffair.PARIWISATA, Bentuk.LAINNYA, List.of(PEMBERDAYAAN_MASYARAKAT),
        "Pemuda Sadar Wisata Bayah", "Pantai Bersih Sampah Plastik", "Info Wisata Bayah Digital", "Batik Bayah Naik Kelas");
    add("KEC-WARUNGGUNUNG", "Kecamatan Warunggunung", GovernmentAffair.PEMBERDAYAAN_MASYARAKAT_DESA, Bentuk.PELAYANAN_PUBLIK,
        List.of(KOTA_LAYAK_ANAK), "Desa Layak Anak Warunggunung", "Layanan Adminduk Sabtu", "Aplikasi Surat Pengantar RT",
        "Majelis Taklim Peduli Gizi");
    add("KEC-CILELES", "Kecamatan Cileles", GovernmentAffair.PEMBERDAYAAN_MASYARAKAT_DESA, Bentuk.LAINNYA,
        List.of(PEMBERDAYAAN_MASYARAKAT), "Kebun Gizi Keluarga Cileles", "Madrasah Diniyah Ramah Anak",
        "SI-DESA Cileles Online", "Sentra Emping Melinjo");
    add("PKM-CIBADAK", "Puskesmas Cibadak", kes, Bentuk.PELAYANAN_PUBLIK, List.of(PENURUNAN_STUNTING),
        "Kelas Ibu Balita Cibadak", "SMS Pengingat Kontrol Hipertensi", "Dapur Sehat Atasi Stunting (DASHAT)",
        "Bidan Sahabat Ibu Hamil");
    add("PKM-RANGKASBITUNG", "Puskesmas Rangkasbitung", kes, Bentuk.PELAYANAN_PUBLIK, List.of(PENURUNAN_STUNTING),
        "Pendaftaran Puskesmas Online", "Posbindu PTM Kantor", "Jumantik Cilik", "Pojok Laktasi Pasar");
    add("PKM-MALINGPING", "Puskesmas Malingping", kes, Bentuk.PELAYANAN_PUBLIK, List.of(PENURUNAN_STUNTING),
        "Ambulans Desa Siaga", "Telekonsultasi Bidan Desa", "Gerakan Makan Ikan Balita", "Kader TB Jemput Bola");
    add("PKM-KALANGANYAR", "Puskesmas Kalanganyar", kes, Bentuk.PELAYANAN_PUBLIK, List.of(PENURUNAN_STUNTING),
        "Rumah Gizi Kalanganyar", "Aplikasi Rekam Medis Puskesmas", "Senam Lansia Berdaya", "Sanitasi Sehat Santri");
    names.putAll(entries());
  }

  /** The unit and theme names in both languages, as one bulk put. */
  private List<DirectoryEntry> entries() {
    List<DirectoryEntry> out = new ArrayList<>();
    units.values().forEach(u -> out.add(DirectoryEntry.opd(u.code(), u.name())));
    THEME_NAMES.forEach((theme, n) -> {
      out.add(DirectoryEntry.theme(theme, Locale.forLanguageTag("id"), n[0]));
      out.add(DirectoryEntry.theme(theme, Locale.ENGLISH, n[1]));
    });
    return out;
  }

  private void add(String code, String name, GovernmentAffair affair, Bentuk bentuk, List<Theme> themes, String... titles) {
    OpdCode c = OpdCode.of(code);
    units.put(c, new Unit(c, name, affair, bentuk, themes, List.of(titles)));
  }

  /** Returns the participating units, in a fixed order. */
  public List<Unit> units() {
    return List.copyOf(units.values());
  }

  /**
   * Records a person: the display name, which reports show in the audit trail and the profile only,
   * and the NIP or PPPK number, which the directory keeps and no report reads.
   *
   * @param person the person's record
   */
  public void person(Person person) {
    synchronized (people) {
      names.putPerson(person);
      people.put(person.id(), person);
    }
  }

  /**
   * Returns every entry this directory holds, for a bulk put into another directory (a database's,
   * {@code JdbcStorage.directory()}): the units' names, the themes' names in Indonesian and English, then
   * every person recorded so far, in the order first recorded, with the NIP or PPPK number the record has.
   *
   * @return the entries, a new list the caller may change
   */
  List<DirectoryEntry> allEntries() {
    List<DirectoryEntry> out = entries();
    synchronized (people) {
      people.values().forEach(p -> out.add(DirectoryEntry.person(p)));
    }
    return out;
  }

  @Override
  public Optional<String> findOpdName(OpdCode opd) {
    return names.findOpdName(opd);
  }

  @Override
  public PersonName findPersonName(PersonId person) {
    return names.findPersonName(person);
  }

  @Override
  public Optional<String> findThemeName(Theme theme, Locale locale) {
    return names.findThemeName(theme, locale);
  }
}
