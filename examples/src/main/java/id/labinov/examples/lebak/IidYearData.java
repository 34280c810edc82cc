package id.labinov.examples.lebak;

import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.StatedValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The committed data of Lebak's IID 2026 year, read from three CSV files beside this class:
 * {@value #DOCUMENTS} (the evidence register: what the lab admin registers), {@value #CLAIMS} (the
 * levels claimed per innovation and indicator, with the documents each links) and
 * {@value #DECISIONS} (the verifier's decisions, written by hand from the documents, not computed).
 * Lines starting with {@code #} are comments; the first other line names the columns. Innovations
 * are named by their registration number in the 2019 lab year and their title, which must agree.
 *
 * @param documents the documents, in file order
 * @param claims the claims, in file order
 * @param decisions the verifier's decisions, in file order
 */
record IidYearData(List<DocumentRow> documents, List<ClaimRow> claims, List<DecisionRow> decisions) {
  /** The evidence register's documents. */
  static final String DOCUMENTS = "lebak-iid-2026-dokumen.csv";
  /** The region's claims. */
  static final String CLAIMS = "lebak-iid-2026-klaim.csv";
  /** The verifier's decisions. */
  static final String DECISIONS = "lebak-iid-2026-verifikasi.csv";

  /**
   * One document of the register.
   *
   * @param id the register's id
   * @param kind its kind
   * @param number its number, if it has one
   * @param date its date
   * @param subject what it is about
   * @param issuer who issued it, as written
   * @param issuerLevel the issuer's level
   */
  record DocumentRow(String id, DocumentKind kind, Optional<String> number, LocalDate date, String subject,
      String issuer, IssuerLevel issuerLevel) {}

  /**
   * One claim.
   *
   * @param number the innovation's registration number in the 2019 lab year
   * @param title the innovation's title
   * @param indicator the indicator's code
   * @param level the level claimed
   * @param value the value stated, if any
   * @param documentIds the documents linked
   */
  record ClaimRow(int number, String title, String indicator, int level, Optional<StatedValue> value,
      List<String> documentIds) {}

  /**
   * One decision of the verifier.
   *
   * @param number the innovation's registration number
   * @param title the innovation's title
   * @param indicator the indicator's code
   * @param level the level accepted, 0 for none
   * @param note the verifier's note
   */
  record DecisionRow(int number, String title, String indicator, int level, String note) {}

  /**
   * Reads the three files from the class path.
   *
   * @return the data
   * @throws IllegalStateException naming the file, line and column of a malformed value
   */
  static IidYearData load() {
    List<DocumentRow> documents = new ArrayList<>();
    for (DataFile.Row r : read(DOCUMENTS, "id", "jenis", "nomor", "tanggal", "tentang", "penerbit", "tingkat_penerbit")) {
      documents.add(new DocumentRow(r.text(0), DocumentKind.of(r.text(1)), r.optional(2), r.date(3), r.text(4),
          r.text(5), r.issuerLevel(6)));
    }
    List<ClaimRow> claims = new ArrayList<>();
    for (DataFile.Row r : read(CLAIMS, "no", "judul", "indikator", "tingkat", "nilai", "satuan", "dokumen")) {
      Optional<StatedValue> value = r.optional(4).map(v -> new StatedValue(r.decimal(4), r.text(5)));
      List<String> ids = r.optional(6).map(d -> List.of(d.trim().split(" +"))).orElse(List.of());
      claims.add(new ClaimRow(r.number(0), r.text(1), r.text(2), r.number(3), value, ids));
    }
    List<DecisionRow> decisions = new ArrayList<>();
    for (DataFile.Row r : read(DECISIONS, "no", "judul", "indikator", "tingkat_verifikasi", "catatan")) {
      decisions.add(new DecisionRow(r.number(0), r.text(1), r.text(2), r.number(3), r.text(4)));
    }
    return new IidYearData(List.copyOf(documents), List.copyOf(claims), List.copyOf(decisions));
  }

  private static List<DataFile.Row> read(String file, String... columns) {
    return DataFile.read(file, columns);
  }
}
