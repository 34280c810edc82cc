package id.labinov.examples.lebak;

import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndex;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.i18n.Messages;
import id.labinov.core.iid.VerificationAgreement;
import id.labinov.core.iid.VerificationAgreement.IndicatorAgreement;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * What Lebak's IID 2026 year came to, read back from the register and the verification stream after
 * the run, and printed as the console summary: per claim the level claimed, the level the evidence
 * supports (the pre-flight) and the level verified; the totals and index estimates of each; how often
 * the pre-flight foresaw the verifier.
 *
 * <p>The estimates use the 2023 formula ({@link RegionalIndex}) with the region-level score and the
 * innovation-count score as the region enters them ({@link #SPD_CLAIMED}, {@link #SPD_VERIFIED},
 * {@link #COUNT_SCORE}: inputs of the example, not computed). labinov ships no rating bands for 2026,
 * so the band is that of the latest shipped year before it (2025, unverified).
 *
 * @param output the folder the readiness report was written to
 * @param database the database it ran on
 * @param innovations innovations displayed in 2019 and prepared for the index
 * @param documents documents registered
 * @param documentsBeforeWindow documents dated before T-2
 * @param claims one row per claim, in the order of the claims file
 * @param missingMandatory per registration number, the codes of the mandatory indicators left unclaimed
 * @param claimed the estimate from the claimed levels
 * @param supported the estimate from the levels the evidence supports
 * @param verified the estimate from the verified levels
 * @param bands the rating bands applied
 * @param agreement how often the pre-flight's prediction equalled the verifier's level
 * @param files the readiness report's files
 */
public record IidSummary(Path output, String database, int innovations, int documents, int documentsBeforeWindow,
    List<ClaimFigures> claims, Map<Integer, List<String>> missingMandatory, RegionalIndexEstimate claimed,
    RegionalIndexEstimate supported, RegionalIndexEstimate verified, RatingBands bands,
    VerificationAgreement agreement, List<Path> files) {
  /** The region-level score (SPD, indicators 1-15) Lebak enters as claimed: an input of the example. */
  public static final BigDecimal SPD_CLAIMED = new BigDecimal("44");
  /** The region-level score after verification, as Lebak enters it: an input of the example. */
  public static final BigDecimal SPD_VERIFIED = new BigDecimal("39");
  /** The innovation-count score Lebak enters (its computation is not published): an input of the example. */
  public static final BigDecimal COUNT_SCORE = new BigDecimal("60");
  /** The shipped indicator scheme (IID 2026): weights, labels and mandatory flags. */
  static final EvaluationScheme SCHEME = EvaluationSchemes.iidInnovationIndicators();

  /**
   * One claim with its three levels.
   *
   * @param number the innovation's registration number in the 2019 lab year
   * @param title the innovation's title
   * @param indicator the indicator's code
   * @param weight the indicator's weight
   * @param claimed the level claimed
   * @param supported the level the linked evidence supports (the pre-flight)
   * @param verified the level the verifier accepted (0 if not verified)
   */
  public record ClaimFigures(int number, String title, String indicator, BigDecimal weight, int claimed,
      int supported, int verified) {}

  // copies the lists and the map
  public IidSummary {
    claims = List.copyOf(claims);
    missingMandatory = Map.copyOf(missingMandatory);
    files = List.copyOf(files);
  }

  /** Computes the three estimates for the claims of {@code innovations} innovations. */
  static Map<String, RegionalIndexEstimate> estimates(List<Integer> innovations, List<ClaimFigures> claims,
      RatingBands bands) {
    Map<String, RegionalIndexEstimate> out = new LinkedHashMap<>();
    out.put("claimed", estimate(innovations, claims, ClaimFigures::claimed, SPD_CLAIMED, bands));
    out.put("supported", estimate(innovations, claims, ClaimFigures::supported, SPD_CLAIMED, bands));
    out.put("verified", estimate(innovations, claims, ClaimFigures::verified, SPD_VERIFIED, bands));
    return out;
  }

  private static RegionalIndexEstimate estimate(List<Integer> innovations, List<ClaimFigures> claims,
      ToIntFunction<ClaimFigures> level, BigDecimal spd, RatingBands bands) {
    Map<Integer, Map<String, Integer>> levels = new TreeMap<>();
    for (int number : innovations) {
      Map<String, Integer> m = new TreeMap<>();
      // a mandatory indicator left unclaimed counts 0, and the estimate needs it named
      SCHEME.criteria().stream().filter(Criterion::mandatory).forEach(c -> m.put(c.code(), 0));
      levels.put(number, m);
    }
    for (ClaimFigures c : claims) {
      levels.get(c.number()).put(c.indicator(), level.applyAsInt(c));
    }
    return RegionalIndex.estimate(IidPreparation.YEAR, new ArrayList<>(levels.values()), spd, COUNT_SCORE, bands);
  }

  /** {@return the points claimed: the sum over the claims of weight x claimed level} */
  public BigDecimal claimedPoints() {
    return points(ClaimFigures::claimed);
  }

  /** {@return the points the evidence supports: the sum of weight x supported level} */
  public BigDecimal supportedPoints() {
    return points(ClaimFigures::supported);
  }

  /** {@return the points verified: the sum of weight x verified level} */
  public BigDecimal verifiedPoints() {
    return points(ClaimFigures::verified);
  }

  private BigDecimal points(ToIntFunction<ClaimFigures> level) {
    return claims.stream().map(c -> c.weight().multiply(BigDecimal.valueOf(level.applyAsInt(c))))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** {@return the claims whose evidence supports less than claimed} */
  public long overClaimed() {
    return claims.stream().filter(c -> c.supported() < c.claimed()).count();
  }

  /**
   * Returns the indicators with the lowest agreement, lowest first (ties: more decisions first, then
   * by code); only indicators with decisions compared.
   *
   * @param n how many
   * @return at most {@code n} rows
   */
  public List<IndicatorAgreement> worstIndicators(int n) {
    return agreement.indicators().stream().filter(r -> r.compared() > 0)
        .sorted(Comparator.comparing((IndicatorAgreement r) -> r.percent().orElseThrow())
            .thenComparing(IndicatorAgreement::compared, Comparator.reverseOrder())
            .thenComparing(IndicatorAgreement::indicator))
        .limit(n).toList();
  }

  /** Returns an indicator's Indonesian name. */
  static String label(String code) {
    return SCHEME.findCriterion(code).map(c -> c.label().in(Messages.INDONESIAN)).orElse(code);
  }

  void print(PrintStream out) {
    out.println();
    out.println("Ringkasan IID " + IidPreparation.YEAR + " - Kabupaten Lebak (36.02), " + innovations
        + " inovasi, " + claims.size() + " klaim");
    out.println(String.format("  %-30s %12s %12s %12s", "", "diklaim", "didukung", "diverifikasi"));
    out.println(String.format("  %-30s %12s %12s %12s", "nilai indikator inovasi", number(claimedPoints()),
        number(supportedPoints()), number(verifiedPoints())));
    out.println(String.format("  %-30s %12s %12s %12s", "bagian inovasi pada SID", number(claimed.sidInnovations()),
        number(supported.sidInnovations()), number(verified.sidInnovations())));
    out.println(String.format("  %-30s %12s %12s %12s", "perkiraan IID", number(claimed.index()),
        number(supported.index()), number(verified.index())));
    out.println(String.format("  %-30s %12s %12s %12s", "predikat", band(claimed), band(supported), band(verified)));
    out.println("  SPD diisi daerah " + number(SPD_CLAIMED) + " (setelah verifikasi " + number(SPD_VERIFIED)
        + "), skor jumlah inovasi " + number(COUNT_SCORE) + "; predikat menurut pita " + bands.year()
        + (bands.verified() ? "" : " yang belum terverifikasi") + ", karena pita " + IidPreparation.YEAR
        + " belum tersedia");
    IndicatorAgreement all = agreement.overall();
    out.println("  kesesuaian pra-periksa dengan verifikator: " + percent(all) + " (" + all.agreed() + " dari "
        + all.compared() + " keputusan sama; pra-periksa lebih longgar " + all.predictedHigher()
        + ", lebih ketat " + all.predictedLower() + ")");
    out.println("  kesesuaian terendah:");
    for (IndicatorAgreement r : worstIndicators(3)) {
      out.println(String.format("    %-45s %6s (%d dari %d)", label(r.indicator()), percent(r), r.agreed(),
          r.compared()));
    }
    out.println("  laporan kesiapan: " + files.size() + " berkas di " + output);
  }

  private static String band(RegionalIndexEstimate e) {
    return e.rating().label().in(Messages.INDONESIAN);
  }

  /** An Indonesian number: thousands with a dot, decimals with a comma, as many decimals as it has. */
  static String number(BigDecimal value) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Messages.INDONESIAN));
    f.setMinimumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
    return f.format(value);
  }

  private static String percent(IndicatorAgreement r) {
    return r.percent().map(p -> {
      DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Messages.INDONESIAN));
      return f.format(p) + "%";
    }).orElse("-");
  }
}
