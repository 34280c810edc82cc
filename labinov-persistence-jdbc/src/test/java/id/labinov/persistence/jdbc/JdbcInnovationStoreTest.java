package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.ADMIN;
import static id.labinov.persistence.jdbc.Fixtures.HEAD;
import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static id.labinov.persistence.jdbc.Fixtures.SERANG;
import static id.labinov.persistence.jdbc.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.codec.EventCodec;
import id.labinov.core.model.Role;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.IdempotencyRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JdbcInnovationStoreTest {
  private TestDb db;
  private JdbcStorage storage;
  private JdbcInnovationStore store;
  private Fixtures.HandClock clock;
  private Labinov lab;

  @BeforeEach
  void start() {
    db = TestDb.memory();
    storage = JdbcStorage.builder().dataSource(db.dataSource()).build();
    store = storage.innovationStore();
    clock = new Fixtures.HandClock(Fixtures.START);
    lab = Fixtures.lab(store, storage.rulebookStore(), clock, 7);
  }

  @AfterEach
  void stop() {
    db.close();
  }

  private InnovationRef proposeWithHistory() {
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Posyandu Digital")).orThrow().ref();
    clock.advance(Duration.ofHours(3));
    lab.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", 1), Options.none()).orThrow();
    lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, "Setuju \"penuh\" ✓", Options.none()).orThrow();
    clock.advance(Duration.ofDays(2));
    lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()).orThrow();
    lab.innovations().hold(ref, ADMIN, "menunggu anggaran", Options.none()).orThrow();
    clock.advance(Duration.ofDays(5));
    lab.innovations().resume(ref, ADMIN, null, Options.none()).orThrow();
    return ref;
  }

  @Test
  void aStateRowChangedOutsideTheStoreIsReadAsItNowIsNotAsTheStoreLastWroteIt() {
    InnovationRef ref = proposeWithHistory();
    InnovationState written = store.load(ref).orElseThrow();
    assertThat(store.load(ref)).as("read back unchanged: the same state").contains(written);

    // another process rewrites the document at the same version (the title, in the JSON only)
    db.update("UPDATE lbv_innovation SET state_json = REPLACE(state_json, 'Posyandu Digital', 'Posyandu Keliling')"
        + " WHERE id = ?", ref.id().toString());

    InnovationState reread = store.load(ref).orElseThrow();
    assertThat(reread.version()).isEqualTo(written.version());
    assertThat(reread.details().title()).isEqualTo("Posyandu Keliling");
    // and a command decides on the row as it is now
    CommandResult r = lab.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", 2), Options.none());
    assertThat(r.accepted()).isTrue();
    assertThat(r.state().details().title()).isEqualTo("Posyandu Keliling");
    assertThat(store.load(ref).orElseThrow()).isEqualTo(r.state());
  }

  @Test
  void themeRowsFollowDetailsUpdatesAndSurviveEveryOtherCommand() {
    var stunting = id.labinov.core.model.Theme.of("STUNTING");
    var kla = id.labinov.core.model.Theme.of("KOTA_LAYAK_ANAK");
    InnovationRef ref = lab.innovations().propose(LEBAK, INNOVATOR,
        Fixtures.details("Posyandu Digital").withThemes(java.util.Set.of(stunting, kla))).orThrow().ref();
    lab.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", 1), Options.none()).orThrow();
    lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()).orThrow();
    lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()).orThrow();
    lab.innovations().hold(ref, ADMIN, "menunggu", Options.none()).orThrow();

    assertThat(themed(kla)).as("after commands that leave the details alone").containsExactly(ref);
    assertThat(themed(stunting)).containsExactly(ref);

    lab.innovations().updateDetails(ref, INNOVATOR, lab.innovations().get(ref).details().withThemes(java.util.Set.of(stunting)), Options.none())
        .orThrow();
    lab.innovations().resume(ref, ADMIN, null, Options.none()).orThrow();

    assertThat(themed(kla)).as("a theme taken away by a details update").isEmpty();
    assertThat(themed(stunting)).containsExactly(ref);
    assertThat(db.query("SELECT COUNT(*) FROM lbv_innovation_theme").get(0).get(0)).isEqualTo(1L);
  }

  private List<InnovationRef> themed(id.labinov.core.model.Theme theme) {
    return store.find(id.labinov.core.model.Scope.region(LEBAK),
        id.labinov.core.query.InnovationFilter.builder().themes(theme).build(),
        id.labinov.core.query.PageRequest.first(10)).items().stream()
        .map(id.labinov.core.query.InnovationSummary::ref).toList();
  }

  @Test
  void loadsTheStateThatWasAppendedAndItEqualsTheReplayedHistory() {
    InnovationRef ref = proposeWithHistory();

    InnovationState loaded = store.load(ref).orElseThrow();
    List<InnovationEvent> history = store.history(ref);

    assertThat(loaded.version()).isEqualTo(6);
    assertThat(loaded.stage()).isEqualTo("DIAGNOSE");
    assertThat(loaded.visits()).hasSize(2);
    assertThat(loaded.visits().get(1).pauses()).hasSize(1);
    assertThat(history).extracting(e -> e.metadata().sequence()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(Decider.replay(history)).isEqualTo(loaded);
  }

  @Test
  void storesTheCanonicalEventBytesVerbatim() {
    InnovationRef ref = proposeWithHistory();
    List<InnovationEvent> history = store.history(ref);

    List<List<Object>> rows = db.query("SELECT payload FROM lbv_event WHERE innovation_id = ? ORDER BY seq_no",
        ref.id().toString());

    assertThat(rows).hasSize(history.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat((byte[]) rows.get(i).get(0)).isEqualTo(EventCodec.encode(history.get(i)));
    }
  }

  @Test
  void findsNothingUnderAnotherRegion() {
    InnovationRef ref = proposeWithHistory();
    InnovationRef elsewhere = new InnovationRef(SERANG, ref.id());

    assertThat(store.load(elsewhere)).isEmpty();
    assertThat(store.history(elsewhere)).isEmpty();
  }

  @Nested
  class VersionCheck {
    @Test
    void refusesAStaleAppendAndWritesNothingOfIt() {
      InnovationRef ref = proposeWithHistory();
      InnovationState before = store.load(ref).orElseThrow();
      Append first = nextAppend(before, "pertama", null);
      Append stale = nextAppend(before, "kedua", null);

      store.append(first);

      assertThatThrownBy(() -> store.append(stale)).isInstanceOfSatisfying(VersionConflictException.class, e -> {
        assertThat(e.expected()).isEqualTo(6);
        assertThat(e.actual()).isEqualTo(7);
        assertThat(e.ref()).isEqualTo(ref);
      });
      assertThat(store.history(ref)).hasSize(7);
      assertThat(store.load(ref).orElseThrow()).isEqualTo(first.state());
      assertThat(db.count("SELECT COUNT(*) FROM lbv_feed WHERE innovation_id = ?", ref.id().toString())).isEqualTo(7);
    }

    @Test
    void aUniqueViolationOnTheEventKeyIsAVersionConflict() {
      InnovationRef ref = proposeWithHistory();
      InnovationState before = store.load(ref).orElseThrow();
      // a row at sequence 7 that the state row does not know yet, as a racing writer would leave it
      db.update("INSERT INTO lbv_event (region, innovation_id, seq_no, event_id, event_type, occurred_at, payload, hash)"
          + " VALUES ('36.02', ?, 7, ?, 'X', CURRENT_TIMESTAMP, X'00', ?)", ref.id().toString(),
          java.util.UUID.randomUUID().toString(), "0".repeat(64));

      assertThatThrownBy(() -> store.append(nextAppend(before, "baru", null)))
          .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.expected()).isEqualTo(6));
      assertThat(store.load(ref)).contains(before);
      assertThat(db.count("SELECT COUNT(*) FROM lbv_feed WHERE innovation_id = ?", ref.id().toString())).isEqualTo(6);
    }

    @Test
    void refusesAnAppendToAnIdThatBelongsToAnotherRegion() {
      InnovationRef ref = proposeWithHistory();
      InnovationState before = store.load(ref).orElseThrow();
      InnovationEvent proposal = store.history(ref).get(0);
      InnovationRef twin = new InnovationRef(SERANG, ref.id());
      var meta = proposal.metadata();
      var twinMeta = new id.labinov.core.event.EventMetadata(java.util.UUID.randomUUID(), SERANG, ref.id(), 1,
          meta.occurredAt(), meta.actor(), meta.rulebookId(), meta.rulebookVersion(), null);
      var twinEvent = new id.labinov.core.event.InnovationProposed(twinMeta, before.details(), null, "DRUM_UP");
      InnovationState twinState = Decider.evolve(null, twinEvent);

      assertThatThrownBy(() -> store.append(new Append(twin, 0, List.of(twinEvent), twinState, null)))
          .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(-1));
      assertThat(store.load(twin)).isEmpty();
      assertThat(store.load(ref)).contains(before);
    }

    @Test
    void refusesAFacadeCommandWithAStaleCallerVersion() {
      InnovationRef ref = proposeWithHistory();

      assertThatThrownBy(() -> lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", 9), Options.none().expectingVersion(3)))
          .isInstanceOf(VersionConflictException.class);
      assertThat(store.load(ref).orElseThrow().version()).isEqualTo(6);
    }
  }

  @Nested
  class Idempotency {
    @Test
    void aRetryWithTheSameKeyGetsTheFirstResultAndWritesNothing() {
      InnovationRef ref = proposeWithHistory();

      CommandResult first = lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", 2), Options.idempotent("form-42"));
      CommandResult retry = lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", 2), Options.idempotent("form-42"));

      assertThat(first.replayed()).isFalse();
      assertThat(retry.replayed()).isTrue();
      assertThat(retry.events()).isEqualTo(first.events());
      assertThat(store.history(ref)).hasSize(7);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
      InnovationRef ref = proposeWithHistory();
      lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", 2), Options.idempotent("form-42"));

      assertThatThrownBy(() -> lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", 3), Options.idempotent("form-42")))
          .isInstanceOf(IdempotencyKeyReusedException.class);
      assertThat(store.history(ref)).hasSize(7);
    }

    @Test
    void anAppendWithAStoredKeyReturnsTheStoredRecordEvenWithAnOldVersion() {
      InnovationRef ref = proposeWithHistory();
      InnovationState before = store.load(ref).orElseThrow();
      IdempotencyRecord key = new IdempotencyRecord("k-1", "a".repeat(64), ref, 7, 1, Fixtures.START.plus(Duration.ofDays(30)));
      store.append(nextAppend(before, "pertama", key));
      IdempotencyRecord again = new IdempotencyRecord("k-1", "a".repeat(64), ref, 7, 1, Fixtures.START.plus(Duration.ofDays(31)));

      Optional<IdempotencyRecord> stored = store.append(nextAppend(before, "pertama", again));

      assertThat(stored).contains(key);
      assertThat(store.history(ref)).hasSize(7);
    }

    @Test
    void findsOnlyUnexpiredKeysAndPurgesExpiredOnes() {
      InnovationRef ref = proposeWithHistory();
      InnovationState before = store.load(ref).orElseThrow();
      Instant expiry = Fixtures.START.plus(Duration.ofDays(10));
      IdempotencyRecord key = new IdempotencyRecord("k-2", "b".repeat(64), ref, 7, 1, expiry);
      store.append(nextAppend(before, "pertama", key));

      assertThat(store.findIdempotency(LEBAK, "k-2", expiry)).contains(key);
      assertThat(store.findIdempotency(SERANG, "k-2", expiry)).isEmpty();
      assertThat(store.findIdempotency(LEBAK, "k-2", expiry.plusNanos(1000))).isEmpty();
      assertThat(store.purgeExpiredIdempotencyKeys(expiry)).isZero();
      assertThat(store.purgeExpiredIdempotencyKeys(expiry.plusSeconds(1))).isEqualTo(1);
      assertThat(db.count("SELECT COUNT(*) FROM lbv_idempotency")).isZero();
    }

    @Test
    void anExpiredKeyIsUsedAgainForANewRequest() {
      InnovationRef ref = proposeWithHistory();
      InnovationState v6 = store.load(ref).orElseThrow();
      Instant expiry = v6.lastChangedAt().minusSeconds(1);
      store.append(nextAppend(v6, "pertama", new IdempotencyRecord("k-3", "c".repeat(64), ref, 7, 1, expiry)));
      InnovationState v7 = store.load(ref).orElseThrow();
      IdempotencyRecord fresh = new IdempotencyRecord("k-3", "d".repeat(64), ref, 8, 1, expiry.plus(Duration.ofDays(9)));

      assertThat(store.append(nextAppend(v7, "kedua", fresh))).contains(fresh);
      assertThat(store.findIdempotency(LEBAK, "k-3", expiry.plusSeconds(5))).contains(fresh);
    }
  }

  /** An append of one DetailsUpdated event after {@code state}, as the facade would build it. */
  static Append nextAppend(InnovationState state, String title, IdempotencyRecord key) {
    var meta = new id.labinov.core.event.EventMetadata(java.util.UUID.randomUUID(), state.region(), state.id(),
        state.version() + 1, state.lastChangedAt(), INNOVATOR.personId(), state.rulebookId(), state.rulebookVersion(),
        key == null ? null : key.key());
    InnovationEvent e = new id.labinov.core.event.DetailsUpdated(meta, state.details().withTitle(title));
    return new Append(state.ref(), state.version(), List.of(e), Decider.evolve(state, e), key);
  }
}
