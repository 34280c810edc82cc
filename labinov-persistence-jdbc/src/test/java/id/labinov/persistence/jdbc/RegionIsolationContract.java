package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.BANDUNG;
import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.CountRow;
import id.labinov.core.query.Dimension;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.contract.EventStream;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Region A (Lebak, 36.02) never reads or writes region B's (Bandung, 32.04) rows, through any port
 * of the storage, even when it names B's innovation id. A subclass per database names the database.
 */
abstract class RegionIsolationContract {
  private Backend backend;
  private JdbcStorage storage;
  private JdbcInnovationStore store;
  private Labinov lab;
  private InnovationRef a;
  private InnovationRef b;

  /** Returns the database the tests run on. */
  abstract Backend.Kind kind();

  @BeforeEach
  void start() {
    backend = Backend.open(kind(), 4);
    storage = backend.storage();
    store = storage.innovationStore();
    Fixtures.HandClock clock = new Fixtures.HandClock(Fixtures.START);
    lab = Fixtures.lab(store, storage.rulebookStore(), clock, 9);
    a = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Inovasi Lebak")).orThrow().ref();
    b = lab.innovations().propose(BANDUNG, INNOVATOR.in(BANDUNG), Fixtures.details("Inovasi Bandung")).orThrow().ref();
    clock.advance(Duration.ofHours(2));
    lab.innovations().attachEvidence(b, INNOVATOR.in(BANDUNG), Fixtures.evidence("PHOTO", 1), Options.idempotent("kunci-sama"))
        .orThrow();
  }

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  private long rowsOf(RegionCode region, String table, String idColumn) {
    return backend.count("SELECT COUNT(*) FROM " + backend.prefix() + table + " WHERE region = ? AND " + idColumn
        + " = ?", region.value(), b.id().toString());
  }

  @Test
  void regionANeverReadsRegionBsRows() {
    InnovationRef bAsA = new InnovationRef(LEBAK, b.id());
    Scope scopeA = Scope.region(LEBAK);

    assertThat(store.load(bAsA)).isEmpty();
    assertThat(store.history(bAsA)).isEmpty();
    assertThatThrownBy(() -> store.verify(bAsA)).isInstanceOf(NoSuchInnovationException.class);
    assertThat(store.find(scopeA, InnovationFilter.all(), PageRequest.first(100)).items())
        .extracting(s -> s.ref()).containsExactly(a);
    assertThat(store.find(Scope.province(Province.ofCode("36")), InnovationFilter.all(), PageRequest.first(100)).items())
        .extracting(s -> s.ref()).containsExactly(a);
    assertThat(store.count(scopeA, InnovationFilter.all(), Dimension.STAGE)).containsExactly(new CountRow("DRUM_UP", 1));
    assertThat(store.stageDurations(scopeA, InnovationFilter.all(), Fixtures.START, PageRequest.first(100)).items())
        .allSatisfy(d -> assertThat(d.ref()).isEqualTo(a));
    assertThat(store.latestHashes(scopeA, PageRequest.first(100)).items()).extracting(LatestHash::ref).containsExactly(a);
    assertThat(storage.changeFeed().read(scopeA, FeedCursor.start(), 100).entries()).extracting(FeedEntry::ref).containsOnly(a);
    assertThat(storage.changeFeed().read(LEBAK, 0, 100)).extracting(FeedEntry::ref).containsOnly(a);
    assertThat(store.findIdempotency(LEBAK, "kunci-sama", Fixtures.START)).isEmpty();
    assertThat(store.findIdempotency(BANDUNG, "kunci-sama", Fixtures.START)).isPresent();
    assertThat(storage.rulebookStore().list(RegionCode.parse("36.04"))).isEmpty();
    assertThat(storage.rulebookStore().find(RegionCode.parse("36.04"), Rulebooks.fiveD().id(), 1)).isEmpty();
  }

  @Test
  void regionANeverWritesRegionBsRowsEvenNamingItsId() {
    InnovationState stateB = store.load(b).orElseThrow();
    List<?> historyB = store.history(b);
    InnovationRef bAsA = new InnovationRef(LEBAK, b.id());
    IdGenerator ids = IdGenerator.from(new Random(1));
    // region A proposes an innovation with B's id (version 0) ...
    EventStream proposal = EventStream.propose(bAsA, Fixtures.details("Ambil alih"), null, Fixtures.START, ids);
    // ... and appends at B's version, as if B's row were its own
    EventStream takeover = EventStream.propose(bAsA, Fixtures.details("Ambil alih"), null, Fixtures.START, ids)
        .evidence("PHOTO", "foto.jpg").written().details(Fixtures.details("Diambil alih"));
    assertThat(takeover.toAppend(null).expectedVersion()).isEqualTo(stateB.version());

    assertThatThrownBy(() -> store.append(proposal.toAppend(null))).isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> store.append(takeover.toAppend(null))).isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> lab.innovations().attachEvidence(bAsA, INNOVATOR, Fixtures.evidence("PHOTO", 2), Options.none()))
        .isInstanceOf(NoSuchInnovationException.class);
    assertThat(lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("Kunci sama di Lebak"), null,
        Options.idempotent("kunci-sama")).replayed()).as("keys are per region").isFalse();

    assertThat(store.load(b)).contains(stateB);
    assertThat(store.history(b)).isEqualTo(historyB);
    assertThat(store.load(bAsA)).isEmpty();
    assertThat(rowsOf(LEBAK, "event", "innovation_id")).isZero();
    assertThat(rowsOf(LEBAK, "feed", "innovation_id")).isZero();
    assertThat(backend.count("SELECT COUNT(*) FROM " + backend.prefix() + "innovation WHERE region = ? AND id = ?",
        LEBAK.value(), b.id().toString())).isZero();
    assertThat(store.verify(b).ok()).isTrue();
  }
}
