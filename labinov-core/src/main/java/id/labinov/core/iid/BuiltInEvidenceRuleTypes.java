package id.labinov.core.iid;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.Labelled;
import id.labinov.core.rules.RuleParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The built-in evidence requirement types. Each is stateless; the requirements are pure functions. */
final class BuiltInEvidenceRuleTypes {
  private static final BigDecimal MAX_VALUE = new BigDecimal("1000000000");

  private BuiltInEvidenceRuleTypes() {}

  static List<EvidenceRuleType> all() {
    return List.of(new DocumentRequirement(), new StatedValueRequirement());
  }

  /**
   * {@code document}: at least {@code min} linked documents of one of {@code kinds}, issued at one of
   * {@code issuerLevels} (any if absent), dated within {@code window} ({@code T-2..T-0}; any date if
   * absent), in force in the IID year if {@code inForce}; with {@code distinctYears}, {@code min}
   * counts the distinct years of those documents instead (budgeted in 2 of the 3 years). Each linked
   * document that does not qualify gets one gap per reason; an absence gets {@code NO_DOCUMENT} or
   * {@code TOO_FEW_DOCUMENTS} / {@code TOO_FEW_YEARS}.
   */
  static final class DocumentRequirement implements EvidenceRuleType {
    @Override
    public String name() {
      return "document";
    }

    @Override
    public EvidenceRule create(RuleParameters p) {
      List<DocumentKind> kinds = new ArrayList<>();
      for (String code : p.textList("kinds")) {
        try {
          kinds.add(DocumentKind.of(code));
        } catch (InvalidValueException e) {
          p.problem("kinds", "PARAMETER_VALUE", "error.iid.rules.kind", code);
        }
      }
      List<IssuerLevel> levels = p.optionalTextList("issuerLevels").map(names -> issuerLevels(p, names)).orElse(List.of());
      Optional<YearWindow> window = p.optionalText("window").flatMap(text -> {
        Optional<YearWindow> w = YearWindow.parse(text);
        if (w.isEmpty()) {
          p.problem("window", "PARAMETER_VALUE", "error.iid.rules.window", text);
        }
        return w;
      });
      int min = p.optionalInteger("min", 1, 100, 1);
      boolean distinctYears = p.optionalBoolean("distinctYears", false);
      boolean inForce = p.optionalBoolean("inForce", false);
      return input -> check(input, List.copyOf(kinds), levels, window, min, distinctYears, inForce);
    }

    private static List<IssuerLevel> issuerLevels(RuleParameters p, List<String> names) {
      List<IssuerLevel> out = new ArrayList<>();
      for (String name : names) {
        try {
          out.add(IssuerLevel.valueOf(name));
        } catch (IllegalArgumentException e) {
          p.problem("issuerLevels", "PARAMETER_VALUE", "error.rulebook.parameterValue", "issuerLevels", name,
              String.join(", ", Arrays.stream(IssuerLevel.values()).map(Enum::name).toList()));
        }
      }
      return List.copyOf(out);
    }

    private static RequirementOutcome check(EvidenceInput input, List<DocumentKind> kinds, List<IssuerLevel> levels,
        Optional<YearWindow> window, int min, boolean distinctYears, boolean inForce) {
      int year = input.year();
      List<String> qualifying = new ArrayList<>();
      Set<Integer> years = new TreeSet<>();
      List<Gap> gaps = new ArrayList<>();
      for (EvidenceDocument d : input.documents()) {
        int before = gaps.size();
        if (!kinds.contains(d.kind())) {
          gaps.add(Gap.about("DOCUMENT_KIND", d, kinds));
        }
        if (!levels.isEmpty() && !levels.contains(d.issuerLevel())) {
          gaps.add(Gap.about("ISSUER_LEVEL", d, d.issuerLevel(), levels));
        }
        if (window.isPresent() && !window.get().contains(d.date(), year)) {
          YearWindow w = window.get();
          gaps.add(Gap.about("DATE_OUTSIDE_WINDOW", d, w.text(), String.valueOf(w.from(year)), String.valueOf(w.to(year))));
        }
        if (inForce && !d.inForceIn(year)) {
          gaps.add(Gap.about("NOT_IN_FORCE", d, String.valueOf(year)));
        }
        if (gaps.size() == before) {
          qualifying.add(d.id());
          years.add(d.date().getYear());
        }
      }
      int count = distinctYears ? years.size() : qualifying.size();
      if (count >= min) {
        return RequirementOutcome.met(qualifying);
      }
      if (input.documents().isEmpty()) {
        gaps.add(Gap.absent("NO_DOCUMENT", kinds));
      } else if (min > 1) {
        gaps.add(Gap.absent(distinctYears ? "TOO_FEW_YEARS" : "TOO_FEW_DOCUMENTS", count, min, kinds));
      }
      return RequirementOutcome.unmet(gaps);
    }
  }

  /**
   * {@code stated-value}: the claim states a value in {@code unit}, at least {@code min} and at most
   * {@code max} (each optional). Gaps: {@code VALUE_MISSING}, {@code VALUE_UNIT},
   * {@code VALUE_TOO_LOW}, {@code VALUE_TOO_HIGH}.
   */
  static final class StatedValueRequirement implements EvidenceRuleType {
    @Override
    public String name() {
      return "stated-value";
    }

    @Override
    public EvidenceRule create(RuleParameters p) {
      String unitCode = p.text("unit");
      Unit unit = new Unit(unitCode.isEmpty() ? "UNIT" : unitCode);
      Optional<BigDecimal> min = p.optionalDecimal("min", BigDecimal.ZERO, MAX_VALUE);
      Optional<BigDecimal> max = p.optionalDecimal("max", BigDecimal.ZERO, MAX_VALUE);
      if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
        p.problem("max", "PARAMETER_RANGE", "error.iid.rules.minAboveMax", min.get().toPlainString(),
            max.get().toPlainString());
      }
      return input -> {
        Optional<StatedValue> stated = input.claim().statedValue();
        if (stated.isEmpty()) {
          return RequirementOutcome.unmet(List.of(Gap.absent("VALUE_MISSING", unit)));
        }
        BigDecimal amount = stated.get().amount();
        if (!stated.get().unit().equals(unit.code())) {
          return RequirementOutcome.unmet(List.of(Gap.absent("VALUE_UNIT", amount, new Unit(stated.get().unit()), unit)));
        }
        if (min.isPresent() && amount.compareTo(min.get()) < 0) {
          return RequirementOutcome.unmet(List.of(Gap.absent("VALUE_TOO_LOW", amount, unit, min.get())));
        }
        if (max.isPresent() && amount.compareTo(max.get()) > 0) {
          return RequirementOutcome.unmet(List.of(Gap.absent("VALUE_TOO_HIGH", amount, unit, max.get())));
        }
        return RequirementOutcome.met(List.of());
      };
    }
  }

  /** A unit in a gap's arguments: rendered as its label, written as its code. */
  record Unit(String code) implements Labelled {
    @Override
    public String name() {
      return code;
    }

    @Override
    public String label(Locale locale) {
      return StatedValue.unitLabel(code, locale);
    }

    @Override
    public String toString() {
      return code;
    }
  }
}
