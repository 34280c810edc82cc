package id.labinov.core.iid;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.model.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of evidence registers and claims for the shipped IID indicators: documents d0..d7 of
 * kinds the shipped rules name (decrees and reports more often), dated 2019-2026, now and then of
 * another region or with a validity period; claims on two innovations and the region, linking some
 * of those documents (and now and then one not in the register), with a stated value mostly in the
 * indicator's unit.
 */
final class IidGens {
  static final int POOL = 8;
  static final String UNKNOWN_ID = "zz-not-registered";
  private static final List<String> INDICATORS = EvaluationSchemes.iidInnovationIndicators().criteria().stream()
      .map(Criterion::code).toList();
  private static final List<DocumentKind> KINDS = List.of(DocumentKind.DECREE, DocumentKind.DECREE, DocumentKind.DECREE,
      DocumentKind.PERKADA, DocumentKind.PERDA, DocumentKind.PERDA, DocumentKind.REPORT, DocumentKind.REPORT,
      DocumentKind.MINUTES, DocumentKind.PHOTO, DocumentKind.SCREENSHOT, DocumentKind.VIDEO, DocumentKind.SOP,
      DocumentKind.SURVEY, DocumentKind.STUDY, DocumentKind.AGREEMENT, DocumentKind.ASSIGNMENT_LETTER,
      DocumentKind.NEWS_LINK, DocumentKind.GUIDELINE, DocumentKind.BUDGET_DOCUMENT, DocumentKind.PLANNING_DOCUMENT);
  private static final Map<String, String> UNITS = Map.of("HUMAN_RESOURCES", "PEOPLE", "ACTORS", "ACTOR_GROUPS",
      "NETWORK", "OPD", "SERVICE_INFORMATION", "CHANNELS", "PROCESS_EASE", "DAYS", "COMPLAINT_RESOLUTION", "PERCENT",
      "CREATION_SPEED", "MONTHS", "BENEFIT", "BENEFICIARIES", "VIDEO", "ELEMENTS");

  private IidGens() {}

  /** What a generated document is, before it gets its id. */
  record DocSpec(DocumentKind kind, IssuerLevel level, LocalDate date, int flags) {
    EvidenceDocument build(String id) {
      RegionCode region = flags % 11 == 0 ? IidFixtures.PANDEGLANG : IidFixtures.LEBAK;
      EvidenceDocument.Builder b = EvidenceDocument.builder(id, region, kind, date).subject("Bukti " + id)
          .issuer("Penerbit " + id, level);
      if (flags % 3 != 0) {
        b.number(id.toUpperCase(java.util.Locale.ROOT) + "/" + date.getYear());
      }
      if (flags % 7 == 0) {
        b.valid(null, date.plusYears(1));
      }
      return b.build();
    }
  }

  /** What a generated claim is. */
  record ClaimSpec(int indicator, int level, int subject, int links, int value) {}

  static Gen<DocSpec> docSpecs() {
    Gen<LocalDate> dates = integers().between(2019, 2026).zip(integers().between(1, 365), (y, d) -> LocalDate.ofYearDay(y, d));
    return Generate.pick(KINDS).zip(Generate.pick(List.of(IssuerLevel.values())), dates, integers().between(1, 1000),
        DocSpec::new);
  }

  static Gen<List<EvidenceDocument>> registers() {
    return lists().of(docSpecs()).ofSizeBetween(0, POOL).map(specs -> {
      List<EvidenceDocument> out = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        out.add(specs.get(i).build("d" + i));
      }
      return out;
    });
  }

  static Gen<List<IndicatorClaim>> claims() {
    Gen<ClaimSpec> specs = integers().between(0, INDICATORS.size() - 1).zip(integers().between(1, 3),
        integers().between(0, 2), integers().between(0, (1 << (POOL + 1)) - 1), integers().between(-1, 1400),
        ClaimSpec::new);
    return lists().of(specs).ofSizeBetween(1, 12).map(IidGens::claimsOf);
  }

  private static List<IndicatorClaim> claimsOf(List<ClaimSpec> specs) {
    Map<String, IndicatorClaim> out = new LinkedHashMap<>();
    for (ClaimSpec s : specs) {
      String indicator = INDICATORS.get(s.indicator());
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < POOL; i++) {
        if ((s.links() & (1 << i)) != 0) {
          ids.add("d" + i);
        }
      }
      if ((s.links() & (1 << POOL)) != 0 && s.value() % 5 == 0) {
        ids.add(UNKNOWN_ID);
      }
      IndicatorClaim c = switch (s.subject()) {
        case 0 -> IndicatorClaim.forInnovation(IidFixtures.LEBAK, IidFixtures.INNOVATION, IidFixtures.YEAR, indicator,
            s.level(), ids);
        case 1 -> IndicatorClaim.forInnovation(IidFixtures.LEBAK, IidFixtures.OTHER_INNOVATION, IidFixtures.YEAR,
            indicator, s.level(), ids);
        default -> IndicatorClaim.forRegion(IidFixtures.LEBAK, IidFixtures.YEAR, indicator, s.level(), ids);
      };
      Optional<String> unit = s.value() % 4 == 3 ? Optional.of("MONTHS") : Optional.ofNullable(UNITS.get(indicator));
      if (s.value() >= 0 && unit.isPresent()) {
        c = c.withStatedValue(StatedValue.of(s.value() % 700, unit.get()));
      }
      out.putIfAbsent(c.subject() + "|" + indicator, c);
    }
    return List.copyOf(out.values());
  }
}
