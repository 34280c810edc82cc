package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * An innovation's identifier: a time-ordered UUID in the version 7 layout (48-bit Unix
 * milliseconds, then random bits), so ids sort by creation time and page well in indexes.
 *
 * @param value the UUID
 */
public record InnovationId(UUID value) implements Comparable<InnovationId> {
  /**
   * Validates the id.
   *
   * @param value the UUID
   * @throws InvalidValueException if {@code value} is {@code null}
   */
  public InnovationId {
    Checks.notNull(value, "innovationId");
  }

  /**
   * Creates a new id for the given instant from the given random source. Core never reads the
   * wall clock: the caller passes the time (from its injected {@code Clock}).
   *
   * @param at the creation time
   * @param random the random source
   * @return a version 7 UUID id
   */
  public static InnovationId generate(Instant at, RandomGenerator random) {
    Checks.notNull(at, "at");
    Checks.notNull(random, "random");
    return new InnovationId(version7(millisOf(at), random.nextInt(), random.nextLong()));
  }

  /**
   * Creates a new id for the given instant from random bits the caller drew: the low 12 bits of
   * {@code randomA} and the low 62 bits of {@code randomB} fill the id's 74 random bits.
   *
   * @param at the creation time
   * @param randomA random bits (the low 12 are used)
   * @param randomB random bits (the low 62 are used)
   * @return a version 7 UUID id
   * @throws InvalidValueException with code {@code INVALID_INNOVATION_ID} if {@code at} is before 1970
   *     or past the year 10889 (outside 48 bits of milliseconds)
   */
  public static InnovationId generate(Instant at, long randomA, long randomB) {
    Checks.notNull(at, "at");
    return new InnovationId(version7(millisOf(at), randomA, randomB));
  }

  private static long millisOf(Instant at) {
    long millis = at.toEpochMilli();
    if (millis < 0 || millis >= (1L << 48)) {
      throw new InvalidValueException("INVALID_INNOVATION_ID", "at", at, "error.innovationIdTime");
    }
    return millis;
  }

  private static UUID version7(long millis, long randomA, long randomB) {
    long msb = (millis << 16) | 0x7000L | (randomA & 0x0FFFL);
    long lsb = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /**
   * Parses the canonical UUID text.
   *
   * @param text e.g. {@code "0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d"}
   * @return the id
   * @throws InvalidValueException with code {@code INVALID_INNOVATION_ID}
   */
  public static InnovationId parse(String text) {
    try {
      if (text == null || !text.strip().matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
        throw new IllegalArgumentException();
      }
      return new InnovationId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("INVALID_INNOVATION_ID", "innovationId", text, "error.innovationId");
    }
  }

  /** {@return the creation instant encoded in a version 7 id (millisecond precision)} */
  public Instant timestamp() {
    return Instant.ofEpochMilli(value.getMostSignificantBits() >>> 16);
  }

  @Override
  public int compareTo(InnovationId o) {
    // Unsigned comparison so that ordering matches the textual (and database) order.
    int c = Long.compareUnsigned(value.getMostSignificantBits(), o.value.getMostSignificantBits());
    return c != 0 ? c : Long.compareUnsigned(value.getLeastSignificantBits(), o.value.getLeastSignificantBits());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
