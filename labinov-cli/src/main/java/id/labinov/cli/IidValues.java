package id.labinov.cli;

import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.i18n.Messages;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.DocumentStatus;
import id.labinov.core.iid.IssuerLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The closed sets of the IID evidence register as the tool reads them ({@link Choices}: code or label,
 * either language, any case, a close one suggested): document kinds, issuer levels, the indicators of
 * the shipped IID innovation scheme, the units of a stated value and the document statuses a listing
 * filters on. Also the indicator's level descriptions a refusal or a sentence quotes.
 */
final class IidValues {
  /** The units labinov names in both languages; the shipped evidence rules use these. */
  static final List<String> UNITS = List.of("PEOPLE", "MONTHS", "BENEFICIARIES", "DAYS", "PERCENT", "REGIONS", "OPD",
      "CHANNELS", "ACTOR_GROUPS", "ELEMENTS");
  /** The listing filter's value for every status. */
  static final String ALL = "ALL";

  private static final EvaluationScheme SCHEME = EvaluationSchemes.iidInnovationIndicators();

  private IidValues() {}

  /** The shipped IID innovation scheme (20 indicators, their weights and level descriptions). */
  static EvaluationScheme scheme() {
    return SCHEME;
  }

  /**
   * The document kinds labinov ships, by code or label ({@code DECREE}, {@code SK}, {@code decree},
   * {@code Perkada}, {@code foto}); a label with a second name in brackets is read by either name.
   */
  static Choices<DocumentKind> documentKinds(String option) {
    List<Choices.Choice<DocumentKind>> list = new ArrayList<>();
    for (DocumentKind k : DocumentKind.shipped()) {
      list.add(new Choices.Choice<>(k, k.code(), Choices.bracketNames(List.of(k.label(Messages.INDONESIAN),
          k.label(Locale.ENGLISH)))));
    }
    return Choices.of(option, list);
  }

  /** Issuer levels ({@code REGIONAL_HEAD}, {@code kepala daerah}, {@code DPRD}, ...). */
  static Choices<IssuerLevel> issuerLevels(String option) {
    return Choices.ofLabelled(option, IssuerLevel.class);
  }

  /** The indicators of the shipped scheme, by code or label in either language. */
  static Choices<Criterion> indicators(String option) {
    List<Choices.Choice<Criterion>> list = new ArrayList<>();
    for (Criterion c : SCHEME.criteria()) {
      list.add(new Choices.Choice<>(c, c.code(), List.of(c.label().in(Messages.INDONESIAN), c.label().in(Locale.ENGLISH))));
    }
    return Choices.of(option, list);
  }

  /** The indicator with this code in the shipped scheme, if any (a stored claim names its code). */
  static Optional<Criterion> indicator(String code) {
    return SCHEME.findCriterion(code);
  }

  /** An indicator's label in the user's language, else its code. */
  static String indicatorLabel(String code, Texts texts) {
    return indicator(code).map(c -> c.label().in(texts.locale())).orElse(code);
  }

  /** The description of one level of an indicator in the user's language; empty if it has no such level. */
  static Optional<String> levelText(Criterion c, int level, Texts texts) {
    return level >= 1 && level <= c.maxLevel() ? Optional.of(c.levels().get(level - 1).in(texts.locale()))
        : Optional.empty();
  }

  /** Every level of an indicator with its description: {@code 1 = ..., 2 = ..., 3 = ...}. */
  static String levels(Criterion c, Texts texts) {
    List<String> parts = new ArrayList<>();
    for (int l = 1; l <= c.maxLevel(); l++) {
      parts.add(l + " = " + c.levels().get(l - 1).in(texts.locale()));
    }
    return String.join("; ", parts);
  }

  /** The units of a stated value ({@code PEOPLE}, {@code orang}, {@code months}, ...). */
  static Choices<String> units(String option) {
    List<Choices.Choice<String>> list = new ArrayList<>();
    for (String u : UNITS) {
      String key = "label.iidUnit." + u;
      list.add(new Choices.Choice<>(u, u, Messages.isDefined(key)
          ? List.of(Messages.format(Messages.INDONESIAN, key), Messages.format(Locale.ENGLISH, key)) : List.of()));
    }
    return Choices.of(option, list);
  }

  /** A unit's label in the user's language, else its code. */
  static String unitLabel(String unit, Texts texts) {
    String key = "label.iidUnit." + unit;
    return Messages.isDefined(key) ? Messages.format(texts.locale(), key) : unit;
  }

  /**
   * The statuses a document listing filters on: {@code ACTIVE} (berlaku), {@code SUPERSEDED}
   * (digantikan) and {@value #ALL} (semua).
   */
  static Choices<String> documentStatuses(String option) {
    Texts id = Texts.of("id");
    Texts en = Texts.of("en");
    List<Choices.Choice<String>> list = new ArrayList<>();
    for (String s : List.of(DocumentStatus.ACTIVE.name(), DocumentStatus.SUPERSEDED.name(), ALL)) {
      String key = "document.status." + s;
      list.add(new Choices.Choice<>(s, s, List.of(id.get(key), en.get(key))));
    }
    return Choices.of(option, list);
  }

  /** A document status's label in the user's language ({@code berlaku}, {@code superseded}). */
  static String statusLabel(DocumentStatus status, Texts texts) {
    return texts.get("document.status." + status.name());
  }
}
