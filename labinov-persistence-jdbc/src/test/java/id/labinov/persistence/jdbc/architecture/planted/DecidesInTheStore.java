package id.labinov.persistence.jdbc.architecture.planted;

import id.labinov.core.engine.Decider;
import id.labinov.core.engine.Decision;

/** Deliberately bad: decides a command in the store, as the removed JDBC import did. */
public final class DecidesInTheStore {
  private DecidesInTheStore() {}

  static Decision decide() {
    return Decider.decide(null, null, null, null, null);
  }
}
