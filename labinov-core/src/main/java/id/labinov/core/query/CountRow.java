package id.labinov.core.query;

import id.labinov.core.internal.Checks;

/**
 * One group of a count.
 *
 * @param key the group's key (a stage code, status name, OPD code...; {@code ""} for "not set")
 * @param count how many innovations are in it
 */
public record CountRow(String key, long count) {
  /**
   * Validates the parts.
   *
   * @param key the group's key (a stage code, status name, OPD code...; {@code ""} for "not set")
   * @param count how many innovations are in it
   * @throws id.labinov.core.error.InvalidValueException if the key is missing
   */
  public CountRow {
    Checks.notNull(key, "key");
  }
}
