package id.labinov.core.engine;

import id.labinov.core.model.InnovationId;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link IdGenerator#seeded}: a SplitMix64 sequence on one atomic counter. Each id takes two
 * consecutive values of the sequence with one atomic addition, so threads never block each other
 * and no two ids share their random bits.
 */
final class SeededIds implements IdGenerator {
  /** SplitMix64's increment: the odd integer nearest to 2^64 divided by the golden ratio. */
  private static final long GAMMA = 0x9E3779B97F4A7C15L;

  private final AtomicLong next;

  SeededIds(long seed) {
    this.next = new AtomicLong(seed);
  }

  @Override
  public InnovationId newInnovationId(Instant at) {
    long base = next.getAndAdd(2 * GAMMA);
    return InnovationId.generate(at, mix(base + GAMMA), mix(base + 2 * GAMMA));
  }

  @Override
  public UUID newEventId(Instant at) {
    return newInnovationId(at).value();
  }

  /** SplitMix64's finaliser (Stafford's variant 13). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
