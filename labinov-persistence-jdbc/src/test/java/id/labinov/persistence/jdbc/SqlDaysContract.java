package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.StageVisit;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.HoldPeriod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The day arithmetic of {@link StayDays} in the database's own SQL, against core's definition
 * ({@link StageVisit#days}, i.e. {@code RuleContext.daysExcludingPauses}), at the local midnights of
 * WIB (17:00Z), WITA (16:00Z) and WIT (15:00Z): stays entered, paused and measured one microsecond
 * before a midnight, at it and one after, wherever {@code days_exact_from} says SQL counts them. A
 * subclass names the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SqlDaysContract {
  private static final List<RegionCode> REGIONS = List.of(RegionCode.parse("36.02"), RegionCode.parse("51.71"),
      RegionCode.parse("91.71"));
  private static final Duration MICRO = Duration.ofNanos(1000);

  private Backend backend;
  private Dialect dialect;

  /** Returns the database. */
  abstract Backend.Kind kind();

  @BeforeAll
  void open() {
    backend = Backend.open(kind(), 2);
    dialect = switch (kind()) {
      case H2 -> Dialect.H2;
      case POSTGRESQL -> Dialect.POSTGRESQL;
      case MARIADB -> Dialect.MARIADB;
    };
  }

  @AfterAll
  void close() {
    if (backend != null) {
      backend.close();
    }
  }

  /** The local midnight that starts 2026-03-10 in the region's zone, and instants around it. */
  private static List<Instant> around(RegionCode region, int days) {
    ZoneId zone = region.defaultTimeZone().zoneId();
    Instant midnight = LocalDate.of(2026, 3, 10).plusDays(days).atStartOfDay(zone).toInstant();
    return List.of(midnight.minus(MICRO), midnight, midnight.plus(MICRO));
  }

  /** A stay as a row: a current stay with at most one ended and one open pause. */
  private record Stay(String id, RegionCode region, StageVisit visit) {}

  private List<Stay> stays() {
    List<Stay> out = new ArrayList<>();
    for (RegionCode region : REGIONS) {
      for (Instant entered : around(region, 0)) {
        for (int variant = 0; variant < 4; variant++) {
          List<HoldPeriod> pauses = switch (variant) {
            case 0 -> List.of();
            // an ended pause across a midnight, ending one microsecond either side of the next
            case 1 -> List.of(new HoldPeriod(around(region, 1).get(0), around(region, 2).get(2)));
            case 2 -> List.of(new HoldPeriod(around(region, 1).get(2), around(region, 2).get(0)));
            // an ended pause, then one still open since a midnight
            default -> List.of(new HoldPeriod(around(region, 1).get(1), around(region, 1).get(1).plusSeconds(60)),
                new HoldPeriod(around(region, 3).get(variant % 3), null));
          };
          out.add(new Stay(String.format("00000000-0000-7000-8000-%012d", out.size()), region,
              new StageVisit("DESIGN", entered, null, pauses)));
        }
      }
    }
    return out;
  }

  private void write(List<Stay> stays) throws SQLException {
    try (Connection c = backend.pool().getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO "
        + backend.prefix() + "stage_visit (region, innovation_id, visit_no, stage, entered_at, outcome, held_days,"
        + " held_since) VALUES (?, ?, 0, 'DESIGN', ?, 'OPEN', ?, ?)")) {
      for (Stay s : stays) {
        ZoneId zone = s.region().defaultTimeZone().zoneId();
        long held = s.visit().pauses().stream().filter(p -> p.end() != null)
            .mapToLong(p -> new StageVisit("DESIGN", p.start(), p.end(), List.of()).days(zone, p.end())).sum();
        Instant since = s.visit().pauses().stream().filter(p -> p.end() == null).map(HoldPeriod::start).findFirst()
            .orElse(null);
        ps.setString(1, s.region().value());
        ps.setString(2, s.id());
        Sql.set(ps, 3, s.visit().enteredAt());
        ps.setInt(4, (int) held);
        if (since == null) {
          ps.setNull(5, java.sql.Types.TIMESTAMP);
        } else {
          Sql.set(ps, 5, since);
        }
        ps.addBatch();
      }
      ps.executeBatch();
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
  }

  @Test
  void countsTheDaysOfCurrentStaysAsCoreDoesAroundLocalMidnights() throws SQLException {
    List<Stay> stays = stays();
    write(stays);
    int compared = 0;
    int skipped = 0;
    try (Connection c = backend.pool().getConnection()) {
      for (RegionCode zoneOf : REGIONS) {
        for (int day = 2; day <= 5; day++) {
          for (Instant asOf : around(zoneOf, day)) {
            List<Object> params = new ArrayList<>();
            String sql = "SELECT v.innovation_id, " + StayDays.days(dialect, "v", "v.region", asOf, params) + ", "
                + StayDays.localDate(dialect, "v.entered_at", "v.region") + " FROM " + backend.prefix()
                + "stage_visit v";
            try (PreparedStatement ps = Sql.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                String id = rs.getString(1).strip();
                Stay s = stays.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                if (StayDays.exactFrom(s.visit()).isAfter(asOf)) {
                  skipped++; // a pause ends after asOf: the aggregates count this stay in Java
                  continue;
                }
                ZoneId zone = s.region().defaultTimeZone().zoneId();
                assertThat(rs.getLong(2)).as("days of %s to %s", s, asOf).isEqualTo(s.visit().days(zone, asOf));
                assertThat(rs.getObject(3, LocalDate.class)).as("local date of %s", s.visit().enteredAt())
                    .isEqualTo(s.visit().enteredAt().atZone(zone).toLocalDate());
                compared++;
              }
            }
          }
        }
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    assertThat(compared + skipped).isEqualTo(stays.size() * REGIONS.size() * 4 * 3);
    assertThat(compared).isGreaterThan(skipped * 4);
  }

  @Test
  void theLocalDateOfAnInstantChangesAtTheZonesMidnight() {
    // 16:59:59.999999Z is still the UTC day in WIB, 17:00:00Z the next one; WITA turns at 16:00Z, WIT at 15:00Z
    Instant before = Instant.parse("2026-03-09T16:59:59.999999Z");
    Instant at = Instant.parse("2026-03-09T17:00:00Z");
    assertThat(around(REGIONS.get(0), 0)).containsExactly(before, at, at.plus(MICRO));
    assertThat(around(REGIONS.get(1), 0).get(1)).isEqualTo(Instant.parse("2026-03-09T16:00:00Z"));
    assertThat(around(REGIONS.get(2), 0).get(1)).isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
    assertThat(StayDays.offsetHours("r")).contains("THEN 8").contains("THEN 9").endsWith("ELSE 7 END")
        .contains("'51'", "'73'", "'64'", "'91'", "'81'").doesNotContain("'36'");
  }
}
