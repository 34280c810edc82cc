package id.labinov.reporting.data;

import java.util.Optional;

/**
 * How many innovations have one value of a dimension (status, bentuk, jenis...).
 *
 * @param key the value, or {@code null} for "not set"
 * @param count how many innovations have it
 * @param <K> the type of the value
 */
public record Count<K>(K key, long count) {
  /** {@return the value, empty for "not set"} */
  public Optional<K> findKey() {
    return Optional.ofNullable(key);
  }
}
