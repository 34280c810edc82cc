package id.labinov.core.engine;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.HEAD;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.START;
import static id.labinov.core.facade.LabFixture.TANGERANG;
import static id.labinov.core.facade.LabFixture.assertVerdict;
import static id.labinov.core.facade.LabFixture.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.UnknownEvent;
import id.labinov.core.facade.LabFixture;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The pure decider: decide, evolve and replay, without stores or clocks. */
class DeciderTest {
  private static final Rulebook FIVE_D = Rulebooks.fiveD();
  private static final RuleContext NOW = RuleContext.of(START, ZoneId.of("Asia/Jakarta"));
  private static final InnovationRef REF =
      new InnovationRef(LEBAK, InnovationId.parse("018e0a1b-2c3d-7e4f-8a9b-0c1d2e3f4a5b"));

  private final IdGenerator ids = IdGenerator.from(new Random(1));

  private EventMetadata meta(InnovationRef ref, long sequence) {
    return new EventMetadata(ids.newEventId(START), ref.region(), ref.id(), sequence, START.plusSeconds(sequence),
        PersonId.of("asn-dinkes-017"), "5d", 1, null);
  }

  private InnovationProposed proposal(InnovationRef ref) {
    return new InnovationProposed(meta(ref, 1), details(), null, "DRUM_UP");
  }

  private InnovationState proposed() {
    return Decider.decide(null, Request.of(REF, INNOVATOR, new Command.Propose(details(), null)), FIVE_D, NOW, ids)
        .state();
  }

  @Nested
  class Decide {
    @Test
    void aProposalOfANewInnovationIsAccepted() {
      Decision d = Decider.decide(null, Request.of(REF, INNOVATOR, new Command.Propose(details(), null)), FIVE_D, NOW,
          ids);

      assertThat(d.accepted()).isTrue();
      assertThat(d.events()).singleElement().isInstanceOf(InnovationProposed.class);
      assertThat(d.state().ref()).isEqualTo(REF);
      assertThat(d.state().stage()).isEqualTo("DRUM_UP");
      assertThat(d.state().version()).isEqualTo(1);
      assertThat(d.state()).isEqualTo(Decider.replay(d.events()));
    }

    @Test
    void aProposalOfAnExistingInnovationIsRefused() {
      InnovationState existing = proposed();

      Decision d = Decider.decide(existing, Request.of(REF, INNOVATOR, new Command.Propose(details(), null)), FIVE_D,
          NOW, ids);

      assertThat(d.accepted()).isFalse();
      assertThat(d.events()).isEmpty();
      assertThat(d.state()).isSameAs(existing);
      assertThat(d.verdict().codes()).containsExactly("ALREADY_EXISTS");
      assertVerdict(d.verdict(), "ALREADY_EXISTS",
          "[must] Innovation " + REF + " already exists.",
          "[wajib] Inovasi " + REF + " sudah ada.");
    }

    @Test
    void anExistingInnovationProposedByAnEvaluatorListsBothReasons() {
      Decision d = Decider.decide(proposed(), Request.of(REF, LabFixture.EVALUATOR,
          new Command.Propose(details(), null)), FIVE_D, NOW, ids);

      assertThat(d.verdict().codes()).containsExactly("ALREADY_EXISTS", "ROLE_NOT_PERMITTED");
    }

    @Test
    void aCommandOnNoStateIsNoSuchInnovation() {
      assertThatThrownBy(() -> Decider.decide(null, Request.of(REF, HEAD, new Command.Approve(Role.OPD_HEAD, null)),
          FIVE_D, NOW, ids)).isInstanceOf(NoSuchInnovationException.class);
    }

    @Test
    void aRequestForAnotherRegionThanTheStateIsNoSuchInnovation() {
      InnovationRef elsewhere = new InnovationRef(TANGERANG, REF.id());

      assertThatThrownBy(() -> Decider.decide(proposed(), Request.of(elsewhere, HEAD,
          new Command.Approve(Role.OPD_HEAD, null)), FIVE_D, NOW, ids)).isInstanceOf(NoSuchInnovationException.class);
    }

    @Test
    void anotherRulebookThanTheStatesIsAMismatch() {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Decider.decide(proposed(),
          Request.of(REF, HEAD, new Command.Approve(Role.OPD_HEAD, null)), Rulebooks.fiveDPlusOne(), NOW, ids));

      assertThat(e.code()).isEqualTo("RULEBOOK_MISMATCH");
    }

    @Test
    void anUnknownTransitionIsAnInvalidValue() {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Decider.decide(proposed(),
          Request.of(REF, ADMIN, new Command.Advance("fly-to-display", List.of())), FIVE_D, NOW, ids));

      assertThat(e.code()).isEqualTo("UNKNOWN_TRANSITION");
      assertThat(e.field()).isEqualTo("transitionId");
    }

    @Test
    void aMigrationMustGoThroughDecideMigration() {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Decider.decide(proposed(),
          Request.of(REF, ADMIN, new Command.MigrateRulebook("5d-plus-1", 1)), FIVE_D, NOW, ids));

      assertThat(e.code()).isEqualTo("USE_DECIDE_MIGRATION");
    }

    @Test
    void eventsCarryTheContextsTimeTheActorAndTheKey() {
      Decision d = Decider.decide(proposed(), new Request(REF, HEAD, new Command.Approve(Role.OPD_HEAD, "ok"), "k-9", 1L),
          FIVE_D, RuleContext.of(START.plusSeconds(90), ZoneId.of("Asia/Jakarta")), ids);

      EventMetadata m = d.events().get(0).metadata();
      assertThat(m.sequence()).isEqualTo(2);
      assertThat(m.occurredAt()).isEqualTo(START.plusSeconds(90));
      assertThat(m.actor()).isEqualTo(HEAD.personId());
      assertThat(m.idempotencyKey()).isEqualTo("k-9");
      assertThat(m.rulebookId()).isEqualTo("5d");
      assertThat(m.rulebookVersion()).isEqualTo(1);
    }

    @Test
    void decidingIsRepeatableWithTheSameSeed() {
      Decision a = Decider.decide(null, Request.of(REF, INNOVATOR, new Command.Propose(details(), null)), FIVE_D, NOW,
          IdGenerator.from(new Random(5)));
      Decision b = Decider.decide(null, Request.of(REF, INNOVATOR, new Command.Propose(details(), null)), FIVE_D, NOW,
          IdGenerator.from(new Random(5)));

      assertThat(a).isEqualTo(b);
    }
  }

  @Nested
  class Evolve {
    private EventMetadata by(String person, long sequence) {
      return new EventMetadata(ids.newEventId(START), REF.region(), REF.id(), sequence, START.plusSeconds(sequence),
          PersonId.of(person), "5d", 1, null);
    }

    @Test
    void contributorsAreThePeopleBesideTheProposerWhoEditedOrAttachedInOrderOfFirstContribution() {
      InnovationState s = Decider.replay(List.of(
          new InnovationProposed(by("asn-dinkes-017", 1), details(), null, "DRUM_UP"),
          new DetailsUpdated(by("asn-dinkes-017", 2), details().withText("problem", "Balita tidak terpantau.")),
          new id.labinov.core.event.EvidenceAttached(by("asn-bappeda-07", 3), LabFixture.evidence("PHOTO", "a.jpg")),
          new DetailsUpdated(by("asn-disdik-11", 4), details().withText("problem", "Balita belum terpantau.")),
          new id.labinov.core.event.EvidenceAttached(by("asn-bappeda-07", 5), LabFixture.evidence("PHOTO", "b.jpg")),
          new PutOnHold(by("asn-admin-01", 6), "menunggu anggaran")));

      assertThat(s.contributors()).containsExactly(PersonId.of("asn-bappeda-07"), PersonId.of("asn-disdik-11"));
      assertThat(s.findInnovators()).hasValueSatisfying(set -> assertThat(set).containsExactly(
          PersonId.of("asn-dinkes-017"), PersonId.of("asn-bappeda-07"), PersonId.of("asn-disdik-11")));
    }

    @Test
    void aStateWhoseContributorsAreUnknownKeepsThemUnknown() {
      InnovationState known = Decider.replay(List.of(proposal(REF)));
      InnovationState unknown = new InnovationState(known.region(), known.id(), known.rulebookId(),
          known.rulebookVersion(), known.programmeId(), known.details(), known.stage(), known.status(),
          known.approvals(), known.openConditions(), known.evidence(), known.visits(), known.proposedBy(),
          known.proposedAt(), known.lastChangedAt(), known.version());

      InnovationState next = Decider.evolve(unknown,
          new id.labinov.core.event.EvidenceAttached(by("asn-bappeda-07", 2), LabFixture.evidence("PHOTO", "a.jpg")));

      assertThat(next.contributors()).isNull();
      assertThat(next.findInnovators()).isEmpty();
      assertThat(known.contributors()).isEmpty();
      assertThat(known.withUnknownContributors()).isEqualTo(unknown);
      assertThat(unknown.withUnknownContributors()).isSameAs(unknown);
    }

    @Test
    void aGapInSequencesCorruptsTheHistory() {
      InnovationState s = Decider.evolve(null, proposal(REF));

      HistoryCorruptedException e = catchThrowableOfType(HistoryCorruptedException.class,
          () -> Decider.evolve(s, new PutOnHold(meta(REF, 3), "tunda")));

      assertThat(e.code()).isEqualTo("HISTORY_CORRUPTED");
      assertThat(e.getMessage(Locale.ENGLISH)).contains(
          "The history of innovation " + REF + " cannot be replayed: expected sequence 2 but got 3.");
      assertThat(e.getMessage(Messages.INDONESIAN)).contains(
          "Riwayat inovasi " + REF + " tidak dapat diputar ulang: expected sequence 2 but got 3.");
    }

    @Test
    void aRepeatedSequenceCorruptsTheHistory() {
      InnovationState s = Decider.evolve(Decider.evolve(null, proposal(REF)), new PutOnHold(meta(REF, 2), "tunda"));

      assertThatThrownBy(() -> Decider.evolve(s, new PutOnHold(meta(REF, 2), "lagi")))
          .isInstanceOf(HistoryCorruptedException.class).hasMessageContaining("expected sequence 3 but got 2");
    }

    @Test
    void aSecondProposalCorruptsTheHistory() {
      InnovationState s = Decider.evolve(null, proposal(REF));
      InnovationProposed again = new InnovationProposed(meta(REF, 2), details(), null, "DRUM_UP");

      assertThatThrownBy(() -> Decider.evolve(s, again))
          .isInstanceOf(HistoryCorruptedException.class)
          .hasMessageContaining("a second InnovationProposed at sequence 2");
    }

    @Test
    void aHistoryMustStartWithTheProposal() {
      HistoryCorruptedException e = catchThrowableOfType(HistoryCorruptedException.class,
          () -> Decider.replay(List.of(new DetailsUpdated(meta(REF, 1), details()))));

      assertThat(e).hasMessageContaining("the first event is DetailsUpdated, not InnovationProposed");
    }

    @Test
    void aProposalMustHaveSequenceOne() {
      InnovationProposed late = new InnovationProposed(meta(REF, 2), details(), null, "DRUM_UP");

      assertThatThrownBy(() -> Decider.evolve(null, late))
          .isInstanceOf(HistoryCorruptedException.class).hasMessageContaining("the proposal has sequence 2, not 1");
    }

    @Test
    void anEventOfAnotherInnovationCorruptsTheHistory() {
      InnovationRef other = new InnovationRef(LEBAK, InnovationId.parse(UUID.randomUUID().toString()));
      InnovationState s = Decider.evolve(null, proposal(REF));

      assertThatThrownBy(() -> Decider.evolve(s, new PutOnHold(meta(other, 2), "tunda")))
          .isInstanceOf(HistoryCorruptedException.class)
          .hasMessageContaining("the event belongs to another innovation than " + REF);
    }

    @Test
    void anEventOfTheSameIdInAnotherRegionCorruptsTheHistory() {
      InnovationState s = Decider.evolve(null, proposal(REF));
      InnovationRef elsewhere = new InnovationRef(TANGERANG, REF.id());

      assertThatThrownBy(() -> Decider.evolve(s, new PutOnHold(meta(elsewhere, 2), "tunda")))
          .isInstanceOf(HistoryCorruptedException.class);
    }

    @Test
    void anUnknownEventOnlyBumpsTheVersion() {
      InnovationState s = Decider.evolve(null, proposal(REF));
      UnknownEvent unknown = new UnknownEvent(meta(REF, 2), "ScoreRecorded", "{\"score\":80}");

      InnovationState after = Decider.evolve(s, unknown);

      assertThat(after.version()).isEqualTo(2);
      assertThat(after).usingRecursiveComparison().ignoringFields("version", "lastChangedAt").isEqualTo(s);
    }

    @Test
    void replayOfAnEmptyHistoryIsNoState() {
      assertThat(Decider.replay(List.of())).isNull();
    }

    @Test
    void replayOfAFacadeHistoryEqualsTheStoredState() {
      LabFixture f = LabFixture.create();
      InnovationRef ref = f.inDisplay();
      List<InnovationEvent> history = f.history(ref);

      assertThat(Decider.replay(history)).isEqualTo(f.state(ref));
      assertThat(history).extracting(e -> e.metadata().sequence())
          .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, history.size()).boxed().toList());
    }
  }

  @Test
  void factsShowTheStateAsRulesSeeIt() {
    LabFixture f = LabFixture.create();
    InnovationRef ref = f.proposed();
    f.readyForDiagnose(ref);
    f.clock.advanceDays(3);

    var facts = Decider.facts(f.state(ref), INNOVATOR);

    assertThat(facts.stage()).isEqualTo("DRUM_UP");
    assertThat(facts.field("opd")).contains("DINKES");
    assertThat(facts.evidenceCount(id.labinov.core.model.EvidenceKind.of("COMMITMENT_LETTER"))).isEqualTo(1);
    assertThat(facts.approvals(Role.OPD_HEAD)).isEqualTo(1);
    assertThat(facts.stageEnteredAt()).isEqualTo(Instant.parse("2024-03-04T02:00:00Z"));
  }
}
