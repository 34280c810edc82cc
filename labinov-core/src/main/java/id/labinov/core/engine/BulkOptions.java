package id.labinov.core.engine;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * How a bulk command runs: how many items go into one chunk (one store transaction: one query loads
 * the chunk's states, JDBC batches write it), and an optional consumer that receives every item's
 * result after its chunk commits (so a caller of a scope-wide bulk command can stream the results
 * instead of holding them). Immutable; the {@code with…} and {@code on…} methods return copies.
 */
@Beta
public final class BulkOptions {
  /** The largest chunk: one page of the query port ({@code PageRequest.MAX_SIZE}). */
  public static final int MAX_CHUNK_SIZE = 1000;
  private static final Consumer<BulkResult> NOTHING = r -> { };
  private static final BulkOptions DEFAULTS = new BulkOptions(0, NOTHING);

  private final int chunkSize;
  private final Consumer<? super BulkResult> eachResult;

  private BulkOptions(int chunkSize, Consumer<? super BulkResult> eachResult) {
    this.chunkSize = chunkSize;
    this.eachResult = eachResult;
  }

  /** {@return the facade's chunk size ({@code Labinov.Builder.bulkChunkSize}) and no result consumer} */
  public static BulkOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another chunk size for this call.
   *
   * @param size items per chunk, 1 to {@value #MAX_CHUNK_SIZE}
   * @return the copy
   * @throws InvalidValueException with code {@code INVALID_CHUNK_SIZE} outside that range
   */
  public BulkOptions withChunkSize(int size) {
    return new BulkOptions(checkChunkSize("chunkSize", size), eachResult);
  }

  /**
   * Returns a copy that hands every item's result to {@code consumer}, in item order, after the
   * item's chunk committed (and after the listeners got its events). A consumer that throws is
   * not called again for that item; the exception propagates and the chunks after it do not run.
   *
   * @param consumer receives each result
   * @return the copy
   * @throws InvalidValueException if {@code consumer} is {@code null}
   */
  public BulkOptions onEachResult(Consumer<? super BulkResult> consumer) {
    return new BulkOptions(chunkSize, Checks.notNull(consumer, "consumer"));
  }

  /** {@return the chunk size of this call, if it overrides the facade's} */
  public OptionalInt findChunkSize() {
    return chunkSize == 0 ? OptionalInt.empty() : OptionalInt.of(chunkSize);
  }

  /** {@return the consumer of each result (one that does nothing unless set)} */
  public Consumer<? super BulkResult> eachResult() {
    return eachResult;
  }

  /**
   * Checks a chunk size.
   *
   * @param field the setting's name, for the error
   * @param size the size
   * @return the size
   * @throws InvalidValueException with code {@code INVALID_CHUNK_SIZE} unless 1 to {@value #MAX_CHUNK_SIZE}
   */
  public static int checkChunkSize(String field, int size) {
    if (size < 1 || size > MAX_CHUNK_SIZE) {
      throw new InvalidValueException("INVALID_CHUNK_SIZE", field, size, "error.chunkSize", String.valueOf(MAX_CHUNK_SIZE));
    }
    return size;
  }

  @Override
  public String toString() {
    return "BulkOptions[chunkSize=" + (chunkSize == 0 ? "default" : chunkSize) + "]";
  }
}
