package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.HEAD;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.assertRefused;
import static id.labinov.core.facade.LabFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.Command;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.IdempotencyKeyReusedException;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.OwnerHandedOver;
import id.labinov.core.i18n.Messages;
import id.labinov.core.memory.InMemoryDirectory;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Handing an innovation over to a new owner (serah terima pemilik inovasi): a lab administrator's
 * command, recorded in the history; the new owner acts as its proposer, the one before keeps out of
 * its scoring.
 */
class HandOverTest {
  private static final OpdCode DINKES = OpdCode.of("DINKES");
  private static final OpdCode DISDIK = OpdCode.of("DISDIK");
  /** Another innovator of DINKES, in the directory: the usual new owner. */
  private static final Actor SITI = Actor.of("asn-dinkes-044", "DINKES", Role.INNOVATOR).in(LEBAK);
  /** An innovator of DISDIK, in the directory: a new owner in another unit. */
  private static final Actor BUDI = Actor.of("asn-disdik-005", "DISDIK", Role.INNOVATOR).in(LEBAK);
  private static final Actor DISDIK_HEAD = Actor.of("kadis-disdik", "DISDIK", Role.OPD_HEAD).in(LEBAK);
  private static final PersonId ERASED = PersonId.of("asn-dinkes-003");
  private static final PersonId STRANGER = PersonId.of("asn-tidak-ada");
  private static final String IGA = "iga-presentation-2023";

  private final InMemoryDirectory directory = directory();
  private final InMemoryEvaluationStore evaluations = new InMemoryEvaluationStore();
  private final LabFixture f = LabFixture.create(b -> b.directory(directory).evaluationStore(evaluations));

  private static InMemoryDirectory directory() {
    InMemoryDirectory d = new InMemoryDirectory();
    d.putPerson(Person.named(INNOVATOR.personId(), "Andi Pratama"));
    d.putPerson(Person.named(SITI.personId(), "Siti Rahmawati"));
    d.putPerson(Person.named(BUDI.personId(), "Budi Santoso"));
    d.putPerson(Person.named(ERASED, "Dewi Lestari"));
    d.erasePerson(ERASED);
    return d;
  }

  private CommandResult handOver(InnovationRef ref, Actor actor, PersonId to, OpdCode opd) {
    return f.lab.innovations().handOver(ref, actor, to, opd, "Pindah tugas ke Puskesmas Rangkasbitung", Options.none());
  }

  private static OwnerHandedOver only(CommandResult r) {
    assertThat(r.accepted()).as("accepted: %s", r.verdict().codes()).isTrue();
    assertThat(r.events()).hasSize(1);
    return (OwnerHandedOver) r.events().get(0);
  }

  @Nested
  class Accepted {
    @Test
    void recordsTheHandoverInTheHistoryAndMakesTheNewOwnerTheProposer() {
      InnovationRef ref = f.proposed();

      CommandResult r = handOver(ref, ADMIN, SITI.personId(), null);

      OwnerHandedOver e = only(r);
      assertThat(e.fromOwner()).isEqualTo(INNOVATOR.personId());
      assertThat(e.toOwner()).isEqualTo(SITI.personId());
      assertThat(e.fromOpd()).isEqualTo(DINKES);
      assertThat(e.toOpd()).as("the OPD does not change").isNull();
      assertThat(e.opdAfter()).isEqualTo(DINKES);
      assertThat(e.reason()).isEqualTo("Pindah tugas ke Puskesmas Rangkasbitung");
      assertThat(e.metadata().actor()).isEqualTo(ADMIN.personId());
      assertThat(e.metadata().sequence()).isEqualTo(2);
      InnovationState s = r.state();
      assertThat(s.proposedBy()).isEqualTo(SITI.personId());
      assertThat(s.contributors()).containsExactly(INNOVATOR.personId());
      assertThat(s.findInnovators().orElseThrow()).contains(SITI.personId(), INNOVATOR.personId());
      assertThat(s.details().opd()).isEqualTo(DINKES);
      assertThat(s.stage()).isEqualTo("DRUM_UP");
      List<InnovationEvent> history = f.history(ref);
      assertThat(history).hasSize(2).last().isEqualTo(e);
      assertThat(f.state(ref)).isEqualTo(s);
      assertThat(Decider.replay(history)).as("replay gives the state").isEqualTo(s);
      assertThat(r.verdict().describe(Locale.ENGLISH)).contains("Action \"Hand over to a new owner\" is allowed.");
      assertThat(r.verdict().describe(Messages.INDONESIAN)).contains("Tindakan \"Serahkan kepada pemilik baru\" diizinkan.");
    }

    @Test
    void theNewOwnerUpdatesTheDetailsAndAttachesEvidenceAsTheInnovatorOfItsOpd() {
      InnovationRef ref = f.proposed();
      InnovationDetails edited = f.state(ref).details().withText(InnovationDetails.PROBLEM, "Cakupan imunisasi rendah.");
      long v = f.version(ref);
      assertRefused(f.lab.innovations().updateDetails(ref, SITI, edited, Options.none()), "NOT_INNOVATION_TEAM",
          "team", "tim");
      assertThat(f.version(ref)).isEqualTo(v);

      only(handOver(ref, ADMIN, SITI.personId(), null));

      assertThat(f.lab.innovations().updateDetails(ref, SITI, edited, Options.none()).accepted()).isTrue();
      assertThat(f.lab.innovations().attachEvidence(ref, SITI, evidence("COMMITMENT_LETTER", "komitmen.pdf"),
          Options.none()).accepted()).isTrue();
      // her own edits do not make her a contributor: she is the proposer now
      assertThat(f.state(ref).contributors()).containsExactly(INNOVATOR.personId());
    }

    @Test
    void theOwnerBeforeNoLongerActsUnlessListedOnTheTeam() {
      InnovationRef ref = f.proposed();
      only(handOver(ref, ADMIN, SITI.personId(), null));
      long v = f.version(ref);

      assertRefused(f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "a.jpg"), Options.none()),
          "NOT_INNOVATION_TEAM", "team", "tim");
      assertThat(f.version(ref)).isEqualTo(v);

      // the new owner lists the one before on the team: then he acts again
      InnovationDetails team = f.state(ref).details().withCoInnovators(List.of(INNOVATOR.personId()));
      assertThat(f.lab.innovations().updateDetails(ref, SITI, team, Options.none()).accepted()).isTrue();
      assertThat(f.lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "a.jpg"), Options.none())
          .accepted()).isTrue();
    }

    @Test
    void movesWithItsNewOwnerToAnotherOpd() {
      InnovationRef ref = f.proposed();

      OwnerHandedOver e = only(handOver(ref, ADMIN, BUDI.personId(), DISDIK));

      assertThat(e.fromOpd()).isEqualTo(DINKES);
      assertThat(e.toOpd()).isEqualTo(DISDIK);
      assertThat(f.state(ref).details().opd()).isEqualTo(DISDIK);
      assertThat(f.state(ref).proposedBy()).isEqualTo(BUDI.personId());
      assertThat(f.lab.innovations().attachEvidence(ref, BUDI, evidence("PHOTO", "b.jpg"), Options.none()).accepted())
          .as("the new owner acts through his own OPD").isTrue();
      assertThat(f.lab.innovations().approve(ref, DISDIK_HEAD, Role.OPD_HEAD, null, Options.none()).accepted())
          .as("the head of the new OPD approves").isTrue();
      assertRefused(f.lab.innovations().hold(ref, HEAD, "x", Options.none()), "NOT_OWN_OPD", "DISDIK", "DISDIK");
      assertThat(Decider.replay(f.history(ref))).isEqualTo(f.state(ref));
    }

    @Test
    void namingTheOpdItIsInAlreadyChangesOnlyTheOwner() {
      InnovationRef ref = f.proposed();

      OwnerHandedOver e = only(handOver(ref, ADMIN, SITI.personId(), DINKES));

      assertThat(e.toOpd()).isNull();
      assertThat(f.state(ref).details().opd()).isEqualTo(DINKES);
    }

    @Test
    void aDroppedInnovationIsHandedOverTooAndStaysDropped() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().drop(ref, ADMIN, "Inovatornya pensiun", Options.none()).orThrow();

      only(handOver(ref, ADMIN, SITI.personId(), null));

      assertThat(f.state(ref).status()).isEqualTo(InnovationStatus.DROPPED);
      assertThat(f.state(ref).proposedBy()).isEqualTo(SITI.personId());
    }

    @Test
    void handedBackTheOwnerIsTheProposerAgainAndNeverAContributor() {
      InnovationRef ref = f.proposed();
      only(handOver(ref, ADMIN, SITI.personId(), null));

      only(handOver(ref, ADMIN, INNOVATOR.personId(), null));

      InnovationState s = f.state(ref);
      assertThat(s.proposedBy()).isEqualTo(INNOVATOR.personId());
      assertThat(s.contributors()).containsExactly(SITI.personId());
      assertThat(Decider.replay(f.history(ref))).isEqualTo(s);
    }

    @Test
    void withoutADirectoryAnyPersonMayTakeItOver() {
      LabFixture plain = LabFixture.create();
      InnovationRef ref = plain.proposed();

      CommandResult r = plain.lab.innovations().handOver(ref, ADMIN, STRANGER, null, "Serah terima", Options.none());

      assertThat(r.accepted()).isTrue();
      assertThat(r.state().proposedBy()).isEqualTo(STRANGER);
    }
  }

  @Nested
  class Refused {
    @Test
    void onlyALabAdministratorHandsOver() {
      InnovationRef ref = f.proposed();
      long v = f.version(ref);

      assertRefused(handOver(ref, HEAD, SITI.personId(), null), "ROLE_NOT_PERMITTED", "Only these roles may do this",
          "Hanya peran berikut yang boleh melakukannya");
      assertRefused(handOver(ref, COACH, SITI.personId(), null), "ROLE_NOT_PERMITTED", "Only these roles may do this",
          "Hanya peran berikut yang boleh melakukannya");
      assertRefused(handOver(ref, INNOVATOR, SITI.personId(), null), "ROLE_NOT_PERMITTED",
          "Action \"Hand over to a new owner\" is refused", "Tindakan \"Serahkan kepada pemilik baru\" ditolak");
      assertThat(f.version(ref)).as("nothing stored").isEqualTo(v);
      assertThat(f.state(ref).proposedBy()).isEqualTo(INNOVATOR.personId());
    }

    @Test
    void toTheOwnerItHasAlready() {
      InnovationRef ref = f.proposed();

      CommandResult r = handOver(ref, ADMIN, INNOVATOR.personId(), null);

      assertRefused(r, "SAME_OWNER", "asn-dinkes-017 already owns this innovation; nothing is handed over.",
          "Inovasi ini sudah dimiliki asn-dinkes-017; tidak ada yang diserahterimakan.");
      assertThat(r.verdict().codes()).containsExactly("SAME_OWNER");
    }

    @Test
    void toSomeoneTheDirectoryDoesNotKnow() {
      InnovationRef ref = f.proposed();

      CommandResult r = handOver(ref, ADMIN, STRANGER, null);

      assertRefused(r, "NO_SUCH_PERSON", "The new owner asn-tidak-ada is not in the directory",
          "Pemilik baru asn-tidak-ada tidak terdaftar di direktori");
      assertThat(f.version(ref)).isEqualTo(1);
    }

    @Test
    void toSomeoneWhoseNameWasErased() {
      InnovationRef ref = f.proposed();

      CommandResult r = handOver(ref, ADMIN, ERASED, null);

      assertRefused(r, "PERSON_ERASED", "had their data erased at their request", "telah dihapus atas permintaannya");
      assertThat(r.verdict().codes()).containsExactly("PERSON_ERASED");
    }

    @Test
    void listsEveryReasonAtOnce() {
      InnovationRef ref = f.proposed();

      CommandResult r = handOver(ref, HEAD, STRANGER, null);

      assertThat(r.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED", "NO_SUCH_PERSON");
      assertThat(r.verdict().transitionId()).isEqualTo("hand-over");
    }

    @Test
    void aMissingOwnerOrReasonIsATypedError() {
      assertThatThrownBy(() -> new Command.HandOver(null, null, "x")).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.field()).isEqualTo("newOwner"));
      assertThatThrownBy(() -> new Command.HandOver(SITI.personId(), null, " ")).isInstanceOfSatisfying(
          InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
      assertThatThrownBy(() -> new Command.HandOver(SITI.personId(), null, "pindah\u0007")).isInstanceOfSatisfying(
          InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("CONTROL_CHARACTER"));
    }

    @Test
    void anEventToTheSameOwnerOrIntoTheSameOpdCannotBeMade() {
      EventMetadata m = new EventMetadata(UUID.randomUUID(), LEBAK,
          InnovationId.parse("018e0a1b-2c3d-7e4f-8a9b-0c1d2e3f4a5b"), 2, LabFixture.START, ADMIN.personId(), "5d", 1,
          null);
      assertThatThrownBy(() -> new OwnerHandedOver(m, SITI.personId(), SITI.personId(), DINKES, null, "x"))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("SAME_OWNER");
            assertThat(e.getMessage(Locale.ENGLISH)).contains("The owner before and after are the same (asn-dinkes-044)");
            assertThat(e.getMessage(Messages.INDONESIAN)).contains("Pemilik lama dan pemilik baru sama (asn-dinkes-044)");
          });
      assertThatThrownBy(() -> new OwnerHandedOver(m, INNOVATOR.personId(), SITI.personId(), DINKES, DINKES, "x"))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("SAME_OPD"));
    }
  }

  @Nested
  class ConflictOfInterest {
    private Map<String, BigDecimal> sheet() {
      Map<String, BigDecimal> m = new LinkedHashMap<>();
      for (String c : List.of("NOVELTY", "BENEFIT", "AUTHORITY_COLLABORATION", "REPLICABILITY", "MASTERY")) {
        m.put(c, new BigDecimal("80"));
      }
      return m;
    }

    private EvaluationDecision<ScoreEntry> score(InnovationRef ref, PersonId who) {
      Actor evaluator = new Actor(who, OpdCode.of("DISHUB"), java.util.Set.of(Role.EVALUATOR),
          id.labinov.core.model.Scope.region(LEBAK));
      return f.lab.evaluations().submitScores(ref, evaluator, IGA, 2024, sheet());
    }

    @Test
    void theOwnerBeforeAndTheNewOwnerMayNotScoreIt() {
      InnovationRef ref = f.inDisplay();
      only(handOver(ref, ADMIN, SITI.personId(), null));

      // both later seconded to DISHUB as evaluators
      assertThat(score(ref, INNOVATOR.personId()).verdict().codes()).containsExactly("CONFLICT_OF_INTEREST_INNOVATOR");
      assertThat(score(ref, SITI.personId()).verdict().codes()).containsExactly("CONFLICT_OF_INTEREST_INNOVATOR");
      assertThat(score(ref, PersonId.of("penilai-dishub-01")).accepted()).isTrue();
    }

    @Test
    void alsoWhenTheStoredStateDoesNotKnowItsContributors() {
      InnovationRef ref = f.inDisplay();
      only(handOver(ref, ADMIN, SITI.personId(), null));
      f.store.loadOldStates();

      assertThat(score(ref, INNOVATOR.personId()).verdict().codes()).containsExactly("CONFLICT_OF_INTEREST_INNOVATOR");
    }
  }

  @Nested
  class Idempotency {
    @Test
    void aRetryGetsTheFirstResultAndTheSameKeyForAnotherOwnerIsRefused() {
      InnovationRef ref = f.proposed();
      CommandResult first = f.lab.innovations().handOver(ref, ADMIN, SITI.personId(), null, "Mutasi",
          Options.idempotent("serah-1"));
      CommandResult retry = f.lab.innovations().handOver(ref, ADMIN, SITI.personId(), null, "Mutasi",
          Options.idempotent("serah-1"));

      assertThat(retry.replayed()).isTrue();
      assertThat(retry.events()).isEqualTo(first.events());
      assertThatThrownBy(() -> f.lab.innovations().handOver(ref, ADMIN, BUDI.personId(), null, "Mutasi",
          Options.idempotent("serah-1"))).isInstanceOf(IdempotencyKeyReusedException.class);
      assertThat(f.version(ref)).isEqualTo(2);
    }

    @Test
    void theSameKeyForAMoveToAnotherOpdIsRefusedToo() {
      InnovationRef ref = f.proposed();
      f.lab.innovations().changeOpd(ref, ADMIN, DISDIK, "Reorganisasi", Options.idempotent("pindah-1")).orThrow();

      assertThatThrownBy(() -> f.lab.innovations().changeOpd(ref, ADMIN, OpdCode.of("DISHUB"), "Reorganisasi",
          Options.idempotent("pindah-1"))).isInstanceOf(IdempotencyKeyReusedException.class);
      assertThat(f.state(ref).details().opd()).isEqualTo(DISDIK);
    }
  }
}
