package id.labinov.examples.lebak;

import id.labinov.core.model.Jenis;
import id.labinov.examples.lebak.LebakScenario.Detour;
import id.labinov.examples.lebak.LebakScenario.Idea;
import java.util.ArrayList;
import java.util.List;

/** The narrative texts of the synthetic ideas, in Bahasa Indonesia, built from the idea itself. */
final class Texts {
  /** How many sections of the design narrative a first draft has written (the rest come later). */
  private static final int DRAFT_SECTIONS = 4;

  private Texts() {}

  static String problem(Idea idea) {
    if (idea.has(Detour.SHORT_PROBLEM)) {
      return "Layanan " + idea.unit().name() + " masih lambat dan jauh dari warga.";
    }
    return "Warga di desa-desa yang jauh dari pusat kecamatan harus menempuh perjalanan berjam-jam untuk mendapat "
        + "layanan " + idea.unit().name() + ", sehingga banyak yang menunda atau tidak datang sama sekali dan cakupan "
        + "layanan tetap rendah.";
  }

  static String ideaSummary(Idea idea) {
    return idea.jenis() == Jenis.DIGITAL
        ? idea.title() + ": layanan daring yang dapat diakses warga dari telepon genggam, dengan petugas yang menindaklanjuti."
        : idea.title() + ": gerakan bersama warga, kader dan petugas untuk membawa layanan ke tingkat desa.";
  }

  /**
   * Returns the complete design narrative (rancang bangun) of an idea: legal basis, problem,
   * strategic issue, method, novelty, steps, resources, monitoring, risks and sustainability, one
   * paragraph each, with details that vary with the idea. It is longer than the 300 words the 5D
   * rulebook asks for.
   */
  static String narrative(Idea idea) {
    return String.join("\n\n", sections(idea));
  }

  /**
   * Returns an unfinished first draft: only the first sections of {@link #narrative(Idea)}, each
   * complete, so it is shorter than the rulebook's 300 words.
   */
  static String draftNarrative(Idea idea) {
    return String.join("\n\n", sections(idea).subList(0, DRAFT_SECTIONS + idea.number() % 2));
  }

  private static List<String> sections(Idea idea) {
    String unit = idea.unit().name();
    boolean digital = idea.jenis() == Jenis.DIGITAL;
    int n = idea.number();
    List<String> s = new ArrayList<>();
    s.add("Inovasi " + idea.title() + " disusun oleh " + unit + " dengan berpedoman pada Peraturan Pemerintah Nomor 38 "
        + "Tahun 2017 tentang Inovasi Daerah. Di tingkat kabupaten, pelaksanaannya mengacu pada Peraturan Bupati Lebak "
        + "tentang Laboratorium Inovasi serta prioritas pembangunan dalam RPJMD Kabupaten Lebak.");
    s.add("Permasalahan yang hendak dijawab ditemukan pada tahap diagnosis bersama warga dan pendamping. Layanan "
        + unit + " belum menjangkau desa-desa yang jauh, pencatatannya masih " + (digital ? "tersebar di buku dan "
        + "lembar kerja yang berbeda" : "manual di buku register") + ", dan keluhan warga belum tertangani dalam waktu "
        + "yang wajar.");
    s.add("Isu strategis yang terkait adalah pemerataan layanan di wilayah Kabupaten Lebak yang luas dan berbukit, "
        + "dengan " + (n % 3 == 0 ? "banyak desa di wilayah selatan" : n % 3 == 1 ? "sebagian desa di sekitar kawasan "
        + "Baduy" : "beberapa desa di pesisir selatan") + " yang hanya dapat dijangkau dengan kendaraan roda dua. Isu "
        + "ini sejalan dengan upaya daerah meningkatkan kualitas pelayanan publik.");
    s.add(digital
        ? "Metode pembaharuannya adalah memindahkan pendaftaran, pelacakan dan pengaduan ke aplikasi yang dapat dibuka "
            + "dari telepon genggam. Petugas tetap hadir di kantor desa untuk membantu warga yang belum terbiasa dengan "
            + "layanan daring, sehingga tidak ada warga yang tertinggal."
        : "Metode pembaharuannya adalah membawa layanan ke tingkat desa melalui jadwal kunjungan tetap. Kader desa menjadi "
            + "penghubung yang mendata warga sasaran dan mengingatkan mereka menjelang hari layanan, sehingga petugas "
            + "datang ke tempat yang tepat pada waktu yang tepat.");
    s.add("Keunggulan inovasi ini terletak pada pembagian peran yang jelas antara petugas " + unit + ", pemerintah desa, "
        + "kader dan tokoh masyarakat. Kebaruannya, data layanan dicatat sejak hari pertama, sehingga capaian dan "
        + "hambatan dapat dibaca setiap bulan, bukan hanya pada akhir tahun.");
    s.add("Tahapan inovasi disusun dalam empat langkah. Pertama, tim memetakan sasaran dan lokasi prioritas bersama "
        + "camat. Kedua, tim menyiapkan prosedur kerja, formulir dan pembagian tugas. Ketiga, layanan diuji coba di "
        + new String[] {"dua", "tiga", "empat"}[n % 3] + " desa selama " + (n % 2 == 0 ? "satu bulan" : "enam minggu") + ". Keempat, hasil uji coba "
        + "dievaluasi sebelum layanan diperluas ke desa lain.");
    s.add("Sumber daya yang diperlukan meliputi tim pelaksana yang ditetapkan dengan keputusan kepala perangkat daerah, "
        + (digital ? "perangkat dan jaringan yang sudah tersedia di kantor" : "sarana yang sudah tersedia di kantor dan "
        + "di balai desa") + ", serta anggaran dari APBD Kabupaten Lebak yang dilengkapi dana desa dan swadaya "
        + "masyarakat.");
    s.add("Pemantauan dilakukan setiap bulan dalam rapat singkat tim inovasi bersama kepala perangkat daerah. "
        + "Indikator yang dipantau antara lain jumlah warga terlayani, lama penyelesaian layanan, dan jumlah pengaduan "
        + "yang ditindaklanjuti.");
    s.add("Risiko utama yang diantisipasi adalah pergantian petugas dan " + (digital ? "lemahnya sinyal telepon di "
        + "beberapa desa" : "jadwal kunjungan yang bertabrakan dengan musim tanam") + ". Untuk itu tim menyiapkan "
        + "panduan tertulis bagi petugas baru dan cara kerja cadangan yang tetap dapat dijalankan ketika kendala itu "
        + "muncul.");
    s.add("Agar berkelanjutan, inovasi ini akan dimasukkan ke dalam rencana kerja " + unit + " tahun berikutnya dan "
        + "diusulkan untuk ditetapkan dengan keputusan bupati. Tim juga membuka kesempatan bagi perangkat daerah dan "
        + "desa lain untuk mereplikasi " + idea.title() + " sesuai kebutuhan setempat.");
    return s;
  }

  static String goals(Idea idea) {
    return "Meningkatkan cakupan layanan " + idea.unit().name() + " di seluruh kecamatan sasaran pada akhir 2019.";
  }

  static String benefits(Idea idea) {
    return idea.jenis() == Jenis.DIGITAL
        ? "Warga tidak perlu datang ke kantor; waktu layanan lebih singkat dan tercatat."
        : "Warga dan kader desa ikut menjalankan layanan; masyarakat lebih berdaya.";
  }

  static String results(Idea idea) {
    return (120 + 37 * idea.number()) + " warga terlayani selama uji coba dan penerapan di "
        + (2 + idea.number() % 9) + " desa.";
  }
}
