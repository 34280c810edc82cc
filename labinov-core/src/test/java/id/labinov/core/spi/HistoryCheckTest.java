package id.labinov.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.HistoryProblem;
import id.labinov.core.engine.HistoryProblemKind;
import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.model.Role;
import id.labinov.core.spi.contract.ContractData;
import id.labinov.core.spi.contract.EventStream;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link HistoryCheck}, fed by hand as a store would feed them: each kind of broken
 * link at its sequence with the events read so far, the order of the checks, and misuse.
 */
class HistoryCheckTest {
  private static final Instant T0 = Instant.parse("2024-03-04T02:00:00.123456Z");
  private final IdGenerator ids = IdGenerator.from(new Random(7));
  private final EventStream stream = EventStream.propose(new InnovationRef(ContractData.LEBAK, ids.newInnovationId(T0)),
      ContractData.details(), null, T0, ids).evidence("PHOTO", "a.jpg").approval(Role.OPD_HEAD, "kadis-dinkes");
  private final InnovationRef ref = stream.ref();
  private final List<InnovationEvent> events = stream.events();
  private final InnovationState state = stream.state();

  /** Feeds events 1..n (all, when {@code upTo} is their count) and returns the check. */
  private HistoryCheck fed(int upTo) {
    HistoryCheck check = HistoryCheck.of(ref);
    for (int i = 0; i < upTo; i++) {
      assertThat(check.event(i + 1, events.get(i), true)).as("event %d goes on", i + 1).isTrue();
    }
    return check;
  }

  private HistoryProblem problem(long sequence, HistoryProblemKind kind) {
    return new HistoryProblem(ref, sequence, kind);
  }

  @Test
  void aWholeHistoryWithItsStateIsIntact() {
    HistoryCheck check = fed(3);
    check.state(3, state, true);

    assertThat(check.result()).isEqualTo(HistoryVerification.intact(ref, 3));
  }

  @Test
  void aSequenceGapIsAMissingEventAtTheExpectedSequence() {
    HistoryCheck check = fed(1);

    assertThat(check.event(3, events.get(2), true)).isFalse();
    assertThat(check.result()).isEqualTo(new HistoryVerification(ref, 1, problem(2, HistoryProblemKind.MISSING_EVENT)));
  }

  @Test
  void theStoresOwnEvidenceComesBeforeThePayload() {
    HistoryCheck check = fed(1);

    assertThat(check.event(2, null, false)).isFalse();
    assertThat(check.result().findProblem()).contains(problem(2, HistoryProblemKind.HASH_MISMATCH));
    assertThat(check.result().eventsChecked()).isEqualTo(2);
  }

  @Test
  void anUndecodableOrMisplacedEventIsAnInvalidPayload() {
    HistoryCheck undecodable = fed(1);
    assertThat(undecodable.event(2, null, true)).isFalse();
    HistoryCheck misplaced = fed(1);
    assertThat(misplaced.event(2, events.get(2), true)).as("event 3 stored as 2").isFalse();
    HistoryCheck proposalTwice = fed(1);
    InnovationEvent first = events.get(0);
    EventMetadata m = first.metadata();
    InnovationEvent again = new InnovationProposed(new EventMetadata(UUID.randomUUID(), m.region(), m.innovationId(), 2,
        m.occurredAt(), m.actor(), m.rulebookId(), m.rulebookVersion(), null), ContractData.details(), null, "DRUM_UP");
    assertThat(proposalTwice.event(2, again, true)).as("a second proposal cannot follow the first").isFalse();

    assertThat(undecodable.result().findProblem()).contains(problem(2, HistoryProblemKind.INVALID_PAYLOAD));
    assertThat(misplaced.result().findProblem()).contains(problem(2, HistoryProblemKind.INVALID_PAYLOAD));
    assertThat(proposalTwice.result().findProblem()).contains(problem(2, HistoryProblemKind.INVALID_PAYLOAD));
  }

  @Test
  void aStoredVersionAheadOfTheEventsIsAMissingEventAfterTheLast() {
    HistoryCheck check = fed(2);
    check.state(3, state, true);

    assertThat(check.result()).isEqualTo(new HistoryVerification(ref, 2, problem(3, HistoryProblemKind.MISSING_EVENT)));
  }

  @Test
  void aStoredVersionBehindTheEventsOrNoStateIsAStateMismatch() {
    HistoryCheck behind = fed(3);
    behind.state(2, state, true);
    HistoryCheck none = fed(3);
    none.state(-1, null, true);

    assertThat(behind.result().findProblem()).contains(problem(2, HistoryProblemKind.STATE_MISMATCH));
    assertThat(none.result().findProblem()).contains(problem(0, HistoryProblemKind.STATE_MISMATCH));
  }

  @Test
  void theLastLinkComesBeforeTheStateItself() {
    HistoryCheck check = fed(3);
    check.state(3, null, false);

    assertThat(check.result().findProblem()).contains(problem(3, HistoryProblemKind.LAST_HASH_MISMATCH));
  }

  @Test
  void aStateThatIsNotTheFoldOrDoesNotDecodeIsAStateMismatch() {
    HistoryCheck other = fed(3);
    other.state(3, stream.fork().details(ContractData.variety(2)).state().withUnknownContributors(), true);
    HistoryCheck undecodable = fed(3);
    undecodable.state(3, null, true);

    assertThat(other.result().findProblem()).contains(problem(3, HistoryProblemKind.STATE_MISMATCH));
    assertThat(undecodable.result().findProblem()).contains(problem(3, HistoryProblemKind.STATE_MISMATCH));
  }

  @Test
  void aStateStoredBeforeContributorsWereRecordedStillMatches() {
    HistoryCheck check = fed(3);
    check.state(3, state.withUnknownContributors(), true);

    assertThat(check.result().ok()).isTrue();
  }

  @Test
  void neitherEventsNorStateIsNoSuchInnovation() {
    HistoryCheck check = HistoryCheck.of(ref);

    assertThatThrownBy(() -> check.state(-1, null, true)).isInstanceOf(NoSuchInnovationException.class);
  }

  @Test
  void refusesToBeFedAfterItEndedOrAskedBeforeTheState() {
    HistoryCheck open = fed(3);
    assertThatThrownBy(open::result).isInstanceOf(IllegalStateException.class).hasMessageContaining(ref.toString());
    open.state(3, state, true);

    assertThatThrownBy(() -> open.event(4, events.get(0), true)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> open.state(3, state, true)).isInstanceOf(IllegalStateException.class);
  }
}
