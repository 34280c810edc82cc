package id.labinov.reporting.render;

import static id.labinov.reporting.render.TableSpec.label;
import static id.labinov.reporting.render.TableSpec.text;

import id.labinov.core.model.Theme;
import id.labinov.reporting.data.Blocker;
import id.labinov.reporting.data.BlockerReport;
import id.labinov.reporting.data.CatalogueEntry;
import id.labinov.reporting.data.CriterionInfo;
import id.labinov.reporting.data.EvaluationRanking;
import id.labinov.reporting.data.RankedInnovation;
import id.labinov.reporting.data.ShowcaseCatalogue;
import id.labinov.reporting.internal.ReportTexts;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Layouts of the list reports: evaluation ranking and showcase catalogue. */
final class ListLayouts {
  /** The JSON object holding the per-criterion scores of a ranking row. */
  static final String PER_CRITERION = "perCriterion";

  private ListLayouts() {}

  static Doc ranking(EvaluationRanking r) {
    Locale l = r.info().locale();
    Facts f = new Facts(l).add("schemeId", r.schemeId()).add("schemeVersion", r.schemeVersion())
        .add("schemeName", text(r.schemeName(), l)).add("round", r.round())
        .add("innovationsRanked", (long) r.rows().size()).add("sheetsLeftOut", r.sheetsLeftOut())
        .add("sheetsRefused", r.sheetsRefused() == null ? Doc.NOT_RECORDED : r.sheetsRefused());
    TableSpec<RankedInnovation> spec = new TableSpec<RankedInnovation>(l, "ranking")
        .col("rank", RankedInnovation::rank).col("region", x -> x.ref().region().value())
        .col("innovationId", x -> x.ref().id().toString()).col("title", RankedInnovation::title)
        .col("opd", x -> x.opd() == null ? null : x.opd().value()).col("opdName", RankedInnovation::opdName)
        .col("stage", RankedInnovation::stage).col("stageLabel", x -> TableSpec.stage(x.stageLabel(), l))
        .col("score", RankedInnovation::score).col("category", RankedInnovation::categoryCode)
        .col("categoryLabel", x -> text(x.categoryLabel(), l)).col("evaluators", RankedInnovation::evaluatorCount)
        .col("trimmed", RankedInnovation::trimmed);
    for (CriterionInfo c : r.criteria()) {
      spec.col(new Doc.Column(c.code(), c.label().in(l), PER_CRITERION), x -> x.perCriterion().get(c.code()));
    }
    List<Doc.Table> tables = List.of(spec.of(r.rows()),
        new TableSpec<CriterionInfo>(l, "criteria").col("code", CriterionInfo::code)
            .col("label", c -> c.label().in(l)).col("weight", CriterionInfo::weight).of(r.criteria()));
    return new Doc(r.info(), Layouts.title(r), f.list(), tables);
  }

  static Doc blockers(BlockerReport r) {
    Locale l = r.info().locale();
    Facts f = new Facts(l).add("from", r.from()).add("to", r.to()).add("refusals", r.refusals())
        .add("reasons", r.reasons()).add("innovations", r.innovations());
    List<Doc.Table> tables = List.of(
        blockerColumns(new TableSpec<Blocker>(l, "blockers"), l).of(r.byCriterion()),
        blockerColumns(new TableSpec<Blocker>(l, "blockersByStage").col("stage", Blocker::stage)
            .col("stageLabel", b -> b.stage() == null ? AggregateLayouts.notSet(l) : TableSpec.stage(b.stageLabel(), l)), l)
            .of(r.byStage()),
        blockerColumns(new TableSpec<Blocker>(l, "blockersByOpd").col("opd", b -> b.opd() == null ? null
            : b.opd().value()).col("opdName", b -> b.opd() == null ? AggregateLayouts.notSet(l) : b.opdName()), l)
            .of(r.byOpd()));
    return new Doc(r.info(), Layouts.title(r), f.list(), tables);
  }

  private static TableSpec<Blocker> blockerColumns(TableSpec<Blocker> spec, Locale l) {
    return spec.col("code", Blocker::code).col("criterion", b -> text(b.label(), l)).col("detail", Blocker::detail)
        .col("detailLabel", b -> b.detailLabel() == null ? null : text(b.detailLabel(), l))
        .col("reasons", Blocker::reasons).col("innovations", Blocker::innovations).col("percent", Blocker::percent);
  }

  static Doc catalogue(ShowcaseCatalogue r) {
    Locale l = r.info().locale();
    Facts f = new Facts(l).add("grouping", r.grouping().name())
        .add("groupingLabel", ReportTexts.text(l, "grouping." + r.grouping().name()))
        .add("innovations", r.innovations()).add("entries", r.entryCount())
        .add("stages", String.join(", ", r.stages()))
        .add("stagesLabel", r.stages().stream().map(c -> TableSpec.shippedStage(c, l)).collect(Collectors.joining(", ")));
    Doc.Table table = new TableSpec<CatalogueEntry>(l, "catalogue").col("number", CatalogueEntry::number)
        .col("group", CatalogueEntry::groupKey)
        .col("groupName", e -> e.groupKey() == null ? AggregateLayouts.notSet(l) : e.groupName())
        .col("title", CatalogueEntry::title).col("opd", e -> e.opd() == null ? null : e.opd().value())
        .col("opdName", CatalogueEntry::opdName).col("bentuk", e -> e.bentuk() == null ? null : e.bentuk().name())
        .col("bentukLabel", e -> label(e.bentuk(), l)).col("jenis", e -> e.jenis() == null ? null : e.jenis().name())
        .col("jenisLabel", e -> label(e.jenis(), l))
        .col("themes", e -> e.themes().isEmpty() ? null : e.themes().stream().map(Theme::code)
            .collect(Collectors.joining(", ")))
        .col("themesLabel", e -> e.themeNames().isEmpty() ? null : String.join(", ", e.themeNames()))
        .col("stage", CatalogueEntry::stage).col("stageLabel", e -> TableSpec.stage(e.stageLabel(), l))
        .col("nationalStage", e -> e.nationalStage() == null ? null : e.nationalStage().name())
        .col("nationalStageLabel", e -> label(e.nationalStage(), l)).col("since", CatalogueEntry::since)
        .col("ideaSummary", CatalogueEntry::ideaSummary).col("benefits", CatalogueEntry::benefits)
        .col("results", CatalogueEntry::results).col("video", e -> e.video() == null ? null : e.video().toString())
        .of(r.entries());
    return new Doc(r.info(), Layouts.title(r), f.list(), List.of(table));
  }
}
