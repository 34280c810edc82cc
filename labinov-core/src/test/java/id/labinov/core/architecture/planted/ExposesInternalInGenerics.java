package id.labinov.core.architecture.planted;

import id.labinov.core.internal.json.JsonTree;
import java.util.List;

/** Bad: an internal type hidden in a type argument of a public return type. */
public class ExposesInternalInGenerics {
  /** Returns numbers. */
  public List<JsonTree.Num> numbers() {
    return List.of();
  }
}
