package id.labinov.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of one gate rule, with typed readers that record problems (with their JSON path)
 * instead of throwing. A {@link RuleType} reads what it needs; the loader then reports missing,
 * malformed and unknown parameters all together.
 *
 * <p>Not thread-safe; used only while a rulebook is being loaded.
 */
public final class RuleParameters {
  private final String path;
  private final Map<String, Object> values;
  private final Set<String> read = new LinkedHashSet<>();
  private final List<RulebookProblem> problems = new ArrayList<>();

  /**
   * Creates parameters.
   *
   * @param path JSON path of the {@code params} object, e.g. {@code $.transitions[0].rules[1].params}
   * @param values the values ({@link String}, {@link BigDecimal}, {@link Boolean}, {@link List})
   */
  public RuleParameters(String path, Map<String, Object> values) {
    this.path = path;
    this.values = Map.copyOf(values);
  }

  /**
   * Reads a required, non-blank text.
   *
   * @param name the parameter
   * @return the text, or {@code ""} if missing (a problem is recorded)
   */
  public String text(String name) {
    return optionalText(name).orElseGet(() -> {
      if (!values.containsKey(name)) {
        problem(name, "PARAMETER_MISSING", "error.rulebook.parameterMissing", name);
      }
      return "";
    });
  }

  /**
   * Reads an optional text.
   *
   * @param name the parameter
   * @return the text, or empty if absent (a wrong type or a blank text records a problem)
   */
  public Optional<String> optionalText(String name) {
    read.add(name);
    Object v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof String s) || s.isBlank()) {
      problem(name, "PARAMETER_TYPE", "error.rulebook.parameterType", name, "text");
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /**
   * Reads a required whole number within bounds.
   *
   * @param name the parameter
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the number, or {@code min} if missing or invalid (a problem is recorded)
   */
  public int integer(String name, int min, int max) {
    read.add(name);
    Object v = values.get(name);
    if (v == null) {
      problem(name, "PARAMETER_MISSING", "error.rulebook.parameterMissing", name);
      return min;
    }
    return integerValue(name, v, min, max).orElse(min);
  }

  /**
   * Reads an optional whole number within bounds.
   *
   * @param name the parameter
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param fallback the value when absent
   * @return the number
   */
  public int optionalInteger(String name, int min, int max, int fallback) {
    read.add(name);
    Object v = values.get(name);
    return v == null ? fallback : integerValue(name, v, min, max).orElse(fallback);
  }

  private Optional<Integer> integerValue(String name, Object v, int min, int max) {
    if (!(v instanceof BigDecimal d) || d.stripTrailingZeros().scale() > 0) {
      problem(name, "PARAMETER_TYPE", "error.rulebook.parameterType", name, "whole number");
      return Optional.empty();
    }
    if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
      problem(name, "PARAMETER_RANGE", "error.rulebook.parameterRange", name, d.toPlainString(), min, max);
      return Optional.empty();
    }
    return Optional.of(d.intValueExact());
  }

  /**
   * Reads a required decimal number within bounds.
   *
   * @param name the parameter
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the number, or {@code min} if missing or invalid (a problem is recorded)
   */
  public BigDecimal decimal(String name, BigDecimal min, BigDecimal max) {
    read.add(name);
    Object v = values.get(name);
    if (v == null) {
      problem(name, "PARAMETER_MISSING", "error.rulebook.parameterMissing", name);
      return min;
    }
    if (!(v instanceof BigDecimal d)) {
      problem(name, "PARAMETER_TYPE", "error.rulebook.parameterType", name, "number");
      return min;
    }
    if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
      problem(name, "PARAMETER_RANGE", "error.rulebook.parameterRange", name, d.toPlainString(), min.toPlainString(), max.toPlainString());
      return min;
    }
    return d;
  }

  /**
   * Reads a required, non-empty list of texts.
   *
   * @param name the parameter
   * @return the texts (empty if missing or invalid; a problem is recorded)
   */
  public List<String> textList(String name) {
    read.add(name);
    Object v = values.get(name);
    if (v == null) {
      problem(name, "PARAMETER_MISSING", "error.rulebook.parameterMissing", name);
      return List.of();
    }
    if (!(v instanceof List<?> l) || l.isEmpty() || !l.stream().allMatch(x -> x instanceof String s && !s.isBlank())) {
      problem(name, "PARAMETER_TYPE", "error.rulebook.parameterType", name, "non-empty list of texts");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    l.forEach(x -> out.add((String) x));
    return Collections.unmodifiableList(out);
  }

  /**
   * Reads an optional, non-empty list of texts.
   *
   * @param name the parameter
   * @return the texts, or empty if absent (a wrong type records a problem and also gives empty)
   */
  @id.labinov.core.annotation.Beta
  public Optional<List<String>> optionalTextList(String name) {
    read.add(name);
    if (values.get(name) == null) {
      return Optional.empty();
    }
    List<String> texts = textList(name);
    return texts.isEmpty() ? Optional.empty() : Optional.of(texts);
  }

  /**
   * Reads an optional decimal number within bounds.
   *
   * @param name the parameter
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the number, or empty if absent (a wrong type or range records a problem and also gives
   *     empty)
   */
  @id.labinov.core.annotation.Beta
  public Optional<BigDecimal> optionalDecimal(String name, BigDecimal min, BigDecimal max) {
    read.add(name);
    Object v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    int before = problems.size();
    BigDecimal d = decimal(name, min, max);
    return problems.size() == before ? Optional.of(d) : Optional.empty();
  }

  /**
   * Reads an optional boolean.
   *
   * @param name the parameter
   * @param fallback the value when absent or not a boolean (a wrong type records a problem)
   * @return the value
   */
  @id.labinov.core.annotation.Beta
  public boolean optionalBoolean(String name, boolean fallback) {
    read.add(name);
    Object v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Boolean b)) {
      problem(name, "PARAMETER_TYPE", "error.rulebook.parameterType", name, "true or false");
      return fallback;
    }
    return b;
  }

  /**
   * Reads a required enum constant by name.
   *
   * @param name the parameter
   * @param type the enum
   * @param <E> the enum type
   * @return the constant, or empty if missing or unknown (a problem is recorded)
   */
  public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
    String t = text(name);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    return parseEnum(name, type, t);
  }

  /**
   * Reads a required, non-empty set of enum constants.
   *
   * @param name the parameter
   * @param type the enum
   * @param <E> the enum type
   * @return the constants (empty if invalid; a problem is recorded)
   */
  public <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (String t : textList(name)) {
      parseEnum(name, type, t).ifPresent(out::add);
    }
    return Collections.unmodifiableSet(out);
  }

  private <E extends Enum<E>> Optional<E> parseEnum(String name, Class<E> type, String t) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(t)) {
        return Optional.of(e);
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(e.name());
    }
    problem(name, "PARAMETER_VALUE", "error.rulebook.parameterValue", name, t, String.join(", ", allowed));
    return Optional.empty();
  }

  /**
   * Records a problem with a parameter (for checks a {@link RuleType} makes itself).
   *
   * @param name the parameter
   * @param code stable code
   * @param messageKey message key
   * @param arguments message arguments
   */
  public void problem(String name, String code, String messageKey, Object... arguments) {
    problems.add(new RulebookProblem(path + "." + name, code, messageKey, List.of(arguments)));
  }

  /** {@return the problems recorded so far, plus one per parameter never read (unknown)} */
  public List<RulebookProblem> problems() {
    List<RulebookProblem> all = new ArrayList<>(problems);
    values.keySet().stream().filter(k -> !read.contains(k)).sorted().forEach(k ->
        all.add(new RulebookProblem(path + "." + k, "UNKNOWN_PARAMETER", "error.rulebook.unknownParameter", List.of(k))));
    return all;
  }
}
