package id.labinov.reporting.render;

import static id.labinov.reporting.render.TableSpec.text;

import id.labinov.reporting.data.OnePageSummary;
import id.labinov.reporting.data.OpdCount;
import id.labinov.reporting.data.ProgrammeFacts;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.internal.ReportTexts;
import java.util.List;
import java.util.Locale;

/**
 * The one-page summary as a {@link Doc} (JSON, CSV, XLSX, HTML): its figures under the keys, and its
 * tables under the names, of the reports they come from (the programme summary's facts and
 * {@code funnel}, the ranking's {@code ranking} columns), so they keep those reports' definitions.
 * The PDF and the slide draw the page itself ({@link OnePage}).
 */
final class OnePageLayout {
  /** The reports whose facts the one-page summary repeats: its facts are defined there. */
  static final List<String> SOURCES = List.of("programme-summary", "evaluation-ranking");

  private OnePageLayout() {}

  static Doc of(OnePageSummary r) {
    Locale l = r.info().locale();
    ProgrammeFacts p = r.programme();
    Facts f = new Facts(l).add("programmeId", p.id()).add("programmeName", p.name()).add("programmeYear", p.year())
        .add("total", r.total()).add("achieved", p.achieved()).add("target", (long) p.target())
        .add("achievedPercent", p.achievedPercent()).add("finalStage", p.finalStage())
        .add("finalStageLabel", r.finalStageLabel() == null ? null : TableSpec.stage(r.finalStageLabel(), l))
        .add("schemeId", r.schemeId()).add("schemeName", text(r.schemeName(), l)).add("round", r.round())
        .add("innovationsRanked", r.ranked());
    Doc.Table top = new TableSpec<RankedInnovation>(l, "ranking").col("rank", RankedInnovation::rank)
        .col("region", x -> x.ref().region().value()).col("innovationId", x -> x.ref().id().toString())
        .col("title", RankedInnovation::title).col("opd", x -> x.opd() == null ? null : x.opd().value())
        .col("opdName", RankedInnovation::opdName).col("score", RankedInnovation::score)
        .col("category", RankedInnovation::categoryCode).col("categoryLabel", x -> text(x.categoryLabel(), l))
        .col("evaluators", RankedInnovation::evaluatorCount).of(r.top());
    List<Doc.Table> tables = List.of(AggregateLayouts.funnel(r.funnel(), l),
        new TableSpec<OpdCount>(l, "achievedByOpd").col("opd", c -> c.opd() == null ? null : c.opd().value())
            .col("opdName", c -> c.opd() == null ? AggregateLayouts.notSet(l) : c.opdName())
            .col("count", OpdCount::count).of(r.achievedByOpd()),
        new Doc.Table(top.name(), ReportTexts.text(l, "table.top"), top.columns(), top.rows(), top.inMemory()));
    return new Doc(r.info(), Layouts.title(r), f.list(), tables);
  }
}
