package id.labinov.core.rules;

/**
 * A test plug-in found through {@code META-INF/services}: {@code test:village-consulted} needs the
 * field {@code villageConsultation} with at least {@code minWords} (optional, 1-1000, default 1)
 * words.
 */
public final class VillageConsultedRuleType implements RuleType {
  static final String NAME = "test:village-consulted";

  /** For {@link java.util.ServiceLoader}. */
  public VillageConsultedRuleType() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Rule create(RuleParameters parameters) {
    int minWords = parameters.optionalInteger("minWords", 1, 1000, 1);
    return (facts, context) -> {
      int words = facts.field("villageConsultation").map(v -> v.strip().split("\\s+").length).orElse(0);
      return words >= minWords
          ? RuleOutcome.passed()
          : RuleOutcome.violated("VILLAGE_NOT_CONSULTED", "violation.test.VILLAGE_NOT_CONSULTED", words, minWords);
    };
  }
}
