package id.labinov.core.spi.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand; thread-safe. Its zone is UTC (the facade never uses it). */
public final class SteppingClock extends Clock {
  private volatile Instant now;

  /**
   * Creates the clock.
   *
   * @param start the first instant
   */
  public SteppingClock(Instant start) {
    this.now = start;
  }

  /**
   * Moves the clock forward.
   *
   * @param d how far
   */
  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  /**
   * Moves the clock forward by whole days.
   *
   * @param days how many
   */
  public void advanceDays(long days) {
    advance(Duration.ofDays(days));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
