package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.BANDUNG;
import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.KOTA_SERANG;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.InvalidValueException;
import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.event.EventCodec;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.model.Province;
import id.labinov.core.port.Scope;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeFeedTest {
  private TestDb db;
  private JdbcStorage storage;
  private JdbcChangeFeed feed;
  private Labinov lab;

  @BeforeEach
  void start() {
    db = TestDb.memory();
    storage = JdbcStorage.builder().dataSource(db.dataSource()).build();
    feed = storage.changeFeed();
    lab = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(), new Fixtures.HandClock(Fixtures.START), 4);
  }

  @AfterEach
  void stop() {
    db.close();
  }

  @Test
  void deliversEveryCommittedEventInPositionOrderWithItsStoredBytesAndHash() {
    InnovationRef a = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("A")).orThrow().ref();
    InnovationRef b = lab.innovations().propose(BANDUNG, INNOVATOR, Fixtures.details("B")).orThrow().ref();
    lab.innovations().attachEvidence(a, INNOVATOR, Fixtures.evidence("PHOTO", 1), Options.none()).orThrow();

    List<FeedEntry> entries = feed.read(Scope.national(), 0, 100);

    assertThat(entries).extracting(FeedEntry::position).containsExactly(1L, 2L, 3L);
    assertThat(entries).extracting(FeedEntry::ref).containsExactly(a, b, a);
    assertThat(entries).extracting(FeedEntry::sequence).containsExactly(1L, 1L, 2L);
    assertThat(entries).extracting(FeedEntry::type).containsExactly("InnovationProposed", "InnovationProposed", "EvidenceAttached");
    InnovationEvent second = storage.innovationStore().history(a).get(1);
    assertThat(entries.get(2).event()).isEqualTo(second);
    assertThat(entries.get(2).payloadJson()).isEqualTo(EventCodec.toJson(second));
    assertThat(entries.get(2).hash()).isEqualTo(storage.innovationStore().latestHashes(Scope.region(LEBAK),
        id.labinov.core.port.PageRequest.first(1)).items().get(0).lastHash());
  }

  @Test
  void readsAfterAPositionWithinALimitAndWithinAScope() {
    InnovationRef a = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("A")).orThrow().ref();
    lab.innovations().propose(BANDUNG, INNOVATOR, Fixtures.details("B")).orThrow();
    InnovationRef c = lab.innovations().propose(KOTA_SERANG, INNOVATOR, Fixtures.details("C")).orThrow().ref();
    lab.innovations().attachEvidence(a, INNOVATOR, Fixtures.evidence("PHOTO", 1), Options.none()).orThrow();

    assertThat(feed.read(Scope.national(), 1, 2)).extracting(FeedEntry::position).containsExactly(2L, 3L);
    assertThat(feed.read(Scope.national(), 4, 10)).isEmpty();
    assertThat(feed.read(Scope.region(LEBAK), 0, 10)).extracting(FeedEntry::position).containsExactly(1L, 4L);
    assertThat(feed.read(Scope.province(Province.ofCode("36")), 1, 10)).extracting(FeedEntry::ref)
        .containsExactly(c, a);
  }

  @Test
  void aRefusedOrConflictingCommandAddsNothingToTheFeed() {
    InnovationRef a = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("A")).orThrow().ref();
    assertThat(lab.innovations().advance(a, INNOVATOR, "DIAGNOSE", Options.none()).accepted()).isFalse();
    assertThatThrownBy(() -> lab.innovations().attachEvidence(a, INNOVATOR, Fixtures.evidence("PHOTO", 1), Options.none().expectingVersion(0)))
        .isInstanceOf(id.labinov.core.port.VersionConflictException.class);

    assertThat(feed.read(Scope.national(), 0, 10)).hasSize(1);
    assertThat(db.count("SELECT last_position FROM lbv_feed_counter")).isEqualTo(1);
  }

  @Test
  void refusesALimitOrPositionOutOfRange() {
    assertThatThrownBy(() -> feed.read(Scope.national(), 0, 0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_FEED_LIMIT");
          assertThat(e.getMessage()).isEqualTo("limit must be between 1 and 1,000 (it was 0).");
        });
    assertThatThrownBy(() -> feed.read(Scope.national(), 0, 1001)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> feed.read(Scope.national(), -1, 10))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("afterPosition"));
    assertThatThrownBy(() -> feed.read(null, 0, 10)).isInstanceOf(InvalidValueException.class);
  }
}
