package id.labinov.persistence.jdbc;

import static id.labinov.persistence.jdbc.Fixtures.BANDUNG;
import static id.labinov.persistence.jdbc.Fixtures.INNOVATOR;
import static id.labinov.persistence.jdbc.Fixtures.KOTA_SERANG;
import static id.labinov.persistence.jdbc.Fixtures.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.codec.EventCodec;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeFeedTest {
  private TestDb db;
  private JdbcStorage storage;
  private JdbcChangeFeed feed;
  private Fixtures.HandClock clock;
  private Labinov lab;

  @BeforeEach
  void start() {
    db = TestDb.memory();
    storage = JdbcStorage.builder().dataSource(db.dataSource()).build();
    feed = storage.changeFeed();
    clock = new Fixtures.HandClock(Fixtures.START);
    lab = Fixtures.lab(storage.innovationStore(), storage.rulebookStore(), clock, 4);
  }

  @AfterEach
  void stop() {
    db.close();
  }

  @Test
  void eachRegionCountsItsOwnEventsFromOneWithTheStoredBytesAndHash() {
    InnovationRef a = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("A")).orThrow().ref();
    InnovationRef b = lab.innovations().propose(BANDUNG, INNOVATOR.in(BANDUNG), Fixtures.details("B")).orThrow().ref();
    lab.innovations().attachEvidence(a, INNOVATOR.in(a.region()), Fixtures.evidence("PHOTO", 1), Options.none()).orThrow();

    List<FeedEntry> lebak = feed.read(LEBAK, 0, 100);
    List<FeedEntry> bandung = feed.read(BANDUNG, 0, 100);

    assertThat(lebak).extracting(FeedEntry::position).containsExactly(1L, 2L);
    assertThat(lebak).extracting(FeedEntry::ref).containsExactly(a, a);
    assertThat(lebak).extracting(FeedEntry::sequence).containsExactly(1L, 2L);
    assertThat(lebak).extracting(FeedEntry::type).containsExactly("InnovationProposed", "EvidenceAttached");
    assertThat(bandung).extracting(FeedEntry::position).containsExactly(1L);
    assertThat(bandung).extracting(FeedEntry::ref).containsExactly(b);
    InnovationEvent second = storage.innovationStore().history(a).get(1);
    assertThat(lebak.get(1).event()).isEqualTo(second);
    assertThat(lebak.get(1).payloadJson()).isEqualTo(EventCodec.toJson(second));
    assertThat(lebak.get(1).hash()).isEqualTo(storage.innovationStore().latestHashes(Scope.region(LEBAK),
        id.labinov.core.query.PageRequest.first(1)).items().get(0).lastHash());
  }

  @Test
  void readsARegionAfterAPositionWithinALimit() {
    InnovationRef a = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("A")).orThrow().ref();
    lab.innovations().propose(BANDUNG, INNOVATOR.in(BANDUNG), Fixtures.details("B")).orThrow();
    lab.innovations().attachEvidence(a, INNOVATOR.in(a.region()), Fixtures.evidence("PHOTO", 1), Options.none()).orThrow();
    lab.innovations().attachEvidence(a, INNOVATOR.in(a.region()), Fixtures.evidence("PHOTO", 2), Options.none()).orThrow();

    assertThat(feed.read(LEBAK, 1, 1)).extracting(FeedEntry::position).containsExactly(2L);
    assertThat(feed.read(LEBAK, 1, 10)).extracting(FeedEntry::position).containsExactly(2L, 3L);
    assertThat(feed.read(LEBAK, 3, 10)).isEmpty();
    assertThat(feed.read(KOTA_SERANG, 0, 10)).as("a region without events").isEmpty();
  }

  @Test
  void aNationalReaderResumesFromItsStoredCursorAndMissesNothing() {
    InnovationRef a = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("A")).orThrow().ref();
    clock.advance(Duration.ofMinutes(1));
    InnovationRef b = lab.innovations().propose(BANDUNG, INNOVATOR.in(BANDUNG), Fixtures.details("B")).orThrow().ref();
    clock.advance(Duration.ofMinutes(1));
    lab.innovations().attachEvidence(a, INNOVATOR.in(a.region()), Fixtures.evidence("PHOTO", 1), Options.none()).orThrow();

    FeedPage first = feed.read(Scope.national(), FeedCursor.start(), 100);
    String stored = first.cursor().text();
    clock.advance(Duration.ofMinutes(1));
    lab.innovations().attachEvidence(b, INNOVATOR.in(b.region()), Fixtures.evidence("PHOTO", 2), Options.none()).orThrow();
    InnovationRef c = lab.innovations().propose(KOTA_SERANG, INNOVATOR.in(KOTA_SERANG), Fixtures.details("C")).orThrow().ref();
    FeedPage second = feed.read(Scope.national(), FeedCursor.parse(stored), 100);
    FeedPage third = feed.read(Scope.national(), second.cursor(), 100);

    assertThat(first.entries()).as("regions interleaved by time, each in position order")
        .extracting(FeedEntry::ref).containsExactly(a, b, a);
    assertThat(stored).isEqualTo("feed1:32.04=1,36.02=2");
    assertThat(second.entries()).extracting(e -> e.ref().region().value() + "#" + e.position())
        .containsExactly("32.04#2", "36.73#1");
    assertThat(second.cursor().text()).isEqualTo("feed1:32.04=2,36.02=2,36.73=1");
    assertThat(second.entries().get(1).ref()).isEqualTo(c);
    assertThat(third.isEmpty()).isTrue();
    assertThat(third.cursor()).isEqualTo(second.cursor());
  }

  @Test
  void aSmallLimitIsSharedAmongTheRegionsWithNewsAndPagingReadsEverythingOnce() {
    List<InnovationRef> refs = new ArrayList<>();
    for (RegionCode r : List.of(LEBAK, BANDUNG, KOTA_SERANG)) {
      InnovationRef ref = lab.innovations().propose(r, INNOVATOR.in(r), Fixtures.details("Inovasi " + r)).orThrow().ref();
      for (int i = 0; i < 4; i++) {
        lab.innovations().attachEvidence(ref, INNOVATOR.in(ref.region()), Fixtures.evidence("PHOTO", refs.size() * 10L + i), Options.none()).orThrow();
      }
      refs.add(ref);
    }

    FeedPage first = feed.read(Scope.national(), FeedCursor.start(), 6);
    List<FeedEntry> all = new ArrayList<>(first.entries());
    FeedCursor cursor = first.cursor();
    for (FeedPage page = feed.read(Scope.national(), cursor, 6); !page.isEmpty();
        page = feed.read(Scope.national(), cursor, 6)) {
      all.addAll(page.entries());
      cursor = page.cursor();
    }

    assertThat(first.entries()).as("two of each region's five").hasSize(6)
        .extracting(e -> e.ref().region()).containsOnly(LEBAK, BANDUNG, KOTA_SERANG);
    assertThat(all).hasSize(15).doesNotHaveDuplicates();
    for (InnovationRef ref : refs) {
      assertThat(all).filteredOn(e -> e.ref().equals(ref)).extracting(FeedEntry::position)
          .as("%s in position order", ref.region()).containsExactly(1L, 2L, 3L, 4L, 5L);
    }
    assertThat(cursor.text()).isEqualTo("feed1:32.04=5,36.02=5,36.73=5");
  }

  @Test
  void aProvinceReaderSeesOnlyItsRegionsAndHeadStartsAReaderAtTheEnd() {
    lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("A")).orThrow();
    lab.innovations().propose(BANDUNG, INNOVATOR.in(BANDUNG), Fixtures.details("B")).orThrow();
    InnovationRef c = lab.innovations().propose(KOTA_SERANG, INNOVATOR.in(KOTA_SERANG), Fixtures.details("C")).orThrow().ref();
    Scope banten = Scope.province(Province.ofCode("36"));

    FeedCursor now = feed.head(banten);
    lab.innovations().attachEvidence(c, INNOVATOR.in(c.region()), Fixtures.evidence("PHOTO", 1), Options.none()).orThrow();

    assertThat(feed.read(banten, FeedCursor.start(), 10).entries()).extracting(e -> e.ref().region())
        .containsOnly(LEBAK, KOTA_SERANG).hasSize(3);
    assertThat(now.text()).isEqualTo("feed1:36.02=1,36.73=1");
    assertThat(feed.read(banten, now, 10).entries()).extracting(FeedEntry::ref, FeedEntry::position)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(c, 2L));
    assertThat(feed.head(Scope.national()).positions()).containsKeys(BANDUNG, LEBAK, KOTA_SERANG);
  }

  @Test
  void aRefusedOrConflictingCommandAddsNothingToTheFeed() {
    InnovationRef a = lab.innovations().propose(LEBAK, INNOVATOR, Fixtures.details("A")).orThrow().ref();
    assertThat(lab.innovations().advance(a, INNOVATOR, "DIAGNOSE", Options.none()).accepted()).isFalse();
    assertThatThrownBy(() -> lab.innovations().attachEvidence(a, INNOVATOR.in(a.region()), Fixtures.evidence("PHOTO", 1), Options.none().expectingVersion(0)))
        .isInstanceOf(id.labinov.core.engine.VersionConflictException.class);

    assertThat(feed.read(LEBAK, 0, 10)).hasSize(1);
    assertThat(db.count("SELECT last_position FROM lbv_feed_head WHERE region = '36.02'")).isEqualTo(1);
  }

  @Test
  void aCursorRoundTripsThroughItsTextAndRefusesOtherTextNamingIt() {
    FeedCursor cursor = FeedCursor.start().with(LEBAK, 17).with(BANDUNG, 5).with(KOTA_SERANG, 0);

    assertThat(cursor.text()).isEqualTo("feed1:32.04=5,36.02=17");
    assertThat(FeedCursor.parse(cursor.text())).isEqualTo(cursor);
    assertThat(FeedCursor.parse("feed1:")).isEqualTo(FeedCursor.start());
    assertThat(cursor.position(KOTA_SERANG)).isZero();
    assertThat(FeedCursor.of(Map.of(LEBAK, 17L, BANDUNG, 5L))).isEqualTo(cursor);
    for (String bad : new String[] {"", "36.02=1", "feed1:36.02", "feed1:36.02=", "feed1:36.02=-1", "feed1:36.02=+1",
        "feed1:99.99=1", "feed1:36.02=1,", "feed1:36.02=1,36.02=2", "feed2:36.02=1", "feed1:36.02=x"}) {
      assertThatThrownBy(() -> FeedCursor.parse(bad)).as(bad).isInstanceOfSatisfying(JdbcSettingException.class, e -> {
        assertThat(e.code()).isEqualTo("INVALID_FEED_CURSOR");
        assertThat(e.field()).isEqualTo("cursor");
        assertThat(e.getMessage()).contains("\"" + bad + "\"").contains("FeedCursor.text()");
        assertThat(e.getMessage(Locale.forLanguageTag("id"))).contains("bukan teks kursor");
      });
    }
    assertThatThrownBy(() -> FeedCursor.parse(null)).isInstanceOf(JdbcSettingException.class);
    assertThatThrownBy(() -> cursor.with(LEBAK, -1)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.code()).isEqualTo("INVALID_FEED_POSITION"));
  }

  @Test
  void refusesALimitOrPositionOutOfRange() {
    assertThatThrownBy(() -> feed.read(LEBAK, 0, 0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_FEED_LIMIT");
          assertThat(e.getMessage()).isEqualTo("limit must be between 1 and 1,000 (it was 0).");
        });
    assertThatThrownBy(() -> feed.read(LEBAK, 0, 1001)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> feed.read(Scope.national(), FeedCursor.start(), 1001)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> feed.read(LEBAK, -1, 10))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("afterPosition"));
    assertThatThrownBy(() -> feed.read((RegionCode) null, 0, 10)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> feed.read(Scope.national(), null, 10)).isInstanceOf(InvalidValueException.class);
  }
}
