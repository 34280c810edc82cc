package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.ADMIN;
import static id.labinov.persistence.jdbc.Fixtures.BANDUNG;
import static id.labinov.persistence.jdbc.Fixtures.HEAD;
import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.KOTA_SERANG;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.HistoryProblem;
import id.labinov.core.engine.HistoryProblemKind;
import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.internal.codec.EventCodec;
import id.labinov.core.model.Province;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hash chain over each history, and core's verification (through the store's
 * {@link id.labinov.core.spi.HistorySource}) finding the first broken link after raw SQL tampering.
 */
class HistoryVerificationTest {
  private TestDb db;
  private JdbcInnovationStore store;
  private Labinov lab;
  private InnovationRef ref;

  @BeforeEach
  void start() {
    db = TestDb.memory();
    JdbcStorage storage = JdbcStorage.builder().dataSource(db.dataSource()).build();
    store = storage.innovationStore();
    lab = Fixtures.lab(store, storage.rulebookStore(), new Fixtures.HandClock(Fixtures.START), 9);
    ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Rantai")).orThrow().ref();
    lab.innovations().attachEvidence(ref, INNOVATOR, Fixtures.evidence("COMMITMENT_LETTER", 1), Options.none()).orThrow();
    lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()).orThrow();
    lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()).orThrow();
    lab.innovations().hold(ref, ADMIN, "jeda", Options.none()).orThrow();
  }

  @AfterEach
  void stop() {
    db.close();
  }

  private HistoryVerification verify() {
    return lab.verifications().verify(ref);
  }

  private static HistoryProblemKind kind(HistoryVerification v) {
    return v.findProblem().map(HistoryProblem::kind).orElse(null);
  }

  private static long brokenAt(HistoryVerification v) {
    return v.findProblem().orElseThrow().sequence();
  }

  private String id() {
    return ref.id().toString();
  }

  @Test
  void eachHashIsSha256OfThePreviousHashAndThePayloadFromAZeroGenesis() throws Exception {
    List<List<Object>> rows = db.query("SELECT seq_no, payload, hash FROM lbv_event WHERE innovation_id = ? ORDER BY seq_no", id());
    byte[] previous = new byte[32];
    for (List<Object> row : rows) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(previous);
      sha.update((byte[]) row.get(1));
      previous = sha.digest();
      assertThat(row.get(2)).as("hash of event " + row.get(0)).isEqualTo(HexFormat.of().formatHex(previous));
    }
    assertThat(db.query("SELECT last_hash FROM lbv_innovation WHERE id = ?", id()).get(0).get(0))
        .isEqualTo(HexFormat.of().formatHex(previous));
  }

  @Test
  void anUntouchedHistoryIsIntact() {
    HistoryVerification v = verify();

    assertThat(v.ok()).isTrue();
    assertThat(v.eventsChecked()).isEqualTo(5);
    assertThat(v.findProblem()).isEmpty();
    assertThat(v.ref()).isEqualTo(ref);
  }

  @Test
  void findsATamperedPayload() {
    byte[] payload = (byte[]) db.query("SELECT payload FROM lbv_event WHERE innovation_id = ? AND seq_no = 3", id()).get(0).get(0);
    byte[] forged = new String(payload, StandardCharsets.UTF_8).replace("OPD_HEAD", "COACH").getBytes(StandardCharsets.UTF_8);
    assertThat(forged).isNotEqualTo(payload);
    db.update("UPDATE lbv_event SET payload = ? WHERE innovation_id = ? AND seq_no = 3", forged, id());

    HistoryVerification v = verify();

    assertThat(v.ok()).isFalse();
    assertThat(brokenAt(v)).isEqualTo(3);
    assertThat(kind(v)).isEqualTo(HistoryProblemKind.HASH_MISMATCH);
  }

  @Test
  void findsADeletedEventInTheMiddle() {
    db.update("DELETE FROM lbv_event WHERE innovation_id = ? AND seq_no = 2", id());

    HistoryVerification v = verify();

    assertThat(brokenAt(v)).isEqualTo(2);
    assertThat(kind(v)).isEqualTo(HistoryProblemKind.MISSING_EVENT);
  }

  @Test
  void findsADeletedLastEvent() {
    db.update("DELETE FROM lbv_event WHERE innovation_id = ? AND seq_no = 5", id());

    HistoryVerification v = verify();

    assertThat(brokenAt(v)).isEqualTo(5);
    assertThat(kind(v)).isEqualTo(HistoryProblemKind.MISSING_EVENT);
  }

  @Test
  void findsAForgedEventWithARecomputedHash() {
    byte[] forged = EventCodec.encode(store.history(ref).get(1)); // event 2 again, as event 3
    String hash2 = (String) db.query("SELECT hash FROM lbv_event WHERE innovation_id = ? AND seq_no = 2", id()).get(0).get(0);
    db.update("UPDATE lbv_event SET payload = ?, hash = ? WHERE innovation_id = ? AND seq_no = 3", forged,
        HashChain.next(hash2, forged), id());

    HistoryVerification v = verify();

    assertThat(brokenAt(v)).isEqualTo(3);
    assertThat(kind(v)).isEqualTo(HistoryProblemKind.INVALID_PAYLOAD);
  }

  @Test
  void findsAChangedStateRow() {
    db.update("UPDATE lbv_innovation SET state_json = REPLACE(state_json, '\"ON_HOLD\"', '\"ACTIVE\"') WHERE id = ?", id());

    HistoryVerification v = verify();

    assertThat(kind(v)).isEqualTo(HistoryProblemKind.STATE_MISMATCH);
    assertThat(brokenAt(v)).isEqualTo(5);
  }

  @Test
  void findsAChangedLastHash() {
    db.update("UPDATE lbv_innovation SET last_hash = ? WHERE id = ?", "f".repeat(64), id());

    assertThat(kind(verify())).isEqualTo(HistoryProblemKind.LAST_HASH_MISMATCH);
  }

  @Test
  void anExportedHashShowsAHistoryRewrittenWithRecomputedHashes() {
    LatestHash held = store.latestHashes(Scope.region(LEBAK), PageRequest.first(10)).items().get(0);
    assertThat(store.verify(held).ok()).isTrue();
    // rewrite event 4 with new content and recompute every hash after it, state row included
    List<List<Object>> rows = db.query("SELECT seq_no, payload FROM lbv_event WHERE innovation_id = ? ORDER BY seq_no", id());
    String hash = (String) db.query("SELECT hash FROM lbv_event WHERE innovation_id = ? AND seq_no = 3", id()).get(0).get(0);
    for (List<Object> row : rows.subList(3, rows.size())) {
      byte[] payload = (byte[]) row.get(1);
      if (((Number) row.get(0)).longValue() == 4) {
        payload = new String(payload, StandardCharsets.UTF_8).replace("drum-up-to-diagnose", "drum-up-to-diagnosa")
            .getBytes(StandardCharsets.UTF_8);
      }
      hash = HashChain.next(hash, payload);
      db.update("UPDATE lbv_event SET payload = ?, hash = ? WHERE innovation_id = ? AND seq_no = ?", payload, hash, id(), row.get(0));
    }
    db.update("UPDATE lbv_innovation SET last_hash = ? WHERE id = ?", hash, id());

    assertThat(verify().ok()).as("self-consistent after the rewrite").isTrue();
    HistoryVerification v = store.verify(held);
    assertThat(kind(v)).isEqualTo(HistoryProblemKind.EXPORTED_HASH_MISMATCH);
    assertThat(brokenAt(v)).isEqualTo(5);
  }

  @Test
  void exportsTheLatestHashOfEveryInnovationInScopePageByPage() {
    List<InnovationRef> refs = new ArrayList<>(List.of(ref));
    for (int i = 0; i < 4; i++) {
      refs.add(lab.innovations().propose(i % 2 == 0 ? KOTA_SERANG : BANDUNG, INNOVATOR.in(i % 2 == 0 ? KOTA_SERANG : BANDUNG), Fixtures.details("Lain " + i)).orThrow().ref());
    }

    List<LatestHash> all = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (page != null) {
      Page<LatestHash> p = store.latestHashes(Scope.national(), page);
      assertThat(p.items().size()).isLessThanOrEqualTo(2);
      all.addAll(p.items());
      page = p.next();
    }

    refs.sort(java.util.Comparator.comparing(InnovationRef::id));
    assertThat(all).extracting(LatestHash::ref).containsExactlyElementsOf(refs);
    for (LatestHash h : all) {
      assertThat(h.version()).isEqualTo(store.load(h.ref()).orElseThrow().version());
      assertThat(h.lastHash()).isEqualTo(db.query("SELECT hash FROM lbv_event WHERE innovation_id = ? AND seq_no = ?",
          h.ref().id().toString(), h.version()).get(0).get(0));
    }
    assertThat(store.latestHashes(Scope.province(Province.ofCode("36")), PageRequest.first(10)).items())
        .extracting(h -> h.ref().region()).containsOnly(LEBAK, KOTA_SERANG).hasSize(3);
  }
}
