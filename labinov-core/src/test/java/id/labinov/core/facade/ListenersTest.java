package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.HEAD;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.details;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.event.EventListener;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listeners hear about appended events after the store committed them, and only then. */
class ListenersTest {
  /** Records each delivery, and how many events the store held when it came. */
  private static final class Recorder implements EventListener {
    final List<List<InnovationEvent>> deliveries = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> storedAtDelivery = Collections.synchronizedList(new ArrayList<>());
    LabFixture fixture;

    @Override
    public void onEvents(List<InnovationEvent> events) {
      deliveries.add(List.copyOf(events));
      InnovationEvent last = events.get(events.size() - 1);
      storedAtDelivery.add(fixture.store.delegate().history(
          new InnovationRef(last.metadata().region(), last.metadata().innovationId())).size());
    }
  }

  private final Recorder recorder = new Recorder();
  private final LabFixture f = LabFixture.create(b -> b.listener(recorder));

  {
    recorder.fixture = f;
  }

  @Test
  void aListenerGetsExactlyTheAppendedEventsAfterTheyAreStored() {
    CommandResult proposed = f.lab.innovations().propose(LEBAK, INNOVATOR, details());
    CommandResult approved = f.lab.innovations().approve(proposed.ref(), HEAD, Role.OPD_HEAD, null, Options.none());

    assertThat(recorder.deliveries).containsExactly(proposed.events(), approved.events());
    assertThat(recorder.storedAtDelivery).containsExactly(1, 2);
  }

  @Test
  void aRefusalIsNotDelivered() {
    InnovationRef ref = f.proposed();
    recorder.deliveries.clear();

    CommandResult r = f.lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none());

    assertThat(r.accepted()).isFalse();
    assertThat(recorder.deliveries).isEmpty();
  }

  @Test
  void aReplayIsNotDeliveredAgain() {
    InnovationRef ref = f.proposed();
    f.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.idempotent("h-1")).orThrow();
    recorder.deliveries.clear();

    CommandResult retry = f.lab.innovations().hold(ref, ADMIN, "Menunggu", Options.idempotent("h-1"));

    assertThat(retry.replayed()).isTrue();
    assertThat(recorder.deliveries).isEmpty();
  }

  @Test
  void aConflictThatExhaustsRetriesDeliversNothing() {
    InnovationRef ref = f.proposed();
    recorder.deliveries.clear();
    f.store.injectConflicts(10);

    try {
      f.lab.innovations().hold(ref, COACH, "Menunggu", Options.none());
    } catch (id.labinov.core.engine.VersionConflictException expected) {
      // the conflict is the point
    }

    assertThat(recorder.deliveries).isEmpty();
  }

  @Test
  void aThrowingListenerFailsNeitherTheCommandNorLaterListeners() {
    Recorder later = new Recorder();
    List<String> calls = new ArrayList<>();
    LabFixture g = LabFixture.create(b -> b
        .listener(events -> {
          calls.add("thrower");
          throw new IllegalStateException("listener broke");
        })
        .listener(later));
    later.fixture = g;

    CommandResult r = g.lab.innovations().propose(LEBAK, INNOVATOR, details());

    assertThat(r.accepted()).isTrue();
    assertThat(calls).containsExactly("thrower");
    assertThat(later.deliveries).containsExactly(r.events());
    assertThat(g.version(r.ref())).isEqualTo(1);
  }

  @Test
  void listenersAreCalledInTheOrderTheyWereAdded() {
    List<String> order = new ArrayList<>();
    LabFixture g = LabFixture.create(b -> b.listener(e -> order.add("first")).listener(e -> order.add("second")));

    g.proposed();

    assertThat(order).containsExactly("first", "second");
  }
}
