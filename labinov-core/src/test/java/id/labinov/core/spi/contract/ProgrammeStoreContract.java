package id.labinov.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeStatus;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.spi.ProgrammeStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link ProgrammeStore}: a programme is stored whole and read back equal
 * (schedule order included), saves are optimistic on the version, reads and lists stay in their
 * region, and of two concurrent saves of one version exactly one wins. A subclass per store
 * supplies a fresh, empty store for each test.
 */
public abstract class ProgrammeStoreContract {
  /** Kabupaten Lebak. */
  protected static final RegionCode LEBAK = RegionCode.parse("36.02");
  /** Kota Jayapura (WIT). */
  protected static final RegionCode JAYAPURA = RegionCode.parse("91.71");
  private static final Instant OPENED = Instant.parse("2024-01-08T01:00:00.123456Z");

  /**
   * Returns the store under test: the same instance for the whole test, empty at its start.
   *
   * @return the store
   */
  protected abstract ProgrammeStore store();

  /**
   * Returns a programme at a version with every part filled in.
   *
   * @param region the region
   * @param id the programme id
   * @param year the year
   * @param version the version
   * @return the programme
   */
  protected static Programme programme(RegionCode region, String id, int year, long version) {
    Map<String, PhaseWindow> schedule = new LinkedHashMap<>();
    schedule.put("DRUM_UP", PhaseWindow.of(year + "-02-01", year + "-03-01"));
    schedule.put("DIAGNOSE", PhaseWindow.of(year + "-03-01", year + "-04-15"));
    schedule.put("DESIGN", PhaseWindow.of(year + "-04-15", year + "-06-01"));
    return new Programme(region, id, year, "Laboratorium Inovasi \"" + id + "\" — tahun " + year,
        OpdCode.of("BAPPEDA"), Set.of(OpdCode.of("DINKES"), OpdCode.of("DISDIK")),
        Set.of(PersonId.of("coach-lan-03"), PersonId.of("coach-lan-07")), 10, region.defaultTimeZone(), "5d", 1,
        schedule, ProgrammeStatus.OPEN, OPENED, null, version);
  }

  private static Programme next(Programme p, ProgrammeStatus status, Instant closedAt) {
    return new Programme(p.region(), p.id(), p.year(), p.name(), p.organisingUnit(), p.participatingOpds(),
        p.coaches(), p.target(), p.timeZone(), p.rulebookId(), p.rulebookVersion(), p.schedule(), status, p.openedAt(),
        closedAt, p.version() + 1);
  }

  @Test
  void savesANewProgrammeAndLoadsItEqualWithItsScheduleInOrder() {
    Programme p = programme(LEBAK, "lebak-2024", 2024, 1);

    store().save(p);

    Programme loaded = store().load(LEBAK, "lebak-2024").orElseThrow();
    assertThat(loaded).isEqualTo(p);
    assertThat(loaded.schedule().keySet()).containsExactly("DRUM_UP", "DIAGNOSE", "DESIGN");
  }

  @Test
  void keepsEveryPartIncludingAClosedStateAndAnOverriddenZone() {
    Programme opened = new Programme(JAYAPURA, "jayapura-2025", 2025, "Labinov Jayapura", OpdCode.of("BRIDA"), Set.of(),
        Set.of(), 1, IndonesianTimeZone.WITA, "5d-papua", 3, Map.of(), ProgrammeStatus.OPEN, OPENED, null, 1);
    Programme closed = next(opened, ProgrammeStatus.CLOSED, Instant.parse("2025-12-30T15:00:00.000001Z"));

    store().save(opened);
    store().save(closed);

    assertThat(store().load(JAYAPURA, "jayapura-2025")).contains(closed);
  }

  @Test
  void findsNothingForAnUnknownIdOrUnderAnotherRegion() {
    store().save(programme(LEBAK, "lebak-2024", 2024, 1));

    assertThat(store().load(LEBAK, "lebak-2023")).isEmpty();
    assertThat(store().load(JAYAPURA, "lebak-2024")).isEmpty();
    assertThat(store().list(JAYAPURA)).isEmpty();
  }

  @Test
  void aNewProgrammeMustHaveVersionOne() {
    assertThatThrownBy(() -> store().save(programme(LEBAK, "lebak-2024", 2024, 2)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.actual()).isZero();
        });
    assertThat(store().load(LEBAK, "lebak-2024")).isEmpty();
  }

  @Test
  void aSaveMustFollowTheStoredVersionAndAStaleOneChangesNothing() {
    Programme v1 = programme(LEBAK, "lebak-2024", 2024, 1);
    store().save(v1);
    Programme v2 = next(v1, ProgrammeStatus.OPEN, null);
    store().save(v2);

    assertThatThrownBy(() -> store().save(v1)).isInstanceOfSatisfying(VersionConflictException.class,
        e -> assertThat(e.actual()).isEqualTo(2));
    assertThatThrownBy(() -> store().save(v2)).isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> store().save(next(next(v2, ProgrammeStatus.OPEN, null), ProgrammeStatus.OPEN, null)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.expected()).isEqualTo(3);
          assertThat(e.actual()).isEqualTo(2);
        });
    assertThat(store().load(LEBAK, "lebak-2024")).contains(v2);
  }

  @Test
  void theSameIdInTwoRegionsIsTwoProgrammes() {
    Programme lebak = programme(LEBAK, "pil-2024", 2024, 1);
    Programme jayapura = programme(JAYAPURA, "pil-2024", 2024, 1);

    store().save(lebak);
    store().save(jayapura);
    store().save(next(jayapura, ProgrammeStatus.CLOSED, OPENED.plusSeconds(60)));

    assertThat(store().load(LEBAK, "pil-2024")).contains(lebak);
    assertThat(store().load(JAYAPURA, "pil-2024").orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void listsOnlyTheRegionsProgrammesByYearThenId() {
    store().save(programme(LEBAK, "lebak-b", 2025, 1));
    store().save(programme(LEBAK, "lebak-a", 2025, 1));
    store().save(programme(LEBAK, "lebak-z", 2019, 1));
    store().save(programme(LEBAK, "lebak-10", 2025, 1));
    store().save(programme(JAYAPURA, "jayapura-a", 2020, 1));

    assertThat(store().list(LEBAK)).extracting(Programme::id)
        .containsExactly("lebak-z", "lebak-10", "lebak-a", "lebak-b");
    assertThat(store().list(JAYAPURA)).extracting(Programme::id).containsExactly("jayapura-a");
  }

  @Test
  void ofEightConcurrentSavesOfTheSameVersionExactlyOneWins() throws Exception {
    Programme v1 = programme(LEBAK, "lebak-2024", 2024, 1);
    store().save(v1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Programme mine = new Programme(LEBAK, v1.id(), v1.year(), "Versi penulis " + t, v1.organisingUnit(),
            v1.participatingOpds(), v1.coaches(), 10 + t, v1.timeZone(), v1.rulebookId(), v1.rulebookVersion(),
            v1.schedule(), v1.status(), v1.openedAt(), null, 2);
        results.add(pool.submit(() -> {
          go.await();
          try {
            store().save(mine);
            return true;
          } catch (VersionConflictException e) {
            return false;
          }
        }));
      }
      go.countDown();
      int won = 0;
      for (Future<Boolean> f : results) {
        won += f.get(1, TimeUnit.MINUTES) ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
      Programme stored = store().load(LEBAK, "lebak-2024").orElseThrow();
      assertThat(stored.version()).isEqualTo(2);
      assertThat(stored.name()).isEqualTo("Versi penulis " + (stored.target() - 10));
    } finally {
      pool.shutdownNow();
    }
  }
}
