package id.labinov.reporting;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Scope;
import id.labinov.core.model.Theme;
import id.labinov.core.national.NationalAlignment;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.rules.Rulebook;
import id.labinov.reporting.data.CatalogueEntry;
import id.labinov.reporting.data.CatalogueGrouping;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.data.ShowcaseCatalogue;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Computes the showcase catalogue: the group keys come from the store's counts; the entries are read
 * group by group, page by page, while the catalogue is iterated, loading one innovation at a time.
 */
final class CatalogueComputer {
  private static final EvidenceKind VIDEO = EvidenceKind.of("VIDEO");

  private final Context ctx;
  private final StageAxis axis;

  CatalogueComputer(Context ctx) {
    this.ctx = ctx;
    this.axis = new StageAxis(ctx);
  }

  ShowcaseCatalogue compute(Scope scope, InnovationFilter filter, CatalogueGrouping grouping) {
    Optional<InnovationFilter> shown = Filters.withStages(filter, ctx.displayedStages)
        .flatMap(f -> Filters.withStatuses(f, Set.of(InnovationStatus.ACTIVE, InnovationStatus.ON_HOLD)));
    List<Iterable<CatalogueEntry>> groups = new ArrayList<>();
    long innovations = 0;
    long entryCount = 0;
    Set<String> stages = new TreeSet<>();
    if (shown.isPresent()) {
      InnovationFilter f = shown.get();
      for (CountRow row : ctx.query.count(scope, f, Dimension.STAGE)) {
        innovations += row.count();
        stages.add(row.key());
      }
      Dimension d = grouping == CatalogueGrouping.OPD ? Dimension.OPD : Dimension.THEME;
      boolean withoutGroup = false;
      for (CountRow row : ctx.query.count(scope, f, d)) {
        entryCount += row.count();
        if (row.key().isEmpty()) {
          withoutGroup = true;
        } else if (grouping == CatalogueGrouping.OPD) {
          OpdCode opd = OpdCode.of(row.key());
          groups.add(group(scope, Filters.withOpd(f, opd), opd.value(), ctx.opdName(opd), s -> true));
        } else {
          Theme theme = Theme.of(row.key());
          groups.add(group(scope, Filters.withTheme(f, theme), theme.code(), themeName(theme), s -> true));
        }
      }
      if (withoutGroup) {
        Predicate<InnovationSummary> none = grouping == CatalogueGrouping.OPD ? s -> s.opd() == null
            : s -> s.themes().isEmpty();
        groups.add(group(scope, f, null, null, none));
      }
    }
    Iterable<CatalogueEntry> all = Pages.concat(groups);
    Iterable<CatalogueEntry> numbered = () -> new Iterator<>() {
      private final Iterator<CatalogueEntry> it = all.iterator();
      private int number;

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public CatalogueEntry next() {
        CatalogueEntry e = it.next();
        return new CatalogueEntry(++number, e.groupKey(), e.groupName(), e.title(), e.opd(), e.opdName(), e.bentuk(),
            e.jenis(), e.themes(), e.themeNames(), e.stage(), e.stageLabel(), e.nationalStage(), e.since(), e.ideaSummary(),
            e.benefits(), e.results(), e.video());
      }
    };
    return new ShowcaseCatalogue(ctx.info(ReportKind.SHOWCASE_CATALOGUE, Context.zoneOf(scope), scope), grouping,
        List.copyOf(stages), innovations, entryCount, numbered);
  }

  /** A theme's name from the directory, else its code written as words ("Kota Layak Anak"). */
  private String themeName(Theme theme) {
    String name = ctx.themeName(theme);
    return name != null ? name : Labels.words(theme.code());
  }

  private Iterable<CatalogueEntry> group(Scope scope, InnovationFilter f, String key, String name,
      Predicate<InnovationSummary> keep) {
    return Pages.map(Pages.summaries(ctx, scope, f), s -> keep.test(s) ? entry(s, key, name) : null);
  }

  private CatalogueEntry entry(InnovationSummary s, String key, String name) {
    Optional<InnovationState> found = ctx.lab.innovations().find(s.ref());
    if (found.isEmpty()) {
      return null;
    }
    InnovationState state = found.get();
    InnovationDetails d = state.details();
    Rulebook r = axis.rulebookOf(s);
    ZoneId zone = s.ref().region().defaultTimeZone().zoneId();
    URI video = null;
    for (EvidenceRef e : state.evidence()) {
      if (e.kind().equals(VIDEO)) {
        video = e.uri();
      }
    }
    return new CatalogueEntry(0, key, name, d.title(), d.opd(), ctx.opdName(d.opd()), d.bentuk(), d.jenis(),
        List.copyOf(d.themes()), d.themes().stream().map(this::themeName).toList(), state.stage(), axis.label(r, state.stage()),
        r == null ? null : NationalAlignment.stage(state, r, ctx.generatedAt.atZone(zone).toLocalDate()).orElse(null),
        state.stageEnteredAt().atZone(zone).toLocalDate(), d.texts().get(InnovationDetails.IDEA_SUMMARY),
        d.texts().get(InnovationDetails.BENEFITS), d.texts().get(InnovationDetails.RESULTS), video);
  }
}
