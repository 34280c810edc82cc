package id.labinov.examples.plugin;

import id.labinov.core.rules.Rule;
import id.labinov.core.rules.RuleOutcome;
import id.labinov.core.rules.RuleParameters;
import id.labinov.core.rules.RuleType;
import java.util.Locale;
import java.util.Optional;

/**
 * Kabupaten Lebak's own gate rule, {@code lebak:min-beneficiaries}: an innovation goes on show only
 * when it has served enough people (the basis of the IID "kemanfaatan" indicator). It reads the
 * whole number in a text field ({@code beneficiaries} by default) and compares it with {@code min}.
 *
 * <p>Parameters: {@code min} (1 to 10,000,000, required), {@code field} (optional). Violations:
 * {@code BENEFICIARIES_UNKNOWN} [field] when the field is absent or not a whole number,
 * {@code TOO_FEW_BENEFICIARIES} [actual, min] when it is below {@code min}.
 *
 * <p>Registered through {@code META-INF/services/id.labinov.core.rules.RuleType} (found by
 * {@code RuleTypes.discovered()}) and usable with {@code RuleTypes.builder().register(new
 * MinBeneficiariesRuleType())} where a container hides service files. Stateless and thread-safe.
 */
public final class MinBeneficiariesRuleType implements RuleType {
  /** The name rulebooks use. */
  public static final String NAME = "lebak:min-beneficiaries";

  /** Creates the type (public and without arguments, for {@link java.util.ServiceLoader}). */
  public MinBeneficiariesRuleType() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Rule create(RuleParameters parameters) {
    int min = parameters.integer("min", 1, 10_000_000);
    String field = parameters.optionalText("field").orElse("beneficiaries");
    return (facts, context) -> {
      Optional<Long> count = facts.field(field).map(String::strip).filter(s -> s.matches("\\d{1,12}")).map(Long::valueOf);
      if (count.isEmpty()) {
        return RuleOutcome.violated("BENEFICIARIES_UNKNOWN", "lebak.beneficiariesUnknown", field);
      }
      return count.get() >= min ? RuleOutcome.passed()
          : RuleOutcome.violated("TOO_FEW_BENEFICIARIES", "lebak.tooFewBeneficiaries", count.get(), min);
    };
  }

  /**
   * Renders this type's messages. The library's message bundles do not know a plug-in's keys (they
   * render as the key and its arguments), so the region keeps its texts here.
   *
   * @param code a violation code of this type
   * @param arguments its arguments
   * @param locale {@code en} for English, otherwise Indonesian
   * @return the text, or empty for another type's code
   */
  public static Optional<String> message(String code, java.util.List<Object> arguments, Locale locale) {
    boolean en = locale != null && "en".equals(locale.getLanguage());
    return switch (code) {
      case "BENEFICIARIES_UNKNOWN" -> Optional.of(en
          ? "The number of beneficiaries (" + arguments.get(0) + ") is not filled in as a whole number."
          : "Jumlah penerima manfaat (" + arguments.get(0) + ") belum diisi sebagai bilangan bulat.");
      case "TOO_FEW_BENEFICIARIES" -> Optional.of(en
          ? arguments.get(0) + " beneficiaries; Lebak shows innovations that served at least " + arguments.get(1) + "."
          : arguments.get(0) + " penerima manfaat; Lebak menampilkan inovasi dengan paling sedikit " + arguments.get(1)
              + " penerima manfaat.");
      default -> Optional.empty();
    };
  }
}
