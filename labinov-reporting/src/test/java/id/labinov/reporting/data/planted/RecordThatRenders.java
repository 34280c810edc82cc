package id.labinov.reporting.data.planted;

import id.labinov.reporting.render.JsonRenderer;

/** Breaks "data is plain": a record that renders itself. */
public record RecordThatRenders(String title) {
  public JsonRenderer renderer() {
    return new JsonRenderer();
  }
}
