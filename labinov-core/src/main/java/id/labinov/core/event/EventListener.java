package id.labinov.core.event;

import java.util.List;

/**
 * Receives the events of each successful append, after the store has committed them. Called on the
 * writer's thread; a listener that throws is logged and does not affect the command or other
 * listeners. Listeners must be thread-safe.
 */
@FunctionalInterface
public interface EventListener {
  /**
   * Called with the events one command appended, in sequence order.
   *
   * @param events the new events (never empty)
   */
  void onEvents(List<InnovationEvent> events);
}
