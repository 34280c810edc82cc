package id.labinov.persistence.jdbc;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.iid.ChangeStamp;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentExistsException;
import id.labinov.core.iid.DocumentFilter;
import id.labinov.core.iid.DocumentInUseException;
import id.labinov.core.iid.DocumentStatus;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The evidence register on a database (schema version 8): documents by reference with what they
 * back ({@code lbv_evidence_document}, {@code lbv_evidence_document_innovation},
 * {@code lbv_evidence_document_indicator}), their attachments to innovations as gate evidence
 * ({@code lbv_evidence_attachment}), IID claims with the documents they link
 * ({@code lbv_evidence_claim}, {@code lbv_evidence_claim_document}) and each region's change log
 * ({@code lbv_evidence_change}). Every statement names the region.
 *
 * <p>Each write is one transaction, its change-log row included. A write that names a document
 * reads its row under a lock ({@code SELECT … FOR UPDATE}), so a supersede, a delete, an attachment
 * and a claim linking the document wait for each other and each decides on what the other wrote: a
 * document is never deleted while a claim that links it or an attachment is being written, and a
 * stale version is a {@link RegisterConflictException}. A claim is written only where its stored
 * version is the expected one ({@code UPDATE … WHERE version = ?}, or an insert that the primary
 * key refuses when another writer inserted first), so no update is lost. Obtained from
 * {@link JdbcStorage#evidenceRegister()}; {@link #inTransaction(Connection)} works inside a
 * caller's transaction. Thread-safe.
 */
@Beta
public final class JdbcEvidenceRegister implements EvidenceRegisterStore {
  /** The most change-log entries one call of {@link #changes} returns. */
  public static final int MAX_CHANGES = 1000;

  /** Claims in the port's listing order: region-level first, then by innovation id, then indicator code. */
  private static final Comparator<RegisteredClaim> CLAIM_ORDER = Comparator
      .comparing((RegisteredClaim c) -> c.claim().innovation().map(InnovationId::toString).orElse(""))
      .thenComparing(c -> c.claim().indicator());
  /** Documents in the port's listing order: by date, then id. */
  private static final Comparator<RegisteredDocument> DOCUMENT_ORDER = Comparator
      .comparing((RegisteredDocument d) -> d.document().date()).thenComparing(RegisteredDocument::id);

  private final Connections connections;
  private final Tables tables;
  private final EvidenceRows rows;

  JdbcEvidenceRegister(Connections connections, Tables tables) {
    this.connections = connections;
    this.tables = tables;
    this.rows = new EvidenceRows(tables);
  }

  /**
   * Returns a view of this register that works inside the caller's transaction on
   * {@code connection}, never committing, rolling back (except to its own savepoint) or closing it.
   * Writes need {@code autoCommit} off; the row locks they take are held until the caller commits.
   *
   * @param connection the caller's connection
   * @return the view
   * @throws InvalidValueException if {@code connection} is {@code null}
   */
  public JdbcEvidenceRegister inTransaction(Connection connection) {
    Checks.notNull(connection, "connection");
    return new JdbcEvidenceRegister(Connections.caller(connection, connections.dialect), tables);
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcSettingException with code {@code VALUE_TOO_LONG} if a text is longer than its
   *     column holds (number 200, subject 2000, issuer 300, file URI 2000 characters)
   */
  @Override
  public RegisteredDocument add(EvidenceDocument document, ChangeStamp stamp) {
    Checks.notNull(document, "document");
    Checks.notNull(stamp, "stamp");
    EvidenceRows.checkFits(document);
    RegisteredDocument added = RegisteredDocument.added(document, Optional.empty(), stamp);
    return connections.write("add evidence document " + document.id() + " of " + document.region(), c -> {
      insertNew(c, added, stamp);
      return added;
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcSettingException with code {@code VALUE_TOO_LONG} as {@link #add}
   */
  @Override
  public RegisteredDocument supersede(RegionCode region, String oldId, long expectedVersion,
      EvidenceDocument replacement, ChangeStamp stamp) {
    Checks.notNull(region, "region");
    Checks.notBlank(oldId, "oldId");
    Checks.notNull(replacement, "replacement");
    Checks.notNull(stamp, "stamp");
    if (!replacement.region().equals(region)) {
      throw new InvalidValueException("REGION_MISMATCH", "replacement", replacement.region().value(),
          "error.iid.register.region", region.value());
    }
    EvidenceRows.checkFits(replacement);
    RegisteredDocument added = RegisteredDocument.added(replacement, Optional.of(oldId), stamp);
    return connections.write("supersede evidence document " + oldId + " of " + region, c -> {
      EvidenceRows.Locked old = lockOrThrow(c, region, oldId);
      old.supersededBy().ifPresent(by -> {
        throw new DocumentSupersededException(region, oldId, by);
      });
      checkVersion(region, oldId, expectedVersion, old.version());
      Sql.update(c, "UPDATE " + tables.evidenceDocument() + " SET status = ?, superseded_by = ?, version = ?,"
          + " recorded_at = ?, recorded_by = ? WHERE region = ? AND document_id = ? AND version = ?",
          DocumentStatus.SUPERSEDED.name(), replacement.id(), old.version() + 1, stamp.at(), stamp.actor().value(),
          region.value(), oldId, old.version());
      rows.log(c, region, stamp, RegisterAction.DOCUMENT_SUPERSEDED, oldId, Optional.of(replacement.id()),
          old.version() + 1);
      insertNew(c, added, stamp);
      return added;
    });
  }

  @Override
  public void delete(RegionCode region, String documentId, long expectedVersion, ChangeStamp stamp) {
    Checks.notNull(region, "region");
    Checks.notBlank(documentId, "documentId");
    Checks.notNull(stamp, "stamp");
    connections.write("delete evidence document " + documentId + " of " + region, c -> {
      EvidenceRows.Locked doc = lockOrThrow(c, region, documentId);
      checkVersion(region, documentId, expectedVersion, doc.version());
      List<ClaimKey> linking = new ArrayList<>();
      for (String[] k : rows.claimsLinking(c, region, documentId)) {
        linking.add(new ClaimKey(region, innovationOf(k[0]), Integer.parseInt(k[1]), k[2]));
      }
      Set<InnovationId> attached = attachments(c, region, documentId);
      Optional<String> replaced = doc.supersedes();
      if (replaced.isPresent() && rows.lockExisting(c, region, List.of(replaced.get())).isEmpty()) {
        replaced = Optional.empty(); // the document it replaced was deleted since
      }
      if (!linking.isEmpty() || !attached.isEmpty() || replaced.isPresent()) {
        throw new DocumentInUseException(region, documentId, linking, attached, replaced);
      }
      for (String table : List.of(tables.evidenceDocument(), tables.evidenceDocumentInnovation(),
          tables.evidenceDocumentIndicator())) {
        Sql.update(c, "DELETE FROM " + table + " WHERE region = ? AND document_id = ?", region.value(), documentId);
      }
      rows.log(c, region, stamp, RegisterAction.DOCUMENT_DELETED, documentId, Optional.empty(), 0);
      return null;
    });
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
    Checks.notNull(region, "region");
    Checks.notBlank(documentId, "documentId");
    Checks.notNull(innovation, "innovation");
    Checks.notNull(stamp, "stamp");
    String operation = (attach ? "attach" : "detach") + " evidence document " + documentId + " of " + region;
    return connections.write(operation, c -> {
      EvidenceRows.Locked doc = lockOrThrow(c, region, documentId);
      if (attach) {
        doc.supersededBy().ifPresent(by -> {
          throw new DocumentSupersededException(region, documentId, by);
        });
      }
      // the document's row is locked, so no other writer adds or removes this attachment meanwhile
      boolean present = attachments(c, region, documentId).contains(innovation);
      if (present == attach) {
        return false;
      }
      Sql.update(c, attach
          ? "INSERT INTO " + tables.evidenceAttachment() + " (region, document_id, innovation_id) VALUES (?, ?, ?)"
          : "DELETE FROM " + tables.evidenceAttachment() + " WHERE region = ? AND document_id = ? AND innovation_id = ?",
          region.value(), documentId, innovation.toString());
      rows.log(c, region, stamp, attach ? RegisterAction.DOCUMENT_ATTACHED : RegisterAction.DOCUMENT_DETACHED,
          documentId, Optional.of(innovation.toString()), doc.version());
      return true;
    });
  }

  @Override
  public Optional<RegisteredDocument> find(RegionCode region, String documentId) {
    Checks.notNull(region, "region");
    Checks.notBlank(documentId, "documentId");
    return connections.read("read evidence document " + documentId + " of " + region, c -> rows.documents(c, region,
        new Sql.Where().and("d.region = ?", region.value()).and("d.document_id = ?", documentId)).stream().findFirst());
  }

  @Override
  public List<RegisteredDocument> list(RegionCode region, DocumentFilter filter) {
    Checks.notNull(region, "region");
    Checks.notNull(filter, "filter");
    Sql.Where where = new Sql.Where().and("d.region = ?", region.value());
    filter.kind().ifPresent(k -> where.and("d.kind = ?", k.code()));
    if (filter.activeOnly()) {
      where.and("d.status = ?", DocumentStatus.ACTIVE.name());
    }
    filter.fromYear().ifPresent(y -> where.and("d.doc_day >= ?", LocalDate.of(y, 1, 1).toEpochDay()));
    filter.toYear().ifPresent(y -> where.and("d.doc_day <= ?", LocalDate.of(y, 12, 31).toEpochDay()));
    filter.innovation().ifPresent(i -> where.and("(" + linked(tables.evidenceDocumentInnovation(), "innovation_id")
        + " OR " + linked(tables.evidenceAttachment(), "innovation_id") + ")", i.toString(), i.toString()));
    filter.indicator().ifPresent(code -> where.and(linked(tables.evidenceDocumentIndicator(), "indicator"), code));
    List<RegisteredDocument> out = new ArrayList<>(connections.read("list evidence documents of " + region,
        c -> rows.documents(c, region, where)));
    // sorted here, so the order never depends on a database collation
    out.sort(DOCUMENT_ORDER);
    return List.copyOf(out);
  }

  /** A condition on alias {@code d}: a row of a link table names the document and the bound value. */
  private static String linked(String table, String column) {
    return "EXISTS (SELECT 1 FROM " + table + " l WHERE l.region = d.region AND l.document_id = d.document_id AND l."
        + column + " = ?)";
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcSettingException with code {@code VALUE_TOO_LONG} if the stated amount's text is
   *     longer than 200 characters
   */
  @Override
  public RegisteredClaim putClaim(IndicatorClaim claim, long expectedVersion, ChangeStamp stamp) {
    Checks.notNull(claim, "claim");
    Checks.notNull(stamp, "stamp");
    EvidenceRows.checkFits(claim);
    ClaimKey key = ClaimKey.of(claim);
    RegisteredClaim put = new RegisteredClaim(claim, expectedVersion + 1, stamp.at(), stamp.actor());
    String operation = "put claim " + key + " of " + claim.region();
    try {
      return connections.write(operation, c -> {
        checkVersion(claim.region(), key.text(), expectedVersion, storedVersion(c, key));
        // the linked documents are locked, so none is deleted before this claim commits
        Set<String> existing = rows.lockExisting(c, claim.region(), new HashSet<>(claim.documentIds()));
        for (String id : claim.documentIds()) {
          if (!existing.contains(id)) {
            throw new NoSuchDocumentException(claim.region(), id);
          }
        }
        if (expectedVersion == 0) {
          insertClaim(c, put);
        } else if (!rows.updateClaim(c, put, expectedVersion)) {
          checkVersion(claim.region(), key.text(), expectedVersion, storedVersion(c, key));
        }
        rows.log(c, claim.region(), stamp, RegisterAction.CLAIM_PUT, key.text(), Optional.empty(), put.version());
        return put;
      });
    } catch (Appender.KeyTaken e) {
      // another writer inserted the claim first; its transaction committed, so read its version
      long actual = connections.read(operation, c -> storedVersion(c, key));
      throw new RegisterConflictException(claim.region(), key.text(), expectedVersion, actual);
    }
  }

  private void insertClaim(Connection c, RegisteredClaim put) throws SQLException {
    try {
      rows.insertClaim(c, put);
    } catch (SQLException e) {
      if (connections.dialect.isUniqueViolation(e)) {
        throw new Appender.KeyTaken(e);
      }
      throw e;
    }
  }

  @Override
  public void removeClaim(ClaimKey key, long expectedVersion, ChangeStamp stamp) {
    Checks.notNull(key, "key");
    Checks.notNull(stamp, "stamp");
    connections.write("remove claim " + key + " of " + key.region(), c -> {
      if (!rows.deleteClaim(c, key.region(), subject(key), key.year(), key.indicator(), expectedVersion)) {
        // nothing at the expected version: a conflict, unless there is none and none was expected
        checkVersion(key.region(), key.text(), expectedVersion, storedVersion(c, key));
      }
      rows.log(c, key.region(), stamp, RegisterAction.CLAIM_REMOVED, key.text(), Optional.empty(), 0);
      return null;
    });
  }

  @Override
  public Optional<RegisteredClaim> findClaim(ClaimKey key) {
    Checks.notNull(key, "key");
    return connections.read("read claim " + key + " of " + key.region(), c -> rows.claims(c, key.region(),
        new Sql.Where().and("c.region = ?", key.region().value()).and("c.subject = ?", subject(key))
            .and("c.claim_year = ?", key.year()).and("c.indicator = ?", key.indicator())).stream().findFirst());
  }

  @Override
  public List<RegisteredClaim> claims(RegionCode region, int year) {
    Checks.notNull(region, "region");
    return sortedClaims(region, new Sql.Where().and("c.region = ?", region.value()).and("c.claim_year = ?", year));
  }

  @Override
  public List<RegisteredClaim> claims(RegionCode region, Optional<InnovationId> innovation, int year) {
    Checks.notNull(region, "region");
    Checks.notNull(innovation, "innovation");
    String subject = innovation.map(InnovationId::toString).orElseGet(() -> "region:" + region.value());
    return sortedClaims(region, new Sql.Where().and("c.region = ?", region.value()).and("c.subject = ?", subject)
        .and("c.claim_year = ?", year));
  }

  private List<RegisteredClaim> sortedClaims(RegionCode region, Sql.Where where) {
    List<RegisteredClaim> out = new ArrayList<>(connections.read("list claims of " + region,
        c -> rows.claims(c, region, where)));
    // sorted here, so the order never depends on a database collation
    out.sort(CLAIM_ORDER);
    return List.copyOf(out);
  }

  @Override
  public List<RegisterChange> changes(RegionCode region, long afterSequence, int limit) {
    Checks.notNull(region, "region");
    Checks.notNegative(afterSequence, "afterSequence");
    if (limit < 1 || limit > MAX_CHANGES) {
      throw new InvalidValueException("INVALID_LIMIT", "limit", limit, "error.limit", 1, MAX_CHANGES);
    }
    return List.copyOf(connections.read("read the evidence change log of " + region,
        c -> rows.changes(c, region, afterSequence, limit, connections.dialect)));
  }

  /** Inserts a new document and logs it; a taken id is a {@link DocumentExistsException}. */
  private void insertNew(Connection c, RegisteredDocument added, ChangeStamp stamp) throws SQLException {
    try {
      rows.insert(c, added);
    } catch (SQLException e) {
      if (connections.dialect.isUniqueViolation(e)) {
        throw new DocumentExistsException(added.region(), added.id());
      }
      throw e;
    }
    rows.log(c, added.region(), stamp, RegisterAction.DOCUMENT_ADDED, added.id(), Optional.empty(), added.version());
  }

  private EvidenceRows.Locked lockOrThrow(Connection c, RegionCode region, String documentId) throws SQLException {
    EvidenceRows.Locked doc = rows.lock(c, region, documentId);
    if (doc == null) {
      throw new NoSuchDocumentException(region, documentId);
    }
    return doc;
  }

  private static void checkVersion(RegionCode region, String subject, long expected, long actual) {
    if (expected != actual) {
      throw new RegisterConflictException(region, subject, expected, actual);
    }
  }

  private Set<InnovationId> attachments(Connection c, RegionCode region, String documentId) throws SQLException {
    Set<InnovationId> out = new HashSet<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT innovation_id FROM " + tables.evidenceAttachment()
        + " WHERE region = ? AND document_id = ?", List.of(region.value(), documentId)); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(InnovationId.parse(rs.getString(1)));
      }
    }
    return out;
  }

  private long storedVersion(Connection c, ClaimKey key) throws SQLException {
    return rows.claimVersion(c, key.region(), subject(key), key.year(), key.indicator());
  }

  /** The key column of a claim: the innovation's id, or {@code region:} and the region code. */
  private static String subject(ClaimKey key) {
    return key.innovation().map(InnovationId::toString).orElseGet(() -> "region:" + key.region().value());
  }

  private static Optional<InnovationId> innovationOf(String subject) {
    return subject.startsWith("region:") ? Optional.empty() : Optional.of(InnovationId.parse(subject));
  }
}
