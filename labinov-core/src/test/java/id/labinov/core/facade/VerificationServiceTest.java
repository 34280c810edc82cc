package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.HEAD;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.TANGERANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.HistoryProblem;
import id.labinov.core.engine.HistoryProblemKind;
import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.ScopeVerification;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.i18n.Messages;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.InnovationStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@code Labinov.verifications()} over a store that is only an {@link InnovationStore} (no
 * {@code HistorySource}), whose histories a test tampers with as they are read: a deleted event, a
 * deleted last event, an event of another innovation, each reported as its first broken link with
 * the right kind and sequence, in the scope summary and to the progress listener.
 */
class VerificationServiceTest {
  private final LabFixture.MutableClock clock = new LabFixture.MutableClock(LabFixture.START);
  private final TamperingStore store = new TamperingStore(new InMemoryInnovationStore());
  private final Labinov lab = Labinov.builder().clock(clock).ids(IdGenerator.from(new Random(20)))
      .innovationStore(store).query(store.delegate).rulebookStore(new InMemoryRulebookStore()).build();

  /** An innovation store whose histories can be changed as they are read, per innovation. */
  private static final class TamperingStore implements InnovationStore {
    final InMemoryInnovationStore delegate;
    final Map<InnovationRef, UnaryOperator<List<InnovationEvent>>> tampered = new ConcurrentHashMap<>();

    TamperingStore(InMemoryInnovationStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<InnovationState> load(InnovationRef ref) {
      return delegate.load(ref);
    }

    @Override
    public Optional<IdempotencyRecord> append(Append append) {
      return delegate.append(append);
    }

    @Override
    public Optional<IdempotencyRecord> findIdempotency(RegionCode region, String key, Instant now) {
      return delegate.findIdempotency(region, key, now);
    }

    @Override
    public List<InnovationEvent> history(InnovationRef ref) {
      return tampered.getOrDefault(ref, h -> h).apply(delegate.history(ref));
    }

    @Override
    public int purgeExpiredIdempotencyKeys(Instant now) {
      return delegate.purgeExpiredIdempotencyKeys(now);
    }
  }

  /** Proposes an innovation and records three more commands: four events. */
  private InnovationRef fourEvents(RegionCode region) {
    InnovationRef ref = lab.innovations().propose(region, INNOVATOR.in(region), LabFixture.details()).orThrow().ref();
    clock.advance(Duration.ofHours(1));
    lab.innovations().attachEvidence(ref, INNOVATOR.in(region), LabFixture.evidence("COMMITMENT_LETTER", "k.pdf"),
        Options.none()).orThrow();
    lab.innovations().approve(ref, HEAD.in(region), Role.OPD_HEAD, null, Options.none()).orThrow();
    clock.advance(Duration.ofDays(1));
    lab.innovations().advance(ref, INNOVATOR.in(region), "DIAGNOSE", Options.none()).orThrow();
    return ref;
  }

  private static List<InnovationEvent> without(List<InnovationEvent> history, long sequence) {
    List<InnovationEvent> out = new ArrayList<>(history);
    out.removeIf(e -> e.metadata().sequence() == sequence);
    return out;
  }

  @Test
  void aDeletedEventIsReportedAtItsSequenceWhileEveryInnovationIsCountedAsProgress() {
    InnovationRef first = fourEvents(LEBAK);
    InnovationRef broken = fourEvents(LEBAK);
    InnovationRef last = fourEvents(LEBAK);
    fourEvents(TANGERANG);
    store.tampered.put(broken, h -> without(h, 2));
    List<String> heard = new ArrayList<>();

    ScopeVerification summary = lab.verifications().verify(Scope.region(LEBAK),
        (v, done, total) -> heard.add(v.ref() + " " + v.ok() + " " + done + "/" + total));

    HistoryProblem missing = new HistoryProblem(broken, 2, HistoryProblemKind.MISSING_EVENT);
    assertThat(summary.problems()).containsExactly(missing);
    assertThat(summary.innovationsChecked()).isEqualTo(3);
    assertThat(summary.eventsChecked()).as("4 + 1 read before the gap + 4").isEqualTo(9);
    assertThat(summary.intact()).isEqualTo(2);
    assertThat(heard).containsExactly(first + " true 1/3", broken + " false 2/3", last + " true 3/3");
    assertThat(missing.message(Locale.ENGLISH)).isEqualTo("History of " + broken + ", link 2: an event is missing.");
    assertThat(missing.message(Messages.INDONESIAN)).isEqualTo("Riwayat " + broken + ", mata rantai 2: peristiwa hilang.");
    assertThat(lab.verifications().verify(Scope.province(Province.ofCode("36"))).problems()).containsExactly(missing);
  }

  @Test
  void aDeletedLastEventLeavesTheStoredVersionAheadOfTheEvents() {
    InnovationRef ref = fourEvents(LEBAK);
    store.tampered.put(ref, h -> without(h, 4));

    HistoryVerification v = lab.verifications().verify(ref);

    assertThat(v.eventsChecked()).isEqualTo(3);
    assertThat(v.findProblem()).contains(new HistoryProblem(ref, 4, HistoryProblemKind.MISSING_EVENT));
  }

  @Test
  void anEventOfAnotherInnovationIsAnInvalidPayload() {
    InnovationRef ref = fourEvents(LEBAK);
    InnovationRef other = fourEvents(LEBAK);
    store.tampered.put(ref, h -> {
      List<InnovationEvent> out = new ArrayList<>(h);
      out.set(2, store.delegate.history(other).get(2)); // sequence 3, of the other innovation
      return out;
    });

    HistoryVerification v = lab.verifications().verify(ref);

    assertThat(v.findProblem()).contains(new HistoryProblem(ref, 3, HistoryProblemKind.INVALID_PAYLOAD));
    assertThat(v.eventsChecked()).isEqualTo(3);
    assertThat(lab.verifications().verify(other).ok()).isTrue();
  }

  @Test
  void namesAMissingArgument() {
    assertThatThrownBy(() -> lab.verifications().verify((InnovationRef) null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("ref");
    assertThatThrownBy(() -> lab.verifications().verify(Scope.national(), null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("progress");
  }
}
