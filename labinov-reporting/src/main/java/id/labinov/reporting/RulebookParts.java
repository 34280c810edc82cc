package id.labinov.reporting;

import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.RulebookStage;
import id.labinov.core.query.RulebookUse;
import id.labinov.core.rules.Rulebook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The scopes a report asks the store's aggregates for, each with the rulebook behind every rulebook
 * version its rows name. The store's aggregate rows name a rulebook by id and version only; a region
 * may hold its own content under an id and version another region uses too, so when the rulebooks
 * of the report's innovations disagree on one id and version, the report asks region by region.
 * Otherwise (always, in practice) it asks once for the whole scope. Building it looks each rulebook
 * up once per region and version and adds it to the stage axis, in the order of the innovations'
 * ids, as paging through them did.
 */
final class RulebookParts {
  /**
   * One scope to ask, and its rulebooks by version.
   *
   * @param scope the scope
   * @param rulebooks by {@code id@version}; {@code null} for one that cannot be found
   */
  record Part(Scope scope, Map<String, Rulebook> rulebooks) {
    /** The rulebook of an id and version, or {@code null} if it cannot be found. */
    Rulebook rulebook(String id, int version) {
      return rulebooks.get(key(id, version));
    }

    /** The last stage of each rulebook found: stays there have arrived, they are not stalled. */
    Set<RulebookStage> finalStages() {
      Set<RulebookStage> out = new HashSet<>();
      rulebooks.values().stream().filter(Objects::nonNull).forEach(r -> out.add(
          new RulebookStage(r.id(), r.version(), r.stages().get(r.stages().size() - 1).code())));
      return out;
    }
  }

  private RulebookParts() {}

  private static String key(String id, int version) {
    return id + "@" + version;
  }

  /** Looks up the rulebooks of the matching innovations and returns the scopes to ask. */
  static List<Part> of(Context ctx, StageAxis axis, Scope scope, InnovationFilter filter) {
    Map<RegionCode, Map<String, Rulebook>> byRegion = new TreeMap<>(java.util.Comparator.comparing(RegionCode::value));
    Map<String, Rulebook> all = new HashMap<>();
    boolean agree = true;
    for (RulebookUse u : ctx.query.rulebooks(scope, filter)) {
      Rulebook r = axis.rulebookOf(u);
      String key = key(u.rulebookId(), u.rulebookVersion());
      byRegion.computeIfAbsent(u.region(), k -> new HashMap<>()).put(key, r);
      if (all.containsKey(key) && !Objects.equals(all.get(key), r)) {
        agree = false;
      }
      all.putIfAbsent(key, r);
    }
    if (agree) {
      return List.of(new Part(scope, all));
    }
    List<Part> out = new ArrayList<>();
    byRegion.forEach((region, rulebooks) -> out.add(new Part(Scope.region(region), rulebooks)));
    return out;
  }
}
