package id.labinov.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.event.OpdChanged;
import id.labinov.core.event.OwnerHandedOver;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.oracle.fold.Days;
import id.labinov.oracle.fold.Fold;
import id.labinov.oracle.fold.Folded;
import id.labinov.oracle.fold.Pause;
import id.labinov.oracle.fold.Stay;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The oracle's own fold and day count, on histories and stays written by hand. */
class OracleFoldTest {
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
  private static final RegionCode LEBAK = RegionCode.parse("36.02");
  private static final InnovationId ID = InnovationId.parse("018d0000-0000-7000-8000-000000000001");

  private static Instant wib(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
  }

  private final List<InnovationEvent> history = new ArrayList<>();

  private EventMetadata next(String at) {
    return new EventMetadata(UUID.randomUUID(), LEBAK, ID, history.size() + 1L, wib(at), PersonId.of("asn-1"), "5d", 1,
        null);
  }

  private EventMetadata by(String actor, String at) {
    return new EventMetadata(UUID.randomUUID(), LEBAK, ID, history.size() + 1L, wib(at), PersonId.of(actor), "5d", 1,
        null);
  }

  @Nested
  class Stays {
    @Test
    void aStayBeginsAtEveryEntryAndHoldsAndDropsArePausesInIt() {
      history.add(new InnovationProposed(next("2024-03-01T10:00"),
          InnovationDetails.titled("Posyandu Digital").withOpd(OpdCode.of("DINKES")), "lab-2024", "DRUM_UP"));
      history.add(new StageAdvanced(next("2024-03-05T09:00"), "drum-up-to-diagnose", "DRUM_UP", "DIAGNOSE"));
      history.add(new PutOnHold(next("2024-03-06T23:00"), "anggaran"));
      history.add(new Resumed(next("2024-03-08T01:00"), null));
      history.add(new StageAdvanced(next("2024-03-10T12:00"), "diagnose-to-design", "DIAGNOSE", "DESIGN"));
      history.add(new ReturnedForRework(next("2024-03-12T12:00"), "return-to-diagnose", "DESIGN", "DIAGNOSE", "revisi"));
      history.add(new Dropped(next("2024-03-13T12:00"), "cuti"));
      history.add(new Reopened(next("2024-03-20T12:00"), "kembali"));
      history.add(new OpdChanged(next("2024-03-21T12:00"), OpdCode.of("DINKES"), OpdCode.of("DISDIK"), "reorganisasi"));
      history.add(new Dropped(next("2024-03-25T12:00"), "tidak lanjut"));

      Folded f = Fold.of(history);
      assertThat(f.stays()).extracting(Stay::stage).containsExactly("DRUM_UP", "DIAGNOSE", "DESIGN", "DIAGNOSE");
      assertThat(f.stays().get(1).pauses()).containsExactly(new Pause(wib("2024-03-06T23:00"), wib("2024-03-08T01:00")));
      assertThat(f.currentStay().pauses()).containsExactly(
          new Pause(wib("2024-03-13T12:00"), wib("2024-03-20T12:00")), new Pause(wib("2024-03-25T12:00"), null));
      assertThat(f.status()).isEqualTo(InnovationStatus.DROPPED);
      assertThat(f.stage()).isEqualTo("DIAGNOSE");
      assertThat(f.opd()).isEqualTo(OpdCode.of("DISDIK"));
      assertThat(f.lastDrop()).isEqualTo(wib("2024-03-25T12:00"));
      assertThat(f.lastDropReason()).isEqualTo("tidak lanjut");
      assertThat(f.programmeId()).isEqualTo("lab-2024");

      Instant muchLater = wib("2024-06-01T00:00");
      // DRUM_UP: 1 Mar 10:00 to 5 Mar 09:00: midnights of 2, 3, 4, 5 March
      assertThat(Days.count(f.stays().get(0), Days.end(f, f.stays().get(0), muchLater), WIB)).isEqualTo(4);
      // DIAGNOSE: 5 Mar 09:00 to 10 Mar 12:00 (midnights of 6-10 March), less 7 and 8 March, on hold
      // from 6 March 23:00 to 8 March 01:00
      assertThat(Days.count(f.stays().get(1), Days.end(f, f.stays().get(1), muchLater), WIB)).isEqualTo(3);
      // current DIAGNOSE stay: 12 Mar 12:00 to the drop on 25 Mar 12:00 (13 days), less 14-20 March dropped
      assertThat(Days.count(f.currentStay(), Days.end(f, f.currentStay(), muchLater), WIB)).isEqualTo(6);
    }

    @Test
    void aHandoverMakesTheNewOwnerTheProposerAndKeepsTheOneBeforeAndAgreesWithCore() {
      history.add(new InnovationProposed(next("2024-03-01T10:00"),
          InnovationDetails.titled("Posyandu Digital").withOpd(OpdCode.of("DINKES")), null, "DRUM_UP"));
      history.add(new OwnerHandedOver(by("admin-36.02", "2024-03-02T10:00"), PersonId.of("asn-1"),
          PersonId.of("asn-dinkes-044"), OpdCode.of("DINKES"), null, "mutasi"));
      history.add(new DetailsUpdated(by("asn-dinkes-044", "2024-03-03T10:00"),
          InnovationDetails.titled("Posyandu Digital Lebak").withOpd(OpdCode.of("DINKES"))));
      history.add(new OwnerHandedOver(by("admin-36.02", "2024-03-04T10:00"), PersonId.of("asn-dinkes-044"),
          PersonId.of("asn-disdik-005"), OpdCode.of("DINKES"), OpdCode.of("DISDIK"), "pindah dinas"));

      Folded f = Fold.of(history);
      InnovationState core = Decider.replay(history);

      assertThat(f.proposer()).isEqualTo(PersonId.of("asn-disdik-005")).isEqualTo(core.proposedBy());
      assertThat(f.opd()).isEqualTo(OpdCode.of("DISDIK")).isEqualTo(core.details().opd());
      assertThat(f.contributors()).containsExactlyInAnyOrder(PersonId.of("asn-1"), PersonId.of("asn-dinkes-044"),
          PersonId.of("asn-disdik-005"));
      assertThat(core.findInnovators()).hasValueSatisfying(people -> assertThat(f.contributors()).isEqualTo(people));
      assertThat(f.events()).isEqualTo(4);
    }

    @Test
    void aHistoryMustBeOneUnbrokenHistory() {
      history.add(new InnovationProposed(next("2024-03-01T10:00"), InnovationDetails.titled("x"), null, "DRUM_UP"));
      history.add(new PutOnHold(new EventMetadata(UUID.randomUUID(), LEBAK, ID, 3, wib("2024-03-02T10:00"),
          PersonId.of("asn-1"), "5d", 1, null), "lompat"));
      assertThatThrownBy(() -> Fold.of(history)).isInstanceOf(AssertionError.class).hasMessageContaining("sequence 3");
    }
  }

  @Nested
  class DayCount {
    private Stay stay(String entered, Pause... pauses) {
      return new Stay("DESIGN", wib(entered), null, List.of(pauses));
    }

    @Test
    void countsTheMidnightsPassedInTheRegionsZone() {
      assertThat(Days.count(stay("2024-03-01T10:00"), wib("2024-03-04T09:00"), WIB)).isEqualTo(3);
      assertThat(Days.count(stay("2024-03-01T10:00"), wib("2024-03-01T23:59"), WIB)).isZero();
      // 23:30 to 00:30 WIB crosses a midnight in WIB but not in WIT (01:30 to 02:30)
      assertThat(Days.count(stay("2024-03-01T23:30"), wib("2024-03-02T00:30"), WIB)).isEqualTo(1);
      assertThat(Days.count(stay("2024-03-01T23:30"), wib("2024-03-02T00:30"), WIT)).isZero();
    }

    @Test
    void aHoldCostsTheMidnightsItSpans() {
      Pause overMidnight = new Pause(wib("2024-03-02T23:00"), wib("2024-03-03T01:00"));
      Pause withinADay = new Pause(wib("2024-03-02T10:00"), wib("2024-03-02T15:00"));
      assertThat(Days.count(stay("2024-03-01T10:00", overMidnight), wib("2024-03-04T09:00"), WIB)).isEqualTo(2);
      assertThat(Days.count(stay("2024-03-01T10:00", withinADay), wib("2024-03-04T09:00"), WIB)).isEqualTo(3);
    }

    @Test
    void aMidnightAtAPausesStartStillCountsAndOneAtItsEndDoesNot() {
      Pause fromMidnight = new Pause(wib("2024-03-02T00:00"), wib("2024-03-02T08:00"));
      Pause toMidnight = new Pause(wib("2024-03-02T20:00"), wib("2024-03-03T00:00"));
      assertThat(Days.count(stay("2024-03-01T10:00", fromMidnight), wib("2024-03-04T09:00"), WIB)).isEqualTo(3);
      assertThat(Days.count(stay("2024-03-01T10:00", toMidnight), wib("2024-03-04T09:00"), WIB)).isEqualTo(2);
    }

    @Test
    void anOpenHoldRunsToTheEndOfTheStay() {
      Pause open = new Pause(wib("2024-03-02T12:00"), null);
      assertThat(Days.count(stay("2024-03-01T10:00", open), wib("2024-03-10T09:00"), WIB)).isEqualTo(1);
    }
  }
}
