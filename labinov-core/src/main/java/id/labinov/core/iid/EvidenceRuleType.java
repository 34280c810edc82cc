package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.rules.RuleParameters;

/**
 * A kind of evidence requirement, named in evidence rules by {@link #name()} (e.g.
 * {@code document}, {@code stated-value}). The extension point for a region's own requirements, as
 * {@link id.labinov.core.rules.RuleType} is for gate rules: implement it and register it through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/id.labinov.core.iid.EvidenceRuleType})
 * or {@link EvidenceRuleTypes.Builder#register(EvidenceRuleType)}.
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor for
 * {@code ServiceLoader}. The requirements they create must be pure functions and <em>monotone</em>:
 * linking more documents never turns a met requirement into an unmet one (the pre-flight's promise
 * that adding evidence never lowers the supported level rests on it).
 */
@Beta
public interface EvidenceRuleType {
  /**
   * Returns the name evidence rules use, lower-kebab, e.g. {@code document}. Custom types should use
   * a prefix such as {@code lebak:} to avoid clashing with future built-ins.
   *
   * @return the name
   */
  String name();

  /**
   * Compiles a requirement from its parameters. Read every parameter through {@code parameters};
   * problems are collected there (with their JSON path) rather than thrown, so the rules report all
   * their errors at once. Parameters never read are reported as unknown.
   *
   * @param parameters the requirement's parameters
   * @return the requirement; may be a dummy if {@code parameters} has recorded problems
   */
  EvidenceRule create(RuleParameters parameters);
}
