package id.labinov.oracle.readiness;

import id.labinov.core.evaluation.Band;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.ClaimResult;
import id.labinov.core.iid.Gap;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.MissingIndicator;
import id.labinov.core.iid.Preflight;
import id.labinov.core.iid.PreflightReport;
import id.labinov.core.model.InnovationId;
import id.labinov.oracle.readiness.RegisterPlay.Decision;
import id.labinov.oracle.readiness.RegisterPlay.Inputs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The IID readiness figures recomputed from the register's inputs, as README and the report's
 * definitions state them: per claim weight x level on the claimed, supported and verified basis; per
 * innovation the sums, points to gain and points per gap; the fixes and the innovations in the order
 * "points per gap, highest first" (compared here as quotients to 30 decimals); the index as
 * (SPD + sum / max(10, n) + count) / 250 x 100 to 2 decimals; the band by looking the index up in the
 * bands' ranges; the agreement by counting the decisions.
 */
public final class ReadinessOracle {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ReadinessOracle() {}

  /** The report's options as the oracle gives them: {@code null} for a score not entered. */
  public record Options(BigDecimal spd, BigDecimal spdVerified, BigDecimal countScore, RatingBands bands) {}

  /** One claim of an innovation. */
  public record Claim(InnovationId innovation, String title, String indicator, BigDecimal weight, int claimed,
      int supported, Integer verified, int gaps, String sentence, List<String> reasons) {
    BigDecimal claimedPoints() {
      return weight.multiply(BigDecimal.valueOf(claimed));
    }

    BigDecimal supportedPoints() {
      return weight.multiply(BigDecimal.valueOf(supported));
    }

    BigDecimal gain() {
      return claimedPoints().subtract(supportedPoints());
    }
  }

  /** One innovation with claims. */
  public record Row(InnovationId id, String title, String opd, String opdName, int claims, int claimsVerified,
      BigDecimal claimed, BigDecimal supported, BigDecimal verified, BigDecimal gain, int gaps, BigDecimal perGap,
      List<String> missing, List<Claim> claimRows) {}

  /** One fix. */
  public record Fix(int rank, InnovationId id, String title, String indicator, int claimed, int supported,
      BigDecimal gain, int gaps, BigDecimal perGap) {}

  /** The index on one basis. */
  public record Index(String basis, BigDecimal sum, BigDecimal sid, BigDecimal spd, BigDecimal count,
      BigDecimal index, String band) {}

  /** The agreement of one indicator (or {@code *}). */
  public record Agreement(String indicator, int compared, int agreed, int higher, int lower, int unpredicted,
      BigDecimal percent) {}

  /** Everything the report should say. */
  public record Expected(int year, List<Row> rows, List<Fix> fixes, List<Index> index, int bandsYear,
      boolean bandsVerified, List<Agreement> agreement, Agreement overall, long claims, long claimsVerified,
      BigDecimal claimedTotal, BigDecimal supportedTotal, BigDecimal verifiedTotal, BigDecimal gain, long gaps,
      long missingMandatory) {}

  /**
   * Computes the expectation.
   *
   * @param in the inputs
   * @param options the options
   * @param locale the report's language (for the pre-flight's sentences)
   * @return the expected figures
   */
  public static Expected expect(Inputs in, Options options, Locale locale) {
    EvaluationScheme scheme = EvaluationSchemes.iidInnovationIndicators();
    Map<String, Integer> order = new LinkedHashMap<>();
    scheme.criteria().forEach(c -> order.put(c.code(), order.size()));
    // the innovations of the region with claims in the year
    Map<InnovationId, List<IndicatorClaim>> byInnovation = new LinkedHashMap<>();
    for (IndicatorClaim c : in.claims().values()) {
      if (c.region().equals(RegisterPlay.LEBAK) && c.year() == in.year() && c.innovation().isPresent()) {
        byInnovation.computeIfAbsent(c.innovation().get(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<InnovationId, List<IndicatorClaim>> e : byInnovation.entrySet()) {
      RegisterPlay.Innovation inv = in.innovations().get(e.getKey());
      PreflightReport p = Preflight.iidInnovationIndicators().run(in.year(), e.getValue(),
          RegisterPlay.linked(e.getValue(), in.documents()));
      List<Claim> claims = new ArrayList<>();
      for (ClaimResult r : p.results()) {
        Criterion c = scheme.findCriterion(r.claim().indicator()).orElseThrow();
        Decision d = in.decisions().get(ClaimKey.of(r.claim()));
        List<String> reasons = new ArrayList<>();
        for (Gap g : r.gaps()) {
          reasons.add(g.message(locale));
        }
        claims.add(new Claim(e.getKey(), inv.title(), c.code(), c.weight(), r.claim().claimedLevel(),
            r.supportedLevel(), d == null ? null : d.verifiedLevel(), r.gaps().size(), r.sentence(locale), reasons));
      }
      claims.sort(Comparator.comparing(x -> order.get(x.indicator())));
      BigDecimal claimed = BigDecimal.ZERO;
      BigDecimal supported = BigDecimal.ZERO;
      BigDecimal verified = BigDecimal.ZERO;
      int gaps = 0;
      int decided = 0;
      for (Claim x : claims) {
        claimed = claimed.add(x.claimedPoints());
        supported = supported.add(x.supportedPoints());
        if (x.verified() != null) {
          verified = verified.add(x.weight().multiply(BigDecimal.valueOf(x.verified())));
          decided++;
        }
        gaps += x.gaps();
      }
      List<String> missing = new ArrayList<>();
      for (MissingIndicator m : p.missingMandatory()) {
        missing.add(m.criterion().code());
      }
      missing.sort(Comparator.comparing(order::get));
      BigDecimal gain = claimed.subtract(supported);
      rows.add(new Row(e.getKey(), inv.title(), inv.opd(), inv.opd() == null ? null
          : RegisterPlay.OPD_NAMES.get(inv.opd()), claims.size(), decided, claimed, supported, verified, gain, gaps,
          gaps == 0 ? null : gain.divide(BigDecimal.valueOf(gaps), 2, RoundingMode.HALF_UP), missing, claims));
    }
    // with gaps first, by points per gap (highest first), then points to gain, title, id
    rows.sort(Comparator.comparing((Row r) -> r.gaps() == 0)
        .thenComparing((Row r) -> r.gaps() == 0 ? BigDecimal.ZERO : quotient(r.gain(), r.gaps()),
            Comparator.reverseOrder())
        .thenComparing(Row::gain, Comparator.reverseOrder()).thenComparing(Row::title)
        .thenComparing(r -> r.id().toString()));
    List<Claim> withGaps = new ArrayList<>();
    rows.forEach(r -> r.claimRows().stream().filter(c -> c.gaps() > 0).forEach(withGaps::add));
    withGaps.sort(Comparator.comparing((Claim c) -> quotient(c.gain(), c.gaps()), Comparator.reverseOrder())
        .thenComparing(Claim::gain, Comparator.reverseOrder()).thenComparing(Claim::title)
        .thenComparing(Claim::indicator).thenComparing(c -> c.innovation().toString()));
    List<Fix> fixes = new ArrayList<>();
    for (Claim c : withGaps) {
      fixes.add(new Fix(fixes.size() + 1, c.innovation(), c.title(), c.indicator(), c.claimed(), c.supported(),
          c.gain(), c.gaps(), c.gain().divide(BigDecimal.valueOf(c.gaps()), 2, RoundingMode.HALF_UP)));
    }
    // the bands: those given, else the year's, else the latest shipped year before it, else the earliest
    RatingBands bands = options.bands();
    if (bands == null) {
      int chosen = RatingBands.years().get(0);
      for (int y : RatingBands.years()) {
        if (y <= in.year()) {
          chosen = y;
        }
      }
      bands = RatingBands.forYear(chosen);
    }
    BigDecimal spd = options.spd() == null ? BigDecimal.ZERO : options.spd();
    BigDecimal spdVerified = options.spdVerified() == null ? spd : options.spdVerified();
    BigDecimal count = options.countScore() == null ? BigDecimal.ZERO : options.countScore();
    BigDecimal claimedTotal = sum(rows, Row::claimed);
    BigDecimal supportedTotal = sum(rows, Row::supported);
    BigDecimal verifiedTotal = sum(rows, Row::verified);
    List<Index> index = List.of(index("claimed", claimedTotal, rows.size(), spd, count, bands),
        index("supported", supportedTotal, rows.size(), spd, count, bands),
        index("verified", verifiedTotal, rows.size(), spdVerified, count, bands));
    // the agreement over the latest decision on every claim of the region and year
    Map<String, int[]> counts = new TreeMap<>();
    int[] all = new int[5];
    for (Map.Entry<ClaimKey, Decision> e : in.decisions().entrySet()) {
      if (!e.getKey().region().equals(RegisterPlay.LEBAK) || e.getKey().year() != in.year()) {
        continue;
      }
      for (int[] c : List.of(counts.computeIfAbsent(e.getKey().indicator(), k -> new int[5]), all)) {
        Decision d = e.getValue();
        if (d.predicted().isEmpty()) {
          c[4]++;
        } else {
          c[0]++;
          int p = d.predicted().getAsInt();
          c[p == d.verifiedLevel() ? 1 : p > d.verifiedLevel() ? 2 : 3]++;
        }
      }
    }
    List<Agreement> agreement = new ArrayList<>();
    counts.forEach((code, c) -> agreement.add(agreement(code, c)));
    long claims = rows.stream().mapToLong(Row::claims).sum();
    long decided = rows.stream().mapToLong(Row::claimsVerified).sum();
    long gaps = rows.stream().mapToLong(Row::gaps).sum();
    long missing = rows.stream().filter(r -> !r.missing().isEmpty()).count();
    return new Expected(in.year(), rows, fixes, index, bands.year(), bands.verified(), agreement,
        agreement("*", all), claims, decided, claimedTotal, supportedTotal, verifiedTotal,
        claimedTotal.subtract(supportedTotal), gaps, missing);
  }

  private static BigDecimal quotient(BigDecimal a, int b) {
    return a.divide(BigDecimal.valueOf(b), 30, RoundingMode.HALF_UP);
  }

  private static BigDecimal sum(List<Row> rows, java.util.function.Function<Row, BigDecimal> f) {
    BigDecimal s = BigDecimal.ZERO;
    for (Row r : rows) {
      s = s.add(f.apply(r));
    }
    return s;
  }

  private static Index index(String basis, BigDecimal sum, int n, BigDecimal spd, BigDecimal count, RatingBands bands) {
    BigDecimal d = BigDecimal.valueOf(Math.max(10, n));
    BigDecimal maximum = BigDecimal.valueOf(63 + 111 + 76);
    java.math.MathContext wide = new java.math.MathContext(60);
    BigDecimal sid = sum.divide(d, wide);
    BigDecimal value = spd.add(sid).add(count).divide(maximum, wide).multiply(HUNDRED)
        .setScale(2, RoundingMode.HALF_UP);
    String band = null;
    for (Band b : bands.bands()) {
      if (value.compareTo(b.min()) >= 0 && (b.max() == null || value.compareTo(b.max()) < 0)) {
        band = b.code();
      }
    }
    return new Index(basis, sum, sid.setScale(2, RoundingMode.HALF_UP), spd, count, value, band);
  }

  private static Agreement agreement(String code, int[] c) {
    return new Agreement(code, c[0], c[1], c[2], c[3], c[4], c[0] == 0 ? null
        : BigDecimal.valueOf(c[1] * 100L).divide(BigDecimal.valueOf(c[0]), 1, RoundingMode.HALF_UP));
  }
}
