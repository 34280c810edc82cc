package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.spi.AppendOutcome;
import id.labinov.core.spi.contract.EventStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generated command sequences (seeded random: moves forward and back, conditional advances,
 * evidence, approvals, holds, resumes, drops, reopens, days apart, written in appends of one to many
 * events, through the single path and the batch path): after every append, the innovation's stage
 * visit rows equal the state's visit list, stay for stay (stage, entry, end, pauses), each ends as
 * the event that opened the next stay says (advanced or returned; the current one dropped or open),
 * and the stored days and held days are those of the state's stays, the current stay's
 * {@code days_exact_from} the end of its latest ended pause (its entry if none ended later; never,
 * with two pauses open). A subclass names the database
 * and how many sequences it runs.
 */
abstract class VisitRowsContract {
  private static final RegionCode[] REGIONS = {Fixtures.LEBAK, Fixtures.BANDUNG, Fixtures.JAYAPURA,
      RegionCode.parse("64.72")};
  private static final String[] STAGES = {"DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY"};

  private Backend backend;
  private VisitRows rows;

  /** Returns the database the sequences run on. */
  abstract Backend.Kind kind();

  /** Returns how many sequences to run. */
  abstract int sequences();

  @BeforeEach
  void open() {
    backend = Backend.open(kind(), 2);
    rows = new VisitRows(new Tables(backend.prefix()));
  }

  @AfterEach
  void close() {
    if (backend != null) {
      backend.close();
    }
  }

  @Test
  void afterEveryAppendTheVisitRowsAreTheStatesVisits() throws SQLException {
    Random random = new Random(21_2026);
    IdGenerator ids = IdGenerator.from(new Random(21));
    Instant t = Instant.parse("2026-01-05T16:30:00.123456Z");
    JdbcInnovationStore store = backend.storage().innovationStore();
    int checked = 0;
    int closedStays = 0;
    int returned = 0;
    int paused = 0;
    for (int n = 0; n < sequences(); n++) {
      t = t.plus(Duration.ofHours(1 + random.nextInt(48)));
      RegionCode region = REGIONS[random.nextInt(REGIONS.length)];
      EventStream s = EventStream.propose(new InnovationRef(region, ids.newInnovationId(t)),
          InnovationDetails.titled("Urutan " + n), null, t, ids);
      boolean batchFirst = random.nextInt(3) == 0;
      boolean proposed = false;
      int steps = random.nextInt(25);
      for (int k = 0; k <= steps; k++) {
        if (k > 0) {
          step(s, random);
        }
        if (k == steps || random.nextInt(3) == 0) {
          if (!proposed && batchFirst) {
            assertThat(store.appendAll(List.of(s.toAppend(null)), false)).extracting(AppendOutcome::status)
                .containsExactly(AppendOutcome.Status.WRITTEN);
            s.written();
          } else {
            s.commit(store);
          }
          proposed = true;
          checkRows(s);
          checked++;
        }
      }
      InnovationState state = s.state();
      closedStays += state.visits().size() - 1;
      returned += (int) s.events().stream().filter(e -> e instanceof ReturnedForRework).count();
      paused += (int) state.visits().stream().filter(v -> !v.pauses().isEmpty()).count();
    }
    assertThat(checked).as("appends checked").isGreaterThanOrEqualTo(sequences());
    assertThat(closedStays).as("closed stays").isGreaterThan(sequences() / 2);
    assertThat(returned).as("returns for rework").isPositive();
    assertThat(paused).as("stays with pauses").isPositive();
  }

  /** One random command that the 5D rulebook's folds accept in the stream's current status. */
  private static void step(EventStream s, Random random) {
    s.later(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 6)));
    InnovationStatus status = s.state().status();
    if (status == InnovationStatus.DROPPED) {
      s.reopen();
      return;
    }
    if (status == InnovationStatus.ON_HOLD) {
      if (random.nextInt(4) == 0) {
        s.drop();
      } else {
        s.resume();
      }
      return;
    }
    switch (random.nextInt(9)) {
      case 0, 1, 2 -> {
        int at = List.of(STAGES).indexOf(s.state().stage());
        // mostly the next stage (an advance), else the one before (a return, where the rulebook has one)
        String target = STAGES[random.nextInt(3) == 0 ? Math.max(0, at - 1) : Math.min(STAGES.length - 1, at + 1)];
        try {
          s.moveTo(target);
        } catch (IllegalArgumentException noSuchMove) {
          s.evidence("PHOTO", "foto-" + s.state().version() + ".jpg");
        }
      }
      case 3 -> {
        String target = STAGES[random.nextInt(STAGES.length)];
        try {
          s.advanceConditionallyTo(target, "lengkapi SK");
        } catch (IllegalArgumentException noSuchMove) {
          s.approval(Role.COACH, "coach-1");
        }
      }
      case 4 -> s.evidence("PHOTO", "foto-" + s.state().version() + ".jpg");
      case 5 -> s.approval(Role.COACH, "coach-" + random.nextInt(3));
      case 6, 7 -> s.hold();
      default -> s.drop();
    }
  }

  /** Compares the stored rows with the stream's state and events. */
  private void checkRows(EventStream s) throws SQLException {
    InnovationState state = s.state();
    List<VisitRows.Outcome> closings = new ArrayList<>();
    for (InnovationEvent e : s.events()) {
      if (e instanceof StageAdvanced || e instanceof StageAdvancedConditionally) {
        closings.add(VisitRows.Outcome.ADVANCED);
      } else if (e instanceof ReturnedForRework) {
        closings.add(VisitRows.Outcome.RETURNED);
      }
    }
    List<VisitRows.Row> stored;
    try (Connection c = backend.pool().getConnection()) {
      stored = rows.read(c, state.ref());
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    assertThat(stored).extracting(VisitRows.Row::visit).as("stays of %s at version %d", state.ref(), state.version())
        .containsExactlyElementsOf(state.visits());
    ZoneId zone = state.region().defaultTimeZone().zoneId();
    for (int i = 0; i < stored.size(); i++) {
      VisitRows.Row row = stored.get(i);
      StageVisit v = state.visits().get(i);
      assertThat(row.visitNo()).isEqualTo(i);
      boolean last = i == stored.size() - 1;
      VisitRows.Outcome expected = !last ? closings.get(i)
          : state.status() == InnovationStatus.DROPPED ? VisitRows.Outcome.DROPPED : VisitRows.Outcome.OPEN;
      assertThat(row.outcome()).as("how stay %d of %s ended", i, state.ref()).isEqualTo(expected);
      assertThat(row.days()).as("days of stay %d", i).isEqualTo(last ? null : (int) v.days(zone, v.leftAt()));
      long held = v.pauses().stream().filter(p -> p.end() != null)
          .mapToLong(p -> new StageVisit(v.stage(), p.start(), p.end(), List.of()).days(zone, p.end())).sum();
      assertThat(row.heldDays()).as("held days of stay %d", i).isEqualTo((int) held);
      assertThat(row.heldSince()).isEqualTo(v.pauses().stream().filter(p -> p.end() == null)
          .map(p -> p.start()).findFirst().orElse(null));
      Instant latestEnd = v.pauses().stream().map(p -> p.end()).filter(e -> e != null).max(Instant::compareTo)
          .orElse(v.enteredAt());
      assertThat(row.daysExactFrom()).as("days_exact_from of stay %d", i).isEqualTo(!last ? null
          : v.pauses().stream().filter(p -> p.end() == null).count() > 1 ? StayDays.NEVER
          : latestEnd.isAfter(v.enteredAt()) ? latestEnd : v.enteredAt());
    }
    assertThat(closings).as("closing events of %s", state.ref()).hasSize(state.visits().size() - 1);
  }
}
