/**
 * API. Rulebooks: stage models as data. A rulebook names its stages, its entry stage and its
 * transitions; each transition has a gate of must-meet and should-meet rules. Rules read
 * {@link id.labinov.core.rules.Facts} and a {@link id.labinov.core.rules.RuleContext}; a check
 * returns a {@link id.labinov.core.rules.Verdict} listing every violated rule. New rule types come
 * through {@link id.labinov.core.rules.RuleType} ({@code ServiceLoader} or explicit registration).
 */
package id.labinov.core.rules;
