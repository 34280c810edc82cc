package id.labinov.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.iid.ChangeStamp;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentExistsException;
import id.labinov.core.iid.DocumentFilter;
import id.labinov.core.iid.DocumentInUseException;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.DocumentStatus;
import id.labinov.core.iid.DocumentSupersededException;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.FileRef;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.NoSuchDocumentException;
import id.labinov.core.iid.RegisterAction;
import id.labinov.core.iid.RegisterChange;
import id.labinov.core.iid.RegisterConflictException;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.iid.StatedValue;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.spi.EvidenceRegisterStore;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link EvidenceRegisterStore}: documents are stored whole and read back
 * equal, superseding is atomic, a document in use is never deleted, claims are versioned and one per
 * key, reads and writes stay in their region, every write is in the change log with its actor and
 * time, and of two concurrent writers of one version exactly one wins. A subclass per store supplies
 * a fresh, empty store for each test; each test writes only a handful of rows.
 */
public abstract class EvidenceRegisterContract {
  /** Kabupaten Lebak. */
  protected static final RegionCode LEBAK = ContractData.LEBAK;
  /** Kabupaten Bogor: another province. */
  protected static final RegionCode BOGOR = ContractData.BOGOR;
  /** An innovation of Lebak. */
  protected static final InnovationId POSYANDU = new InnovationId(UUID.fromString("0190a1b2-0000-7000-8000-000000000001"));
  /** Another innovation of Lebak. */
  protected static final InnovationId SIMPEL = new InnovationId(UUID.fromString("0190a1b2-0000-7000-8000-000000000002"));
  /** A third innovation of Lebak. */
  protected static final InnovationId LAPOR = new InnovationId(UUID.fromString("0190a1b2-0000-7000-8000-000000000003"));
  /** The lab administrator who keeps the register. */
  protected static final PersonId ADMIN = PersonId.of("admin-bappeda");
  /** An innovator. */
  protected static final PersonId INNOVATOR = PersonId.of("asn-dinkes-017");
  /** A time with microseconds, kept exactly by every store. */
  protected static final Instant T0 = Instant.parse("2025-03-04T02:15:30.123456Z");

  /**
   * Returns the store under test: the same instance for the whole test, empty at its start.
   *
   * @return the store
   */
  protected abstract EvidenceRegisterStore store();

  /**
   * Returns a stamp some minutes after {@link #T0}.
   *
   * @param who the person
   * @param minutes minutes after T0
   * @return the stamp
   */
  protected static ChangeStamp at(PersonId who, int minutes) {
    return ChangeStamp.of(who, T0.plusSeconds(60L * minutes));
  }

  /**
   * Returns a decree with every part filled in, backing POSYANDU and the indicator REGULATION.
   *
   * @param region the region
   * @param id the document id
   * @return the document
   */
  protected static EvidenceDocument decree(RegionCode region, String id) {
    return EvidenceDocument.builder(id, region, DocumentKind.DECREE, LocalDate.of(2023, 3, 2))
        .number("800/12/2023").subject("Penetapan Inovasi Posyandu Digital — \"tahap uji coba\"")
        .issuer("Bupati Lebak", IssuerLevel.REGIONAL_HEAD)
        .file(new FileRef(URI.create("https://arsip.lebakkab.go.id/sk/" + id + ".pdf"), sha(id), "application/pdf",
            182_334))
        .valid(LocalDate.of(2023, 4, 1), LocalDate.of(2026, 12, 31))
        .backs(Set.of(POSYANDU), Set.of("REGULATION", "ACTORS")).build();
  }

  /**
   * Returns a minimal document: a photo of a year, backing what it is told.
   *
   * @param id the id
   * @param year the year it was taken
   * @param innovation the innovation it backs, or {@code null}
   * @return the document
   */
  protected static EvidenceDocument photo(String id, int year, InnovationId innovation) {
    return EvidenceDocument.builder(id, LEBAK, DocumentKind.PHOTO, LocalDate.of(year, 6, 1)).subject("Foto kegiatan")
        .issuer("Dinas Kesehatan", IssuerLevel.OPD_HEAD)
        .backs(innovation == null ? Set.of() : Set.of(innovation), Set.of("REPLICATION")).build();
  }

  private static String sha(String seed) {
    return String.format("%064x", Math.abs((long) seed.hashCode()) + 1);
  }

  private static IndicatorClaim claim(String indicator, int level, String... documentIds) {
    return IndicatorClaim.forInnovation(LEBAK, POSYANDU, 2025, indicator, level, List.of(documentIds));
  }

  private List<RegisterChange> log(RegionCode region) {
    return store().changes(region, 0, 1000);
  }

  @Test
  void addsADocumentAndFindsItEqualWithEveryPart() {
    EvidenceDocument sk = decree(LEBAK, "SK-800/12/2023");

    RegisteredDocument added = store().add(sk, at(ADMIN, 0));

    RegisteredDocument found = store().find(LEBAK, "SK-800/12/2023").orElseThrow();
    assertThat(found).isEqualTo(added);
    assertThat(found.document()).isEqualTo(sk);
    assertThat(found.status()).isEqualTo(DocumentStatus.ACTIVE);
    assertThat(found.version()).isEqualTo(1);
    assertThat(found.recordedAt()).isEqualTo(T0);
    assertThat(found.recordedBy()).isEqualTo(ADMIN);
    assertThat(found.supersedes()).isEmpty();
    assertThat(found.supersededBy()).isEmpty();
    assertThat(found.attachedTo()).isEmpty();
    EvidenceDocument bare = photo("FOTO-1", 2024, null);
    store().add(bare, at(ADMIN, 1));
    assertThat(store().find(LEBAK, "FOTO-1").orElseThrow().document()).isEqualTo(bare);
  }

  @Test
  void refusesASecondDocumentWithTheSameIdButNotInAnotherRegion() {
    store().add(decree(LEBAK, "SK-1"), at(ADMIN, 0));

    assertThatThrownBy(() -> store().add(photo("SK-1", 2024, null), at(ADMIN, 1)))
        .isInstanceOfSatisfying(DocumentExistsException.class, e -> {
          assertThat(e.code()).isEqualTo("DOCUMENT_EXISTS");
          assertThat(e.documentId()).isEqualTo("SK-1");
        });
    store().add(decree(BOGOR, "SK-1"), at(ADMIN, 2));
    assertThat(store().find(LEBAK, "SK-1").orElseThrow().document().kind()).isEqualTo(DocumentKind.DECREE);
    assertThat(store().find(BOGOR, "SK-1").orElseThrow().region()).isEqualTo(BOGOR);
  }

  @Test
  void listsByDateThenIdAndFiltersByKindInnovationIndicatorYearsAndStatus() {
    store().add(decree(LEBAK, "SK-1"), at(ADMIN, 0)); // 2023, backs POSYANDU, REGULATION
    store().add(photo("FOTO-B", 2024, SIMPEL), at(ADMIN, 1));
    store().add(photo("FOTO-A", 2024, null), at(ADMIN, 2));
    store().add(photo("FOTO-C", 2022, null), at(ADMIN, 3));
    store().attach(LEBAK, "FOTO-A", POSYANDU, at(ADMIN, 4));
    store().add(decree(BOGOR, "SK-BOGOR"), at(ADMIN, 5));

    assertThat(ids(DocumentFilter.all())).containsExactly("FOTO-C", "SK-1", "FOTO-A", "FOTO-B");
    assertThat(ids(DocumentFilter.all().withKind(DocumentKind.PHOTO))).containsExactly("FOTO-C", "FOTO-A", "FOTO-B");
    assertThat(ids(DocumentFilter.all().withInnovation(POSYANDU))).containsExactly("SK-1", "FOTO-A");
    assertThat(ids(DocumentFilter.all().withIndicator("REGULATION"))).containsExactly("SK-1");
    assertThat(ids(DocumentFilter.all().withYears(2023, 2023))).containsExactly("SK-1");
    assertThat(ids(DocumentFilter.all().withYears(2024, 2030).withKind(DocumentKind.PHOTO)))
        .containsExactly("FOTO-A", "FOTO-B");

    store().supersede(LEBAK, "FOTO-C", 1, photo("FOTO-D", 2022, null), at(ADMIN, 6));
    assertThat(ids(DocumentFilter.active().withYears(2022, 2022))).containsExactly("FOTO-D");
    assertThat(ids(DocumentFilter.all().withYears(2022, 2022))).containsExactly("FOTO-C", "FOTO-D");
  }

  private List<String> ids(DocumentFilter filter) {
    List<RegisteredDocument> docs = store().list(LEBAK, filter);
    assertThat(docs).allSatisfy(d -> assertThat(filter.matches(d)).isTrue());
    return docs.stream().map(RegisteredDocument::id).toList();
  }

  @Test
  void supersedesAtomicallyAndRefusesASecondSupersedingAStaleVersionOrATakenId() {
    store().add(decree(LEBAK, "SK-1"), at(ADMIN, 0));
    store().add(photo("FOTO-1", 2024, null), at(ADMIN, 1));

    assertThatThrownBy(() -> store().supersede(LEBAK, "SK-1", 2, decree(LEBAK, "SK-2"), at(ADMIN, 2)))
        .isInstanceOfSatisfying(RegisterConflictException.class, e -> {
          assertThat(e.expected()).isEqualTo(2);
          assertThat(e.actual()).isEqualTo(1);
        });
    assertThatThrownBy(() -> store().supersede(LEBAK, "SK-1", 1, decree(LEBAK, "FOTO-1"), at(ADMIN, 2)))
        .isInstanceOf(DocumentExistsException.class);
    assertThat(store().find(LEBAK, "SK-1").orElseThrow().active()).isTrue();

    RegisteredDocument next = store().supersede(LEBAK, "SK-1", 1, decree(LEBAK, "SK-2"),
        at(ADMIN, 3).withNote("Perubahan SK setelah pergantian tim"));

    RegisteredDocument old = store().find(LEBAK, "SK-1").orElseThrow();
    assertThat(old.status()).isEqualTo(DocumentStatus.SUPERSEDED);
    assertThat(old.supersededBy()).contains("SK-2");
    assertThat(old.version()).isEqualTo(2);
    assertThat(old.recordedAt()).isEqualTo(T0.plusSeconds(180));
    assertThat(next).isEqualTo(store().find(LEBAK, "SK-2").orElseThrow());
    assertThat(next.supersedes()).contains("SK-1");
    assertThat(next.version()).isEqualTo(1);
    assertThatThrownBy(() -> store().supersede(LEBAK, "SK-1", 2, decree(LEBAK, "SK-3"), at(ADMIN, 4)))
        .isInstanceOfSatisfying(DocumentSupersededException.class, e -> assertThat(e.supersededBy()).isEqualTo("SK-2"));
    assertThatThrownBy(() -> store().supersede(LEBAK, "SK-2", 1, decree(BOGOR, "SK-3"), at(ADMIN, 4)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("REGION_MISMATCH"));
    assertThatThrownBy(() -> store().supersede(LEBAK, "SK-9", 1, decree(LEBAK, "SK-3"), at(ADMIN, 4)))
        .isInstanceOf(NoSuchDocumentException.class);
    assertThat(store().find(LEBAK, "SK-3")).isEmpty();
  }

  @Test
  void refusesToDeleteADocumentInUseNamingEveryUseAndDeletesItOnceFree() {
    store().add(decree(LEBAK, "SK-1"), at(ADMIN, 0));
    store().supersede(LEBAK, "SK-1", 1, decree(LEBAK, "SK-2"), at(ADMIN, 1));
    store().add(photo("FOTO-1", 2024, POSYANDU), at(ADMIN, 2));
    store().putClaim(claim("REGULATION", 2, "SK-1", "FOTO-1"), 0, at(ADMIN, 3));
    store().attach(LEBAK, "FOTO-1", SIMPEL, at(ADMIN, 4));

    assertThatThrownBy(() -> store().delete(LEBAK, "FOTO-1", 1, at(ADMIN, 5)))
        .isInstanceOfSatisfying(DocumentInUseException.class, e -> {
          assertThat(e.code()).isEqualTo("DOCUMENT_IN_USE");
          assertThat(e.claims()).containsExactly(ClaimKey.forInnovation(LEBAK, POSYANDU, 2025, "REGULATION"));
          assertThat(e.attachedTo()).containsExactly(SIMPEL);
          assertThat(e.replaced()).isEmpty();
        });
    assertThatThrownBy(() -> store().delete(LEBAK, "SK-2", 1, at(ADMIN, 5)))
        .isInstanceOfSatisfying(DocumentInUseException.class, e -> {
          assertThat(e.claims()).isEmpty();
          assertThat(e.replaced()).contains("SK-1");
        });
    assertThatThrownBy(() -> store().delete(LEBAK, "FOTO-1", 2, at(ADMIN, 5)))
        .isInstanceOf(RegisterConflictException.class);
    assertThatThrownBy(() -> store().delete(BOGOR, "FOTO-1", 1, at(ADMIN, 5)))
        .isInstanceOf(NoSuchDocumentException.class);

    store().removeClaim(ClaimKey.forInnovation(LEBAK, POSYANDU, 2025, "REGULATION"), 1, at(ADMIN, 6));
    assertThat(store().detach(LEBAK, "FOTO-1", SIMPEL, at(ADMIN, 7))).isTrue();
    store().delete(LEBAK, "FOTO-1", 1, at(ADMIN, 8));
    store().delete(LEBAK, "SK-1", 2, at(ADMIN, 9));
    store().delete(LEBAK, "SK-2", 1, at(ADMIN, 10)); // the document it replaced is gone

    assertThat(store().list(LEBAK, DocumentFilter.all())).isEmpty();
  }

  @Test
  void attachesIdempotentlyRefusesASupersededDocumentAndKeepsTheVersion() {
    store().add(photo("FOTO-1", 2024, null), at(ADMIN, 0));

    assertThat(store().attach(LEBAK, "FOTO-1", POSYANDU, at(INNOVATOR, 1))).isTrue();
    assertThat(store().attach(LEBAK, "FOTO-1", POSYANDU, at(INNOVATOR, 2))).isFalse();
    assertThat(store().attach(LEBAK, "FOTO-1", SIMPEL, at(INNOVATOR, 3))).isTrue();

    RegisteredDocument doc = store().find(LEBAK, "FOTO-1").orElseThrow();
    assertThat(doc.attachedTo()).containsExactlyInAnyOrder(POSYANDU, SIMPEL);
    assertThat(doc.version()).isEqualTo(1);
    assertThat(log(LEBAK)).extracting(RegisterChange::action).containsExactly(RegisterAction.DOCUMENT_ADDED,
        RegisterAction.DOCUMENT_ATTACHED, RegisterAction.DOCUMENT_ATTACHED);
    assertThatThrownBy(() -> store().attach(LEBAK, "FOTO-9", POSYANDU, at(INNOVATOR, 4)))
        .isInstanceOf(NoSuchDocumentException.class);
    store().supersede(LEBAK, "FOTO-1", 1, photo("FOTO-2", 2024, null), at(ADMIN, 5));
    assertThatThrownBy(() -> store().attach(LEBAK, "FOTO-1", LAPOR, at(INNOVATOR, 6)))
        .isInstanceOf(DocumentSupersededException.class);
    assertThat(store().detach(LEBAK, "FOTO-1", SIMPEL, at(ADMIN, 7))).isTrue();
    assertThat(store().detach(LEBAK, "FOTO-1", SIMPEL, at(ADMIN, 8))).isFalse();
    assertThat(store().find(LEBAK, "FOTO-1").orElseThrow().attachedTo()).containsExactly(POSYANDU);
  }

  @Test
  void putsReplacesAndRemovesClaimsOnTheirVersions() {
    store().add(decree(LEBAK, "SK-1"), at(ADMIN, 0));
    IndicatorClaim first = claim("REGULATION", 2, "SK-1");

    RegisteredClaim put = store().putClaim(first, 0, at(INNOVATOR, 1));

    assertThat(put).isEqualTo(new RegisteredClaim(first, 1, T0.plusSeconds(60), INNOVATOR));
    assertThat(store().findClaim(put.key())).contains(put);
    assertThatThrownBy(() -> store().putClaim(first, 0, at(ADMIN, 2)))
        .isInstanceOfSatisfying(RegisterConflictException.class, e -> {
          assertThat(e.code()).isEqualTo("VERSION_CONFLICT");
          assertThat(e.subject()).isEqualTo(POSYANDU + "/2025/REGULATION");
          assertThat(e.expected()).isZero();
          assertThat(e.actual()).isEqualTo(1);
        });
    IndicatorClaim second = claim("REGULATION", 3).withStatedValue(StatedValue.of(12, "PEOPLE"));
    RegisteredClaim replaced = store().putClaim(second, 1, at(ADMIN, 3));
    assertThat(replaced.version()).isEqualTo(2);
    assertThat(store().findClaim(put.key()).orElseThrow().claim()).isEqualTo(second);
    assertThatThrownBy(() -> store().removeClaim(put.key(), 1, at(ADMIN, 4)))
        .isInstanceOf(RegisterConflictException.class);

    store().removeClaim(put.key(), 2, at(ADMIN, 5));

    assertThat(store().findClaim(put.key())).isEmpty();
    assertThatThrownBy(() -> store().removeClaim(put.key(), 2, at(ADMIN, 6)))
        .isInstanceOfSatisfying(RegisterConflictException.class, e -> assertThat(e.actual()).isZero());
    assertThat(store().putClaim(first, 0, at(ADMIN, 7)).version()).isEqualTo(1);
  }

  @Test
  void refusesAClaimLinkingADocumentTheRegionDoesNotHold() {
    store().add(decree(LEBAK, "SK-1"), at(ADMIN, 0));
    store().add(decree(BOGOR, "SK-BOGOR"), at(ADMIN, 1));

    assertThatThrownBy(() -> store().putClaim(claim("REGULATION", 2, "SK-1", "SK-BOGOR"), 0, at(ADMIN, 2)))
        .isInstanceOfSatisfying(NoSuchDocumentException.class, e -> {
          assertThat(e.documentId()).isEqualTo("SK-BOGOR");
          assertThat(e.region()).isEqualTo(LEBAK);
        });
    assertThat(store().claims(LEBAK, 2025)).isEmpty();
    assertThat(log(LEBAK)).hasSize(1);
  }

  @Test
  void listsAYearsClaimsRegionLevelFirstThenByInnovationAndIndicator() {
    store().add(decree(LEBAK, "SK-1"), at(ADMIN, 0));
    store().putClaim(IndicatorClaim.forInnovation(LEBAK, SIMPEL, 2025, "ACTORS", 1, List.of()), 0, at(ADMIN, 1));
    store().putClaim(claim("REGULATION", 2, "SK-1"), 0, at(ADMIN, 2));
    store().putClaim(claim("ACTORS", 1, "SK-1"), 0, at(ADMIN, 3));
    store().putClaim(IndicatorClaim.forRegion(LEBAK, 2025, "INNOVATION_BUDGET", 2, List.of("SK-1")), 0, at(ADMIN, 4));
    store().putClaim(IndicatorClaim.forInnovation(LEBAK, POSYANDU, 2024, "ACTORS", 1, List.of()), 0, at(ADMIN, 5));

    assertThat(store().claims(LEBAK, 2025)).extracting(c -> c.key().text()).containsExactly(
        "region:36.02/2025/INNOVATION_BUDGET", POSYANDU + "/2025/ACTORS", POSYANDU + "/2025/REGULATION",
        SIMPEL + "/2025/ACTORS");
    assertThat(store().claims(LEBAK, Optional.of(POSYANDU), 2025)).extracting(c -> c.claim().indicator())
        .containsExactly("ACTORS", "REGULATION");
    assertThat(store().claims(LEBAK, Optional.empty(), 2025)).extracting(c -> c.claim().claimedLevel())
        .containsExactly(2);
    assertThat(store().claims(LEBAK, Optional.of(POSYANDU), 2024)).hasSize(1);
    assertThat(store().claims(LEBAK, 2026)).isEmpty();
  }

  @Test
  void keepsEachRegionsDocumentsClaimsAndLogApart() {
    store().add(decree(LEBAK, "SK-1"), at(ADMIN, 0));
    store().putClaim(claim("REGULATION", 2, "SK-1"), 0, at(ADMIN, 1));
    store().add(decree(BOGOR, "SK-1"), at(ADMIN, 2));
    ClaimKey lebakKey = ClaimKey.forInnovation(LEBAK, POSYANDU, 2025, "REGULATION");
    ClaimKey bogorKey = ClaimKey.forInnovation(BOGOR, POSYANDU, 2025, "REGULATION");

    assertThat(store().findClaim(bogorKey)).isEmpty();
    assertThat(store().claims(BOGOR, 2025)).isEmpty();
    assertThat(store().list(BOGOR, DocumentFilter.all())).extracting(RegisteredDocument::region).containsExactly(BOGOR);
    store().delete(BOGOR, "SK-1", 1, at(ADMIN, 3)); // Lebak's claim links Lebak's SK-1 only
    assertThat(store().find(LEBAK, "SK-1")).isPresent();
    assertThatThrownBy(() -> store().removeClaim(bogorKey, 1, at(ADMIN, 4)))
        .isInstanceOf(RegisterConflictException.class);
    assertThat(store().findClaim(lebakKey)).isPresent();
    assertThat(log(BOGOR)).extracting(RegisterChange::region).containsOnly(BOGOR).hasSize(2);
    assertThat(log(LEBAK)).extracting(RegisterChange::region).containsOnly(LEBAK).hasSize(2);
    assertThat(store().changes(RegionCode.parse("36.03"), 0, 10)).isEmpty();
  }

  @Test
  void logsEveryChangeWithActorTimeActionSubjectVersionAndNoteAndPages() {
    store().add(decree(LEBAK, "SK-1"), at(ADMIN, 0));
    store().attach(LEBAK, "SK-1", POSYANDU, at(INNOVATOR, 1));
    store().putClaim(claim("REGULATION", 2, "SK-1"), 0, at(INNOVATOR, 2));
    store().supersede(LEBAK, "SK-1", 1, decree(LEBAK, "SK-2"), at(ADMIN, 3).withNote("SK diperbarui"));
    store().removeClaim(ClaimKey.forInnovation(LEBAK, POSYANDU, 2025, "REGULATION"), 1, at(ADMIN, 4));

    List<RegisterChange> log = log(LEBAK);

    String claimKey = POSYANDU + "/2025/REGULATION";
    assertThat(log).extracting(RegisterChange::action, RegisterChange::subject, RegisterChange::version,
        RegisterChange::actor, RegisterChange::at).containsExactly(
        org.assertj.core.groups.Tuple.tuple(RegisterAction.DOCUMENT_ADDED, "SK-1", 1L, ADMIN, T0),
        org.assertj.core.groups.Tuple.tuple(RegisterAction.DOCUMENT_ATTACHED, "SK-1", 1L, INNOVATOR,
            T0.plusSeconds(60)),
        org.assertj.core.groups.Tuple.tuple(RegisterAction.CLAIM_PUT, claimKey, 1L, INNOVATOR, T0.plusSeconds(120)),
        org.assertj.core.groups.Tuple.tuple(RegisterAction.DOCUMENT_SUPERSEDED, "SK-1", 2L, ADMIN,
            T0.plusSeconds(180)),
        org.assertj.core.groups.Tuple.tuple(RegisterAction.DOCUMENT_ADDED, "SK-2", 1L, ADMIN, T0.plusSeconds(180)),
        org.assertj.core.groups.Tuple.tuple(RegisterAction.CLAIM_REMOVED, claimKey, 0L, ADMIN, T0.plusSeconds(240)));
    assertThat(log.get(1).detail()).contains(POSYANDU.toString());
    assertThat(log.get(3).detail()).contains("SK-2");
    assertThat(log.get(3).note()).contains("SK diperbarui");
    assertThat(log.get(4).note()).contains("SK diperbarui");
    assertThat(log.get(0).note()).isEmpty();
    assertThat(log).extracting(RegisterChange::sequence).isSorted().doesNotHaveDuplicates();
    List<RegisterChange> page = store().changes(LEBAK, log.get(1).sequence(), 2);
    assertThat(page).containsExactly(log.get(2), log.get(3));
    assertThat(store().changes(LEBAK, log.get(5).sequence(), 10)).isEmpty();
    assertThatThrownBy(() -> store().changes(LEBAK, 0, 0)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void ofTwoWritersOfTheSameClaimVersionExactlyOneWinsAndNothingIsLost() throws Exception {
    store().add(decree(LEBAK, "SK-1"), at(ADMIN, 0));
    store().putClaim(claim("REGULATION", 1, "SK-1"), 0, at(ADMIN, 1));
    for (int round = 1; round <= 5; round++) {
      int seen = round;
      List<Object> outcomes = Concurrently.run(2, i -> store().putClaim(claim("REGULATION", 2 + (i + seen) % 3,
          "SK-1"), seen, at(i == 0 ? ADMIN : INNOVATOR, 10 + seen)));

      assertThat(outcomes).filteredOn(RegisteredClaim.class::isInstance).hasSize(1);
      assertThat(outcomes).filteredOn(RegisterConflictException.class::isInstance).hasSize(1)
          .allSatisfy(e -> assertThat(((RegisterConflictException) e).expected()).isEqualTo(seen));
      RegisteredClaim winner = (RegisteredClaim) outcomes.stream().filter(RegisteredClaim.class::isInstance)
          .findFirst().orElseThrow();
      assertThat(store().findClaim(winner.key())).contains(winner);
      assertThat(winner.version()).isEqualTo(round + 1);
    }
    assertThat(log(LEBAK)).filteredOn(c -> c.action() == RegisterAction.CLAIM_PUT).hasSize(6);
  }

  @Test
  void ofTwoWritersSupersedingTheSameDocumentExactlyOneWins() throws Exception {
    store().add(decree(LEBAK, "SK-1"), at(ADMIN, 0));

    List<Object> outcomes = Concurrently.run(2, i -> store().supersede(LEBAK, "SK-1", 1, decree(LEBAK, "SK-NEW-" + i),
        at(ADMIN, 1 + i)));

    RegisteredDocument winner = (RegisteredDocument) outcomes.stream().filter(RegisteredDocument.class::isInstance)
        .findFirst().orElseThrow();
    assertThat(outcomes).filteredOn(RuntimeException.class::isInstance).singleElement()
        .isInstanceOfAny(RegisterConflictException.class, DocumentSupersededException.class);
    assertThat(store().find(LEBAK, "SK-1").orElseThrow().supersededBy()).contains(winner.id());
    assertThat(store().list(LEBAK, DocumentFilter.all())).extracting(RegisteredDocument::id)
        .containsExactlyInAnyOrder("SK-1", winner.id());
  }

  @Test
  void aDeletionAndAClaimLinkingTheDocumentNeverBothSucceed() throws Exception {
    for (int round = 0; round < 4; round++) {
      String id = "FOTO-" + round;
      store().add(photo(id, 2024, POSYANDU), at(ADMIN, round));
      IndicatorClaim linking = IndicatorClaim.forInnovation(LEBAK, POSYANDU, 2025, "R" + round, 1, List.of(id));

      List<Object> outcomes = Concurrently.run(2, i -> {
        if (i == 0) {
          store().delete(LEBAK, id, 1, at(ADMIN, 10));
          return "deleted";
        }
        return store().putClaim(linking, 0, at(INNOVATOR, 10));
      });

      boolean deleted = "deleted".equals(outcomes.get(0));
      assertThat(store().find(LEBAK, id).isPresent()).isNotEqualTo(deleted);
      assertThat(store().findClaim(ClaimKey.of(linking)).isPresent()).isNotEqualTo(deleted);
      assertThat(outcomes.get(deleted ? 1 : 0))
          .isInstanceOf(deleted ? NoSuchDocumentException.class : DocumentInUseException.class);
    }
  }
}
