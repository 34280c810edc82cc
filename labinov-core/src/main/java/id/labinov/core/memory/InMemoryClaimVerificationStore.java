package id.labinov.core.memory;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.Verification;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.spi.ClaimVerificationStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifiers' decisions in memory. Thread-safe: each region's stream is one object whose methods run
 * one at a time, so a decision's version check and append are atomic; regions never wait on each
 * other.
 */
@Beta
public final class InMemoryClaimVerificationStore implements ClaimVerificationStore {
  /** The most decisions one {@link #log} call returns. */
  static final int MAX_LOG = 1000;

  private static final Comparator<RecordedVerification> ORDER = Comparator
      .comparing((RecordedVerification r) -> r.key().innovation().map(InnovationId::toString).orElse(""))
      .thenComparing(r -> r.key().indicator());

  private final Map<RegionCode, Stream> streams = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryClaimVerificationStore() {}

  @Override
  public RecordedVerification record(Verification verification, long expectedVersion) {
    Checks.notNull(verification, "verification");
    Checks.notNegative(expectedVersion, "expectedVersion");
    Stream s = streams.computeIfAbsent(verification.key().region(), r -> new Stream());
    synchronized (s) {
      RecordedVerification last = s.latest.get(verification.key());
      long actual = last == null ? 0 : last.version();
      if (actual != expectedVersion) {
        throw new RegisterConflictException(verification.key().region(), verification.key().text(), expectedVersion,
            actual);
      }
      RecordedVerification recorded = new RecordedVerification(verification, actual + 1, s.log.size() + 1L);
      s.log.add(recorded);
      s.latest.put(verification.key(), recorded);
      return recorded;
    }
  }

  @Override
  public Optional<RecordedVerification> latest(ClaimKey key) {
    Checks.notNull(key, "key");
    Stream s = streams.get(key.region());
    if (s == null) {
      return Optional.empty();
    }
    synchronized (s) {
      return Optional.ofNullable(s.latest.get(key));
    }
  }

  @Override
  public List<RecordedVerification> latest(RegionCode region, int year) {
    Stream s = streams.get(Checks.notNull(region, "region"));
    if (s == null) {
      return List.of();
    }
    List<RecordedVerification> out = new ArrayList<>();
    synchronized (s) {
      for (RecordedVerification r : s.latest.values()) {
        if (r.key().year() == year) {
          out.add(r);
        }
      }
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  @Override
  public List<RecordedVerification> log(RegionCode region, long afterSequence, int limit) {
    Checks.notNull(region, "region");
    Checks.notNegative(afterSequence, "afterSequence");
    if (limit < 1 || limit > MAX_LOG) {
      throw new InvalidValueException("INVALID_LIMIT", "limit", limit, "error.limit", 1, MAX_LOG);
    }
    Stream s = streams.get(region);
    if (s == null) {
      return List.of();
    }
    synchronized (s) {
      int from = (int) Math.min(afterSequence, s.log.size());
      return List.copyOf(s.log.subList(from, Math.min(from + limit, s.log.size())));
    }
  }

  /** One region's decisions; guarded by its own monitor. */
  private static final class Stream {
    private final List<RecordedVerification> log = new ArrayList<>();
    private final Map<ClaimKey, RecordedVerification> latest = new HashMap<>();
  }
}
