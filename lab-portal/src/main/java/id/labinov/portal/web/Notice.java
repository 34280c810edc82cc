package id.labinov.portal.web;

import java.util.List;

/**
 * A message at the top of a page after an action: what happened, and for a refusal every reason with
 * its fix, in the page's language.
 *
 * @param kind {@code ok}, {@code refused} or {@code warning} (the style sheet's classes)
 * @param title the sentence saying what happened
 * @param reasons the reasons, empty for an accepted action
 */
public record Notice(String kind, String title, List<Words.Reason> reasons) {
  /** Copies the reasons. */
  public Notice {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /**
   * An accepted action.
   *
   * @param title what happened
   * @return the notice
   */
  public static Notice ok(String title) {
    return new Notice("ok", title, List.of());
  }

  /**
   * A refused action.
   *
   * @param title what was refused
   * @param reasons why, with fixes
   * @return the notice
   */
  public static Notice refused(String title, List<Words.Reason> reasons) {
    return new Notice("refused", title, reasons);
  }
}
