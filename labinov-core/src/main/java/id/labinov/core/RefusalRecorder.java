package id.labinov.core;

import id.labinov.core.engine.Refusal;
import id.labinov.core.engine.RefusalSink;
import id.labinov.core.spi.RefusalLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands refusals to the host's {@link RefusalSink} and appends them to the {@link RefusalLog}, each
 * on its own, so one failing never keeps a refusal from the other; a failure is logged and ignored
 * (a refusal's record never changes a command's result). After an append it purges the log's rows
 * older than the retention period, at most once a day (by the facade's clock), on the appending
 * thread. Thread-safe.
 */
final class RefusalRecorder {
  private static final System.Logger LOG = System.getLogger(Labinov.class.getName());
  private static final Duration PURGE_INTERVAL = Duration.ofDays(1);

  private final RefusalSink sink;
  private final RefusalLog log;
  private final Duration retention;
  private final Clock clock;
  /** When the next purge is due; {@code null} before the first. */
  private final AtomicReference<Instant> nextPurge = new AtomicReference<>();

  /**
   * Creates the recorder.
   *
   * @param sink the host's sink, or {@code null}
   * @param log the log, or {@code null}
   * @param retention how long the log keeps a refusal
   * @param clock the facade's clock
   */
  RefusalRecorder(RefusalSink sink, RefusalLog log, Duration retention, Clock clock) {
    this.sink = sink;
    this.log = log;
    this.retention = retention;
    this.clock = clock;
  }

  /** Records one refusal. */
  void record(Refusal refusal) {
    record(List.of(refusal));
  }

  /** Records refusals (the log gets them in one append). */
  void record(List<Refusal> refusals) {
    if (refusals.isEmpty()) {
      return;
    }
    if (sink != null) {
      for (Refusal r : refusals) {
        try {
          sink.refused(r);
        } catch (RuntimeException e) {
          LOG.log(System.Logger.Level.WARNING, "refusal sink " + sink.getClass().getName() + " failed", e);
        }
      }
    }
    if (log != null) {
      try {
        log.append(refusals);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "refusal log " + log.getClass().getName() + " failed to append "
            + refusals.size() + " refusal(s)", e);
      }
      purgeIfDue();
    }
  }

  /** Purges the log if no purge was started in the last day; the thread that claims the turn does it. */
  private void purgeIfDue() {
    Instant now = clock.instant();
    Instant due = nextPurge.get();
    if (due != null && now.isBefore(due)) {
      return;
    }
    if (!nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL))) {
      return; // another thread purges now
    }
    Instant cutoff = now.minus(retention);
    try {
      long purged = log.purgeBefore(cutoff);
      LOG.log(System.Logger.Level.DEBUG, "refusal log: {0} refusal(s) before {1} purged", purged, cutoff);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "refusal log " + log.getClass().getName() + " failed to purge refusals"
          + " before " + cutoff, e);
    }
  }
}
