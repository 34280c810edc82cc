package id.labinov.reporting;

import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Theme;
import id.labinov.core.query.InnovationFilter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Narrowing a caller's filter. An empty set in a filter means "any", so an intersection that leaves
 * nothing is returned as empty: the caller must not query at all.
 */
final class Filters {
  private Filters() {}

  /** The filter restricted to some statuses, or empty if it then matches nothing. */
  static Optional<InnovationFilter> withStatuses(InnovationFilter f, Set<InnovationStatus> allowed) {
    Set<InnovationStatus> statuses = intersect(f.statuses(), allowed);
    if (statuses.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new InnovationFilter(f.programmeIds(), f.stages(), statuses, f.opds(), f.bentuk(), f.jenis(),
        f.themes(), f.titleContains(), f.replicates()));
  }

  /** The filter restricted to some stages, or empty if it then matches nothing. */
  static Optional<InnovationFilter> withStages(InnovationFilter f, Set<String> allowed) {
    Set<String> stages = intersect(f.stages(), allowed);
    if (stages.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new InnovationFilter(f.programmeIds(), stages, f.statuses(), f.opds(), f.bentuk(), f.jenis(),
        f.themes(), f.titleContains(), f.replicates()));
  }

  /** The filter with one unit (the caller's units already produced it). */
  static InnovationFilter withOpd(InnovationFilter f, OpdCode opd) {
    return new InnovationFilter(f.programmeIds(), f.stages(), f.statuses(), Set.of(opd), f.bentuk(), f.jenis(),
        f.themes(), f.titleContains(), f.replicates());
  }

  /** The filter with one theme (the caller's themes already produced it). */
  static InnovationFilter withTheme(InnovationFilter f, Theme theme) {
    return new InnovationFilter(f.programmeIds(), f.stages(), f.statuses(), f.opds(), f.bentuk(), f.jenis(),
        Set.of(theme), f.titleContains(), f.replicates());
  }

  private static <T> Set<T> intersect(Set<T> given, Set<T> allowed) {
    if (given.isEmpty()) {
      return allowed;
    }
    Set<T> out = new HashSet<>(given);
    out.retainAll(allowed);
    return out;
  }
}
