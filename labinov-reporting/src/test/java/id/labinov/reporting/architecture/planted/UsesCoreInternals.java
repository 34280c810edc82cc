package id.labinov.reporting.architecture.planted;

import id.labinov.core.internal.json.JsonTree;

/** Breaks "no core internals". */
public class UsesCoreInternals {
  public String canonical() {
    return JsonTree.canonical(java.util.Map.of());
  }
}
