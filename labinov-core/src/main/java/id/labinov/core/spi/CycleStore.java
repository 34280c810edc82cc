package id.labinov.core.spi;

import id.labinov.core.annotation.Beta;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.RegionCode;
import java.util.List;

/**
 * Port: the yearly cycle's streams of each innovation — its competition entries and its development
 * versions — both append-only, numbered from 1 per innovation. Implemented by
 * {@code InMemoryCycleStore} (core) and the JDBC module; checked by the cycle contract suite.
 * Implementations are thread-safe. Authorisation and the entry limit are the caller's
 * ({@code CycleService}, which re-decides after a conflict); a store checks only sequences.
 *
 * <p>Ordering: per innovation by sequence; region-wide by innovation id, then sequence.
 */
@Beta
public interface CycleStore {
  /**
   * An innovation's competition records, oldest first.
   *
   * @param ref the innovation
   * @return the records (empty if none)
   * @throws StorageException if the store fails
   */
  List<CompetitionEntry> entries(InnovationRef ref);

  /**
   * Every competition record of a region's innovations.
   *
   * @param region the region
   * @return the records, by innovation id then sequence
   * @throws StorageException if the store fails
   */
  List<CompetitionEntry> entries(RegionCode region);

  /**
   * Appends a competition record if the innovation's stream holds {@code entry.sequence() - 1} records.
   *
   * @param entry the record
   * @throws VersionConflictException (expected = {@code entry.sequence() - 1}, actual = the records held)
   *     if another writer appended first; nothing is written
   * @throws StorageException if the store fails
   */
  void appendEntry(CompetitionEntry entry);

  /**
   * An innovation's development versions, oldest first.
   *
   * @param ref the innovation
   * @return the versions (empty if none)
   * @throws StorageException if the store fails
   */
  List<InnovationVersion> versions(InnovationRef ref);

  /**
   * Every development version of a region's innovations.
   *
   * @param region the region
   * @return the versions, by innovation id then sequence
   * @throws StorageException if the store fails
   */
  List<InnovationVersion> versions(RegionCode region);

  /**
   * Appends a development version if the innovation's stream holds {@code version.sequence() - 1} versions.
   *
   * @param version the version
   * @throws VersionConflictException (expected = {@code version.sequence() - 1}, actual = the versions held)
   *     if another writer appended first; nothing is written
   * @throws StorageException if the store fails
   */
  void appendVersion(InnovationVersion version);
}
