package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The yearly cycle through the facade on H2 ({@code Labinov.Builder.cycleStore(storage.cycle())}):
 * an entry and its result are one entry with the latest result, kept in the tables; and writers who
 * record on one innovation at once all record, since the facade decides again after the store's
 * conflict, so the stream holds every record, numbered without gaps.
 */
class H2CycleFacadeTest {
  private static final int WRITERS = 4;

  private Backend backend;
  private Labinov lab;
  private InnovationRef ref;

  @BeforeEach
  void start() {
    backend = Backend.open(Backend.Kind.H2, WRITERS + 2);
    JdbcStorage storage = backend.storage();
    lab = Labinov.builder().clock(new Fixtures.TickingClock(Fixtures.START)).ids(IdGenerator.from(new Random(10)))
        .innovationStore(storage.innovationStore()).rulebookStore(storage.rulebookStore()).cycleStore(storage.cycle())
        .conflictRetries(20).build();
    ref = lab.innovations().propose(Fixtures.LEBAK, Fixtures.INNOVATOR, Fixtures.details("Posyandu Digital"))
        .orThrow().ref();
  }

  @AfterEach
  void stop() {
    backend.close();
  }

  @Test
  void anEntryAndItsResultAreOneEntryKeptInTheTables() {
    lab.cycle().recordEntry(Fixtures.ADMIN, ref, Competition.IGA, 2026, EntryGroup.GENERAL, EntryResult.ENTERED, null);
    lab.cycle().recordEntry(Fixtures.ADMIN, ref, Competition.IGA, 2026, EntryGroup.GENERAL, EntryResult.NOMINEE,
        "Masuk nominasi IGA 2026");

    assertThat(lab.cycle().entries(Fixtures.INNOVATOR, ref)).singleElement()
        .satisfies(e -> assertThat(e.result()).isEqualTo(EntryResult.NOMINEE));
    assertThat(backend.storage(s -> s).cycle().entries(ref)).extracting(CompetitionEntry::result)
        .containsExactly(EntryResult.ENTERED, EntryResult.NOMINEE);
  }

  @Test
  void writersWhoRecordOnOneInnovationAtOnceAllRecord() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      CyclicBarrier together = new CyclicBarrier(WRITERS);
      List<Future<CompetitionEntry>> runs = new ArrayList<>();
      for (EntryResult result : List.of(EntryResult.ENTERED, EntryResult.NOT_SELECTED, EntryResult.NOMINEE,
          EntryResult.WINNER)) {
        runs.add(pool.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          return lab.cycle().recordEntry(Fixtures.ADMIN, ref, Competition.KIPP, 2026, EntryGroup.SPECIAL, result,
              null);
        }));
      }
      List<CompetitionEntry> recorded = new ArrayList<>();
      for (Future<CompetitionEntry> run : runs) {
        recorded.add(run.get(60, TimeUnit.SECONDS));
      }

      assertThat(recorded).extracting(CompetitionEntry::sequence).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
      assertThat(lab.cycle().entryLog(Fixtures.INNOVATOR, ref)).containsExactlyInAnyOrderElementsOf(recorded)
          .extracting(CompetitionEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
    } finally {
      pool.shutdownNow();
    }
  }
}
