package id.labinov.examples.lebak;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.iid.ClaimResult;
import id.labinov.core.iid.MissingIndicator;
import id.labinov.core.iid.PreflightReport;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.Verification;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.examples.lebak.IidSummary.ClaimFigures;
import id.labinov.examples.lebak.IidYearData.ClaimRow;
import id.labinov.examples.lebak.LebakLabYear.PlayedYear;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Lebak example continued: after the 2019 innovation week the lab prepares its 64 displayed
 * innovations for the regional innovation index (IID) of 2026, the year of the indicator scheme
 * labinov ships, so the T-2..T-0 windows are 2024-2026 and the 2019 evidence (the innovation week's
 * photo, an old team decree, a launch article) falls outside them. In March 2026 the lab admin
 * registers 223 documents, in April puts 371 claims and runs the pre-flight; in July the verifier
 * records a decision on every claim. The documents, claims and decisions are committed CSV files
 * ({@link IidYearData}); the verifier's decisions were written by hand from the documents, so how
 * often the pre-flight foresaw them is measured. The readiness report is written to an output folder.
 *
 * <p>Runs the lab year first (quietly), on a fresh H2 file database by default, in memory with
 * {@code --memory}, or on a server with a JDBC URL. Arguments: {@code [jdbcUrl] [--memory]
 * [--out folder] [--user u] [--password p] [--prefix table_prefix_]}.
 */
public final class LebakIidYear {
  private LebakIidYear() {}

  /**
   * Where and on what the IID year runs.
   *
   * @param output the output folder (the readiness report; the H2 database in {@code db/})
   * @param inMemory whether to run on in-memory stores instead of a database
   * @param jdbcUrl a server's JDBC URL, or {@code null} for the H2 file database
   * @param user the server user, or {@code null}
   * @param password the server password, or {@code null}
   * @param tablePrefix the table prefix, or {@code null}: {@code lbv_} on H2, a fresh one on a server
   */
  public record Settings(Path output, boolean inMemory, String jdbcUrl, String user, String password,
      String tablePrefix) {
    /**
     * Reads the settings from the arguments and the system properties the lab year reads.
     *
     * @param args {@code [jdbcUrl] [--memory] [--out folder] [--user u] [--password p] [--prefix p]}
     * @return the settings
     * @throws IllegalArgumentException for an unknown option, or a JDBC URL with {@code --memory}
     */
    public static Settings from(String... args) {
      List<String> rest = new ArrayList<>();
      Path out = Path.of(System.getProperty("labinov.examples.output", "output"), "lebak-iid-2026");
      boolean memory = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--memory" -> memory = true;
          case "--out" -> out = Path.of(args[++i]);
          default -> rest.add(args[i]);
        }
      }
      LebakLabYear.Settings db = LebakLabYear.Settings.from(rest.toArray(String[]::new));
      if (memory && db.jdbcUrl() != null && rest.stream().anyMatch(a -> a.startsWith("jdbc:"))) {
        throw new IllegalArgumentException("give either --memory or a JDBC URL, not both");
      }
      return new Settings(out.toAbsolutePath(), memory, memory ? null : db.jdbcUrl(), db.user(), db.password(),
          db.tablePrefix());
    }
  }

  /**
   * Runs the IID year with the settings from the arguments and prints its summary.
   *
   * @param args see {@link Settings#from(String...)}
   */
  public static void main(String[] args) {
    ConsoleLogs.quiet();
    run(Settings.from(args), System.out);
  }

  /**
   * Runs the lab year, then the IID year: documents, claims, pre-flight, verification, readiness report.
   *
   * @param settings where and on what
   * @param out where progress and summary go
   * @return what happened, read back from the register and the verification stream
   */
  public static IidSummary run(Settings settings, PrintStream out) {
    return LabStores.open(settings.inMemory(), settings.jdbcUrl(), settings.user(), settings.password(),
        settings.tablePrefix(), settings.output().resolve("db"), "lbi", (stores, database) -> run(settings, stores,
            database, out));
  }

  private static IidSummary run(Settings settings, LabStores stores, String database, PrintStream out) {
    out.println("LABINOV Kabupaten Lebak (36.02) - persiapan IID " + IidPreparation.YEAR + ", basis data " + database);
    PlayedYear year = LebakLabYear.play(stores, new PrintStream(OutputStream.nullOutputStream()));
    Map<Integer, InnovationRef> displayed = year.displayedByNumber();
    Map<Integer, String> titles = year.displayedTitles();
    out.println("Laboratorium Inovasi 2019 dijalankan ulang: " + displayed.size()
        + " inovasi ditampilkan di Pekan Inovasi Daerah 12-14 Desember 2019");
    year.directory().person(Person.named(PersonId.of(IidPreparation.VERIFIER.personId().value()),
        IidPreparation.VERIFIER_NAME));

    IidYearData data = IidYearData.load();
    IidPreparation prep = new IidPreparation(year.lab(), year.clock(), displayed, titles);
    int documents = prep.registerDocuments(data);
    long old = data.documents().stream().filter(d -> d.date().getYear() < IidPreparation.YEAR - 2).count();
    out.println("Maret 2026: " + documents + " bukti dukung didaftarkan admin laboratorium; " + old
        + " di antaranya bertanggal sebelum 2024, di luar T-2..T-0 (2024-2026)");
    int claims = prep.putClaims(data);
    Map<Integer, PreflightReport> preflight = prep.preflight();
    Map<Integer, List<String>> missing = new TreeMap<>();
    preflight.forEach((number, report) -> {
      for (MissingIndicator m : report.missingMandatory()) {
        missing.computeIfAbsent(number, k -> new ArrayList<>()).add(m.criterion().code());
      }
    });
    List<ClaimFigures> rows = figures(data, preflight, List.of());
    long over = rows.stream().filter(r -> r.supported() < r.claimed()).count();
    out.println("April 2026: " + claims + " klaim untuk " + displayed.size() + " inovasi; pra-periksa: " + over
        + " klaim melebihi buktinya, " + missing.size() + " inovasi belum mengklaim semua indikator wajib");
    int decisions = prep.verify(data);
    List<RecordedVerification> recorded = year.lab().iid().verifications(LabYear.ADMIN, LabYear.LEBAK,
        IidPreparation.YEAR);
    out.println("Juli 2026: " + decisions + " keputusan verifikator dicatat");

    rows = figures(data, preflight, recorded);
    RatingBands bands = RatingBands.findLatestUpTo(IidPreparation.YEAR)
        .orElseThrow(() -> new IllegalStateException("labinov ships no rating bands up to " + IidPreparation.YEAR));
    Map<String, RegionalIndexEstimate> estimates = IidSummary.estimates(new ArrayList<>(displayed.keySet()), rows, bands);
    year.clock().at(java.time.LocalDate.of(2026, 7, 31), 120);
    List<Path> files = new ReadinessFiles(year.lab(), year.directory(), year.clock().instant())
        .writeAll(settings.output());
    IidSummary summary = new IidSummary(settings.output(), database, displayed.size(), documents, (int) old, rows,
        missing, estimates.get("claimed"), estimates.get("supported"), estimates.get("verified"), bands,
        year.lab().iid().agreement(LabYear.ADMIN, LabYear.LEBAK, IidPreparation.YEAR), files);
    summary.print(out);
    return summary;
  }

  /** The claims of the data file with the pre-flight's level and the verified one (0 when not verified). */
  private static List<ClaimFigures> figures(IidYearData data, Map<Integer, PreflightReport> preflight,
      List<RecordedVerification> recorded) {
    Map<String, ClaimResult> results = IidPreparation.byKey(preflight);
    Map<String, Verification> decisions = new TreeMap<>();
    List<ClaimFigures> out = new ArrayList<>();
    for (RecordedVerification r : recorded) {
      Verification v = r.verification();
      decisions.put(v.key().innovation().orElseThrow() + "/" + v.key().indicator(), v);
    }
    for (ClaimRow c : data.claims()) {
      ClaimResult result = results.get(c.number() + "/" + c.indicator());
      Verification v = decisions.get(result.claim().innovation().orElseThrow() + "/" + c.indicator());
      out.add(new ClaimFigures(c.number(), c.title(), c.indicator(), result.criterion().weight(), c.level(),
          result.supportedLevel(), v == null ? 0 : v.verifiedLevel()));
    }
    return out;
  }
}
