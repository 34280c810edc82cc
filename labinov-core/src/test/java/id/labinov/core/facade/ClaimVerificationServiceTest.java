package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.START;
import static id.labinov.core.facade.LabFixture.TANGERANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.RegisterRefusedException;
import id.labinov.core.iid.VerificationAgreement;
import id.labinov.core.memory.InMemoryClaimVerificationStore;
import id.labinov.core.memory.InMemoryEvidenceRegisterStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Province;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Verification through {@code lab.iid()}: only a verifier records a decision, in every region of
 * their scope (a national one too); the decision keeps the claim's level and version and the level
 * the pre-flight supported at that moment — later evidence does not rewrite it —; revisions are
 * versioned; and the agreement counts predictions against decisions.
 */
class ClaimVerificationServiceTest {
  private static final Actor VERIFIER = Actor.of("verifikator-lebak-01", null, Role.VERIFIER).in(LEBAK);
  private static final Actor NATIONAL_VERIFIER = Actor.of("verifikator-bskdn-07", null, Role.VERIFIER)
      .in(Scope.national());
  private static final Actor PROVINCE_VERIFIER = Actor.of("verifikator-banten-02", null, Role.VERIFIER)
      .in(Scope.province(Province.ofCode("36")));
  private static final Actor NEIGHBOUR_VERIFIER = Actor.of("verifikator-tangerang", null, Role.VERIFIER)
      .in(TANGERANG);
  private static final Actor NATIONAL_ADMIN = Actor.of("kemendagri-01", null, Role.LAB_ADMIN).in(Scope.national());

  private final LabFixture fx = LabFixture.create(b -> b.evidenceRegisterStore(new InMemoryEvidenceRegisterStore())
      .claimVerificationStore(new InMemoryClaimVerificationStore()));
  private final InnovationRef ref = fx.proposed();
  private final ClaimKey regulation = ClaimKey.forInnovation(LEBAK, ref.id(), 2026, "REGULATION");

  private EvidenceDocument regulation(String id, DocumentKind kind, String issuer, IssuerLevel level, LocalDate date) {
    return EvidenceDocument.builder(id, LEBAK, kind, date).number(id + "/" + date.getYear())
        .subject("Penetapan Inovasi Posyandu Digital").issuer(issuer, level)
        .backs(Set.of(ref.id()), Set.of("REGULATION")).build();
  }

  /** An OPD head's decree of 2025 linked to a claim of level 3 (a Perda): the pre-flight supports 1. */
  private void overClaimedRegulation() {
    fx.lab.iid().addDocument(ADMIN, regulation("12", DocumentKind.DECREE, "Kepala Dinas Kesehatan Kabupaten Lebak",
        IssuerLevel.OPD_HEAD, LocalDate.of(2025, 3, 2)));
    fx.lab.iid().putClaim(INNOVATOR, IndicatorClaim.forInnovation(LEBAK, ref.id(), 2026, "REGULATION", 3,
        List.of("12")), 0);
  }

  @Test
  void keepsTheDecisionTheClaimAndThePredictionOfThatMoment() {
    overClaimedRegulation();

    RecordedVerification recorded = fx.lab.iid().verifyClaim(VERIFIER, regulation, 1,
        "SK kepala dinas, bukan Perda", 0);

    assertThat(recorded.version()).isEqualTo(1);
    assertThat(recorded.verification().verifiedLevel()).isEqualTo(1);
    assertThat(recorded.verification().claimedLevel()).isEqualTo(3);
    assertThat(recorded.verification().claimVersion()).isEqualTo(1);
    assertThat(recorded.verification().predictedLevel()).hasValue(1);
    assertThat(recorded.verification().predicted()).isTrue();
    assertThat(recorded.verification().verifier()).isEqualTo(VERIFIER.personId());
    assertThat(recorded.verification().at()).isEqualTo(START);
    assertThat(fx.lab.iid().verifications(COACH, LEBAK, 2026)).containsExactly(recorded);
  }

  @Test
  void aLaterDocumentDoesNotRewriteAnEarlierPrediction() {
    overClaimedRegulation();
    RecordedVerification first = fx.lab.iid().verifyClaim(VERIFIER, regulation, 1, "SK kepala dinas", 0);
    fx.lab.iid().addDocument(ADMIN, regulation("perda-3", DocumentKind.PERDA, "Bupati Lebak", IssuerLevel.REGIONAL_HEAD,
        LocalDate.of(2025, 8, 1)));
    fx.lab.iid().putClaim(ADMIN, IndicatorClaim.forInnovation(LEBAK, ref.id(), 2026, "REGULATION", 3,
        List.of("12", "perda-3")), 1);

    RecordedVerification revised = fx.lab.iid().verifyClaim(VERIFIER, regulation, 3, "Perda Nomor 3 Tahun 2025 ada",
        1);

    assertThat(revised.version()).isEqualTo(2);
    assertThat(revised.verification().claimVersion()).isEqualTo(2);
    assertThat(fx.lab.iid().verificationLog(COACH, LEBAK, 0, 10)).containsExactly(first, revised);
    assertThat(first.verification().predictedLevel()).hasValue(1);
    assertThat(fx.lab.iid().verifications(COACH, LEBAK, 2026)).containsExactly(revised);
    assertThatThrownBy(() -> fx.lab.iid().verifyClaim(VERIFIER, regulation, 2, "lagi", 1))
        .isInstanceOf(RegisterConflictException.class);
  }

  @Test
  void onlyAVerifierRecordsADecisionAndNothingIsWrittenOtherwise() {
    overClaimedRegulation();
    for (Actor other : List.of(ADMIN, INNOVATOR, COACH, LabFixture.REGIONAL_HEAD, LabFixture.EVALUATOR)) {
      assertThatThrownBy(() -> fx.lab.iid().verifyClaim(other, regulation, 1, "catatan", 0))
          .as(other.personId().value())
          .isInstanceOfSatisfying(RegisterRefusedException.class, e -> {
            assertThat(e.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED");
            assertThat(e.getMessage(Messages.INDONESIAN)).contains("Hanya verifikator");
            assertThat(e.getMessage(Locale.ENGLISH)).contains("Only a verifier");
          });
    }
    assertThatThrownBy(() -> fx.lab.iid().verifyClaim(NEIGHBOUR_VERIFIER, regulation, 1, "catatan", 0))
        .isInstanceOfSatisfying(RegisterRefusedException.class,
            e -> assertThat(e.verdict().codes()).containsExactly("OUTSIDE_SCOPE"));
    assertThatThrownBy(() -> fx.lab.iid().verifyClaim(NATIONAL_ADMIN, regulation, 1, "catatan", 0))
        .isInstanceOf(RegisterRefusedException.class);
    assertThat(fx.lab.iid().verificationLog(COACH, LEBAK, 0, 10)).isEmpty();
  }

  @Test
  void aNationalOrProvincialVerifierVerifiesInTheirScope() {
    overClaimedRegulation();

    fx.lab.iid().verifyClaim(NATIONAL_VERIFIER, regulation, 1, "SK kepala dinas", 0);
    fx.lab.iid().verifyClaim(PROVINCE_VERIFIER, regulation, 0, "SK tidak ditandatangani", 1);

    assertThat(fx.lab.iid().verificationLog(NATIONAL_VERIFIER, LEBAK, 0, 10)).extracting(
        r -> r.verification().verifier().value()).containsExactly("verifikator-bskdn-07", "verifikator-banten-02");
    assertThatThrownBy(() -> fx.lab.iid().verifications(NEIGHBOUR_VERIFIER, LEBAK, 2026))
        .isInstanceOf(OutsideScopeException.class);
  }

  @Test
  void badDecisionsAreTypedErrorsInBothLanguages() {
    overClaimedRegulation();
    assertThatThrownBy(() -> fx.lab.iid().verifyClaim(VERIFIER, regulation, 4, "lebih", 0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("VERIFIED_ABOVE_CLAIM");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("melebihi level yang diklaim").contains("level 3");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("exceeds the claimed level");
        });
    assertThatThrownBy(() -> fx.lab.iid().verifyClaim(VERIFIER, regulation, -1, "kurang", 0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("OUT_OF_RANGE"));
    assertThatThrownBy(() -> fx.lab.iid().verifyClaim(VERIFIER, regulation, 1, "  ", 0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("note"));
    ClaimKey video = ClaimKey.forInnovation(LEBAK, ref.id(), 2026, "VIDEO");
    assertThatThrownBy(() -> fx.lab.iid().verifyClaim(VERIFIER, video, 1, "tidak ada video", 0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("NO_SUCH_CLAIM");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("tidak ada di daerah 36.02");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("There is no claim");
        });
    assertThat(fx.lab.iid().verificationLog(COACH, LEBAK, 0, 10)).isEmpty();
  }

  @Test
  void aLabWithoutAVerificationStoreSaysWhatToSet() {
    LabFixture bare = LabFixture.create(b -> b.evidenceRegisterStore(new InMemoryEvidenceRegisterStore()));
    assertThatThrownBy(() -> bare.lab.iid().verifications(COACH, LEBAK, 2026))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("MISSING_SETTING");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("claimVerificationStore");
        });
  }

  @Test
  void theAgreementComparesPredictionsWithDecisions() {
    overClaimedRegulation();
    fx.lab.iid().putClaim(INNOVATOR, IndicatorClaim.forInnovation(LEBAK, ref.id(), 2026, "VIDEO", 2, List.of()), 0);
    fx.lab.iid().verifyClaim(VERIFIER, regulation, 1, "SK kepala dinas, bukan Perda", 0); // predicted 1: agreed
    fx.lab.iid().verifyClaim(VERIFIER, ClaimKey.forInnovation(LEBAK, ref.id(), 2026, "VIDEO"), 1,
        "Video ada di kanal YouTube dinas walau belum didaftarkan", 0); // predicted 0: the pre-flight was stricter

    VerificationAgreement agreement = fx.lab.iid().agreement(COACH, LEBAK, 2026);

    assertThat(agreement.overall().compared()).isEqualTo(2);
    assertThat(agreement.overall().agreed()).isEqualTo(1);
    assertThat(agreement.overall().predictedLower()).isEqualTo(1);
    assertThat(agreement.overall().percent()).contains(new BigDecimal("50.0"));
    assertThat(agreement.indicators()).extracting(VerificationAgreement.IndicatorAgreement::indicator)
        .containsExactly("REGULATION", "VIDEO");
  }

  @Test
  void anInnovationClaimTheSchemeCannotReadIsRefusedBeforeItIsStored() {
    assertThatThrownBy(() -> fx.lab.iid().putClaim(ADMIN, IndicatorClaim.forInnovation(LEBAK, ref.id(), 2026,
        "REGULASI", 2, List.of()), 0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("UNKNOWN_INDICATOR");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("REGULASI");
        });
    assertThatThrownBy(() -> fx.lab.iid().putClaim(ADMIN, IndicatorClaim.forInnovation(LEBAK, ref.id(), 2026,
        "REGULATION", 4, List.of()), 0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("LEVEL_ABOVE_SCHEME"));
    assertThat(fx.lab.iid().claims(COACH, LEBAK, 2026)).isEmpty();
  }
}
