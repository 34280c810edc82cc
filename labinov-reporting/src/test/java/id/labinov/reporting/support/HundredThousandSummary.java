package id.labinov.reporting.support;

import id.labinov.core.Labinov;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.Count;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.ProgrammeSummary;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Run in a JVM of its own with a small heap: computes the summary of {@code args[0]} innovations
 * that {@link SyntheticQuery} makes up page by page, and prints its counts as {@code key=value}
 * lines. Exits non-zero if the computation fails (e.g. runs out of memory).
 */
public final class HundredThousandSummary {
  private HundredThousandSummary() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    Labinov lab = Labinov.builder().clock(Clock.fixed(Scenario.day(400), ZoneOffset.UTC))
        .innovationStore(new InMemoryInnovationStore()).query(new SyntheticQuery(n))
        .rulebookStore(new InMemoryRulebookStore()).build();
    ProgrammeSummary s = Reports.builder().labinov(lab).pageSize(1000).build()
        .summary(Scope.region(Scenario.LEBAK), InnovationFilter.all());
    StringBuilder out = new StringBuilder();
    out.append("total=").append(s.total()).append('\n');
    for (Count<InnovationStatus> c : s.byStatus()) {
      out.append("status.").append(c.key().name()).append('=').append(c.count()).append('\n');
    }
    for (OpdCount c : s.byOpd()) {
      out.append("opd.").append(c.opd() == null ? "" : c.opd().value()).append('=').append(c.count()).append('\n');
    }
    s.funnel().forEach(f -> out.append("funnel.").append(f.stage()).append('=').append(f.reached()).append('\n'));
    s.byStage().forEach(c -> out.append("stage.").append(c.stage()).append('=').append(c.total()).append('\n'));
    Runtime rt = Runtime.getRuntime();
    out.append("maxHeap=").append(rt.maxMemory()).append('\n');
    System.out.print(out);
    System.out.flush();
  }
}
