package id.labinov.reporting.support;

import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.StatedValue;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A Lebak region of many innovations with IID claims, for the readiness report's page tests: each
 * innovation claims a seeded choice of indicators (mandatory ones mostly) at random levels, linking a
 * random choice of a register of documents of every kind the rules name, with stated values; a verifier
 * decides on a third of the claims. The same seed gives the same data.
 */
public final class ReadinessRegion {
  public final Scenario scenario;
  public final List<InnovationRef> innovations = new ArrayList<>();

  private static final String[] WORDS = {"Layanan", "Desa", "Digital", "Sehat", "Cerdas", "Terpadu", "Keliling",
      "Ramah", "Anak", "Pasar", "Sampah", "Air Bersih", "Posyandu", "Sekolah", "Kilat", "Mandiri"};
  private static final String[] OPDS = {"DINKES", "DISDIK", "DISHUB", "DPMPTSP", "BAPPEDA"};
  /** The unit of the indicators with a stated value. */
  private static final Map<String, String> UNITS = Map.of("HUMAN_RESOURCES", "PEOPLE", "ACTORS", "ACTOR_GROUPS",
      "NETWORK", "OPD", "SERVICE_INFORMATION", "CHANNELS", "PROCESS_EASE", "DAYS", "COMPLAINT_RESOLUTION", "PERCENT",
      "CREATION_SPEED", "MONTHS", "BENEFIT", "BENEFICIARIES", "VIDEO", "ELEMENTS");

  private ReadinessRegion(int count, int year, long seed) {
    scenario = new Scenario(IidData::stores);
    Random random = new Random(seed);
    var lab = scenario.lab;
    List<String> documents = new ArrayList<>();
    String[] kinds = {"DECREE", "PERKADA", "PERDA", "REPORT", "MINUTES", "PHOTO", "VIDEO", "NEWS_LINK", "SCREENSHOT",
        "SOP", "SURVEY", "STUDY", "BUDGET_DOCUMENT", "PLANNING_DOCUMENT", "GUIDELINE", "ASSIGNMENT_LETTER", "AGREEMENT"};
    IssuerLevel[] levels = IssuerLevel.values();
    for (int i = 0; i < 40; i++) {
      String id = "dok-" + (i + 1);
      LocalDate date = LocalDate.of(year - random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
      EvidenceDocument.Builder b = EvidenceDocument.builder(id, Scenario.LEBAK,
          DocumentKind.of(kinds[random.nextInt(kinds.length)]), date).number((100 + i) + "/" + date.getYear())
          .subject("Bukti dukung nomor " + (i + 1)).issuer("Penerbit " + (i + 1), levels[random.nextInt(levels.length)]);
      lab.iid().addDocument(Scenario.ADMIN, b.build());
      documents.add(id);
    }
    List<Criterion> criteria = EvaluationSchemes.iidInnovationIndicators().criteria();
    for (int n = 0; n < count; n++) {
      String opd = OPDS[n % OPDS.length];
      String title = "Inovasi " + (n + 1) + " " + WORDS[n % WORDS.length] + " " + WORDS[(n * 5 + 3) % WORDS.length]
          + (n % 7 == 0 ? " untuk Peningkatan Mutu Pelayanan Publik di Seluruh Kecamatan" : "");
      CommandResult r = lab.innovations().propose(Scenario.LEBAK, Scenario.innovator(OpdCode.of(opd)),
          new InnovationDetails(title, OpdCode.of(opd), null, null, null, null, Set.of(), Map.of()));
      if (!r.accepted()) {
        throw new AssertionError(r.verdict().describe(java.util.Locale.ENGLISH));
      }
      InnovationRef ref = r.ref();
      innovations.add(ref);
      for (Criterion c : criteria) {
        if (random.nextInt(10) >= (c.mandatory() ? 9 : 4)) {
          continue;
        }
        List<String> links = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
          String d = documents.get(random.nextInt(documents.size()));
          if (!links.contains(d)) {
            links.add(d);
          }
        }
        int level = 1 + random.nextInt(c.maxLevel());
        IndicatorClaim claim = IndicatorClaim.forInnovation(Scenario.LEBAK, ref.id(), year, c.code(), level, links);
        String unit = UNITS.get(c.code());
        if (unit != null && random.nextInt(5) > 0) {
          // mostly in the indicator's unit, sometimes in another (a gap)
          String stated = random.nextInt(6) == 0 ? "PEOPLE".equals(unit) ? "MONTHS" : "PEOPLE" : unit;
          long amount = List.of("DAYS", "MONTHS", "OPD", "CHANNELS", "ACTOR_GROUPS", "ELEMENTS").contains(stated)
              ? random.nextInt(12) : random.nextInt(700);
          claim = claim.withStatedValue(StatedValue.of(amount, stated));
        }
        lab.iid().putClaim(Scenario.ADMIN, claim, 0);
        if (random.nextInt(3) == 0) {
          lab.iid().verifyClaim(IidData.VERIFIER, ClaimKey.of(claim), random.nextInt(level + 1), "Diperiksa.", 0);
        }
      }
    }
  }

  /**
   * Builds a region.
   *
   * @param count how many innovations, each with claims
   * @param year the IID year
   * @param seed the seed
   * @return the region
   */
  public static ReadinessRegion create(int count, int year, long seed) {
    return new ReadinessRegion(count, year, seed);
  }
}
