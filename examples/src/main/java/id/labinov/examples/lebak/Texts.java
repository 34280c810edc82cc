package id.labinov.examples.lebak;

import id.labinov.core.model.Jenis;
import id.labinov.examples.lebak.LebakScenario.Detour;
import id.labinov.examples.lebak.LebakScenario.Idea;

/** The narrative texts of the synthetic ideas, in Bahasa Indonesia, built from the idea itself. */
final class Texts {
  private static final String[] DESIGN = {
      "Dasar hukum inovasi ini adalah Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah dan "
          + "Peraturan Bupati Lebak tentang Laboratorium Inovasi.",
      "Permasalahan utama yang dijawab adalah layanan yang lambat, jauh dari warga dan tidak tercatat dengan baik.",
      "Isu strategis yang terkait adalah pemerataan layanan di wilayah selatan Kabupaten Lebak yang luas dan berbukit.",
      "Metode pembaharuan yang dipakai adalah memindahkan langkah layanan lebih dekat kepada warga dan memangkas "
          + "tahapan yang tidak perlu.",
      "Keunggulan dan kebaruan inovasi ini terletak pada kerja sama antara petugas, kader desa dan tokoh masyarakat.",
      "Cara kerja inovasi dimulai dari pendataan sasaran, dilanjutkan dengan layanan terjadwal, lalu pemantauan bulanan "
          + "bersama kecamatan.",
      "Setiap bulan tim inovasi menyusun laporan singkat dan membahas hambatan bersama kepala perangkat daerah.",
      "Anggaran berasal dari APBD Kabupaten Lebak dan dana desa, dengan dukungan swadaya masyarakat setempat.",
  };

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

  /** Returns a design narrative (rancang bangun) of exactly {@code words} words. */
  static String narrative(Idea idea, int words) {
    StringBuilder sb = new StringBuilder("Inovasi " + idea.title() + " dari " + idea.unit().name() + ". ");
    int n = 0;
    while (count(sb) < words) {
      sb.append(DESIGN[n++ % DESIGN.length]).append(' ');
    }
    String[] parts = sb.toString().strip().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(parts, words));
  }

  private static int count(CharSequence s) {
    return s.toString().strip().split("\\s+").length;
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
