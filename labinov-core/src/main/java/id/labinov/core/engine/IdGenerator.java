package id.labinov.core.engine;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Makes the ids of new innovations and events. Injected into the facade so tests and imports are
 * repeatable; implementations must be thread-safe.
 */
public interface IdGenerator {
  /**
   * Returns a new innovation id for an innovation created at {@code at}.
   *
   * @param at the creation time
   * @return a new time-ordered id
   */
  InnovationId newInnovationId(Instant at);

  /**
   * Returns a new event id for an event at {@code at}.
   *
   * @param at the event time
   * @return a new, time-ordered UUID
   */
  UUID newEventId(Instant at);

  /**
   * Returns a generator drawing random bits from a {@link SecureRandom}.
   *
   * @return the generator
   */
  static IdGenerator secure() {
    return from(new SecureRandom());
  }

  /**
   * Returns a lock-free generator whose ids follow from {@code seed}: the same seed gives the same
   * ids in the same order when one thread asks (tests, imports, benchmarks). Threads may share it;
   * each id is still unique within the generator, only the order between threads varies. The bits
   * are a SplitMix64 sequence, not secret: use {@link #secure()} where ids must not be guessable.
   *
   * @param seed the seed
   * @return the generator
   */
  static IdGenerator seeded(long seed) {
    return new SeededIds(seed);
  }

  /**
   * Returns a generator drawing random bits from the given source (seed it for repeatable runs).
   * Access to the source is synchronised.
   *
   * @param random the source
   * @return the generator
   */
  static IdGenerator from(RandomGenerator random) {
    Checks.notNull(random, "random");
    return new IdGenerator() {
      @Override
      public synchronized InnovationId newInnovationId(Instant at) {
        return InnovationId.generate(at, random);
      }

      @Override
      public synchronized UUID newEventId(Instant at) {
        return InnovationId.generate(at, random).value();
      }
    };
  }
}
