package id.labinov.core.architecture.planted;

import id.labinov.core.internal.json.JsonTree;

/** Bad: an internal type as a public field. */
public class ExposesInternalField {
  /** A number. */
  public JsonTree.Num value = JsonTree.Num.of(2);
}
