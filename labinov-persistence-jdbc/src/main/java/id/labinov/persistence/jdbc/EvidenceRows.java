package id.labinov.persistence.jdbc;

import id.labinov.core.iid.ChangeStamp;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.DocumentStatus;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.FileRef;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.RegisterAction;
import id.labinov.core.iid.RegisterChange;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.iid.StatedValue;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The evidence register's rows (schema version 8): documents with what they back and where they are
 * attached, claims with the documents they link, and change-log entries; how each is written and
 * read back. Every statement names its region and binds every value. Not API.
 */
final class EvidenceRows {
  /** The longest texts the columns hold, where core sets no limit of its own. */
  static final int MAX_NUMBER = 200;
  static final int MAX_SUBJECT = 2000;
  static final int MAX_ISSUER = 300;
  static final int MAX_URI = 2000;
  static final int MAX_AMOUNT = 200;

  private static final String DOCUMENT_COLUMNS = "d.document_id, d.kind, d.doc_number, d.doc_day, d.subject, d.issuer,"
      + " d.issuer_level, d.file_uri, d.file_sha256, d.file_media_type, d.file_size, d.valid_from_day, d.valid_until_day,"
      + " d.status, d.supersedes, d.superseded_by, d.version, d.recorded_at, d.recorded_by";
  private static final String CLAIM_COLUMNS = "c.subject, c.claim_year, c.indicator, c.innovation_id, c.claimed_level,"
      + " c.stated_amount, c.stated_unit, c.version, c.recorded_at, c.recorded_by";

  private final Tables tables;

  EvidenceRows(Tables tables) {
    this.tables = tables;
  }

  /** The stored state of a document, read under a row lock. */
  record Locked(long version, Optional<String> supersedes, Optional<String> supersededBy) {}

  /** Refuses a text longer than its column holds, with a typed error in the JDBC module's bundles. */
  static void checkLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new JdbcSettingException("VALUE_TOO_LONG", field, value.length(), "jdbc.valueTooLong", max);
    }
  }

  /** Refuses parts of a document longer than the columns hold. */
  static void checkFits(EvidenceDocument d) {
    checkLength("number", d.number().orElse(null), MAX_NUMBER);
    checkLength("subject", d.subject(), MAX_SUBJECT);
    checkLength("issuer", d.issuer(), MAX_ISSUER);
    checkLength("file.uri", d.file().map(f -> f.uri().toString()).orElse(null), MAX_URI);
  }

  /** Refuses a stated value longer than its column holds. */
  static void checkFits(IndicatorClaim claim) {
    checkLength("statedValue.amount", claim.statedValue().map(v -> v.amount().toString()).orElse(null), MAX_AMOUNT);
  }

  /** Locks a document's row and returns its state, or {@code null} if the region holds no such document. */
  Locked lock(Connection c, RegionCode region, String documentId) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(c, "SELECT version, supersedes, superseded_by FROM "
        + tables.evidenceDocument() + " WHERE region = ? AND document_id = ? FOR UPDATE",
        List.of(region.value(), documentId)); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? new Locked(rs.getLong(1), Optional.ofNullable(rs.getString(2)),
          Optional.ofNullable(rs.getString(3))) : null;
    }
  }

  /** Locks the rows of those documents that exist, in id order (so writers never deadlock), and returns their ids. */
  Set<String> lockExisting(Connection c, RegionCode region, Collection<String> documentIds) throws SQLException {
    Set<String> found = new HashSet<>();
    if (documentIds.isEmpty()) {
      return found;
    }
    List<Object> params = new ArrayList<>();
    params.add(region.value());
    params.addAll(documentIds);
    try (PreparedStatement ps = Sql.prepare(c, "SELECT document_id FROM " + tables.evidenceDocument()
        + " WHERE region = ? AND document_id IN (" + Sql.placeholders(documentIds.size()) + ") ORDER BY document_id"
        + " FOR UPDATE", params); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    }
    return found;
  }

  /** Inserts a document's row and the rows of what it backs. */
  void insert(Connection c, RegisteredDocument r) throws SQLException {
    EvidenceDocument d = r.document();
    Optional<FileRef> f = d.file();
    Sql.update(c, "INSERT INTO " + tables.evidenceDocument() + " (region, document_id, kind, doc_number, doc_day,"
        + " subject, issuer, issuer_level, file_uri, file_sha256, file_media_type, file_size, valid_from_day,"
        + " valid_until_day, status, supersedes, superseded_by, version, recorded_at, recorded_by)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", d.region().value(), d.id(),
        d.kind().code(), d.number().orElse(null), d.date().toEpochDay(), d.subject(), d.issuer(), d.issuerLevel().name(),
        f.map(x -> x.uri().toString()).orElse(null), f.map(FileRef::sha256).orElse(null),
        f.map(FileRef::mediaType).orElse(null), Sql.bigint(f.map(FileRef::size).orElse(null)),
        Sql.bigint(d.validFrom().map(LocalDate::toEpochDay).orElse(null)),
        Sql.bigint(d.validUntil().map(LocalDate::toEpochDay).orElse(null)), r.status().name(),
        r.supersedes().orElse(null), r.supersededBy().orElse(null), r.version(), r.recordedAt(), r.recordedBy().value());
    insertPairs(c, tables.evidenceDocumentInnovation(), "innovation_id", d.region(), d.id(),
        d.innovations().stream().map(InnovationId::toString).toList());
    insertPairs(c, tables.evidenceDocumentIndicator(), "indicator", d.region(), d.id(), List.copyOf(d.indicators()));
  }

  private static void insertPairs(Connection c, String table, String column, RegionCode region, String documentId,
      List<String> values) throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (region, document_id, " + column
        + ") VALUES (?, ?, ?)")) {
      for (String v : values) {
        Sql.bind(ps, List.of(region.value(), documentId, v));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Reads a region's documents that meet the conditions (on alias {@code d}), each with what it
   * backs and where it is attached, in the order read.
   */
  List<RegisteredDocument> documents(Connection c, RegionCode region, Sql.Where where) throws SQLException {
    Map<String, Object[]> rows = new LinkedHashMap<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT " + DOCUMENT_COLUMNS + " FROM " + tables.evidenceDocument()
        + " d" + where.sql(), where.params()); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Object[] row = new Object[19];
        for (int i = 0; i < row.length; i++) {
          row[i] = i == 17 ? Sql.instant(rs, "recorded_at") : rs.getString(i + 1);
        }
        rows.put(rs.getString(1), row);
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Set<String>> innovations = pairs(c, tables.evidenceDocumentInnovation(), "innovation_id", where);
    Map<String, Set<String>> indicators = pairs(c, tables.evidenceDocumentIndicator(), "indicator", where);
    Map<String, Set<String>> attached = pairs(c, tables.evidenceAttachment(), "innovation_id", where);
    List<RegisteredDocument> out = new ArrayList<>(rows.size());
    for (Object[] row : rows.values()) {
      String id = (String) row[0];
      out.add(document(region, row, innovations.getOrDefault(id, Set.of()), indicators.getOrDefault(id, Set.of()),
          attached.getOrDefault(id, Set.of())));
    }
    return out;
  }

  /** Reads the rows of a link table that belong to the documents meeting the conditions, by document. */
  private Map<String, Set<String>> pairs(Connection c, String table, String column, Sql.Where where)
      throws SQLException {
    Map<String, Set<String>> out = new HashMap<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT l.document_id, l." + column + " FROM " + table + " l JOIN "
        + tables.evidenceDocument() + " d ON d.region = l.region AND d.document_id = l.document_id" + where.sql(), where.params());
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  private static RegisteredDocument document(RegionCode region, Object[] r, Set<String> innovations,
      Set<String> indicators, Set<String> attached) {
    String key = region + "/" + r[0];
    try {
      Optional<FileRef> file = r[7] == null ? Optional.empty() : Optional.of(new FileRef(URI.create((String) r[7]),
          (String) r[8], (String) r[9], Long.parseLong((String) r[10])));
      EvidenceDocument d = new EvidenceDocument((String) r[0], region, DocumentKind.of((String) r[1]),
          Optional.ofNullable((String) r[2]), day(r[3]), (String) r[4], (String) r[5], IssuerLevel.valueOf((String) r[6]),
          file, Optional.ofNullable(r[11]).map(EvidenceRows::day), Optional.ofNullable(r[12]).map(EvidenceRows::day),
          ids(innovations), indicators);
      return new RegisteredDocument(d, DocumentStatus.valueOf((String) r[13]), Optional.ofNullable((String) r[14]),
          Optional.ofNullable((String) r[15]), ids(attached), Long.parseLong((String) r[16]),
          (java.time.Instant) r[17], PersonId.of((String) r[18]));
    } catch (RuntimeException e) {
      throw new id.labinov.core.engine.StorageException("read the stored evidence document " + key, null, e);
    }
  }

  private static LocalDate day(Object epochDay) {
    return LocalDate.ofEpochDay(Long.parseLong((String) epochDay));
  }

  private static Set<InnovationId> ids(Set<String> texts) {
    Set<InnovationId> out = new HashSet<>();
    texts.forEach(t -> out.add(InnovationId.parse(t)));
    return out;
  }

  /**
   * Inserts a claim's row and its links. The key column {@code subject} is the claim's
   * {@link IndicatorClaim#subject()}: the innovation's id, or {@code region:} and the region code.
   */
  void insertClaim(Connection c, RegisteredClaim r) throws SQLException {
    IndicatorClaim k = r.claim();
    Optional<StatedValue> v = k.statedValue();
    Sql.update(c, "INSERT INTO " + tables.evidenceClaim() + " (region, subject, claim_year, indicator, innovation_id,"
        + " claimed_level, stated_amount, stated_unit, version, recorded_at, recorded_by)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", k.region().value(), k.subject(), k.year(), k.indicator(),
        k.innovation().map(InnovationId::toString).orElse(null), k.claimedLevel(),
        v.map(x -> x.amount().toString()).orElse(null), v.map(StatedValue::unit).orElse(null), r.version(),
        r.recordedAt(), r.recordedBy().value());
    insertLinks(c, k);
  }

  /** Replaces a claim's row where its version is the expected one; returns whether it did, and then its links. */
  boolean updateClaim(Connection c, RegisteredClaim r, long expectedVersion) throws SQLException {
    IndicatorClaim k = r.claim();
    Optional<StatedValue> v = k.statedValue();
    if (Sql.update(c, "UPDATE " + tables.evidenceClaim() + " SET claimed_level = ?, stated_amount = ?, stated_unit = ?,"
        + " version = ?, recorded_at = ?, recorded_by = ? WHERE region = ? AND subject = ? AND claim_year = ?"
        + " AND indicator = ? AND version = ?", k.claimedLevel(), v.map(x -> x.amount().toString()).orElse(null),
        v.map(StatedValue::unit).orElse(null), r.version(), r.recordedAt(), r.recordedBy().value(), k.region().value(),
        k.subject(), k.year(), k.indicator(), expectedVersion) != 1) {
      return false;
    }
    deleteLinks(c, k.region(), k.subject(), k.year(), k.indicator());
    insertLinks(c, k);
    return true;
  }

  /** Deletes a claim's row where its version is the expected one, and then its links; returns whether it did. */
  boolean deleteClaim(Connection c, RegionCode region, String subject, int year, String indicator, long expectedVersion)
      throws SQLException {
    if (Sql.update(c, "DELETE FROM " + tables.evidenceClaim() + " WHERE region = ? AND subject = ? AND claim_year = ?"
        + " AND indicator = ? AND version = ?", region.value(), subject, year, indicator, expectedVersion) != 1) {
      return false;
    }
    deleteLinks(c, region, subject, year, indicator);
    return true;
  }

  private void deleteLinks(Connection c, RegionCode region, String subject, int year, String indicator)
      throws SQLException {
    Sql.update(c, "DELETE FROM " + tables.evidenceClaimDocument() + " WHERE region = ? AND subject = ?"
        + " AND claim_year = ? AND indicator = ?", region.value(), subject, year, indicator);
  }

  private void insertLinks(Connection c, IndicatorClaim k) throws SQLException {
    if (k.documentIds().isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + tables.evidenceClaimDocument() + " (region, subject,"
        + " claim_year, indicator, link_no, document_id) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < k.documentIds().size(); i++) {
        Sql.bind(ps, List.of(k.region().value(), k.subject(), k.year(), k.indicator(), i, k.documentIds().get(i)));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Returns the stored version of a claim, 0 if there is none. */
  long claimVersion(Connection c, RegionCode region, String subject, int year, String indicator) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(c, "SELECT version FROM " + tables.evidenceClaim() + " WHERE region = ?"
        + " AND subject = ? AND claim_year = ? AND indicator = ?", List.of(region.value(), subject, year, indicator));
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Reads a region's claims that meet the conditions (on alias {@code c}), each with its links in order. */
  List<RegisteredClaim> claims(Connection c, RegionCode region, Sql.Where where) throws SQLException {
    Map<String, Object[]> rows = new LinkedHashMap<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT " + CLAIM_COLUMNS + " FROM " + tables.evidenceClaim() + " c"
        + where.sql(), where.params()); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3), new Object[] {rs.getString(4),
            rs.getInt(5), rs.getString(6), rs.getString(7), rs.getLong(8), Sql.instant(rs, "recorded_at"),
            rs.getString(10), rs.getInt(2), rs.getString(3)});
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> links = new HashMap<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT l.subject, l.claim_year, l.indicator, l.document_id FROM "
        + tables.evidenceClaimDocument() + " l JOIN " + tables.evidenceClaim() + " c ON c.region = l.region"
        + " AND c.subject = l.subject AND c.claim_year = l.claim_year AND c.indicator = l.indicator" + where.sql()
        + " ORDER BY l.link_no", where.params()); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        links.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3), k -> new ArrayList<>())
            .add(rs.getString(4));
      }
    }
    List<RegisteredClaim> out = new ArrayList<>(rows.size());
    for (Map.Entry<String, Object[]> e : rows.entrySet()) {
      out.add(claim(region, e.getKey(), e.getValue(), links.getOrDefault(e.getKey(), List.of())));
    }
    return out;
  }

  private static RegisteredClaim claim(RegionCode region, String key, Object[] r, List<String> documentIds) {
    try {
      Optional<StatedValue> value = r[2] == null ? Optional.empty()
          : Optional.of(new StatedValue(new BigDecimal((String) r[2]), (String) r[3]));
      IndicatorClaim claim = new IndicatorClaim(region, Optional.ofNullable((String) r[0]).map(InnovationId::parse),
          (Integer) r[7], (String) r[8], (Integer) r[1], documentIds, value);
      return new RegisteredClaim(claim, (Long) r[4], (java.time.Instant) r[5], PersonId.of((String) r[6]));
    } catch (RuntimeException e) {
      throw new id.labinov.core.engine.StorageException("read the stored claim " + region + "/" + key, null, e);
    }
  }

  /** Reads the keys of the claims of a region that link a document. */
  List<String[]> claimsLinking(Connection c, RegionCode region, String documentId) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT DISTINCT subject, claim_year, indicator FROM "
        + tables.evidenceClaimDocument() + " WHERE region = ? AND document_id = ?", List.of(region.value(), documentId));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
      }
    }
    return out;
  }

  /** Appends an entry to the region's change log. */
  void log(Connection c, RegionCode region, ChangeStamp stamp, RegisterAction action, String subject,
      Optional<String> detail, long version) throws SQLException {
    Sql.update(c, "INSERT INTO " + tables.evidenceChange() + " (region, changed_at, actor, action, subject, detail,"
        + " version, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", region.value(), stamp.at(), stamp.actor().value(),
        action.name(), subject, detail.orElse(null), version, stamp.note().orElse(null));
  }

  /** Reads up to {@code limit} entries of a region's change log after a sequence, oldest first. */
  List<RegisterChange> changes(Connection c, RegionCode region, long afterSequence, int limit, Dialect dialect)
      throws SQLException {
    List<RegisterChange> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT id, changed_at, actor, action, subject, detail, version, note"
        + " FROM " + tables.evidenceChange() + " WHERE region = ? AND id > ? ORDER BY id" + dialect.limitClause(),
        List.of(region.value(), afterSequence, limit)); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new RegisterChange(region, rs.getLong(1), Sql.instant(rs, "changed_at"), PersonId.of(rs.getString(3)),
            RegisterAction.valueOf(rs.getString(4)), rs.getString(5), Optional.ofNullable(rs.getString(6)),
            rs.getLong(7), Optional.ofNullable(rs.getString(8))));
      }
    }
    return out;
  }
}
