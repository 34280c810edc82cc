package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;

/**
 * One evidence requirement of one indicator level, compiled by an {@link EvidenceRuleType}: checks
 * a claim's linked documents and stated value. A pure function; thread-safe.
 */
@Beta
@FunctionalInterface
public interface EvidenceRule {
  /**
   * Checks the requirement.
   *
   * @param input the claim, its linked documents (those of the claim's region that were found) and
   *     the year
   * @return met, with the documents that counted, or unmet, with every gap
   */
  RequirementOutcome check(EvidenceInput input);
}
