package id.labinov.core.memory;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.iid.ChangeStamp;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentExistsException;
import id.labinov.core.iid.DocumentFilter;
import id.labinov.core.iid.DocumentInUseException;
import id.labinov.core.iid.DocumentSupersededException;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.NoSuchDocumentException;
import id.labinov.core.iid.RegisterAction;
import id.labinov.core.iid.RegisterChange;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.spi.EvidenceRegisterStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An evidence register in memory. Thread-safe: each region's register is one object whose methods
 * run one at a time, so a write's checks, change and log entry are atomic, and writers of different
 * regions never wait on each other.
 */
@Beta
public final class InMemoryEvidenceRegisterStore implements EvidenceRegisterStore {
  /** The most change-log entries one call returns. */
  static final int MAX_CHANGES = 1000;

  /** Claims in the store's listing order: region-level first, then by innovation, then indicator. */
  private static final Comparator<RegisteredClaim> CLAIM_ORDER = Comparator
      .comparing((RegisteredClaim c) -> c.claim().innovation().map(InnovationId::toString).orElse(""))
      .thenComparing(c -> c.claim().indicator());

  private final Map<RegionCode, Register> registers = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryEvidenceRegisterStore() {}

  private Register register(RegionCode region) {
    return registers.computeIfAbsent(Checks.notNull(region, "region"), r -> new Register(r));
  }

  /** Reads a region's register without creating one. */
  private <T> T read(RegionCode region, Function<Register, T> reader, T none) {
    Register r = registers.get(Checks.notNull(region, "region"));
    if (r == null) {
      return none;
    }
    synchronized (r) {
      return reader.apply(r);
    }
  }

  @Override
  public RegisteredDocument add(EvidenceDocument document, ChangeStamp stamp) {
    Checks.notNull(document, "document");
    Checks.notNull(stamp, "stamp");
    Register r = register(document.region());
    synchronized (r) {
      return r.add(document, Optional.empty(), stamp);
    }
  }

  @Override
  public RegisteredDocument supersede(RegionCode region, String oldId, long expectedVersion,
      EvidenceDocument replacement, ChangeStamp stamp) {
    Checks.notNull(replacement, "replacement");
    Checks.notNull(stamp, "stamp");
    if (!replacement.region().equals(Checks.notNull(region, "region"))) {
      throw new InvalidValueException("REGION_MISMATCH", "replacement", replacement.region().value(),
          "error.iid.register.region", region.value());
    }
    Register r = register(region);
    synchronized (r) {
      RegisteredDocument old = r.get(oldId);
      old.supersededBy().ifPresent(by -> {
        throw new DocumentSupersededException(region, old.id(), by);
      });
      r.checkVersion(old.id(), expectedVersion, old.version());
      if (r.documents.containsKey(replacement.id())) {
        throw new DocumentExistsException(region, replacement.id());
      }
      RegisteredDocument superseded = old.supersededBy(replacement.id(), stamp);
      r.documents.put(old.id(), superseded);
      r.log(stamp, RegisterAction.DOCUMENT_SUPERSEDED, old.id(), Optional.of(replacement.id()), superseded.version());
      return r.add(replacement, Optional.of(old.id()), stamp);
    }
  }

  @Override
  public void delete(RegionCode region, String documentId, long expectedVersion, ChangeStamp stamp) {
    Checks.notNull(stamp, "stamp");
    Register r = register(region);
    synchronized (r) {
      RegisteredDocument doc = r.get(documentId);
      r.checkVersion(doc.id(), expectedVersion, doc.version());
      List<ClaimKey> linking = r.claims.values().stream()
          .filter(c -> c.claim().documentIds().contains(doc.id())).map(RegisteredClaim::key).toList();
      Optional<String> replaced = doc.supersedes().filter(r.documents::containsKey);
      if (!linking.isEmpty() || !doc.attachedTo().isEmpty() || replaced.isPresent()) {
        throw new DocumentInUseException(region, doc.id(), linking, doc.attachedTo(), replaced);
      }
      r.documents.remove(doc.id());
      r.log(stamp, RegisterAction.DOCUMENT_DELETED, doc.id(), Optional.empty(), 0);
    }
  }

  @Override
  public boolean attach(RegionCode region, String documentId, InnovationId innovation, ChangeStamp stamp) {
    return changeAttachment(region, documentId, innovation, stamp, true);
  }

  @Override
  public boolean detach(RegionCode region, String documentId, InnovationId innovation, ChangeStamp stamp) {
    return changeAttachment(region, documentId, innovation, stamp, false);
  }

  private boolean changeAttachment(RegionCode region, String documentId, InnovationId innovation, ChangeStamp stamp,
      boolean attach) {
    Checks.notNull(innovation, "innovation");
    Checks.notNull(stamp, "stamp");
    Register r = register(region);
    synchronized (r) {
      RegisteredDocument doc = r.get(documentId);
      if (attach) {
        doc.supersededBy().ifPresent(by -> {
          throw new DocumentSupersededException(region, doc.id(), by);
        });
      }
      Set<InnovationId> innovations = new HashSet<>(doc.attachedTo());
      boolean changed = attach ? innovations.add(innovation) : innovations.remove(innovation);
      if (changed) {
        r.documents.put(doc.id(), doc.withAttachments(innovations));
        r.log(stamp, attach ? RegisterAction.DOCUMENT_ATTACHED : RegisterAction.DOCUMENT_DETACHED, doc.id(),
            Optional.of(innovation.toString()), doc.version());
      }
      return changed;
    }
  }

  @Override
  public Optional<RegisteredDocument> find(RegionCode region, String documentId) {
    Checks.notBlank(documentId, "documentId");
    return read(region, r -> Optional.ofNullable(r.documents.get(documentId)), Optional.empty());
  }

  @Override
  public List<RegisteredDocument> list(RegionCode region, DocumentFilter filter) {
    Checks.notNull(filter, "filter");
    return read(region, r -> r.documents.values().stream().filter(filter::matches)
        .sorted(Comparator.comparing((RegisteredDocument d) -> d.document().date()).thenComparing(RegisteredDocument::id))
        .toList(), List.of());
  }

  @Override
  public RegisteredClaim putClaim(IndicatorClaim claim, long expectedVersion, ChangeStamp stamp) {
    Checks.notNull(claim, "claim");
    Checks.notNull(stamp, "stamp");
    Register r = register(claim.region());
    synchronized (r) {
      ClaimKey key = ClaimKey.of(claim);
      RegisteredClaim stored = r.claims.get(key);
      r.checkVersion(key.text(), expectedVersion, stored == null ? 0 : stored.version());
      for (String id : claim.documentIds()) {
        r.get(id);
      }
      RegisteredClaim put = new RegisteredClaim(claim, expectedVersion + 1, stamp.at(), stamp.actor());
      r.claims.put(key, put);
      r.log(stamp, RegisterAction.CLAIM_PUT, key.text(), Optional.empty(), put.version());
      return put;
    }
  }

  @Override
  public void removeClaim(ClaimKey key, long expectedVersion, ChangeStamp stamp) {
    Checks.notNull(key, "key");
    Checks.notNull(stamp, "stamp");
    Register r = register(key.region());
    synchronized (r) {
      RegisteredClaim stored = r.claims.get(key);
      r.checkVersion(key.text(), expectedVersion, stored == null ? 0 : stored.version());
      r.claims.remove(key);
      r.log(stamp, RegisterAction.CLAIM_REMOVED, key.text(), Optional.empty(), 0);
    }
  }

  @Override
  public Optional<RegisteredClaim> findClaim(ClaimKey key) {
    Checks.notNull(key, "key");
    return read(key.region(), r -> Optional.ofNullable(r.claims.get(key)), Optional.empty());
  }

  @Override
  public List<RegisteredClaim> claims(RegionCode region, int year) {
    return read(region, r -> r.claims.values().stream().filter(c -> c.claim().year() == year).sorted(CLAIM_ORDER)
        .toList(), List.of());
  }

  @Override
  public List<RegisteredClaim> claims(RegionCode region, Optional<InnovationId> innovation, int year) {
    Checks.notNull(innovation, "innovation");
    return claims(region, year).stream().filter(c -> c.claim().innovation().equals(innovation)).toList();
  }

  @Override
  public List<RegisterChange> changes(RegionCode region, long afterSequence, int limit) {
    Checks.notNegative(afterSequence, "afterSequence");
    if (limit < 1 || limit > MAX_CHANGES) {
      throw new InvalidValueException("INVALID_LIMIT", "limit", limit, "error.limit", 1, MAX_CHANGES);
    }
    return read(region, r -> {
      int from = (int) Math.min(afterSequence, r.changes.size());
      return List.copyOf(r.changes.subList(from, Math.min(from + limit, r.changes.size())));
    }, List.of());
  }

  /** One region's register; every method runs while the caller holds its monitor. */
  private static final class Register {
    private final RegionCode region;
    private final Map<String, RegisteredDocument> documents = new HashMap<>();
    private final Map<ClaimKey, RegisteredClaim> claims = new HashMap<>();
    private final List<RegisterChange> changes = new ArrayList<>();

    Register(RegionCode region) {
      this.region = region;
    }

    RegisteredDocument get(String documentId) {
      Checks.notBlank(documentId, "documentId");
      RegisteredDocument doc = documents.get(documentId);
      if (doc == null) {
        throw new NoSuchDocumentException(region, documentId);
      }
      return doc;
    }

    void checkVersion(String subject, long expected, long actual) {
      if (expected != actual) {
        throw new RegisterConflictException(region, subject, expected, actual);
      }
    }

    RegisteredDocument add(EvidenceDocument document, Optional<String> supersedes, ChangeStamp stamp) {
      if (documents.containsKey(document.id())) {
        throw new DocumentExistsException(region, document.id());
      }
      RegisteredDocument added = RegisteredDocument.added(document, supersedes, stamp);
      documents.put(document.id(), added);
      log(stamp, RegisterAction.DOCUMENT_ADDED, document.id(), Optional.empty(), 1);
      return added;
    }

    void log(ChangeStamp stamp, RegisterAction action, String subject, Optional<String> detail, long version) {
      changes.add(new RegisterChange(region, changes.size() + 1L, stamp.at(), stamp.actor(), action, subject, detail,
          version, stamp.note()));
    }
  }
}
