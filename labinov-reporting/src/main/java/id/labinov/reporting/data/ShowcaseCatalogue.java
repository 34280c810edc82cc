package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import java.util.List;

/**
 * Katalog Inovasi: the innovations shown at the innovation week (in a displayed stage, not dropped),
 * grouped by OPD or theme. Public: it shows no person and no NIP.
 *
 * @param info kind, language, time, zone and scope
 * @param grouping how entries are grouped
 * @param stages the displayed stages that hold at least one innovation shown, by code (a displayed
 *     stage the innovations' rulebooks do not have is not named)
 * @param innovations how many innovations the catalogue shows (an innovation listed under two
 *     themes counts once)
 * @param entryCount how many entries it lists: {@code innovations} when grouped by OPD; grouped by
 *     theme, an innovation with several themes is listed (and numbered) under each
 * @param entries the entries, group by group, in id order within a group; read from the store page by
 *     page when iterated (each iteration reads it again)
 */
public record ShowcaseCatalogue(ReportInfo info, CatalogueGrouping grouping, List<String> stages, long innovations,
    long entryCount, Iterable<CatalogueEntry> entries) implements Report {
  /**
   * Validates and copies the parts.
   *
   * @param info kind, language, time, zone and scope
   * @param grouping how entries are grouped
   * @param stages the displayed stages that hold at least one innovation shown, by code (a displayed
   *     stage the innovations' rulebooks do not have is not named)
   * @param innovations how many innovations the catalogue shows (an innovation listed under two
   *     themes counts once)
   * @param entryCount how many entries it lists: {@code innovations} when grouped by OPD; grouped by
   *     theme, an innovation with several themes is listed (and numbered) under each
   * @param entries the entries, group by group, in id order within a group; read from the store page by
   *     page when iterated (each iteration reads it again)
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public ShowcaseCatalogue {
    Checks.notNull(info, "info");
    Checks.notNull(grouping, "grouping");
    stages = List.copyOf(Checks.notNull(stages, "stages"));
    Checks.notNull(entries, "entries");
  }
}
