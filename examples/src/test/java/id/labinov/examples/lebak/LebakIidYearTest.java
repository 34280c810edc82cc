package id.labinov.examples.lebak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.iid.VerificationAgreement;
import id.labinov.core.iid.VerificationAgreement.IndicatorAgreement;
import id.labinov.examples.lebak.IidRuns.CsvRow;
import id.labinov.examples.lebak.IidRuns.IidRun;
import id.labinov.examples.lebak.IidSummary.ClaimFigures;
import id.labinov.examples.lebak.LebakScenario.Fate;
import id.labinov.reporting.render.ReportFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the IID 2026 example in memory and on H2 and checks it against what the tests read on their
 * own: the committed documents and claims, and the verifier's hand-written decisions, parsed with the
 * tests' CSV reader; the weights and mandatory flags from the scheme's JSON. The agreement and the
 * totals are recounted here from those rows (an oracle), so neither is taken from the example's code.
 */
class LebakIidYearTest {
  private static final List<CsvRow> DOCUMENTS = IidRuns.csv(IidYearData.DOCUMENTS);
  private static final List<CsvRow> CLAIMS = IidRuns.csv(IidYearData.CLAIMS);
  private static final List<CsvRow> FIXTURE = IidRuns.csv(IidYearData.DECISIONS);
  @TempDir static Path folder;
  private static IidRun memory;
  private static IidRun h2;

  @BeforeAll
  static void run() {
    memory = IidRuns.memory();
    h2 = IidRuns.run(new LebakIidYear.Settings(folder.resolve("h2"), false, null, null, null, null));
  }

  @Test
  void everyDisplayedInnovationIsPreparedAndEveryRowOfTheDataReachesTheRegister() {
    IidSummary s = memory.summary();
    long displayed = LebakScenario.plan(new LebakDirectory()).count(Fate.DISPLAYED);
    assertThat(s.innovations()).isEqualTo(displayed).isEqualTo(64);
    assertThat(CLAIMS.stream().map(r -> r.get("no")).distinct().count()).isEqualTo(displayed);
    assertThat(s.documents()).isEqualTo(DOCUMENTS.size()).isEqualTo(223);
    assertThat(s.claims()).hasSameSizeAs(CLAIMS).hasSize(371);
    for (int i = 0; i < CLAIMS.size(); i++) {
      CsvRow row = CLAIMS.get(i);
      ClaimFigures c = s.claims().get(i);
      assertThat(c.number() + "/" + c.indicator()).as("line %d", row.line()).isEqualTo(row.claim());
      assertThat(c.title()).isEqualTo(row.get("judul"));
      assertThat(c.claimed()).isEqualTo(row.number("tingkat"));
    }
  }

  @Test
  void theFixtureHoldsOneDecisionOnEveryClaimAndNoOther() {
    Map<String, CsvRow> claims = byClaim(CLAIMS);
    Map<String, CsvRow> decisions = byClaim(FIXTURE);
    assertThat(decisions.keySet()).isEqualTo(claims.keySet());
    decisions.forEach((key, d) -> {
      CsvRow c = claims.get(key);
      assertThat(d.get("judul")).as(key).isEqualTo(c.get("judul"));
      assertThat(d.number("tingkat_verifikasi")).as(key).isBetween(0, c.number("tingkat"));
      assertThat(d.get("catatan")).as(key).isNotBlank();
    });
  }

  @Test
  void theVerifiedLevelsAreTheFixturesLevels() {
    Map<String, CsvRow> decisions = byClaim(FIXTURE);
    for (ClaimFigures c : memory.summary().claims()) {
      assertThat(c.verified()).as(key(c)).isEqualTo(decisions.get(key(c)).number("tingkat_verifikasi"));
    }
  }

  /**
   * The oracle: over the fixture's rows, count the decisions whose level equals the pre-flight's
   * supported level, and those where the pre-flight supported more or less, per indicator and overall.
   */
  @Test
  void theAgreementIsRecountedFromTheFixtureAgainstThePreflight() {
    Map<String, Integer> supported = new HashMap<>();
    memory.summary().claims().forEach(c -> supported.put(key(c), c.supported()));
    Map<String, int[]> counts = new TreeMap<>();
    int[] all = new int[4];
    for (CsvRow d : FIXTURE) {
      int verified = d.number("tingkat_verifikasi");
      int predicted = supported.get(d.claim());
      int column = predicted == verified ? 1 : predicted > verified ? 2 : 3;
      for (int[] c : List.of(counts.computeIfAbsent(d.get("indikator"), k -> new int[4]), all)) {
        c[0]++;
        c[column]++;
      }
    }
    VerificationAgreement agreement = memory.summary().agreement();
    assertThat(row(agreement.overall())).containsExactly(all);
    Map<String, int[]> reported = new TreeMap<>();
    agreement.indicators().forEach(r -> reported.put(r.indicator(), row(r)));
    assertThat(reported.keySet()).isEqualTo(counts.keySet());
    counts.forEach((code, c) -> assertThat(reported.get(code)).as(code).containsExactly(c));
    BigDecimal percent = BigDecimal.valueOf(all[1] * 100L).divide(BigDecimal.valueOf(all[0]), 1, RoundingMode.HALF_UP);
    assertThat(agreement.overall().percent()).contains(percent);
    // measured, not built in: the verifier disagrees with the pre-flight both ways
    assertThat(all[2]).as("pre-flight more generous").isPositive();
    assertThat(all[3]).as("pre-flight stricter").isPositive();
  }

  /** The oracle: totals from the levels and the scheme's weights; the index with the 2023 formula. */
  @Test
  void theTotalsAndEstimatesFollowFromTheLevelsAndTheWeights() {
    IidSummary s = memory.summary();
    Map<String, BigDecimal> weights = IidRuns.weights();
    Map<String, CsvRow> decisions = byClaim(FIXTURE);
    BigDecimal claimed = BigDecimal.ZERO;
    BigDecimal verified = BigDecimal.ZERO;
    for (CsvRow c : CLAIMS) {
      BigDecimal w = weights.get(c.get("indikator"));
      claimed = claimed.add(w.multiply(BigDecimal.valueOf(c.number("tingkat"))));
      verified = verified.add(w.multiply(BigDecimal.valueOf(decisions.get(c.claim()).number("tingkat_verifikasi"))));
    }
    BigDecimal supported = sum(s, weights, ClaimFigures::supported);
    assertThat(s.claimedPoints()).isEqualByComparingTo(claimed);
    assertThat(s.verifiedPoints()).isEqualByComparingTo(verified);
    assertThat(s.supportedPoints()).isEqualByComparingTo(supported);
    assertThat(claimed).isGreaterThan(supported);
    assertThat(supported).isGreaterThan(verified);

    assertThat(s.claimed().index()).isEqualTo(index(claimed, IidSummary.SPD_CLAIMED));
    assertThat(s.supported().index()).isEqualTo(index(supported, IidSummary.SPD_CLAIMED));
    assertThat(s.verified().index()).isEqualTo(index(verified, IidSummary.SPD_VERIFIED));
    assertThat(s.bands().year()).isEqualTo(2025);
    assertThat(s.bands().verified()).isFalse();
    JsonNode bands2025 = null;
    for (JsonNode y : IidRuns.json("/id/labinov/core/evaluation/iid-rating-bands.json").path("years")) {
      assertThat(y.path("year").asInt()).as("no bands ship for 2026").isNotEqualTo(2026);
      if (y.path("year").asInt() == 2025) {
        bands2025 = y.path("bands");
      }
    }
    assertThat(s.claimed().rating().code()).isEqualTo(band(bands2025, s.claimed().index()));
    assertThat(s.verified().rating().code()).isEqualTo(band(bands2025, s.verified().index()));
  }

  @Test
  void theDatesMakeTheWindowOfTheShippedSchemesYearMeanSomething() {
    assertThat(IidRuns.scheme().path("year").asInt()).isEqualTo(IidPreparation.YEAR).isEqualTo(2026);
    long before = DOCUMENTS.stream().filter(d -> LocalDate.parse(d.get("tanggal")).getYear() < 2024).count();
    long inWindow = DOCUMENTS.stream().filter(d -> LocalDate.parse(d.get("tanggal")).getYear() >= 2024).count();
    assertThat(memory.summary().documentsBeforeWindow()).isEqualTo(before).isEqualTo(9);
    assertThat(inWindow).isGreaterThan(DOCUMENTS.size() * 9L / 10);
    CsvRow photo = DOCUMENTS.stream().filter(d -> d.get("id").equals("foto-pid-2019")).findFirst().orElseThrow();
    assertThat(photo.get("tanggal")).isEqualTo("2019-12-13");
    assertThat(photo.get("tentang")).contains("Pekan Inovasi Daerah Kabupaten Lebak 2019");
  }

  @Test
  void theMixHoldsBackedClaimsAndOverClaimsEachSideCatches() {
    Map<String, ClaimFigures> figures = new LinkedHashMap<>();
    memory.summary().claims().forEach(c -> figures.put(key(c), c));
    Map<String, CsvRow> documents = new HashMap<>();
    DOCUMENTS.forEach(d -> documents.put(d.get("id"), d));
    int unitHeadDecreesAsPerda = 0;
    int oldPhotos = 0;
    int videosWithoutVideo = 0;
    for (CsvRow c : CLAIMS) {
      ClaimFigures f = figures.get(c.claim());
      List<String> linked = c.get("dokumen").isBlank() ? List.of() : List.of(c.get("dokumen").split(" "));
      if (c.get("indikator").equals("REGULATION") && c.number("tingkat") == 3 && linked.size() == 1
          && documents.get(linked.get(0)).get("tingkat_penerbit").equals("OPD_HEAD")) {
        assertThat(documents.get(linked.get(0)).get("jenis")).isEqualTo("DECREE");
        assertThat(f.supported()).as(c.claim() + ": an SK of the unit head carries level 1 at most").isEqualTo(1);
        unitHeadDecreesAsPerda++;
      }
      if (linked.equals(List.of("foto-pid-2019"))) {
        assertThat(f.supported()).as(c.claim() + ": the rules accept any photo").isEqualTo(1);
        assertThat(f.verified()).as(c.claim() + ": the verifier does not").isZero();
        oldPhotos++;
      }
      if (c.get("indikator").equals("VIDEO") && linked.isEmpty()) {
        assertThat(f.supported()).as(c.claim()).isZero();
        assertThat(f.verified()).as(c.claim()).isZero();
        videosWithoutVideo++;
      }
    }
    assertThat(unitHeadDecreesAsPerda).isEqualTo(4);
    assertThat(oldPhotos).isEqualTo(6);
    assertThat(videosWithoutVideo).isEqualTo(4);

    Map<Integer, Set<String>> claimedIndicators = new TreeMap<>();
    CLAIMS.forEach(c -> claimedIndicators.computeIfAbsent(c.number("no"), k -> new TreeSet<>()).add(c.get("indikator")));
    Map<Integer, List<String>> missing = new TreeMap<>();
    claimedIndicators.forEach((number, codes) -> IidRuns.mandatory().stream().filter(m -> !codes.contains(m))
        .forEach(m -> missing.computeIfAbsent(number, k -> new ArrayList<>()).add(m)));
    assertThat(new TreeMap<>(memory.summary().missingMandatory())).isEqualTo(missing).hasSize(5);

    Map<Integer, Boolean> backed = new TreeMap<>();
    memory.summary().claims().forEach(c -> backed.merge(c.number(), c.supported() == c.claimed(), Boolean::logicalAnd));
    assertThat(backed.values().stream().filter(b -> b).count()).as("innovations with every claim backed")
        .isGreaterThan(backed.size() / 2L);
    assertThat(memory.summary().overClaimed()).isEqualTo(figures.values().stream()
        .filter(c -> c.supported() < c.claimed()).count()).isPositive();
  }

  @Test
  void onH2TheFiguresAreTheSameAsInMemory() {
    IidSummary a = memory.summary();
    IidSummary b = h2.summary();
    assertThat(b.database()).startsWith("H2 ");
    assertThat(b.claims()).isEqualTo(a.claims());
    assertThat(b.agreement()).isEqualTo(a.agreement());
    assertThat(List.of(b.claimed(), b.supported(), b.verified())).isEqualTo(List.of(a.claimed(), a.supported(), a.verified()));
    assertThat(b.missingMandatory()).isEqualTo(a.missingMandatory());
    assertThat(h2.console().lines().skip(1).toList()).isEqualTo(memory.console().lines().skip(1).toList().stream()
        .map(l -> l.replace(a.output().toString(), b.output().toString())).toList());
  }

  @Test
  void theReadinessReportShowsTheExamplesFigures() throws IOException {
    IidSummary s = memory.summary();
    for (String name : ReadinessFiles.NAMES) {
      for (ReportFormat f : ReportFormat.values()) {
        Path file = s.output().resolve(name + "." + f.extension());
        assertThat(s.files()).contains(file);
        assertThat(Files.size(file)).as(file.toString()).isPositive();
      }
    }
    JsonNode report = new ObjectMapper().readTree(Files.readString(s.output().resolve("iid-readiness.json"),
        StandardCharsets.UTF_8));
    JsonNode facts = report.path("facts");
    assertThat(facts.path("year").asInt()).isEqualTo(2026);
    assertThat(facts.path("innovationsWithClaims").asInt()).isEqualTo(s.innovations());
    assertThat(facts.path("claims").asInt()).isEqualTo(s.claims().size());
    assertThat(facts.path("claimedTotal").decimalValue()).isEqualByComparingTo(s.claimedPoints());
    assertThat(facts.path("supportedTotal").decimalValue()).isEqualByComparingTo(s.supportedPoints());
    assertThat(facts.path("verifiedTotal").decimalValue()).isEqualByComparingTo(s.verifiedPoints());
    assertThat(facts.path("agreementAgreed").asInt()).isEqualTo(s.agreement().overall().agreed());
    assertThat(facts.path("agreementPercent").decimalValue())
        .isEqualByComparingTo(s.agreement().overall().percent().orElseThrow());
    assertThat(facts.path("innovationsMissingMandatory").asInt()).isEqualTo(s.missingMandatory().size());
    assertThat(facts.path("bandsYear").asInt()).isEqualTo(s.bands().year());
    List<String> indices = new ArrayList<>();
    report.path("tables").path("readinessIndex").forEach(r -> indices.add(r.path("basis").asString() + " "
        + r.path("index").decimalValue().toPlainString() + " " + r.path("rating").asString()));
    assertThat(indices).containsExactly("claimed " + s.claimed().index() + " " + s.claimed().rating().code(),
        "supported " + s.supported().index() + " " + s.supported().rating().code(),
        "verified " + s.verified().index() + " " + s.verified().rating().code());
  }

  @Test
  void theWhatIfRanksHoldingBackTheWeakestInnovationsFirst() throws IOException {
    IidSummary s = memory.summary();
    JsonNode report = new ObjectMapper().readTree(Files.readString(s.output().resolve("index-what-if.json"),
        StandardCharsets.UTF_8));
    JsonNode facts = report.path("facts");
    assertThat(facts.path("innovationsSubmitted").asInt()).isEqualTo(s.innovations());
    assertThat(facts.path("divisor").asInt()).isEqualTo(Math.max(10, s.innovations()));
    assertThat(facts.path("scoreSum").decimalValue()).isEqualByComparingTo(s.supportedPoints());
    assertThat(facts.path("index").decimalValue()).isEqualByComparingTo(s.supported().index());
    // recomputed here: (SPD + count score + sum / n) / 250 x 100 without one innovation, for every choice
    List<JsonNode> choices = new ArrayList<>();
    report.path("tables").path("whatIfChoices").forEach(choices::add);
    assertThat(choices).hasSize(s.innovations());
    BigDecimal sum = s.supportedPoints();
    BigDecimal base = IidSummary.SPD_CLAIMED.add(IidSummary.COUNT_SCORE);
    int n = s.innovations() - 1;
    BigDecimal previous = null;
    for (JsonNode c : choices) {
      assertThat(c.path("kind").asString()).isEqualTo("REMOVE");
      assertThat(c.path("possible").asBoolean()).isTrue();
      BigDecimal after = base.multiply(BigDecimal.valueOf(n)).add(sum.subtract(c.path("innovationScore").decimalValue()))
          .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(250L * n), 2, java.math.RoundingMode.HALF_UP);
      assertThat(c.path("indexAfter").decimalValue()).as(c.path("title").asString()).isEqualByComparingTo(after);
      assertThat(c.path("change").decimalValue()).isEqualByComparingTo(after.subtract(s.supported().index()));
      if (previous != null) {
        assertThat(c.path("change").decimalValue()).isLessThanOrEqualTo(previous);
      }
      previous = c.path("change").decimalValue();
    }
    BigDecimal lowest = choices.stream().map(c -> c.path("innovationScore").decimalValue()).min(BigDecimal::compareTo)
        .orElseThrow();
    assertThat(choices.get(0).path("innovationScore").decimalValue()).isEqualByComparingTo(lowest);
    // README's "Year after year" quotes these figures
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    long raising = choices.stream().filter(c -> c.path("change").decimalValue().signum() > 0).count();
    assertThat(readme).contains("holding back «" + choices.get(0).path("title").asString() + "» ("
        + choices.get(0).path("innovationScore").decimalValue().toPlainString() + " points) raises the estimate from "
        + s.supported().index().toPlainString() + " to " + choices.get(0).path("indexAfter").decimalValue().toPlainString()
        + ", and " + raising + " of the " + s.innovations() + " choices raise it")
        .contains("divides 1,880 supported points by " + s.innovations() + " (mean "
            + facts.path("meanScore").decimalValue().toPlainString() + ")");
    assertThat(s.supportedPoints()).isEqualByComparingTo("1880");
  }

  @Test
  void theConsoleIsInIndonesianAndNamesIndicatorsNotCodes() {
    IidSummary s = memory.summary();
    List<String> lines = memory.console().lines().filter(l -> !l.contains("jdbc:")).toList();
    assertThat(lines).as("upper-snake codes").noneMatch(l -> l.matches(".*\\b[A-Z]+(_[A-Z]+)+\\b.*"));
    String percent = s.agreement().overall().percent().orElseThrow().toPlainString().replace('.', ',');
    assertThat(memory.console()).contains("kesesuaian pra-periksa dengan verifikator: " + percent + "%",
        "Juli 2026: " + s.claims().size() + " keputusan verifikator dicatat",
        "predikat menurut pita 2025 yang belum terverifikasi, karena pita 2026 belum tersedia");
    for (IndicatorAgreement r : s.worstIndicators(3)) {
      assertThat(memory.console()).contains(IidSummary.label(r.indicator()));
    }
    assertThat(Set.of("claimed", "supported", "verified", "agreement", "the", "and"))
        .noneMatch(w -> memory.console().matches("(?s).*\\b" + w + "\\b.*"));
  }

  @Test
  void dataNamingAnInnovationThatWasNotShownOrUnderAnotherTitleIsRefusedWithWhatIsWrong() {
    InnovationRef ref = InnovationRef.of("36.02", "0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d");
    IidPreparation prep = new IidPreparation(null, null, Map.of(2, ref), Map.of(2, "Sekolah Ramah Anak Baduy"));
    assertThat(prep.innovation(2, "Sekolah Ramah Anak Baduy", "x.csv")).isEqualTo(ref);
    assertThatThrownBy(() -> prep.innovation(3, "Zona Selamat Sekolah", "x.csv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("x.csv: innovation number 3")
        .hasMessageContaining("use one of [2]");
    assertThatThrownBy(() -> prep.innovation(2, "Sekolah Ramah Anak", "x.csv"))
        .hasMessageContaining("is titled \"Sekolah Ramah Anak Baduy\", not \"Sekolah Ramah Anak\"");
  }

  @Test
  void settingsComeFromTheArguments() {
    LebakIidYear.Settings s = LebakIidYear.Settings.from("--memory", "--out", "x");
    assertThat(s.inMemory()).isTrue();
    assertThat(s.jdbcUrl()).isNull();
    assertThat(s.output()).isEqualTo(Path.of("x").toAbsolutePath());
    LebakIidYear.Settings server = LebakIidYear.Settings.from("jdbc:postgresql://db/lab", "--user", "u", "--prefix", "p_");
    assertThat(server.inMemory()).isFalse();
    assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://db/lab");
    assertThat(server.tablePrefix()).isEqualTo("p_");
    assertThatThrownBy(() -> LebakIidYear.Settings.from("--memory", "jdbc:h2:mem:x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("either --memory or a JDBC URL");
    assertThatThrownBy(() -> LebakIidYear.Settings.from("--colour")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown argument --colour");
  }

  private static Map<String, CsvRow> byClaim(List<CsvRow> rows) {
    Map<String, CsvRow> out = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (CsvRow r : rows) {
      assertThat(seen.add(r.claim())).as("one row per claim: %s (line %d)", r.claim(), r.line()).isTrue();
      out.put(r.claim(), r);
    }
    return out;
  }

  private static String key(ClaimFigures c) {
    return c.number() + "/" + c.indicator();
  }

  private static int[] row(IndicatorAgreement r) {
    return new int[] {r.compared(), r.agreed(), r.predictedHigher(), r.predictedLower()};
  }

  private static BigDecimal sum(IidSummary s, Map<String, BigDecimal> weights, ToIntFunction<ClaimFigures> level) {
    BigDecimal total = BigDecimal.ZERO;
    for (ClaimFigures c : s.claims()) {
      total = total.add(weights.get(c.indicator()).multiply(BigDecimal.valueOf(level.applyAsInt(c))));
    }
    return total;
  }

  /** (SPD + count + points / max(10, n)) / (63 + scheme maximum + 76) x 100, half up to 2 decimals. */
  private static BigDecimal index(BigDecimal points, BigDecimal spd) {
    BigDecimal n = BigDecimal.valueOf(Math.max(10, memory.summary().innovations()));
    BigDecimal maximum = new BigDecimal("63").add(new BigDecimal(IidRuns.scheme().path("scale").path("max").toString()))
        .add(new BigDecimal("76"));
    BigDecimal total = spd.add(IidSummary.COUNT_SCORE).add(points.divide(n, 20, RoundingMode.HALF_UP));
    return total.multiply(BigDecimal.valueOf(100)).divide(maximum, 2, RoundingMode.HALF_UP);
  }

  private static String band(JsonNode bands, BigDecimal index) {
    for (JsonNode b : bands) {
      BigDecimal min = new BigDecimal(b.path("min").toString());
      boolean belowMax = !b.has("max") || index.compareTo(new BigDecimal(b.path("max").toString())) < 0;
      if (index.compareTo(min) >= 0 && belowMax) {
        return b.path("code").asString();
      }
    }
    throw new AssertionError("no 2025 band holds " + index);
  }
}
