package id.labinov.core.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Strict reading of a parsed {@link JsonTree} that collects every problem with its JSON path instead
 * of stopping at the first; the one helper behind the rulebook, evaluation-scheme and rating-band
 * readers. Each problem has a stable code, a message key ({@code prefix} plus a suffix such as
 * {@code type}, {@code missing} or {@code pattern}) and its arguments; the reader chooses the
 * problem type through a {@link Factory}. Readers return {@code null} after recording a problem, and
 * treat an absent member and JSON null alike. Not thread-safe: one instance per document. Not API.
 *
 * @param <P> the reader's problem type
 */
public class TreeProblems<P> {
  /**
   * Creates a reader's problem.
   *
   * @param <P> the reader's problem type
   */
  @FunctionalInterface
  public interface Factory<P> {
    /**
     * Creates a problem.
     *
     * @param path the JSON path, e.g. {@code $.stages[2].code}
     * @param code the stable code, e.g. {@code WRONG_TYPE}
     * @param messageKey the message key
     * @param arguments the message arguments
     * @return the problem
     */
    P create(String path, String code, String messageKey, List<Object> arguments);
  }

  private final String keyPrefix;
  private final Factory<P> factory;
  private final List<P> problems = new ArrayList<>();

  /**
   * Creates an empty collection.
   *
   * @param keyPrefix the prefix of message keys, e.g. {@code error.rulebook.}
   * @param factory creates the reader's problems
   */
  public TreeProblems(String keyPrefix, Factory<P> factory) {
    this.keyPrefix = keyPrefix;
    this.factory = factory;
  }

  /** {@return the problems recorded so far, in the order found (a read-only view)} */
  public final List<P> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** {@return how many problems were recorded, so a reader can tell whether a part added one} */
  public final int count() {
    return problems.size();
  }

  /**
   * Records a problem.
   *
   * @param path the JSON path
   * @param code the stable code
   * @param messageKey the full message key
   * @param args the message arguments (none {@code null})
   */
  public final void problem(String path, String code, String messageKey, Object... args) {
    problems.add(factory.create(path, code, messageKey, List.of(args)));
  }

  /**
   * Records problems found elsewhere (e.g. by a rule type reading its parameters).
   *
   * @param found the problems
   */
  public final void addAll(Collection<? extends P> found) {
    problems.addAll(found);
  }

  /**
   * Tells whether a member is absent or JSON null.
   *
   * @param v the member's value, or {@code null} if absent
   * @return whether there is no value
   */
  public static boolean absent(Object v) {
    return v == null || v == JsonTree.NULL;
  }

  /**
   * Reads an object: records {@code WRONG_TYPE} if it is none, {@code MISSING} per required member
   * that is absent or null (in key order), {@code UNKNOWN_PROPERTY} per member not allowed.
   *
   * @param path the object's path
   * @param v the value
   * @param required the members it must have
   * @param optional the members it may have
   * @return the members in document order, or {@code null} if {@code v} is no object
   */
  public final Map<String, Object> object(String path, Object v, Set<String> required, Set<String> optional) {
    if (!(v instanceof Map<?, ?> m)) {
      problem(path, "WRONG_TYPE", keyPrefix + "type", "object");
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, x) -> out.put(String.valueOf(k), x));
    for (String k : new TreeSet<>(required)) {
      if (absent(out.get(k))) {
        problem(path + "." + k, "MISSING", keyPrefix + "missing", k);
      }
    }
    TreeSet<String> allowed = new TreeSet<>(required);
    allowed.addAll(optional);
    for (String k : out.keySet()) {
      if (!allowed.contains(k)) {
        problem(path + "." + k, "UNKNOWN_PROPERTY", keyPrefix + "unknownProperty", k, String.join(", ", allowed));
      }
    }
    return out;
  }

  /**
   * Reads a non-blank text: records {@code WRONG_TYPE} if it is no text or blank, {@code BAD_FORMAT}
   * if it does not match {@code pattern}.
   *
   * @param path the path
   * @param v the value
   * @param pattern the shape it must have, or {@code null}
   * @return the text, or {@code null} if absent (reported as missing by {@link #object}) or bad
   */
  public String string(String path, Object v, Pattern pattern) {
    if (absent(v)) {
      return null;
    }
    if (!(v instanceof String s) || s.isBlank()) {
      problem(path, "WRONG_TYPE", keyPrefix + "type", "text");
      return null;
    }
    if (pattern != null && !pattern.matcher(s).matches()) {
      problem(path, "BAD_FORMAT", keyPrefix + "pattern", s, pattern.pattern());
      return null;
    }
    return s;
  }

  /**
   * Reads a whole number in {@code [min, max]}: records {@code WRONG_TYPE} with the key
   * {@code integer} and the reader's own arguments otherwise.
   *
   * @param path the path
   * @param v the value
   * @param min the smallest allowed
   * @param max the largest allowed
   * @param literal the shape the literal must have (e.g. no exponent), or {@code null}
   * @param args the arguments of the problem
   * @return the number, or {@code null} if absent or bad
   */
  public final Integer integer(String path, Object v, int min, int max, Pattern literal, Object... args) {
    if (absent(v)) {
      return null;
    }
    if (!(v instanceof JsonTree.Num n) || literal != null && !literal.matcher(n.text()).matches()
        || n.decimal().stripTrailingZeros().scale() > 0
        || n.decimal().compareTo(BigDecimal.valueOf(min)) < 0 || n.decimal().compareTo(BigDecimal.valueOf(max)) > 0) {
      problem(path, "WRONG_TYPE", keyPrefix + "integer", args);
      return null;
    }
    return n.decimal().intValueExact();
  }

  /**
   * Reads a decimal: records {@code WRONG_TYPE} if it is no number, {@code BAD_NUMBER} if its literal
   * does not match {@code literal}.
   *
   * @param path the path
   * @param v the value
   * @param literal the shape the literal must have
   * @return the number, or {@code null} if absent or bad
   */
  public final BigDecimal decimal(String path, Object v, Pattern literal) {
    if (absent(v)) {
      return null;
    }
    if (!(v instanceof JsonTree.Num n)) {
      problem(path, "WRONG_TYPE", keyPrefix + "type", "number");
      return null;
    }
    if (!literal.matcher(n.text()).matches()) {
      problem(path, "BAD_NUMBER", keyPrefix + "number", n.text());
      return null;
    }
    return n.decimal();
  }

  /**
   * Reads a boolean: records {@code WRONG_TYPE} if it is none.
   *
   * @param path the path
   * @param v the value
   * @return the boolean, or {@code null} if absent or bad
   */
  public final Boolean bool(String path, Object v) {
    if (absent(v)) {
      return null;
    }
    if (!(v instanceof Boolean b)) {
      problem(path, "WRONG_TYPE", keyPrefix + "type", "true/false");
      return null;
    }
    return b;
  }

  /**
   * Reads an enum constant from a text already read: records {@code UNKNOWN_VALUE} listing the
   * constants if there is none of that name.
   *
   * @param path the path
   * @param s the text, or {@code null} (then nothing is recorded)
   * @param type the enum
   * @param <E> the enum type
   * @return the constant, or {@code null}
   */
  public final <E extends Enum<E>> E enumNamed(String path, String s, Class<E> type) {
    if (s == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
      names.add(e.name());
    }
    problem(path, "UNKNOWN_VALUE", keyPrefix + "enum", s, String.join(", ", names));
    return null;
  }

  /**
   * Reads an array: records {@code WRONG_TYPE} if it is none, {@code EMPTY} if it must not be empty
   * and is.
   *
   * @param path the path
   * @param v the value
   * @param nonEmpty whether it must have an element
   * @return the elements, empty if absent or bad
   */
  public final List<?> array(String path, Object v, boolean nonEmpty) {
    if (absent(v)) {
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      problem(path, "WRONG_TYPE", keyPrefix + "type", "array");
      return List.of();
    }
    if (nonEmpty && l.isEmpty()) {
      problem(path, "EMPTY", keyPrefix + "empty");
    }
    return l;
  }

  /**
   * Turns a parsed JSON value into the plain values rule parameters hold: numbers become
   * {@link BigDecimal} (an exponent written out, so {@code 3e1} reads as {@code 30}, as the canonical
   * form writes it), arrays and objects become unmodifiable lists and maps of plain values; texts and
   * booleans stay as they are.
   *
   * @param v a value from {@link JsonTree}
   * @return the plain value
   */
  public static Object plainValue(Object v) {
    if (v instanceof JsonTree.Num n) {
      BigDecimal d = n.decimal();
      return d.scale() < 0 ? d.setScale(0) : d;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(plainValue(x)));
      return List.copyOf(out);
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), plainValue(x)));
      return Map.copyOf(out);
    }
    return v;
  }

  /**
   * Parses JSON text into a tree, turning a syntax error or too deep a nesting into the reader's own
   * exception, built from the message arguments of {@code syntax}: line, column and what is wrong
   * (for too deep a nesting, {@code "-"}, {@code "-"} and the message).
   *
   * @param json the text
   * @param maxDepth the deepest nesting accepted
   * @param failure builds the exception to throw from those three arguments
   * @return the tree
   */
  public static Object parse(String json, int maxDepth, java.util.function.Function<List<Object>, ? extends RuntimeException> failure) {
    try {
      return JsonTree.parse(json, maxDepth);
    } catch (JsonTree.TooDeepException e) {
      throw failure.apply(List.of("-", "-", String.valueOf(e.getMessage())));
    } catch (JsonTree.SyntaxException e) {
      throw failure.apply(List.of(String.valueOf(e.line()), String.valueOf(e.column()), String.valueOf(e.getMessage())));
    }
  }
}
