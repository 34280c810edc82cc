package id.labinov.persistence.jdbc;

import static id.labinov.core.spi.contract.ContractData.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.HistoryProblem;
import id.labinov.core.engine.HistoryProblemKind;
import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.ScopeVerification;
import id.labinov.core.model.Scope;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;
import id.labinov.core.spi.contract.HistoryVerificationContract;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Core's history verification contract on a database, plus what only the JDBC store sees: rows
 * changed behind its back (a payload, a deleted event, the state row's last hash) are each reported
 * as their first broken link, with the right kind, in a scope verification that still reports progress
 * for every innovation. A subclass names the database.
 */
abstract class JdbcHistoryVerificationContract extends HistoryVerificationContract {
  private Backend backend;

  /** Returns the database this class runs on. */
  abstract Backend.Kind kind();

  @BeforeEach
  void emptyTables() {
    backend = ClassBackends.fresh(getClass(), kind());
  }

  @Override
  protected InnovationStore store() {
    return backend.storage().innovationStore();
  }

  @Override
  protected InnovationQuery query() {
    return backend.storage().innovationStore();
  }

  @Override
  protected RulebookStore rulebookStore() {
    return backend.storage().rulebookStore();
  }

  private byte[] payload(InnovationRef ref, long sequence) throws SQLException {
    try (Connection c = backend.pool().getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT payload FROM " + backend.prefix() + "event WHERE innovation_id = ? AND seq_no = ?")) {
      ps.setString(1, ref.id().toString());
      ps.setLong(2, sequence);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("event %d of %s", sequence, ref).isTrue();
        return rs.getBytes(1);
      }
    }
  }

  private void setPayload(InnovationRef ref, long sequence, byte[] payload) throws SQLException {
    try (Connection c = backend.pool().getConnection(); PreparedStatement ps = c.prepareStatement(
        "UPDATE " + backend.prefix() + "event SET payload = ? WHERE innovation_id = ? AND seq_no = ?")) {
      ps.setBytes(1, payload);
      ps.setString(2, ref.id().toString());
      ps.setLong(3, sequence);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void rowsChangedBehindTheStoresBackAreEachReportedInTheScope() throws SQLException {
    List<InnovationRef> refs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      refs.add(written(LEBAK).ref());
    }
    refs.sort(Comparator.comparing(InnovationRef::id));
    InnovationRef forged = refs.get(0);
    InnovationRef deleted = refs.get(1);
    InnovationRef rehashed = refs.get(3);
    String text = new String(payload(forged, 2), StandardCharsets.UTF_8);
    assertThat(text).contains("COMMITMENT_LETTER");
    setPayload(forged, 2, text.replace("COMMITMENT_LETTER", "PHOTO").getBytes(StandardCharsets.UTF_8));
    assertThat(backend.update("DELETE FROM " + backend.prefix() + "event WHERE innovation_id = ? AND seq_no = 4",
        deleted.id().toString())).isEqualTo(1);
    assertThat(backend.update("UPDATE " + backend.prefix() + "innovation SET last_hash = ? WHERE id = ?",
        "f".repeat(64), rehashed.id().toString())).isEqualTo(1);
    List<String> heard = new ArrayList<>();

    ScopeVerification summary = lab().verifications().verify(Scope.region(LEBAK),
        (v, done, total) -> heard.add(done + "/" + total + (v.ok() ? " ok" : " " + v.problem().kind())));

    assertThat(summary.problems()).containsExactly(
        new HistoryProblem(forged, 2, HistoryProblemKind.HASH_MISMATCH),
        new HistoryProblem(deleted, 4, HistoryProblemKind.MISSING_EVENT),
        new HistoryProblem(rehashed, 6, HistoryProblemKind.LAST_HASH_MISMATCH));
    assertThat(heard).containsExactly("1/4 HASH_MISMATCH", "2/4 MISSING_EVENT", "3/4 ok", "4/4 LAST_HASH_MISMATCH");
    assertThat(summary.intact()).isEqualTo(1);
    assertThat(summary.eventsChecked()).as("2 + 3 + 6 + 6").isEqualTo(17);
    assertThat(summary.problems().get(0).message(Locale.ENGLISH))
        .isEqualTo("History of " + forged + ", link 2: payload or hash changed.");
  }

  @Test
  void anExportedHashShowsAHistoryRewrittenWithRecomputedHashes() throws SQLException {
    InnovationRef ref = written(LEBAK).ref();
    JdbcInnovationStore store = backend.storage().innovationStore();
    LatestHash held = store.latestHashes(Scope.region(LEBAK), id.labinov.core.query.PageRequest.first(10)).items().get(0);
    assertThat(store.verify(held).ok()).isTrue();
    // rewrite event 4 (the move to DIAGNOSE) and recompute every hash after it, the state row's too
    String previous = backend.rows("SELECT hash FROM " + backend.prefix() + "event WHERE seq_no = 3").get(0);
    for (long seq = 4; seq <= 6; seq++) {
      byte[] payload = payload(ref, seq);
      if (seq == 4) {
        String text = new String(payload, StandardCharsets.UTF_8);
        assertThat(text).contains("drum-up-to-diagnose");
        payload = text.replace("drum-up-to-diagnose", "drum-up-to-diagnosa").getBytes(StandardCharsets.UTF_8);
      }
      previous = HashChain.next(previous, payload);
      setPayload(ref, seq, payload);
      backend.update("UPDATE " + backend.prefix() + "event SET hash = ? WHERE innovation_id = ? AND seq_no = ?",
          previous, ref.id().toString(), seq);
    }
    backend.update("UPDATE " + backend.prefix() + "innovation SET last_hash = ? WHERE id = ?", previous,
        ref.id().toString());

    HistoryVerification self = lab().verifications().verify(ref);
    HistoryVerification against = store.verify(held);
    LatestHash longer = new LatestHash(ref, 7, held.lastHash());

    assertThat(self.ok()).as("self-consistent after the rewrite: %s", self).isTrue();
    assertThat(against.findProblem()).contains(new HistoryProblem(ref, 6, HistoryProblemKind.EXPORTED_HASH_MISMATCH));
    assertThat(store.verify(longer).findProblem()).contains(new HistoryProblem(ref, 7, HistoryProblemKind.MISSING_EVENT));
  }
}
