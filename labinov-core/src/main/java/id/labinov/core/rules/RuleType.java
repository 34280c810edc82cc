package id.labinov.core.rules;

/**
 * A kind of gate rule, named in rulebooks by {@link #name()} (e.g. {@code min-length}). The
 * extension point for regions' own rules: implement it and register it through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/id.labinov.core.rules.RuleType}) or
 * {@link RuleTypes.Builder#register(RuleType)}.
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor for
 * {@code ServiceLoader}.
 */
public interface RuleType {
  /**
   * Returns the name rulebooks use, lower-kebab, e.g. {@code evidence}. Custom types should use a
   * prefix such as {@code lebak:} to avoid clashing with future built-ins.
   *
   * @return the name
   */
  String name();

  /**
   * Compiles a rule from its parameters. Read every parameter through {@code parameters}; problems
   * are collected there (with their JSON path) rather than thrown, so a rulebook reports all its
   * errors at once. Parameters that are never read are reported as unknown.
   *
   * @param parameters the rule's parameters
   * @return the rule; may be a dummy if {@code parameters} has recorded problems
   */
  Rule create(RuleParameters parameters);
}
