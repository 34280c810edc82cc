package id.labinov.examples.lebak;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the scenario sets by hand, in WIB office hours, so runs repeat. Never goes backwards. */
final class ScenarioClock extends Clock {
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private Instant now;

  ScenarioClock(LocalDate day) {
    this.now = day.atTime(LocalTime.of(8, 0)).atZone(WIB).toInstant();
  }

  /** Moves to a day at 08:00 WIB plus {@code minutes}, or a minute on if that lies in the past. */
  void at(LocalDate day, int minutes) {
    Instant wanted = day.atTime(LocalTime.of(8, 0)).atZone(WIB).toInstant().plusSeconds(60L * minutes);
    now = wanted.isAfter(now) ? wanted : now.plusSeconds(60);
  }

  /** Moves one minute on. */
  void tick() {
    now = now.plusSeconds(60);
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
