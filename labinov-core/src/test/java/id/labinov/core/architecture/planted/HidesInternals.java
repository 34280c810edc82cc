package id.labinov.core.architecture.planted;

import id.labinov.core.internal.json.JsonTree;
import java.util.List;

/** Good: uses internal and Jackson types only where users cannot see them. */
public final class HidesInternals {
  private final JsonTree.Num number = JsonTree.Num.of(3);

  /** Returns the number's text. */
  public String text() {
    return number.text() + numbers().size();
  }

  List<JsonTree.Num> numbers() {
    return List.of(number);
  }

  /** Not API: package-private class. */
  static class Helper {
    public JsonTree.Num visibleOnlyInThePackage() {
      return JsonTree.Num.of(4);
    }
  }
}
