package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.OTHER_HEAD;
import static id.labinov.core.facade.LabFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.iid.ClaimResult;
import id.labinov.core.iid.DocumentInUseException;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.DocumentSupersededException;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.FileRef;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.PreflightReport;
import id.labinov.core.iid.RegisterAction;
import id.labinov.core.iid.RegisterChange;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.memory.InMemoryEvidenceRegisterStore;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationId;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The evidence register through {@code lab.iid()}: changes stamped with the actor and the lab's
 * clock, the pre-flight on stored claims and documents, and register documents attached as 5D gate
 * evidence (one file, one hash) that then cannot be deleted.
 */
class EvidenceRegisterServiceTest {
  private static final String SHA = "9f2c4e0b5a7d1c3e8f6a0b2d4c6e8a1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c";

  private final LabFixture fx = LabFixture.create(b -> b.evidenceRegisterStore(new InMemoryEvidenceRegisterStore()));
  private final InnovationRef ref = fx.proposed();

  /** The SK of the head of the health office, 2 March 2021, with its file, backing the innovation. */
  private EvidenceDocument decree(String id) {
    return EvidenceDocument.builder(id, LEBAK, DocumentKind.DECREE, LocalDate.of(2021, 3, 2)).number("800/12/2021")
        .subject("Penetapan Inovasi Posyandu Digital pada Dinas Kesehatan")
        .issuer("Kepala Dinas Kesehatan Kabupaten Lebak", IssuerLevel.OPD_HEAD)
        .file(new FileRef(URI.create("https://arsip.lebakkab.go.id/sk/" + id + ".pdf"), SHA, "application/pdf", 91_204))
        .backs(Set.of(ref.id()), Set.of("REGULATION")).build();
  }

  @Test
  void stampsEveryChangeWithTheActorAndTheLabsClock() {
    RegisteredDocument added = fx.lab.iid().addDocument(INNOVATOR, decree("sk-800-12"));

    assertThat(added.recordedBy()).isEqualTo(INNOVATOR.personId());
    assertThat(added.recordedAt()).isEqualTo(START);
    List<RegisterChange> log = fx.lab.iid().changes(COACH, LEBAK, 0, 10);
    assertThat(log).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(RegisterAction.DOCUMENT_ADDED);
      assertThat(c.subject()).isEqualTo("sk-800-12");
      assertThat(c.actor()).isEqualTo(INNOVATOR.personId());
      assertThat(c.at()).isEqualTo(START);
    });
  }

  @Test
  void runsThePreflightOnTheStoredClaimAndTheDocumentItLinks() {
    fx.lab.iid().addDocument(ADMIN, decree("sk-800-12"));
    fx.lab.iid().putClaim(INNOVATOR,
        IndicatorClaim.forInnovation(LEBAK, ref.id(), 2025, "REGULATION", 3, List.of("sk-800-12")), 0);

    PreflightReport report = fx.lab.iid().preflight(COACH, LEBAK, 2025, ref.id());

    assertThat(report.year()).isEqualTo(2025);
    assertThat(report.results()).singleElement().satisfies(r -> {
      assertThat(r.claimedLevel()).isEqualTo(3);
      assertThat(r.supportedLevel()).isEqualTo(1); // an OPD head's decree carries level 1, not a Perda
      assertThat(r.supportingDocuments()).containsExactly("sk-800-12");
    });
    assertThat(report.isReady()).isFalse();
    assertThat(fx.lab.iid().preflight(COACH, LEBAK, 2024, ref.id()).results()).isEmpty();
  }

  @Test
  void attachesARegisterDocumentAsGateEvidenceWithItsOwnFileAndHash() {
    RegisteredDocument doc = fx.lab.iid().addDocument(ADMIN, decree("sk-800-12"));

    CommandResult result = fx.lab.iid().attachAsGateEvidence(INNOVATOR, ref, "sk-800-12",
        EvidenceKind.of("COMMITMENT_LETTER"), Options.none());

    assertThat(result.accepted()).isTrue();
    FileRef file = doc.document().file().orElseThrow();
    assertThat(fx.state(ref).evidence()).contains(new EvidenceRef(EvidenceKind.of("COMMITMENT_LETTER"), file.uri(),
        file.sha256(), file.mediaType(), file.size()));
    assertThat(fx.lab.iid().findDocument(COACH, LEBAK, "sk-800-12").orElseThrow().attachedTo())
        .containsExactly(ref.id());
    assertThatThrownBy(() -> fx.lab.iid().deleteDocument(ADMIN, LEBAK, "sk-800-12", 1))
        .isInstanceOfSatisfying(DocumentInUseException.class, e -> {
          assertThat(e.attachedTo()).containsExactly(ref.id());
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("masih dipakai sehingga tidak dapat dihapus");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("is still in use, so it cannot be deleted");
        });
  }

  @Test
  void aRefusedAttachmentLeavesNoMarkInTheRegister() {
    fx.lab.iid().addDocument(ADMIN, decree("sk-800-12"));

    CommandResult result = fx.lab.iid().attachAsGateEvidence(OTHER_HEAD, ref, "sk-800-12",
        EvidenceKind.of("COMMITMENT_LETTER"), Options.none());

    assertThat(result.accepted()).isFalse();
    assertThat(result.verdict().codes()).contains("NOT_OWN_OPD");
    assertThat(fx.lab.iid().findDocument(ADMIN, LEBAK, "sk-800-12").orElseThrow().attachedTo()).isEmpty();
    assertThat(fx.lab.iid().changes(ADMIN, LEBAK, 0, 10)).extracting(RegisterChange::action)
        .containsExactly(RegisterAction.DOCUMENT_ADDED);
    fx.lab.iid().deleteDocument(ADMIN, LEBAK, "sk-800-12", 1);
  }

  @Test
  void refusesToAttachADocumentWithoutAFileOrASupersededOne() {
    EvidenceDocument noFile = EvidenceDocument.builder("foto-1", LEBAK, DocumentKind.PHOTO, LocalDate.of(2024, 5, 2))
        .subject("Foto peluncuran").issuer("Dinas Kesehatan", IssuerLevel.OPD_HEAD).build();
    fx.lab.iid().addDocument(ADMIN, noFile);
    fx.lab.iid().addDocument(ADMIN, decree("sk-lama"));
    fx.lab.iid().supersedeDocument(ADMIN, LEBAK, "sk-lama", 1, decree("sk-baru"), "SK diperbarui");
    EvidenceKind kind = EvidenceKind.of("COMMITMENT_LETTER");

    assertThatThrownBy(() -> fx.lab.iid().attachAsGateEvidence(INNOVATOR, ref, "foto-1", kind, Options.none()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("DOCUMENT_WITHOUT_FILE");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("tidak memiliki rujukan berkas");
        });
    assertThatThrownBy(() -> fx.lab.iid().attachAsGateEvidence(INNOVATOR, ref, "sk-lama", kind, Options.none()))
        .isInstanceOfSatisfying(DocumentSupersededException.class, e -> assertThat(e.supersededBy()).isEqualTo("sk-baru"));
    assertThat(fx.state(ref).evidence()).isEmpty();
    assertThat(fx.lab.iid().changes(ADMIN, LEBAK, 0, 10)).filteredOn(c -> c.note().isPresent())
        .extracting(RegisterChange::action, RegisterChange::subject).containsExactly(
            org.assertj.core.groups.Tuple.tuple(RegisterAction.DOCUMENT_SUPERSEDED, "sk-lama"),
            org.assertj.core.groups.Tuple.tuple(RegisterAction.DOCUMENT_ADDED, "sk-baru"));
  }

  @Test
  void refusesToDeleteADocumentWhoseFileAnInnovationItBacksHoldsAsEvidenceAttachedDirectly() {
    fx.lab.iid().addDocument(ADMIN, decree("sk-800-12"));
    fx.lab.innovations().attachEvidence(ref, INNOVATOR,
        EvidenceRef.of("COMMITMENT_LETTER", "https://drive.example.id/salinan-sk.pdf", SHA, "application/pdf", 91_204),
        Options.none()).orThrow();

    assertThatThrownBy(() -> fx.lab.iid().deleteDocument(ADMIN, LEBAK, "sk-800-12", 1))
        .isInstanceOfSatisfying(DocumentInUseException.class, e -> assertThat(e.attachedTo()).containsExactly(ref.id()));
    assertThat(fx.lab.iid().findDocument(ADMIN, LEBAK, "sk-800-12")).isPresent();
  }

  @Test
  void withoutARegisterStoreTheServiceNamesTheMissingSetting() {
    LabFixture bare = LabFixture.create();

    assertThatThrownBy(() -> bare.lab.iid().claims(ADMIN, LEBAK, 2025))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("MISSING_SETTING");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("evidenceRegisterStore(");
        });
  }

  @Test
  void aClaimResultOfTheServiceIsTheSameAsThePureFunctions() {
    fx.lab.iid().addDocument(ADMIN, decree("sk-800-12"));
    IndicatorClaim claim = IndicatorClaim.forInnovation(LEBAK, ref.id(), 2025, "REGULATION", 1, List.of("sk-800-12"));
    fx.lab.iid().putClaim(ADMIN, claim, 0);

    ClaimResult viaService = fx.lab.iid().preflight(ADMIN, LEBAK, 2025, ref.id()).results().get(0);

    ClaimResult direct = id.labinov.core.iid.Preflight.iidInnovationIndicators()
        .run(2025, List.of(claim), List.of(decree("sk-800-12"))).results().get(0);
    assertThat(viaService).isEqualTo(direct);
    assertThat(viaService.isSupported()).isTrue();
    InnovationId unknown = InnovationId.parse("0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8e");
    assertThat(fx.lab.iid().preflight(ADMIN, LEBAK, 2025, unknown).results()).isEmpty();
  }
}
