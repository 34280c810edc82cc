package id.labinov.core.cycle;

import id.labinov.core.rules.SustainabilitySettings;
import id.labinov.core.annotation.Beta;
import id.labinov.core.model.Labelled;

/**
 * Where a displayed innovation stands in the sustainability watch, by how long its next monitoring
 * entry is overdue ({@link SustainabilitySettings}).
 */
@Beta
public enum WatchState implements Labelled {
  /** Terpantau: monitoring entries come on time (or overdue no longer than the at-risk threshold). */
  WATCHED,
  /** Berisiko: the next entry is overdue by more than the at-risk threshold (default 30 days). */
  AT_RISK,
  /** Terhenti: overdue by more than the lapsed threshold (default 180 days); back to watched when entries resume. */
  LAPSED
}
