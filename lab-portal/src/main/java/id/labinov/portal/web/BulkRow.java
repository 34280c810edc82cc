package id.labinov.portal.web;

import java.util.List;

/**
 * One line of a bulk command's results table: the innovation and what became of it, in words.
 *
 * @param id the innovation id
 * @param title its title
 * @param accepted whether labinov accepted the command for it
 * @param outcome the outcome in words
 * @param reasons the reasons of a refusal, with fixes; empty when accepted
 */
public record BulkRow(String id, String title, boolean accepted, String outcome, List<Words.Reason> reasons) {
  /** Copies the reasons. */
  public BulkRow {
    reasons = List.copyOf(reasons);
  }
}
