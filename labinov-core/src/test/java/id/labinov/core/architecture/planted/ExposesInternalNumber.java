package id.labinov.core.architecture.planted;

import id.labinov.core.internal.json.JsonTree;

/** Bad: an internal type as a public method's return type. */
public class ExposesInternalNumber {
  /** Returns a number. */
  public JsonTree.Num number() {
    return JsonTree.Num.of(1);
  }
}
