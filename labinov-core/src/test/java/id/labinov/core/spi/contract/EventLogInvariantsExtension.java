package id.labinov.core.spi.contract;

import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.spi.InnovationStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Re-checks the event-log invariants after every storage test (right after the test method, before
 * any {@code @AfterEach} closes the store): for every innovation the test touched, the history has
 * sequences 1..n without gaps, every event names that innovation, the stored state's version is n,
 * and folding the history gives the stored state. A history without a state (or the reverse) is a
 * failure too. The test instance supplies the store and the touched innovations through
 * {@link Subject}.
 */
public final class EventLogInvariantsExtension implements AfterTestExecutionCallback {

  /** What a test class under this extension exposes. */
  public interface Subject {
    /** Returns the store to re-check, or empty if the test never created one. */
    Optional<InnovationStore> invariantStore();

    /** Returns every innovation the test touched. */
    Collection<InnovationRef> touchedInnovations();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      return; // the test failed already; its own message is the useful one
    }
    Object instance = context.getRequiredTestInstance();
    if (!(instance instanceof Subject subject)) {
      throw new IllegalStateException(instance.getClass().getName() + " is extended with "
          + EventLogInvariantsExtension.class.getSimpleName() + " but does not implement its Subject interface");
    }
    subject.invariantStore().ifPresent(store -> verify(store, subject.touchedInnovations()));
  }

  /**
   * Checks the invariants of each innovation's event log.
   *
   * @param store the store
   * @param refs the innovations
   * @throws AssertionError listing every broken invariant
   */
  public static void verify(InnovationStore store, Collection<InnovationRef> refs) {
    List<String> problems = new ArrayList<>();
    for (InnovationRef ref : Set.copyOf(refs)) {
      problems.addAll(problems(store, ref));
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("event-log invariants broken:\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * Lists what is wrong with one innovation's event log.
   *
   * @param store the store
   * @param ref the innovation
   * @return the problems, empty if none
   */
  public static List<String> problems(InnovationStore store, InnovationRef ref) {
    List<String> out = new ArrayList<>();
    List<InnovationEvent> history = store.history(ref);
    Optional<InnovationState> state = store.load(ref);
    if (history.isEmpty() && state.isEmpty()) {
      return out;
    }
    if (state.isEmpty()) {
      out.add(ref + ": " + history.size() + " events but no stored state");
      return out;
    }
    if (history.isEmpty()) {
      out.add(ref + ": a stored state (version " + state.get().version() + ") but no history");
      return out;
    }
    for (int i = 0; i < history.size(); i++) {
      InnovationEvent e = history.get(i);
      if (e.metadata().sequence() != i + 1) {
        out.add(ref + ": event " + i + " (" + e.type() + ") has sequence " + e.metadata().sequence() + ", expected " + (i + 1));
      }
      if (!e.metadata().region().equals(ref.region()) || !e.metadata().innovationId().equals(ref.id())) {
        out.add(ref + ": event " + (i + 1) + " belongs to " + e.metadata().region() + "/" + e.metadata().innovationId());
      }
    }
    if (state.get().version() != history.size()) {
      out.add(ref + ": stored version " + state.get().version() + " but " + history.size() + " events");
    }
    if (out.isEmpty()) {
      try {
        InnovationState replayed = Decider.replay(history);
        if (!replayed.equals(state.get())) {
          out.add(ref + ": replaying the history gives\n    " + replayed + "\n  but the store holds\n    " + state.get());
        }
      } catch (RuntimeException e) {
        out.add(ref + ": the history does not replay: " + e);
      }
    }
    return out;
  }
}
