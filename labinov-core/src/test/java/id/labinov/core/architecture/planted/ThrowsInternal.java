package id.labinov.core.architecture.planted;

import id.labinov.core.internal.json.JsonTree;

/** Bad: an internal exception in a public constructor's throws clause. */
public class ThrowsInternal {
  /** Parses eagerly. */
  public ThrowsInternal(String json) throws JsonTree.SyntaxException {
    JsonTree.parse(json);
  }
}
