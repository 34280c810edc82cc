package id.labinov.persistence.jdbc;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.codec.EventCodec;
import id.labinov.core.internal.codec.StoredDocuments;
import id.labinov.core.spi.HistoryCheck;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads an innovation's stored history row by row for core's {@link HistoryCheck}: each event's
 * sequence, its payload decoded from the bytes as stored, and whether its hash is SHA-256 over the
 * previous hash and those bytes; then the state row's version, state and whether its last hash is
 * the last event's. Not API.
 */
final class Verifier {
  private final Tables t;

  Verifier(Tables tables) {
    this.t = tables;
  }

  /**
   * Feeds the check; returns the hash stored at {@code heldVersion} (an exported hash being checked),
   * or {@code null} if that link was not read (or {@code heldVersion} is 0).
   */
  String read(Connection c, InnovationRef ref, HistoryCheck check, long heldVersion) throws SQLException {
    long stateVersion = -1;
    String stateHash = null;
    String stateJson = null;
    try (PreparedStatement ps = Sql.prepare(c, "SELECT version, last_hash, state_json FROM " + t.innovation()
        + " WHERE region = ? AND id = ?", List.of(ref.region().value(), ref.id().toString()));
        ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        stateVersion = rs.getLong(1);
        stateHash = rs.getString(2);
        stateJson = rs.getString(3);
      }
    }
    String previous = HashChain.GENESIS;
    String heldHashSeen = null;
    try (PreparedStatement ps = Sql.prepare(c, "SELECT seq_no, payload, hash FROM " + t.event()
        + " WHERE region = ? AND innovation_id = ? ORDER BY seq_no", List.of(ref.region().value(), ref.id().toString()));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long seq = rs.getLong(1);
        byte[] payload = rs.getBytes(2);
        String hash = rs.getString(3);
        boolean linked = HashChain.next(previous, payload).equals(hash);
        if (!check.event(seq, linked ? decode(payload) : null, linked)) {
          return heldHashSeen;
        }
        if (heldVersion > 0 && seq == heldVersion) {
          heldHashSeen = hash;
        }
        previous = hash;
      }
    }
    check.state(stateVersion, stateVersion < 0 ? null : state(stateJson), previous.equals(stateHash));
    return heldHashSeen;
  }

  private static InnovationEvent decode(byte[] payload) {
    try {
      return EventCodec.decode(payload);
    } catch (RuntimeException e) {
      return null; // the check reports the link as an invalid payload
    }
  }

  private static InnovationState state(String json) {
    try {
      return StoredDocuments.stateFromJson(json);
    } catch (RuntimeException e) {
      return null; // the check reports a state mismatch
    }
  }
}
