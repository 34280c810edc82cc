package id.labinov.core.spi;


import id.labinov.core.engine.StorageException;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.RegionCode;
import id.labinov.core.programme.Programme;
import java.util.List;
import java.util.Optional;

/** Keeps programmes, versioned for optimistic concurrency. Thread-safe. */
public interface ProgrammeStore {
  /**
   * Loads a programme.
   *
   * @param region the region
   * @param id the programme id
   * @return the programme, or empty
   * @throws StorageException if the store fails
   */
  Optional<Programme> load(RegionCode region, String id);

  /**
   * Saves a programme if the stored version equals {@code programme.version() - 1} (0 for a new one).
   *
   * @param programme the programme
   * @throws VersionConflictException if another writer saved first
   * @throws StorageException if the store fails
   */
  void save(Programme programme);

  /**
   * Lists a region's programmes by year then id.
   *
   * @param region the region
   * @return the programmes
   * @throws StorageException if the store fails
   */
  List<Programme> list(RegionCode region);
}
