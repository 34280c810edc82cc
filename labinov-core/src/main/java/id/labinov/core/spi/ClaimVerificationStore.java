package id.labinov.core.spi;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.StorageException;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.Verification;
import id.labinov.core.model.RegionCode;
import java.util.List;
import java.util.Optional;

/**
 * Port: the verification stream of the regional innovation index — every verifier's decision on an
 * index claim, append-only, per region, apart from the evidence register's change log. Implemented by
 * {@code InMemoryClaimVerificationStore} (core) and the JDBC module; checked by the verification contract
 * suite. Implementations are thread-safe. Authorisation is the caller's ({@code IidService}); a store
 * checks only versions.
 *
 * <p>Ordering rules: {@link #latest(RegionCode, int)} lists region-level claims first, then by
 * innovation id, then by indicator code (as claims are listed); {@link #log} by sequence.
 */
@Beta
public interface ClaimVerificationStore {
  /**
   * Appends a decision on a claim. The first decision on a key has version 1; each later one the
   * next version, and must state the latest version the caller saw.
   *
   * @param verification the decision
   * @param expectedVersion the latest version of the key's decisions the caller saw; 0 for the first
   * @return the decision as recorded
   * @throws RegisterConflictException (code {@code VERSION_CONFLICT}) if {@code expectedVersion} is not
   *     the key's latest version (0 when it has none); nothing is written
   * @throws StorageException if the store fails
   */
  RecordedVerification record(Verification verification, long expectedVersion);

  /**
   * The latest decision on a claim.
   *
   * @param key the claim
   * @return the latest decision, or empty if none
   * @throws StorageException if the store fails
   */
  Optional<RecordedVerification> latest(ClaimKey key);

  /**
   * The latest decision on each claim of a region's IID year.
   *
   * @param region the region
   * @param year the IID year
   * @return one decision per verified claim key, region-level first, then by innovation and indicator
   * @throws StorageException if the store fails
   */
  List<RecordedVerification> latest(RegionCode region, int year);

  /**
   * The region's verification stream: every decision, revised ones included, oldest first.
   *
   * @param region the region
   * @param afterSequence decisions after this sequence; 0 for the start
   * @param limit the most decisions, 1 to 1000
   * @return the decisions
   * @throws id.labinov.core.error.InvalidValueException with code {@code INVALID_LIMIT} for a limit
   *     outside 1-1000, the code of {@code Checks.notNegative} for a negative sequence
   * @throws StorageException if the store fails
   */
  List<RecordedVerification> log(RegionCode region, long afterSequence, int limit);
}
