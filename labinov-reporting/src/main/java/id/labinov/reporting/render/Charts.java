package id.labinov.reporting.render;

import static id.labinov.reporting.render.TableSpec.text;

import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.FunnelStep;
import id.labinov.reporting.data.NationalStageRow;
import id.labinov.reporting.data.NationalStageSummary;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.ProgrammeSummary;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.data.Report;
import id.labinov.reporting.data.StageCount;
import id.labinov.reporting.data.StageDurationReport;
import id.labinov.reporting.data.StageStatistics;
import id.labinov.reporting.internal.ReportTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The charts of each report: the stage funnel and the bars by OPD of a summary, the stage durations
 * (median with minimum and maximum), the score distribution of a ranking, and the national stages.
 * Profiles, catalogues and audit trails have none. Each chart's text alternative lists every value.
 */
final class Charts {
  private static final int BINS = 10;

  private Charts() {}

  static List<Chart> of(Report report) {
    Values v = new Values(report.info());
    Locale l = report.info().locale();
    List<Chart> out = new ArrayList<>();
    if (report instanceof ProgrammeSummary r) {
      List<Chart.Bar> funnel = new ArrayList<>();
      for (FunnelStep s : r.funnel()) {
        String pct = s.percentOfTotal() == null ? "" : " (" + v.localized(s.percentOfTotal()) + "%)";
        funnel.add(Chart.Bar.of(text(s.label(), l), s.reached(), v.localized(s.reached()) + pct));
      }
      add(out, l, v, Chart.Kind.FUNNEL, "chart.funnel", funnel);
      stackedByOpd(out, r, v);
    } else if (report instanceof StageDurationReport r) {
      List<Chart.Bar> bars = new ArrayList<>();
      for (StageStatistics s : r.stages()) {
        if (s.medianDays() == null) {
          bars.add(Chart.Bar.of(text(s.label(), l), 0, ReportTexts.text(l, "chart.noStays")));
        } else {
          String t = ReportTexts.format(l, "chart.durations.value",
              List.of(v.localized(s.medianDays()), v.localized(s.minDays()), v.localized(s.maxDays())));
          bars.add(new Chart.Bar(text(s.label(), l), s.medianDays().doubleValue(), t, s.minDays().doubleValue(),
              s.maxDays().doubleValue()));
        }
      }
      add(out, l, v, Chart.Kind.RANGES, "chart.durations", bars);
    } else if (report instanceof EvaluationRanking r) {
      add(out, l, v, Chart.Kind.COLUMNS, "chart.scores", scoreBins(r, v));
    } else if (report instanceof NationalStageSummary r) {
      NationalStageRow t = r.total();
      List<Chart.Bar> bars = new ArrayList<>();
      bars.add(Chart.Bar.of(ReportTexts.text(l, "fact.notYetSet"), t.notYetSet(), v.localized(t.notYetSet())));
      bars.add(Chart.Bar.of(ReportTexts.text(l, "fact.inisiatif"), t.inisiatif(), v.localized(t.inisiatif())));
      bars.add(Chart.Bar.of(ReportTexts.text(l, "fact.ujiCoba"), t.ujiCoba(), v.localized(t.ujiCoba())));
      bars.add(Chart.Bar.of(ReportTexts.text(l, "fact.penerapan"), t.penerapan(), v.localized(t.penerapan())));
      bars.add(Chart.Bar.of(ReportTexts.text(l, "fact.dropped"), t.dropped(), v.localized(t.dropped())));
      add(out, l, v, Chart.Kind.BARS, "chart.national", bars);
      List<String> series = List.of(ReportTexts.text(l, "fact.notYetSet"), ReportTexts.text(l, "fact.inisiatif"),
          ReportTexts.text(l, "fact.ujiCoba"), ReportTexts.text(l, "fact.penerapan"),
          ReportTexts.text(l, "fact.dropped"));
      List<Stack> stacks = new ArrayList<>();
      for (NationalStageRow row : r.byOpd()) {
        String name = row.opd() == null ? AggregateLayouts.notSet(l)
            : row.opdName() == null ? row.opd().value() : row.opdName();
        stacks.add(new Stack(name, List.of(row.notYetSet(), row.inisiatif(), row.ujiCoba(), row.penerapan(),
            row.dropped()), row.opd() == null));
      }
      stacked(out, l, v, "chart.nationalByOpd", series, stacks);
    }
    return out;
  }

  /** One stacked bar before sorting: a name and its parts. */
  private record Stack(String name, List<Long> parts, boolean unnamed) {
    long total() {
      return parts.stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Innovations per OPD, each bar split by the furthest stage reached, in the summary's stage order. */
  private static void stackedByOpd(List<Chart> out, ProgrammeSummary r, Values v) {
    Locale l = r.info().locale();
    List<String> codes = new ArrayList<>();
    List<String> series = new ArrayList<>();
    for (StageCount s : r.byStage()) {
      codes.add(s.stage());
      series.add(TableSpec.stage(s.label(), l));
    }
    List<Stack> stacks = new ArrayList<>();
    for (OpdCount c : r.byOpd()) {
      String name = c.opd() == null ? AggregateLayouts.notSet(l) : c.opdName() == null ? c.opd().value() : c.opdName();
      List<Long> parts = new ArrayList<>();
      for (String code : codes) {
        parts.add(c.reachedByStage().getOrDefault(code, 0L));
      }
      // a stage the summary's axis does not list (none in practice) still counts in the total
      long listed = parts.stream().mapToLong(Long::longValue).sum();
      if (listed < c.count() && !parts.isEmpty()) {
        parts.set(0, parts.get(0) + c.count() - listed);
      }
      stacks.add(new Stack(name, parts, c.opd() == null));
    }
    stacked(out, l, v, "chart.byOpd", series, stacks);
  }

  /** A stacked bar chart, largest total first (equal totals by name), its text alternative giving every part. */
  private static void stacked(List<Chart> out, Locale l, Values v, String key, List<String> series,
      List<Stack> stacks) {
    if (stacks.isEmpty()) {
      return;
    }
    List<Stack> sorted = new ArrayList<>(stacks);
    // largest first; among equal totals innovations without an OPD last, then by name
    sorted.sort(java.util.Comparator.comparingLong(Stack::total).reversed().thenComparing(Stack::unnamed)
        .thenComparing(Stack::name, java.text.Collator.getInstance(l)));
    List<Chart.Bar> bars = new ArrayList<>();
    StringBuilder d = new StringBuilder(ReportTexts.text(l, key + ".description"));
    for (int i = 0; i < sorted.size(); i++) {
      Stack s = sorted.get(i);
      List<Double> parts = s.parts().stream().map(Long::doubleValue).toList();
      bars.add(new Chart.Bar(s.name(), s.total(), v.localized(s.total()), null, null, parts));
      d.append(i == 0 ? " " : "; ").append(s.name()).append(": ").append(v.localized(s.total()));
      List<String> named = new ArrayList<>();
      for (int p = 0; p < s.parts().size(); p++) {
        if (s.parts().get(p) > 0) {
          named.add(series.get(p) + " " + v.localized(s.parts().get(p)));
        }
      }
      if (!named.isEmpty()) {
        d.append(" (").append(String.join(", ", named)).append(')');
      }
    }
    out.add(new Chart(Chart.Kind.STACKED, ReportTexts.text(l, key), d.append('.').toString(), bars, series,
        ReportTexts.text(l, "chart.axis.innovations"), n -> v.localized(n)));
  }

  /** Ten equal bins from 0 to the scale's top (100, or the highest score rounded up to a multiple of 10). */
  private static List<Chart.Bar> scoreBins(EvaluationRanking r, Values v) {
    BigDecimal top = BigDecimal.valueOf(100);
    for (RankedInnovation x : r.rows()) {
      if (x.score().compareTo(top) > 0) {
        top = x.score().divide(BigDecimal.TEN, 0, RoundingMode.CEILING).multiply(BigDecimal.TEN);
      }
    }
    BigDecimal width = top.divide(BigDecimal.valueOf(BINS), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    long[] counts = new long[BINS];
    for (RankedInnovation x : r.rows()) {
      int bin = x.score().signum() <= 0 ? 0 : x.score().divide(width, 0, RoundingMode.FLOOR).intValue();
      counts[Math.min(BINS - 1, bin)]++;
    }
    List<Chart.Bar> bars = new ArrayList<>();
    for (int i = 0; i < BINS; i++) {
      BigDecimal lo = width.multiply(BigDecimal.valueOf(i));
      BigDecimal hi = width.multiply(BigDecimal.valueOf(i + 1L));
      bars.add(Chart.Bar.of(v.localized(lo.stripTrailingZeros()) + "\u2013" + v.localized(hi.stripTrailingZeros()),
          counts[i], v.localized(counts[i])));
    }
    return bars;
  }

  private static void add(List<Chart> out, Locale l, Values v, Chart.Kind kind, String key, List<Chart.Bar> bars) {
    if (bars.isEmpty()) {
      return;
    }
    StringBuilder d = new StringBuilder(ReportTexts.text(l, key + ".description"));
    for (int i = 0; i < bars.size(); i++) {
      d.append(i == 0 ? " " : "; ").append(bars.get(i).label()).append(": ").append(bars.get(i).valueText());
    }
    String axis = kind == Chart.Kind.BARS ? ReportTexts.text(l, "chart.axis.innovations")
        : kind == Chart.Kind.RANGES ? ReportTexts.text(l, "chart.axis.days") : null;
    out.add(new Chart(kind, ReportTexts.text(l, key), d.append('.').toString(), bars, List.of(), axis,
        n -> v.localized(n)));
  }
}
