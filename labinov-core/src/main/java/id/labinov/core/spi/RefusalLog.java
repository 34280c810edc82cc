package id.labinov.core.spi;


import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.Refusal;
import id.labinov.core.engine.StorageException;
import id.labinov.core.model.Scope;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps refused commands ({@link Refusal}: codes, arguments and person ids, no names) so a lab can
 * see what blocks innovations most. Set it with {@code Labinov.Builder.refusalLog}, which appends
 * every refusal after its command and purges rows older than the retention period once a day.
 *
 * <p>Periods are half-open, {@code [from, to)}, and compared with instants truncated to
 * microseconds as {@link Refusal#at()} is. Reads are scoped like every query ({@link Scope}: one
 * region, a province and its regions, or national) and never return another region's rows.
 * Implementations must be thread-safe: appends from many threads at once lose nothing.
 */
@Beta
public interface RefusalLog {
  /**
   * Appends refusals, in list order (which is their insertion order for refusals of the same instant).
   *
   * @param refusals the refusals; an empty list does nothing
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if the list or an
   *     element is {@code null}
   * @throws StorageException if the store fails (then none of the list is kept)
   */
  void append(List<Refusal> refusals);

  /**
   * Hands every refusal of a scope and period to {@code action}, ordered by {@link Refusal#at()} then
   * by insertion order. Reads page by page, so memory stays bounded however many there are; the
   * action runs outside any store transaction. An exception thrown by the action ends the reading
   * and reaches the caller.
   *
   * @param scope which regions
   * @param from the first instant included
   * @param to the first instant excluded (equal to {@code from}: nothing)
   * @param action receives each refusal
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} for a missing argument,
   *     {@code INVALID_PERIOD} if {@code to} is before {@code from}
   * @throws StorageException if the store fails
   */
  void forEach(Scope scope, Instant from, Instant to, Consumer<Refusal> action);

  /**
   * Counts the refusals of a scope and period.
   *
   * @param scope which regions
   * @param from the first instant included
   * @param to the first instant excluded
   * @return how many {@link #forEach} would hand over
   * @throws id.labinov.core.error.InvalidValueException as {@link #forEach}
   * @throws StorageException if the store fails
   */
  long count(Scope scope, Instant from, Instant to);

  /**
   * Deletes every refusal of every region made before {@code cutoff} (retention).
   *
   * @param cutoff the first instant kept
   * @return how many were deleted
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if {@code cutoff} is {@code null}
   * @throws StorageException if the store fails
   */
  long purgeBefore(Instant cutoff);
}
