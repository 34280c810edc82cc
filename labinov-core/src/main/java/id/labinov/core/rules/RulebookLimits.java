package id.labinov.core.rules;

import id.labinov.core.error.InvalidValueException;

/**
 * How large a rulebook labinov reads: its size in bytes and how deeply its JSON may nest. A rulebook
 * past a limit is refused with an {@link id.labinov.core.error.InputLimitException} before it is parsed (the
 * size) or while it is (the depth), so a hostile or mistaken file cannot take the process's memory.
 *
 * <p>The {@link #defaults()} accept the shipped rulebooks a hundred times over: 2 MiB (the largest
 * shipped rulebook is 20 KB) and 64 levels (the rulebook format needs 7).
 *
 * @param maxBytes the largest rulebook, in bytes of UTF-8 (name of the limit: {@code rulebook.maxBytes})
 * @param maxDepth the deepest nesting of JSON objects and arrays ({@code rulebook.maxDepth})
 */
public record RulebookLimits(long maxBytes, int maxDepth) {
  /** Default {@link #maxBytes()}: 2 MiB. */
  public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
  /** Default {@link #maxDepth()}: 64. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /**
   * Checks the limits.
   *
   * @param maxBytes the largest rulebook, in bytes of UTF-8 (name of the limit: {@code rulebook.maxBytes})
   * @param maxDepth the deepest nesting of JSON objects and arrays ({@code rulebook.maxDepth})
   * @throws InvalidValueException with code {@code INVALID_LIMIT} if a limit is not positive (or the
   *     byte limit is 2 GiB or more: a rulebook is read into one array)
   */
  public RulebookLimits {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new InvalidValueException("INVALID_LIMIT", "rulebook.maxBytes", maxBytes, "error.limit",
          1, Integer.MAX_VALUE - 16);
    }
    if (maxDepth < 1) {
      throw new InvalidValueException("INVALID_LIMIT", "rulebook.maxDepth", maxDepth, "error.limit",
          1, Integer.MAX_VALUE);
    }
  }

  /**
   * Returns the default limits.
   *
   * @return 2 MiB and 64 levels
   */
  public static RulebookLimits defaults() {
    return new RulebookLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }

  /**
   * Returns a copy with another byte limit.
   *
   * @param value the largest rulebook in bytes
   * @return the copy
   */
  public RulebookLimits withMaxBytes(long value) {
    return new RulebookLimits(value, maxDepth);
  }

  /**
   * Returns a copy with another depth limit.
   *
   * @param value the deepest nesting
   * @return the copy
   */
  public RulebookLimits withMaxDepth(int value) {
    return new RulebookLimits(maxBytes, value);
  }
}
