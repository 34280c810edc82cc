package id.labinov.core.spi;


import id.labinov.core.engine.StorageException;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.RulebookConflictException;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the rulebooks each region uses, by id and version, so an innovation pinned to a version
 * finds it after a restart or on another server. Thread-safe.
 */
public interface RulebookStore {
  /**
   * Stores a rulebook for a region. Saving the same content again is a no-op.
   *
   * @param region the region
   * @param rulebook the rulebook
   * @throws RulebookConflictException if the region already has this id and version with another hash
   * @throws StorageException if the store fails
   */
  void save(RegionCode region, Rulebook rulebook);

  /**
   * Finds a rulebook.
   *
   * @param region the region
   * @param id the rulebook id
   * @param version the version
   * @return the rulebook, or empty
   * @throws StorageException if the store fails
   */
  Optional<Rulebook> find(RegionCode region, String id, int version);

  /**
   * Lists a region's rulebooks as {@code id@version} references with their hashes.
   *
   * @param region the region
   * @return the references, sorted by id then version
   * @throws StorageException if the store fails
   */
  List<RulebookInfo> list(RegionCode region);

  /**
   * A stored rulebook's identity.
   *
   * @param id the id
   * @param version the version
   * @param hash the SHA-256 of its canonical form
   */
  record RulebookInfo(String id, int version, String hash) {}
}
