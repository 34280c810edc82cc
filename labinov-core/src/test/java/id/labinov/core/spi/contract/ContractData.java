package id.labinov.core.spi.contract;

import id.labinov.core.model.Actor;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** Test data shared by the store contract: regions, actors, evidence and varied details. */
public final class ContractData {
  /** Kabupaten Lebak, Banten. */
  public static final RegionCode LEBAK = RegionCode.parse("36.02");
  /** Kabupaten Tangerang, Banten. */
  public static final RegionCode TANGERANG = RegionCode.parse("36.03");
  /** Kota Tangerang, Banten. */
  public static final RegionCode KOTA_TANGERANG = RegionCode.parse("36.71");
  /** Kabupaten Bogor, Jawa Barat: outside Banten. */
  public static final RegionCode BOGOR = RegionCode.parse("32.01");

  public static final Actor INNOVATOR = Actor.of("asn-dinkes-017", "DINKES", Role.INNOVATOR).in(LEBAK);
  public static final Actor HEAD = Actor.of("kadis-dinkes", "DINKES", Role.OPD_HEAD).in(LEBAK);
  public static final Actor COACH = Actor.of("coach-lan-03", null, Role.COACH).in(LEBAK);
  public static final Actor ADMIN = Actor.of("admin-bappeda", "BAPPEDA", Role.LAB_ADMIN).in(LEBAK);

  /** Titles chosen to probe the title search: case, NFC, and SQL wildcard characters. */
  private static final String[] TITLES = {
    "Posyandu Digital", "SIMPEL Perizinan", "Sistem \u00c9lektronik Arsip", "Layanan 100% Online",
    "Data_Terpadu Desa", "Kampung KB Sehat", "Lapor Bupati"};
  private static final String[] OPDS = {"DINKES", "DISHUB", null};
  private static final Bentuk[] BENTUK = {Bentuk.PELAYANAN_PUBLIK, Bentuk.TATA_KELOLA_PEMERINTAHAN, Bentuk.LAINNYA, null};
  private static final Jenis[] JENIS = {Jenis.DIGITAL, Jenis.NON_DIGITAL, null, Jenis.DIGITAL, Jenis.NON_DIGITAL};
  private static final String[][] THEMES = {{}, {"KOTA_LAYAK_ANAK"}, {"KOTA_TANPA_KUMUH"},
    {"KOTA_LAYAK_ANAK", "SMART_CITY"}, {}, {"SMART_CITY"}};

  private ContractData() {}

  /** Details complete enough for the DRUM_UP gate: a title and the unit DINKES. */
  public static InnovationDetails details() {
    return InnovationDetails.titled("Posyandu Digital Lebak")
        .withOpd(OpdCode.of("DINKES"))
        .withClassification(Bentuk.PELAYANAN_PUBLIK, Jenis.DIGITAL);
  }

  /**
   * Returns the {@code i}th of a varied family of details: titles, units, forms, types and themes
   * cycle with different periods, so every combination of filters has some matches and some misses.
   *
   * @param i the index
   * @return the details
   */
  public static InnovationDetails variety(int i) {
    String opd = OPDS[i % OPDS.length];
    Set<Theme> themes = new java.util.TreeSet<>();
    for (String t : THEMES[i % THEMES.length]) {
      themes.add(Theme.of(t));
    }
    return InnovationDetails.titled(TITLES[i % TITLES.length] + " " + (i + 1))
        .withOpd(opd == null ? null : OpdCode.of(opd))
        .withClassification(BENTUK[i % BENTUK.length], JENIS[i % JENIS.length])
        .withThemes(themes);
  }

  /**
   * Returns the programme of the {@code i}th innovation of the varied family, or {@code null}.
   *
   * @param i the index
   * @return the programme id
   */
  public static String programme(int i) {
    return switch (i % 4) {
      case 0, 3 -> "PIL-2024";
      case 1 -> "PIL-2025";
      default -> null;
    };
  }

  /**
   * A piece of evidence whose SHA-256 is the hash of the file name.
   *
   * @param kind the kind
   * @param file the file name
   * @return the evidence
   */
  public static EvidenceRef evidence(String kind, String file) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest((kind + "/" + file).getBytes(StandardCharsets.UTF_8));
      return EvidenceRef.of(kind, "https://files.lebakkab.go.id/labinov/" + file, HexFormat.of().formatHex(sha),
          file.endsWith(".jpg") ? "image/jpeg" : "application/pdf", 120_000);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Returns a text of exactly {@code n} words.
   *
   * @param n the number of words
   * @return the text
   */
  public static String words(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append("kata").append(i + 1);
    }
    return sb.toString();
  }
}
