package id.labinov.core.spi.contract;

import static id.labinov.core.spi.contract.ContractData.BOGOR;
import static id.labinov.core.spi.contract.ContractData.KOTA_TANGERANG;
import static id.labinov.core.spi.contract.ContractData.LEBAK;
import static id.labinov.core.spi.contract.ContractData.TANGERANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.HistoryProblem;
import id.labinov.core.engine.HistoryProblemKind;
import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.ScopeVerification;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract of history verification on every store, through {@link Labinov#verifications()}: an
 * untouched history is intact with every event counted; an unknown innovation (or one asked for in
 * another region) is not found; a scope (region, province, nation) is verified innovation by
 * innovation in id order with one progress report each; and a stored state that does not follow from
 * its events (written through the port, as a faulty store or a hand edit would) is reported as a
 * {@link HistoryProblemKind#STATE_MISMATCH} at its version, in the summary too, described in both
 * languages. A subclass per store supplies empty stores for each test; stores with deeper evidence
 * (the JDBC hash chain) add their own tampering tests.
 */
public abstract class HistoryVerificationContract {
  /** Monday 4 March 2024, 09:00:00.123456 WIB. */
  protected static final Instant T0 = Instant.parse("2024-03-04T02:00:00.123456Z");

  /** The clock of the facade and of hand-written events. */
  protected final SteppingClock clock = new SteppingClock(T0);
  /** Makes repeatable innovation and event ids. */
  protected final IdGenerator ids = IdGenerator.from(new Random(2020));
  private Labinov lab;

  /**
   * Returns the innovation store under test: the same instance for the whole test, empty at its start.
   *
   * @return the store
   */
  protected abstract InnovationStore store();

  /**
   * Returns the query port reading the same data as {@link #store()}.
   *
   * @return the query port
   */
  protected abstract InnovationQuery query();

  /**
   * Returns the rulebook store under test.
   *
   * @return the rulebook store
   */
  protected abstract RulebookStore rulebookStore();

  /**
   * Returns the facade on the stores under test (one per test), with the 5D rulebook.
   *
   * @return the facade
   */
  protected final synchronized Labinov lab() {
    if (lab == null) {
      lab = Labinov.builder().clock(clock).ids(ids).innovationStore(store()).query(query())
          .rulebookStore(rulebookStore()).rulebook(Rulebooks.fiveD()).build();
    }
    return lab;
  }

  /**
   * Writes an innovation through the port in three appends (as three commands would): the proposal;
   * evidence and an approval; the move to DIAGNOSE and a hold. Six events in all.
   *
   * @param region the region
   * @return the stream written
   */
  protected final EventStream written(RegionCode region) {
    EventStream s = EventStream.propose(new InnovationRef(region, ids.newInnovationId(clock.instant())),
        ContractData.details(), null, clock.instant(), ids);
    s.commit(store());
    s.later(Duration.ofHours(1)).evidence("COMMITMENT_LETTER", "surat.pdf").approval(Role.OPD_HEAD, "kadis-dinkes")
        .commit(store());
    s.later(Duration.ofDays(2)).moveTo("DIAGNOSE").later(Duration.ofDays(1)).hold().details(ContractData.variety(1))
        .commit(store());
    clock.advance(Duration.ofMinutes(1));
    return s;
  }

  /** A progress listener that keeps every report. */
  protected static final class ProgressLog {
    /** The results, in the order reported. */
    public final List<HistoryVerification> results = new ArrayList<>();
    /** The {@code done} of each report. */
    public final List<Long> done = new ArrayList<>();
    /** The {@code total} of each report. */
    public final List<Long> totals = new ArrayList<>();

    /**
     * Keeps one report.
     *
     * @param v the result
     * @param d done so far
     * @param t the total
     */
    public void add(HistoryVerification v, long d, long t) {
      results.add(v);
      done.add(d);
      totals.add(t);
    }
  }

  @Test
  void anUntouchedHistoryIsIntactWithEveryEventChecked() {
    EventStream s = written(LEBAK);

    HistoryVerification v = lab().verifications().verify(s.ref());

    assertThat(v.ok()).as(v.toString()).isTrue();
    assertThat(v.ref()).isEqualTo(s.ref());
    assertThat(v.eventsChecked()).isEqualTo(6).isEqualTo(s.state().version());
    assertThat(v.findProblem()).isEmpty();
  }

  @Test
  void anUnknownInnovationOrOneAskedForInAnotherRegionIsNotFound() {
    EventStream s = written(LEBAK);
    InnovationRef unknown = new InnovationRef(LEBAK, ids.newInnovationId(clock.instant()));
    InnovationRef elsewhere = new InnovationRef(TANGERANG, s.ref().id());

    assertThatThrownBy(() -> lab().verifications().verify(unknown)).isInstanceOf(NoSuchInnovationException.class);
    assertThatThrownBy(() -> lab().verifications().verify(elsewhere)).isInstanceOf(NoSuchInnovationException.class)
        .satisfies(e -> assertThat(((NoSuchInnovationException) e).ref()).isEqualTo(elsewhere));
  }

  @Test
  void aScopeIsVerifiedInnovationByInnovationInIdOrderWithOneProgressReportEach() {
    List<InnovationRef> banten = new ArrayList<>();
    for (RegionCode region : List.of(LEBAK, TANGERANG, LEBAK, KOTA_TANGERANG)) {
      banten.add(written(region).ref());
    }
    InnovationRef bogor = written(BOGOR).ref();
    banten.sort(Comparator.comparing(InnovationRef::id));

    ProgressLog lebak = new ProgressLog();
    ScopeVerification region = lab().verifications().verify(Scope.region(LEBAK), lebak::add);
    ProgressLog province = new ProgressLog();
    ScopeVerification bantenSummary = lab().verifications().verify(Scope.province(Province.ofCode("36")), province::add);
    ProgressLog nation = new ProgressLog();
    ScopeVerification national = lab().verifications().verify(Scope.national(), nation::add);

    assertThat(lebak.results).extracting(HistoryVerification::ref)
        .containsExactlyElementsOf(banten.stream().filter(r -> r.region().equals(LEBAK)).toList());
    assertThat(lebak.done).containsExactly(1L, 2L);
    assertThat(lebak.totals).containsOnly(2L);
    assertThat(region.innovationsChecked()).isEqualTo(2);
    assertThat(region.eventsChecked()).isEqualTo(12);
    assertThat(province.results).extracting(HistoryVerification::ref).containsExactlyElementsOf(banten);
    assertThat(province.done).containsExactly(1L, 2L, 3L, 4L);
    assertThat(province.totals).containsOnly(4L);
    assertThat(bantenSummary.innovationsChecked()).isEqualTo(4);
    assertThat(nation.results).extracting(HistoryVerification::ref).contains(bogor).hasSize(5)
        .isSortedAccordingTo(Comparator.comparing(InnovationRef::id));
    assertThat(nation.done).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(nation.totals).containsOnly(5L);
    assertThat(nation.results).allMatch(HistoryVerification::ok);
    assertThat(national.ok()).isTrue();
    assertThat(national.problems()).isEmpty();
    assertThat(national.intact()).isEqualTo(5);
    assertThat(national.eventsChecked()).isEqualTo(30);
    assertThat(national.scope()).isEqualTo(Scope.national());
  }

  @Test
  void anEmptyScopeChecksNothingAndReportsNoProgress() {
    written(LEBAK);
    ProgressLog reports = new ProgressLog();

    ScopeVerification bogor = lab().verifications().verify(Scope.region(BOGOR), reports::add);

    assertThat(reports.results).isEmpty();
    assertThat(bogor.innovationsChecked()).isZero();
    assertThat(bogor.eventsChecked()).isZero();
    assertThat(bogor.ok()).isTrue();
  }

  @Test
  void aStoredStateTheEventsDoNotGiveIsAStateMismatchAtItsVersion() {
    InnovationRef intact = written(LEBAK).ref();
    EventStream s = EventStream.propose(new InnovationRef(LEBAK, ids.newInnovationId(clock.instant())),
        ContractData.details(), null, clock.instant(), ids);
    EventStream other = s.fork().later(Duration.ofHours(1)).details(ContractData.variety(4));
    s.later(Duration.ofHours(1)).evidence("PHOTO", "foto.jpg");
    Append truth = s.toAppend(null);
    store().append(new Append(truth.target(), 0, truth.events(), other.state(), null)); // events of one, state of another

    HistoryVerification v = lab().verifications().verify(s.ref());
    ProgressLog reports = new ProgressLog();
    ScopeVerification summary = lab().verifications().verify(Scope.region(LEBAK), reports::add);

    assertThat(v.ok()).isFalse();
    assertThat(v.eventsChecked()).isEqualTo(2);
    HistoryProblem problem = v.findProblem().orElseThrow();
    assertThat(problem).isEqualTo(new HistoryProblem(s.ref(), 2, HistoryProblemKind.STATE_MISMATCH));
    assertThat(problem.message(Locale.ENGLISH))
        .isEqualTo("History of " + s.ref() + ", link 2: the state row does not match the history.");
    assertThat(problem.message(Messages.INDONESIAN))
        .isEqualTo("Riwayat " + s.ref() + ", mata rantai 2: baris keadaan tidak sesuai riwayat.");
    assertThat(summary.problems()).containsExactly(problem);
    assertThat(summary.innovationsChecked()).isEqualTo(2);
    assertThat(summary.intact()).isEqualTo(1);
    assertThat(summary.broken()).isEqualTo(1);
    assertThat(reports.results).extracting(HistoryVerification::ok).containsExactly(true, false);
    assertThat(reports.results.get(0).ref()).isEqualTo(intact);
    assertThat(reports.done).containsExactly(1L, 2L);
  }

  @Test
  void aListenerThatThrowsStopsTheVerificationAndReachesTheCaller() {
    written(LEBAK);
    written(LEBAK);
    List<HistoryVerification> heard = new ArrayList<>();

    assertThatThrownBy(() -> lab().verifications().verify(Scope.region(LEBAK), (v, done, total) -> {
      heard.add(v);
      throw new IllegalStateException("stop after " + done + " of " + total);
    })).isInstanceOf(IllegalStateException.class).hasMessage("stop after 1 of 2");
    assertThat(heard).hasSize(1);
  }
}
