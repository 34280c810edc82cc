package id.labinov.core.spi.contract;

import static id.labinov.core.spi.contract.ContractData.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.model.RegionCode;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.InnovationStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Proves that the invariant checks of {@link EventLogInvariantsExtension} fail on broken logs. */
class EventLogInvariantsExtensionTest {
  private static final Instant T0 = Instant.parse("2024-03-04T02:00:00Z");
  private final IdGenerator ids = IdGenerator.from(new Random(7));

  private EventStream written(InnovationStore store) {
    EventStream s = EventStream.propose(new InnovationRef(LEBAK, ids.newInnovationId(T0)), ContractData.details(), null, T0, ids)
        .later(Duration.ofDays(1)).evidence("COMMITMENT_LETTER", "k.pdf")
        .approval(id.labinov.core.model.Role.OPD_HEAD, "kadis-dinkes")
        .later(Duration.ofDays(1)).moveTo("DIAGNOSE");
    s.commit(store);
    return s;
  }

  @Test
  void acceptsAnIntactLog() {
    InMemoryInnovationStore store = new InMemoryInnovationStore();
    EventStream s = written(store);
    InnovationRef nowhere = new InnovationRef(RegionCode.parse("36.03"), s.ref().id());

    assertThatCode(() -> EventLogInvariantsExtension.verify(store, List.of(s.ref(), nowhere))).doesNotThrowAnyException();
  }

  @Test
  void reportsAGapInTheSequences() {
    InMemoryInnovationStore real = new InMemoryInnovationStore();
    EventStream s = written(real);
    InnovationStore broken = tampered(real, h -> {
      List<InnovationEvent> copy = new ArrayList<>(h);
      copy.remove(1);
      return copy;
    }, st -> st);

    assertThatThrownBy(() -> EventLogInvariantsExtension.verify(broken, List.of(s.ref())))
        .isInstanceOf(AssertionError.class).hasMessageContaining("has sequence 3, expected 2");
  }

  @Test
  void reportsAStateThatIsNotTheFoldOfTheHistory() {
    InMemoryInnovationStore real = new InMemoryInnovationStore();
    EventStream s = written(real);
    InnovationStore broken = tampered(real, h -> h, st -> new InnovationState(st.region(), st.id(), st.rulebookId(),
        st.rulebookVersion(), st.programmeId(), st.details(), "DESIGN", st.status(), st.approvals(), st.openConditions(),
        st.evidence(), st.visits(), st.proposedBy(), st.proposedAt(), st.lastChangedAt(), st.version()));

    assertThatThrownBy(() -> EventLogInvariantsExtension.verify(broken, List.of(s.ref())))
        .isInstanceOf(AssertionError.class).hasMessageContaining("replaying the history gives");
  }

  @Test
  void reportsAVersionThatIsNotTheEventCountAndAHistoryWithoutState() {
    InMemoryInnovationStore real = new InMemoryInnovationStore();
    EventStream s = written(real);
    InnovationStore shortened = tampered(real, h -> h.subList(0, 3), st -> st);
    InnovationStore stateless = new Tampered(real, h -> h, st -> null);

    assertThat(EventLogInvariantsExtension.problems(shortened, s.ref()))
        .anySatisfy(p -> assertThat(p).contains("stored version 4 but 3 events"));
    assertThat(EventLogInvariantsExtension.problems(stateless, s.ref()))
        .anySatisfy(p -> assertThat(p).contains("4 events but no stored state"));
  }

  private static InnovationStore tampered(InnovationStore real, UnaryOperator<List<InnovationEvent>> history,
      UnaryOperator<InnovationState> state) {
    return new Tampered(real, history, state);
  }

  /** A store whose reads are corrupted on purpose. */
  private record Tampered(InnovationStore real, UnaryOperator<List<InnovationEvent>> history,
      UnaryOperator<InnovationState> state) implements InnovationStore {
    @Override
    public Optional<InnovationState> load(InnovationRef ref) {
      return real.load(ref).map(state);
    }

    @Override
    public Optional<IdempotencyRecord> append(Append append) {
      return real.append(append);
    }

    @Override
    public Optional<IdempotencyRecord> findIdempotency(RegionCode region, String key, Instant now) {
      return real.findIdempotency(region, key, now);
    }

    @Override
    public List<InnovationEvent> history(InnovationRef ref) {
      return history.apply(real.history(ref));
    }

    @Override
    public int purgeExpiredIdempotencyKeys(Instant now) {
      return real.purgeExpiredIdempotencyKeys(now);
    }
  }
}
