package id.labinov.persistence.jdbc;

import id.labinov.core.Labinov;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Random;

/** Test data with sensible defaults: regions, actors, evidence, a hand-moved clock and a facade. */
final class Fixtures {
  static final RegionCode LEBAK = RegionCode.parse("36.02");
  static final RegionCode SERANG = RegionCode.parse("36.04");
  static final RegionCode KOTA_SERANG = RegionCode.parse("36.73");
  static final RegionCode BANDUNG = RegionCode.parse("32.04");
  static final RegionCode JAYAPURA = RegionCode.parse("91.71");

  static final Actor INNOVATOR = Actor.of("asn-dinkes-017", "DINKES", Role.INNOVATOR).in(LEBAK);
  static final Actor HEAD = Actor.of("kadis-dinkes", "DINKES", Role.OPD_HEAD).in(LEBAK);
  static final Actor COACH = Actor.of("coach-03", null, Role.COACH).in(LEBAK);
  static final Actor ADMIN = Actor.of("admin-bappeda", "BAPPEDA", Role.LAB_ADMIN).in(LEBAK);

  static final Instant START = Instant.parse("2026-01-12T01:00:00Z");

  private Fixtures() {}

  /** A clock moved by hand; thread-safe. */
  static final class HandClock extends Clock {
    private volatile Instant now;

    HandClock(Instant start) {
      this.now = start;
    }

    synchronized void advance(Duration d) {
      now = now.plus(d);
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

  /** A clock that moves one microsecond forward on every reading; thread-safe. */
  static final class TickingClock extends Clock {
    private final java.util.concurrent.atomic.AtomicLong micros;

    TickingClock(Instant start) {
      this.micros = new java.util.concurrent.atomic.AtomicLong(start.toEpochMilli() * 1000);
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
      long m = micros.incrementAndGet();
      return Instant.ofEpochSecond(m / 1_000_000, (m % 1_000_000) * 1000);
    }
  }

  static Labinov lab(InnovationStore store, RulebookStore rulebooks, Clock clock, long seed) {
    return Labinov.builder().clock(clock).ids(IdGenerator.from(new Random(seed))).innovationStore(store)
        .rulebookStore(rulebooks).conflictRetries(20).build();
  }

  static InnovationDetails details(String title) {
    return InnovationDetails.titled(title).withOpd(OpdCode.of("DINKES"));
  }

  /** Evidence of a kind whose fingerprint is derived from {@code n}, so each n is a distinct file. */
  static EvidenceRef evidence(String kind, long n) {
    byte[] b = new byte[32];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (n >>> (8 * i));
    }
    b[31] = (byte) kind.hashCode();
    return EvidenceRef.of(kind, "https://files.lebakkab.go.id/labinov/" + kind.toLowerCase() + "-" + n + ".pdf",
        HexFormat.of().formatHex(b), "application/pdf", 1000 + n);
  }
}
