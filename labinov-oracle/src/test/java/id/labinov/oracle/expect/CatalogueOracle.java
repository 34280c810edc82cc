package id.labinov.oracle.expect;

import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.NationalStage;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Theme;
import id.labinov.oracle.fold.Folded;
import id.labinov.reporting.data.CatalogueGrouping;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The showcase catalogue from its definition: innovations whose current stage is a displayed one and
 * that are not dropped; grouped by current OPD or by theme (group keys by code, "not set" last; an
 * innovation with two themes is listed under both but counted once), by innovation id inside a group,
 * numbered from 1 across the catalogue. The catalogue names the displayed stages that hold at least one
 * innovation shown.
 */
public final class CatalogueOracle {
  private CatalogueOracle() {}

  /** One expected entry. */
  public record Entry(int number, String group, String title, OpdCode opd, Bentuk bentuk, Jenis jenis,
      List<Theme> themes, String stage, NationalStage nationalStage, LocalDate since, String ideaSummary,
      String benefits, String results, URI video) {}

  /**
   * The expected catalogue.
   *
   * @param grouping by OPD or theme
   * @param stages the displayed stages holding at least one innovation shown, by code
   * @param innovations the innovations shown, each once
   * @param entries the entries, in catalogue order
   */
  public record Expected(CatalogueGrouping grouping, List<String> stages, long innovations, List<Entry> entries) {}

  /**
   * Computes the expectation.
   *
   * @param data the raw data
   * @param selection scope and programme
   * @param grouping by OPD or theme
   * @param displayed the stage codes counted as displayed
   * @param reportTime the report time T
   * @return the expectation
   */
  public static Expected expect(Snapshot data, Selection selection, CatalogueGrouping grouping, Set<String> displayed,
      Instant reportTime) {
    List<Folded> shown = data.select(selection).stream()
        .filter(f -> displayed.contains(f.stage()) && !f.dropped())
        .sorted(Comparator.comparing(f -> f.ref().id()))
        .toList();
    Map<String, List<Folded>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    for (Folded f : shown) {
      if (grouping == CatalogueGrouping.OPD) {
        groups.computeIfAbsent(f.opd() == null ? null : f.opd().value(), k -> new ArrayList<>()).add(f);
      } else if (f.details().themes().isEmpty()) {
        groups.computeIfAbsent(null, k -> new ArrayList<>()).add(f);
      } else {
        for (Theme t : f.details().themes()) {
          groups.computeIfAbsent(t.code(), k -> new ArrayList<>()).add(f);
        }
      }
    }
    List<Entry> entries = new ArrayList<>();
    groups.forEach((key, members) -> {
      for (Folded f : members) {
        entries.add(entry(entries.size() + 1, key, f, data, reportTime));
      }
    });
    List<String> stages = shown.stream().map(Folded::stage).distinct().sorted().toList();
    return new Expected(grouping, stages, shown.size(), entries);
  }

  private static Entry entry(int number, String group, Folded f, Snapshot data, Instant reportTime) {
    ZoneId zone = f.ref().region().defaultTimeZone().zoneId();
    URI video = null;
    for (EvidenceRef e : f.evidence()) {
      if (e.kind().code().equals("VIDEO")) {
        video = e.uri();
      }
    }
    List<Theme> themes = new ArrayList<>(f.details().themes());
    themes.sort(Comparator.naturalOrder());
    Map<String, String> texts = f.details().texts();
    return new Entry(number, group, f.details().title(), f.opd(), f.details().bentuk(), f.details().jenis(), themes,
        f.stage(), NationalOracle.stage(f, data.rulebookOf(f), reportTime.atZone(zone).toLocalDate()).orElse(null),
        f.currentStay().enteredAt().atZone(zone).toLocalDate(), texts.get("ideaSummary"), texts.get("benefits"),
        texts.get("results"), video);
  }
}
