package id.labinov.persistence.jdbc;

import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.codec.EventCodec;
import id.labinov.core.internal.codec.StoredDocuments;
import id.labinov.persistence.jdbc.HistoryVerification.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Re-checks an innovation's stored history link by link: sequences without gaps, each hash over the
 * previous hash and the payload, each payload a valid event of this innovation that follows the
 * ones before it, the state row's last hash and state equal to what the events give. Not API.
 */
final class Verifier {
  private final Tables t;

  Verifier(Tables tables) {
    this.t = tables;
  }

  HistoryVerification verify(Connection c, InnovationRef ref, LatestHash held) throws SQLException {
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
    long expected = 1;
    String previous = HashChain.GENESIS;
    InnovationState folded = null;
    String heldHashSeen = null;
    try (PreparedStatement ps = Sql.prepare(c, "SELECT seq_no, payload, hash FROM " + t.event()
        + " WHERE region = ? AND innovation_id = ? ORDER BY seq_no", List.of(ref.region().value(), ref.id().toString()));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long seq = rs.getLong(1);
        byte[] payload = rs.getBytes(2);
        String hash = rs.getString(3);
        long checked = expected - 1;
        if (seq != expected) {
          return HistoryVerification.broken(ref, checked, expected, Reason.MISSING_EVENT);
        }
        if (!HashChain.next(previous, payload).equals(hash)) {
          return HistoryVerification.broken(ref, checked + 1, seq, Reason.HASH_MISMATCH);
        }
        try {
          InnovationEvent e = EventCodec.decode(payload);
          if (e.metadata().sequence() != seq || !e.metadata().innovationId().equals(ref.id())
              || !e.metadata().region().equals(ref.region())) {
            return HistoryVerification.broken(ref, checked + 1, seq, Reason.INVALID_PAYLOAD);
          }
          folded = Decider.evolve(folded, e);
        } catch (RuntimeException e) {
          return HistoryVerification.broken(ref, checked + 1, seq, Reason.INVALID_PAYLOAD);
        }
        if (held != null && seq == held.version()) {
          heldHashSeen = hash;
        }
        previous = hash;
        expected++;
      }
    }
    long events = expected - 1;
    if (events == 0 && stateVersion < 0) {
      throw new NoSuchInnovationException(ref);
    }
    if (stateVersion > events) {
      return HistoryVerification.broken(ref, events, events + 1, Reason.MISSING_EVENT);
    }
    if (stateVersion < events) {
      return HistoryVerification.broken(ref, events, Math.max(stateVersion, 0), Reason.STATE_MISMATCH);
    }
    if (!previous.equals(stateHash)) {
      return HistoryVerification.broken(ref, events, events, Reason.LAST_HASH_MISMATCH);
    }
    try {
      if (!sameState(StoredDocuments.stateFromJson(stateJson), folded)) {
        return HistoryVerification.broken(ref, events, events, Reason.STATE_MISMATCH);
      }
    } catch (RuntimeException e) {
      return HistoryVerification.broken(ref, events, events, Reason.STATE_MISMATCH);
    }
    if (held != null) {
      if (held.version() > events) {
        return HistoryVerification.broken(ref, events, events + 1, Reason.MISSING_EVENT);
      }
      if (!held.lastHash().equals(heldHashSeen)) {
        return HistoryVerification.broken(ref, events, held.version(), Reason.EXPORTED_HASH_MISMATCH);
      }
    }
    return HistoryVerification.intact(ref, events);
  }

  /**
   * Tells whether a stored state is what the events give; a state stored before contributors were
   * recorded (they read back as unknown) is compared on everything else.
   */
  private static boolean sameState(InnovationState stored, InnovationState folded) {
    if (stored.contributors() != null || folded == null) {
      return stored.equals(folded);
    }
    return stored.equals(folded.withUnknownContributors());
  }
}
