package id.labinov.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.spi.CycleStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link CycleStore}: competition records and development versions are kept whole
 * (a null note, every change kind, microsecond times) and read back equal in sequence order; a record is
 * appended only as the next of its innovation's stream, else {@link VersionConflictException} with
 * nothing written; region-wide reads list only the region, by innovation id then sequence; and of two
 * writers of the same next record exactly one wins. A subclass per store supplies a fresh, empty store
 * for each test.
 */
public abstract class CycleStoreContract {
  /** Kabupaten Lebak. */
  protected static final RegionCode LEBAK = ContractData.LEBAK;
  /** Kabupaten Bogor: another province. */
  protected static final RegionCode BOGOR = ContractData.BOGOR;
  /** An innovation of Lebak. */
  protected static final InnovationRef POSYANDU = new InnovationRef(LEBAK,
      new InnovationId(UUID.fromString("0190a1b2-0000-7000-8000-000000000001")));
  /** Another innovation of Lebak, sorting after the first. */
  protected static final InnovationRef SIMPEL = new InnovationRef(LEBAK,
      new InnovationId(UUID.fromString("0190a1b2-0000-7000-8000-000000000002")));
  /** An innovation of Bogor. */
  protected static final InnovationRef BOGOR_ONE = new InnovationRef(BOGOR,
      new InnovationId(UUID.fromString("0190a1b2-0000-7000-8000-000000000003")));
  /** Who records. */
  protected static final PersonId ADMIN = PersonId.of("admin-lab-lebak");
  /** A time with microseconds, kept exactly by every store. */
  protected static final Instant T0 = Instant.parse("2026-06-10T03:20:45.654321Z");

  /**
   * Returns the store under test: the same instance for the whole test, empty at its start.
   *
   * @return the store
   */
  protected abstract CycleStore store();

  private static CompetitionEntry entry(InnovationRef ref, Competition c, int year, EntryResult result, String note,
      long sequence) {
    return new CompetitionEntry(ref, c, year, c == Competition.KIPP ? EntryGroup.REPLICATION : EntryGroup.GENERAL,
        result, note, ADMIN, T0.plusSeconds(sequence), sequence);
  }

  private static InnovationVersion version(InnovationRef ref, int year, Set<DevelopmentChange> changes, long sequence) {
    return new InnovationVersion(ref, year, "Layanan diperluas ke 28 kecamatan; pendaftaran lewat aplikasi (" + year + ")",
        changes, ADMIN, T0.plusSeconds(100 + sequence), sequence);
  }

  @Test
  void entriesAreKeptWholeInSequenceOrder() {
    CompetitionEntry first = entry(POSYANDU, Competition.IGA, 2025, EntryResult.ENTERED, null, 1);
    CompetitionEntry result = entry(POSYANDU, Competition.IGA, 2025, EntryResult.NOMINEE, "Masuk nominasi; \"catatan\" juri", 2);
    CompetitionEntry kipp = entry(POSYANDU, Competition.KIPP, 2026, EntryResult.TOP_99, "Top 99 KIPP 2026", 3);
    store().appendEntry(first);
    store().appendEntry(result);
    store().appendEntry(kipp);
    assertThat(store().entries(POSYANDU)).containsExactly(first, result, kipp);
    assertThat(store().entries(SIMPEL)).isEmpty();
  }

  @Test
  void anEntryOutOfSequenceIsRefusedAndNothingIsWritten() {
    store().appendEntry(entry(POSYANDU, Competition.IGA, 2025, EntryResult.ENTERED, null, 1));
    CompetitionEntry again = entry(POSYANDU, Competition.IGA, 2026, EntryResult.ENTERED, null, 1);
    assertThatThrownBy(() -> store().appendEntry(again)).isInstanceOfSatisfying(VersionConflictException.class, e -> {
      assertThat(e.expected()).isEqualTo(0);
      assertThat(e.actual()).isEqualTo(1);
    });
    assertThatThrownBy(() -> store().appendEntry(entry(POSYANDU, Competition.IGA, 2026, EntryResult.ENTERED, null, 3)))
        .isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> store().appendEntry(entry(SIMPEL, Competition.IGA, 2026, EntryResult.ENTERED, null, 2)))
        .isInstanceOf(VersionConflictException.class);
    assertThat(store().entries(POSYANDU)).hasSize(1);
    assertThat(store().entries(SIMPEL)).isEmpty();
  }

  @Test
  void regionWideEntriesListOnlyTheRegionByInnovationThenSequence() {
    CompetitionEntry s1 = entry(SIMPEL, Competition.IGA, 2024, EntryResult.ENTERED, null, 1);
    CompetitionEntry p1 = entry(POSYANDU, Competition.IGA, 2025, EntryResult.ENTERED, null, 1);
    CompetitionEntry b1 = entry(BOGOR_ONE, Competition.IGA, 2025, EntryResult.WINNER, null, 1);
    CompetitionEntry s2 = entry(SIMPEL, Competition.IGA, 2024, EntryResult.NOT_SELECTED, null, 2);
    store().appendEntry(s1);
    store().appendEntry(p1);
    store().appendEntry(b1);
    store().appendEntry(s2);
    assertThat(store().entries(LEBAK)).containsExactly(p1, s1, s2);
    assertThat(store().entries(BOGOR)).containsExactly(b1);
  }

  @Test
  void versionsAreKeptWholeInSequenceOrder() {
    InnovationVersion v1 = version(POSYANDU, 2024, EnumSet.of(DevelopmentChange.SCOPE), 1);
    InnovationVersion v2 = version(POSYANDU, 2025, EnumSet.allOf(DevelopmentChange.class), 2);
    store().appendVersion(v1);
    store().appendVersion(v2);
    assertThat(store().versions(POSYANDU)).containsExactly(v1, v2);
    assertThat(store().versions(POSYANDU).get(1).changes()).containsExactlyInAnyOrder(DevelopmentChange.values());
    assertThat(store().versions(POSYANDU).get(1).number()).isEqualTo(3);
    assertThat(store().versions(SIMPEL)).isEmpty();
  }

  @Test
  void aVersionOutOfSequenceIsRefusedAndNothingIsWritten() {
    store().appendVersion(version(POSYANDU, 2024, EnumSet.of(DevelopmentChange.DIGITALISATION), 1));
    assertThatThrownBy(() -> store().appendVersion(version(POSYANDU, 2025, EnumSet.of(DevelopmentChange.SCOPE), 1)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(1));
    assertThatThrownBy(() -> store().appendVersion(version(SIMPEL, 2025, EnumSet.of(DevelopmentChange.SCOPE), 2)))
        .isInstanceOf(VersionConflictException.class);
    assertThat(store().versions(POSYANDU)).hasSize(1);
    assertThat(store().versions(SIMPEL)).isEmpty();
  }

  @Test
  void regionWideVersionsListOnlyTheRegion() {
    InnovationVersion s = version(SIMPEL, 2025, EnumSet.of(DevelopmentChange.BENEFICIARIES), 1);
    InnovationVersion p = version(POSYANDU, 2024, EnumSet.of(DevelopmentChange.OTHER), 1);
    InnovationVersion b = version(BOGOR_ONE, 2025, EnumSet.of(DevelopmentChange.SCOPE), 1);
    store().appendVersion(s);
    store().appendVersion(b);
    store().appendVersion(p);
    assertThat(store().versions(LEBAK)).containsExactly(p, s);
    assertThat(store().versions(BOGOR)).containsExactly(b);
  }

  @Test
  void ofTwoWritersOfTheSameNextEntryExactlyOneWins() throws Exception {
    store().appendEntry(entry(POSYANDU, Competition.IGA, 2024, EntryResult.ENTERED, null, 1));
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int year : new int[] {2025, 2026}) {
        results.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          try {
            store().appendEntry(entry(POSYANDU, Competition.IGA, year, EntryResult.ENTERED, null, 2));
            return true;
          } catch (VersionConflictException e) {
            return false;
          }
        }));
      }
      int won = 0;
      for (Future<Boolean> f : results) {
        won += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
      assertThat(store().entries(POSYANDU)).hasSize(2);
    } finally {
      pool.shutdownNow();
    }
  }
}
