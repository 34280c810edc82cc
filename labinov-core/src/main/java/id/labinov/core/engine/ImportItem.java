package id.labinov.core.engine;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.RegionCode;

/**
 * One innovation to bring in by an import: a proposal, decided exactly as a single proposal is (the
 * region's rulebook, its time zone, the programme's schedule), e.g. a row of a spreadsheet kept
 * before labinov.
 *
 * @param region the region it belongs to
 * @param actor who proposes it (roles and OPD as for a proposal)
 * @param details what is proposed
 * @param programmeId the programme it joins, or {@code null}
 */
public record ImportItem(RegionCode region, Actor actor, InnovationDetails details, String programmeId) {
  /**
   * Checks the parts.
   *
   * @param region the region it belongs to
   * @param actor who proposes it (roles and OPD as for a proposal)
   * @param details what is proposed
   * @param programmeId the programme it joins, or {@code null}
   * @throws id.labinov.core.error.InvalidValueException naming a missing part or a control character in
   *     the title or a narrative text
   */
  public ImportItem {
    Checks.notNull(region, "region");
    Checks.notNull(actor, "actor");
    // the proposal the import makes of it checks the entered text: refuse it here, where the caller
    // can tell which item is wrong, rather than partway through the import
    new Command.Propose(Checks.notNull(details, "details"), programmeId);
  }

  /**
   * Returns an item outside any programme.
   *
   * @param region the region
   * @param actor who proposes
   * @param details what is proposed
   * @return the item
   */
  public static ImportItem of(RegionCode region, Actor actor, InnovationDetails details) {
    return new ImportItem(region, actor, details, null);
  }
}
