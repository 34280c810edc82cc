package id.labinov.core.properties;

/** Deterministic Indonesian-looking texts of a given number of words, for narratives and titles. */
final class Texts {
  private static final String[] WORDS = {
    "posyandu", "digital", "mengirim", "jadwal", "dan", "pengingat", "imunisasi", "kepada", "ibu", "hamil",
    "balita", "desa", "terpencil", "layanan", "publik", "cepat", "mudah", "warga", "kecamatan", "data",
    "terpadu", "aplikasi", "perizinan", "sekolah", "ramah", "anak", "bank", "sampah", "kampung", "sehat"};

  private Texts() {}

  /**
   * Returns a text of exactly {@code words} words (0 gives the empty text), varied by {@code seed}.
   *
   * @param words how many words
   * @param seed which variation
   * @return the text
   */
  static String words(int words, int seed) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(i % 13 == 0 ? ". " : " ");
      }
      sb.append(WORDS[Math.floorMod(seed * 7 + i * 11 + i / 3, WORDS.length)]);
    }
    return sb.toString();
  }
}
