package id.labinov.core.rules;

import java.util.Locale;

/** Renders a rulebook as a Mermaid {@code stateDiagram-v2}. */
final class MermaidExport {
  private MermaidExport() {}

  static String render(Rulebook r, Locale locale) {
    StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
    sb.append("  %% ").append(clean(r.name().in(locale))).append(" (").append(r.reference()).append(")\n");
    for (Stage s : r.stages()) {
      sb.append("  state \"").append(clean(s.label().in(locale))).append("\" as ").append(s.code()).append('\n');
    }
    sb.append("  [*] --> ").append(r.entryStage()).append('\n');
    for (Transition t : r.transitions()) {
      if (t.to() == null) {
        continue;
      }
      for (String from : t.from()) {
        sb.append("  ").append(from).append(" --> ").append(t.to()).append(" : ")
            .append(clean(t.label().in(locale)));
        if (!t.rules().isEmpty()) {
          sb.append(" [").append(t.rules().size()).append(']');
        }
        sb.append('\n');
      }
    }
    for (Transition t : r.transitions()) {
      if (t.to() == null) {
        sb.append("  %% ").append(t.kind()).append(' ').append(clean(t.label().in(locale))).append(" (")
            .append(String.join(", ", t.from())).append(")\n");
      }
    }
    Stage last = r.stages().get(r.stages().size() - 1);
    sb.append("  ").append(last.code()).append(" --> [*]\n");
    return sb.toString();
  }

  private static String clean(String s) {
    return s.replace('"', '\'').replace('\n', ' ').replace(':', ' ');
  }
}
