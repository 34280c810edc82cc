package id.labinov.examples.lebak;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.iid.VerificationAgreement.IndicatorAgreement;
import id.labinov.examples.lebak.IidRuns.CsvRow;
import id.labinov.examples.lebak.IidSummary.ClaimFigures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README's "The Lebak example: IID 2026" may not drift from the example: every figure it writes is
 * checked here against what the example computes ({@link IidSummary}) or what its committed files hold.
 * Both tables must hold exactly the rows built here.
 */
class LebakIidReadmeTest {
  private static final String HEADING = "### The Lebak example: IID 2026";
  private static String section;
  private static String prose;
  private static IidSummary s;

  @BeforeAll
  static void read() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n" + HEADING + "\n");
    assertThat(start).as("README has '%s'", HEADING).isNotNegative();
    assertThat(readme.lastIndexOf("\n## ", start)).as("inside 'IID readiness'")
        .isEqualTo(readme.indexOf("\n## IID readiness\n"));
    int end = readme.indexOf("\n## ", start + 1);
    section = readme.substring(start, end);
    prose = section.replaceAll("\\s+", " ");
    s = IidRuns.memory().summary();
  }

  @Test
  void theTotalsTableIsTheExamplesEstimate() {
    List<String> expected = List.of(
        "| indicator points of the " + s.innovations() + " innovations (weight × level) | " + whole(s.claimedPoints())
            + " | " + whole(s.supportedPoints()) + " | " + whole(s.verifiedPoints()) + " |",
        "| innovation part of SID (points / " + s.innovations() + ") | " + s.claimed().sidInnovations() + " | "
            + s.supported().sidInnovations() + " | " + s.verified().sidInnovations() + " |",
        "| estimated IID | " + s.claimed().index() + " | " + s.supported().index() + " | " + s.verified().index() + " |",
        "| band (" + s.bands().year() + " bands) | " + band(s.claimed()) + " | " + band(s.supported()) + " | "
            + band(s.verified()) + " |");
    List<String> agreement = new ArrayList<>();
    for (IndicatorAgreement r : s.worstIndicators(Integer.MAX_VALUE)) {
      String label = EvaluationSchemes.iidInnovationIndicators().findCriterion(r.indicator()).orElseThrow().label()
          .in(Locale.ENGLISH);
      agreement.add("| " + label + " | " + r.compared() + " | " + r.agreed() + " | " + r.predictedHigher()
          + " | " + r.predictedLower() + " | " + r.percent().orElseThrow().toPlainString() + "% |");
    }
    assertThat(agreement).hasSameSizeAs(s.agreement().indicators());
    List<String> rows = section.lines().filter(l -> l.startsWith("| ")).filter(l -> !l.startsWith("| |")
        && !l.startsWith("| indicator | decisions |")).toList();
    List<String> all = new ArrayList<>(expected);
    all.addAll(agreement);
    assertThat(rows).containsExactlyElementsOf(all);
  }

  @Test
  void theProseFiguresAreTheExamples() {
    IndicatorAgreement all = s.agreement().overall();
    assertThat(prose).contains("**" + s.innovations() + " innovations**",
        "**" + s.documentsBeforeWindow() + " of the " + s.documents() + " documents**",
        "**" + s.documents() + " documents**", "**" + s.claims().size() + " claims**",
        "**" + s.overClaimed() + " claims** that ask more than their documents carry",
        "**" + s.missingMandatory().size() + " innovations** leave a mandatory indicator unclaimed",
        "**" + all.agreed() + " of " + all.compared() + " claims: " + all.percent().orElseThrow() + "%**",
        "more generous than the verifier " + all.predictedHigher() + " times and stricter " + all.predictedLower()
            + " times",
        "(SPD " + IidSummary.SPD_CLAIMED + ", " + IidSummary.SPD_VERIFIED + " after verification; count score "
            + IidSummary.COUNT_SCORE + ": inputs, not computed)",
        "no rating bands for " + IidPreparation.YEAR + ", so the band is that of " + s.bands().year()
            + ", which is " + (s.bands().verified() ? "verified" : "unverified"));
    assertThat(all.compared()).isEqualTo(s.claims().size());
    assertThat(IidRuns.mandatory()).hasSize(5);
    assertThat(prose).contains("the five mandatory indicators");
  }

  @Test
  void theYearAndItsWindowAreTheShippedSchemes() {
    int year = IidRuns.scheme().path("year").asInt();
    assertThat(prose).contains("IID " + year + ", the year of the indicator scheme labinov ships",
        "`\"year\": " + year + "`", "T-2..T-0 is " + (year - 2) + "–" + year,
        "T-2..T-1, for the RKPD, " + (year - 2) + "–" + (year - 1));
    assertThat(IidPreparation.YEAR).isEqualTo(year);
  }

  @Test
  void theDocumentsAreDatedAsTheReadmeSays() {
    List<CsvRow> documents = IidRuns.csv(IidYearData.DOCUMENTS);
    Map<String, CsvRow> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.get("id"), d));
    assertThat(byId.get("kep-bupati-2025-087").get("nomor")).isEqualTo("800/87/Bappeda/2025");
    assertThat(prose).contains("an SK of the Bupati `800/87/Bappeda/2025`");
    // the nine older ones, by kind and year, as the README lists them
    List<String> older = documents.stream().filter(d -> year(d) < 2024).map(d -> d.get("jenis") + " " + year(d))
        .sorted().toList();
    assertThat(older).containsExactly("BUDGET_DOCUMENT 2023", "DECREE 2019", "DECREE 2019", "NEWS_LINK 2019",
        "PERDA 2020", "PERKADA 2021", "PHOTO 2019", "PLANNING_DOCUMENT 2023", "REPORT 2019");
    assertThat(byId.get("foto-pid-2019").get("tentang")).contains("Pekan Inovasi Daerah Kabupaten Lebak 2019");
    assertThat(byId.get("sk-tim-dishub-2019").get("penerbit")).isEqualTo("Kepala Dinas Perhubungan");
    assertThat(byId.get("sk-distan-2019-233").get("penerbit")).isEqualTo("Kepala Dinas Pertanian");
    assertThat(byId.get("berita-041-2019").get("tentang")).contains("Aplikasi Lapor Bupati");
    assertThat(byId.get("rkpd-2024").get("tanggal")).startsWith("2023-06");
    assertThat(prose).contains("a Perda of 2020, a Perbup of 2021 still in force, a 2023 budget document and the "
        + "RKPD 2024 (signed in June 2023)");
    // every RKPD is signed in June of the year before its plan year
    for (String id : List.of("rkpd-2024", "rkpd-2025", "rkpd-2026")) {
      LocalDate signed = LocalDate.parse(byId.get(id).get("tanggal"));
      assertThat(signed.getYear() + 1).isEqualTo(Integer.parseInt(id.substring(5)));
      assertThat(signed.getMonthValue()).isEqualTo(6);
    }
    // Perbup and Perda: all of 2024-2026 but the two older ones; the team decrees of 2025 but Dishub's
    assertThat(documents.stream().filter(d -> List.of("PERKADA", "PERDA").contains(d.get("jenis")))
        .filter(d -> year(d) < 2024).map(d -> d.get("id"))).containsExactlyInAnyOrder("perda-2020-08", "perbup-2021-45");
    assertThat(documents.stream().filter(d -> d.get("id").startsWith("sk-tim-")).filter(d -> year(d) != 2025)
        .map(d -> d.get("id"))).containsExactly("sk-tim-dishub-2019");
    assertThat(IidRuns.memory().console()).contains("Maret 2026: " + s.documents() + " bukti dukung",
        "April 2026: " + s.claims().size() + " klaim", "Juli 2026: " + s.claims().size() + " keputusan");
  }

  @Test
  void theMixIsWhatTheDataHolds() {
    Map<String, CsvRow> claims = new HashMap<>();
    IidRuns.csv(IidYearData.CLAIMS).forEach(c -> claims.put(c.claim(), c));
    Map<String, CsvRow> notes = new HashMap<>();
    IidRuns.csv(IidYearData.DECISIONS).forEach(d -> notes.put(d.claim(), d));
    Map<String, ClaimFigures> figures = new HashMap<>();
    s.claims().forEach(c -> figures.put(c.number() + "/" + c.indicator(), c));

    long perdaOnUnitHeadDecree = s.claims().stream().filter(c -> c.indicator().equals("REGULATION") && c.claimed() == 3
        && claims.get(c.number() + "/REGULATION").get("dokumen").startsWith("sk-")).count();
    long videosWithoutVideo = s.claims().stream().filter(c -> c.indicator().equals("VIDEO")
        && claims.get(c.number() + "/VIDEO").get("dokumen").isBlank()).count();
    long innovationWeekPhoto = claims.values().stream().filter(c -> c.get("dokumen").equals("foto-pid-2019")).count();
    assertThat(prose).contains("**" + perdaOnUnitHeadDecree + " Perda claims** whose only document is an SK of the unit head",
        "**" + videosWithoutVideo + " video claims** without a video",
        "the innovation week's 2019 photo offered for socialisation (**" + innovationWeekPhoto + " claims**");

    // "a team of 45 where the decree lists 28", "620 beneficiaries where the report counts 410"
    assertThat(prose).contains("a team of 45 where the decree lists 28", "620 beneficiaries where the report counts 410");
    assertThat(claims.get("12/HUMAN_RESOURCES").get("nilai")).isEqualTo("45");
    assertThat(notes.get("12/HUMAN_RESOURCES").get("catatan")).contains("28 nama");
    assertThat(claims.get("52/BENEFIT").get("nilai")).isEqualTo("620");
    assertThat(notes.get("52/BENEFIT").get("catatan")).contains("410 peserta");
    // "created in 1-4 months where the profile shows six": every such claim the verifier lowered
    assertThat(prose).contains("\"created in 1-4 months\" where the profile shows six");
    List<ClaimFigures> fast = s.claims().stream().filter(c -> c.indicator().equals("CREATION_SPEED") && c.claimed() == 3)
        .toList();
    assertThat(fast).isNotEmpty().allSatisfy(c -> {
      assertThat(c.supported()).isEqualTo(3);
      assertThat(c.verified()).isEqualTo(2);
      // six months: said so, or as the months January to July 2019
      assertThat(notes.get(c.number() + "/CREATION_SPEED").get("catatan"))
          .containsAnyOf("6 bulan", "inisiatif Januari 2019, uji coba Juli 2019");
    });
    // "a video without two of the five elements"
    assertThat(prose).contains("a video without two of the five elements");
    assertThat(List.of("13/VIDEO", "61/VIDEO")).allSatisfy(k -> {
      assertThat(claims.get(k).get("nilai")).isEqualTo("5");
      assertThat(figures.get(k).verified()).isEqualTo(2);
      assertThat(notes.get(k).get("catatan")).contains("penjaringan dan pemilihan ide tidak ada");
    });
    // "a Perbup of 2021 still in force": the rules refuse it, the verifier accepts it
    List<String> onPerbup2021 = claims.values().stream().filter(c -> c.get("dokumen").contains("perbup-2021-45"))
        .map(CsvRow::claim).toList();
    assertThat(onPerbup2021).isNotEmpty().allSatisfy(k -> {
      assertThat(figures.get(k).supported()).isLessThan(figures.get(k).claimed());
      assertThat(figures.get(k).verified()).isEqualTo(figures.get(k).claimed());
    });
  }

  @Test
  void thePicturesItShowsAreCommitted() {
    for (String image : List.of("docs/images/iid-readiness.png", "docs/images/iid-readiness-one-page.png")) {
      assertThat(section).contains("(" + image + ")");
      assertThat(Path.of("..", image)).exists();
    }
  }

  private static int year(CsvRow d) {
    return LocalDate.parse(d.get("tanggal")).getYear();
  }

  /** A whole number of points with an English thousands separator. */
  private static String whole(BigDecimal points) {
    return String.format(Locale.ENGLISH, "%,d", points.intValueExact());
  }

  /** The band as the README names it: the Indonesian label (the band names are Indonesian terms). */
  private static String band(RegionalIndexEstimate e) {
    return e.rating().label().id();
  }
}
