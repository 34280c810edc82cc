package id.labinov.persistence.jdbc.architecture.planted;

import id.labinov.core.internal.json.JsonTree;

/** Deliberately bad: uses core's internal JSON tree, in a public signature too. */
public final class UsesCoreInternals {
  private UsesCoreInternals() {}

  /**
   * Exposes an internal type.
   *
   * @param text JSON
   * @return the number
   */
  public static JsonTree.Num parse(String text) {
    return new JsonTree.Num(text);
  }
}
