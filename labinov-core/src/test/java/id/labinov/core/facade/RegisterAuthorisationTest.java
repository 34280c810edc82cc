package id.labinov.core.facade;

import static id.labinov.core.facade.LabFixture.ADMIN;
import static id.labinov.core.facade.LabFixture.COACH;
import static id.labinov.core.facade.LabFixture.EVALUATOR;
import static id.labinov.core.facade.LabFixture.HEAD;
import static id.labinov.core.facade.LabFixture.INNOVATOR;
import static id.labinov.core.facade.LabFixture.LEBAK;
import static id.labinov.core.facade.LabFixture.OTHER_HEAD;
import static id.labinov.core.facade.LabFixture.REGIONAL_HEAD;
import static id.labinov.core.facade.LabFixture.TANGERANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.IidService;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentFilter;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.RegisterRefusedException;
import id.labinov.core.memory.InMemoryEvidenceRegisterStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Who may read and change the evidence register: the lab administrator everything of the region, an
 * OPD head their OPD's innovations, an innovator their own, other roles only read; nobody reads or
 * writes outside their scope; a refusal writes nothing and says why in both languages.
 */
class RegisterAuthorisationTest {
  private static final Actor NEIGHBOUR_ADMIN = Actor.of("admin-tangerang", "BAPPEDA", Role.LAB_ADMIN).in(TANGERANG);
  private static final Actor OTHER_INNOVATOR = Actor.of("asn-dinkes-044", "DINKES", Role.INNOVATOR).in(LEBAK);
  private static final Actor BANTEN_ADMIN = Actor.of("admin-banten", "BAPPEDA", Role.LAB_ADMIN)
      .in(Scope.province(Province.ofCode("36")));
  private static final Actor NATIONAL = Actor.of("kemendagri-01", null, Role.LAB_ADMIN).in(Scope.national());

  private final LabFixture fx = LabFixture.create(b -> b.evidenceRegisterStore(new InMemoryEvidenceRegisterStore()));
  private final IidService iid = fx.lab.iid();
  private final InnovationRef ref = fx.proposed(); // proposed by INNOVATOR for DINKES

  private EvidenceDocument photo(String id, Set<InnovationId> backs) {
    return EvidenceDocument.builder(id, LEBAK, DocumentKind.PHOTO, LocalDate.of(2024, 5, 2)).subject("Foto kegiatan")
        .issuer("Dinas Kesehatan", IssuerLevel.OPD_HEAD).backs(backs, Set.of("ACTORS")).build();
  }

  private IndicatorClaim innovationClaim() {
    return IndicatorClaim.forInnovation(LEBAK, ref.id(), 2025, "ACTORS", 1, List.of());
  }

  private static IndicatorClaim regionClaim() {
    return IndicatorClaim.forRegion(LEBAK, 2025, "INNOVATION_BUDGET", 1, List.of());
  }

  /** Asserts the change is refused with these codes, and that the register is still empty. */
  private void refused(ThrowingCallable change, String... codes) {
    assertThatThrownBy(change).isInstanceOfSatisfying(RegisterRefusedException.class, e -> {
      assertThat(e.code()).isEqualTo("REGISTER_REFUSED");
      assertThat(e.verdict().codes()).containsExactly(codes);
    });
    assertThat(iid.changes(ADMIN, LEBAK, 0, 100)).isEmpty();
  }

  @Test
  void theLabAdministratorChangesRegionLevelAndInnovationDocumentsAndClaims() {
    iid.addDocument(ADMIN, photo("foto-daerah", Set.of()));
    iid.addDocument(ADMIN, photo("foto-inovasi", Set.of(ref.id())));
    iid.putClaim(ADMIN, regionClaim(), 0);
    iid.putClaim(ADMIN, innovationClaim(), 0);
    iid.removeClaim(ADMIN, ClaimKey.of(regionClaim()), 1);
    iid.deleteDocument(ADMIN, LEBAK, "foto-daerah", 1);

    assertThat(iid.documents(ADMIN, LEBAK, DocumentFilter.all())).extracting(d -> d.id()).containsExactly("foto-inovasi");
    assertThat(iid.claims(ADMIN, LEBAK, 2025)).extracting(c -> c.key()).containsExactly(ClaimKey.of(innovationClaim()));
  }

  @Test
  void anOpdHeadChangesTheirOpdsInnovationsOnly() {
    iid.addDocument(HEAD, photo("foto-1", Set.of(ref.id())));
    iid.putClaim(HEAD, innovationClaim(), 0);

    assertThatThrownBy(() -> iid.putClaim(OTHER_HEAD, innovationClaim(), 1))
        .isInstanceOfSatisfying(RegisterRefusedException.class, e -> {
          assertThat(e.verdict().codes()).containsExactly("NOT_OWN_OPD");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("Tindakan \"Isi klaim indikator\" ditolak");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("\"Fill in an indicator claim\"");
        });
    assertThat(iid.claims(ADMIN, LEBAK, 2025)).singleElement().satisfies(c -> assertThat(c.version()).isEqualTo(1));
  }

  @Test
  void anInnovatorChangesTheirOwnInnovationsButNotAnotherTeamsOrTheRegions() {
    iid.putClaim(INNOVATOR, innovationClaim(), 0);
    iid.removeClaim(INNOVATOR, ClaimKey.of(innovationClaim()), 1);
    assertThat(iid.changes(ADMIN, LEBAK, 0, 10)).hasSize(2);
    InnovationRef other = fx.lab.innovations().propose(LEBAK, OTHER_INNOVATOR, LabFixture.details()).orThrow().ref();

    assertThatThrownBy(() -> iid.addDocument(INNOVATOR, photo("foto-2", Set.of(ref.id(), other.id()))))
        .isInstanceOfSatisfying(RegisterRefusedException.class,
            e -> assertThat(e.verdict().codes()).containsExactly("NOT_INNOVATION_TEAM"));
    assertThatThrownBy(() -> iid.putClaim(INNOVATOR, regionClaim(), 0))
        .isInstanceOfSatisfying(RegisterRefusedException.class, e -> {
          assertThat(e.verdict().codes()).containsExactly("ROLE_NOT_PERMITTED");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("hanya dapat diubah oleh admin lab");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("by the lab administrator only");
        });
    assertThat(iid.changes(ADMIN, LEBAK, 0, 10)).hasSize(2);
  }

  @Test
  void coachesEvaluatorsAndTheRegionalHeadReadButDoNotChange() {
    for (Actor reader : List.of(COACH, EVALUATOR, REGIONAL_HEAD)) {
      refused(() -> iid.putClaim(reader, innovationClaim(), 0), "ROLE_NOT_PERMITTED");
      refused(() -> iid.addDocument(reader, photo("foto-1", Set.of(ref.id()))), "ROLE_NOT_PERMITTED");
      assertThat(iid.claims(reader, LEBAK, 2025)).isEmpty();
      assertThat(iid.documents(reader, LEBAK, DocumentFilter.all())).isEmpty();
    }
    assertThatThrownBy(() -> iid.removeClaim(COACH, ClaimKey.of(innovationClaim()), 1))
        .isInstanceOfSatisfying(RegisterRefusedException.class, e -> {
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("kepala OPD (untuk inovasi OPD-nya)");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("an OPD head (for their OPD's innovations)");
        });
  }

  @Test
  void nobodyReadsOrChangesAnotherRegionsRegister() {
    iid.addDocument(ADMIN, photo("foto-1", Set.of()));
    iid.putClaim(ADMIN, regionClaim(), 0);

    for (ThrowingCallable read : List.<ThrowingCallable>of(
        () -> iid.findDocument(NEIGHBOUR_ADMIN, LEBAK, "foto-1"),
        () -> iid.documents(NEIGHBOUR_ADMIN, LEBAK, DocumentFilter.all()),
        () -> iid.claims(NEIGHBOUR_ADMIN, LEBAK, 2025),
        () -> iid.changes(NEIGHBOUR_ADMIN, LEBAK, 0, 10),
        () -> iid.preflight(NEIGHBOUR_ADMIN, LEBAK, 2025, ref.id()))) {
      assertThatThrownBy(read).isInstanceOf(OutsideScopeException.class);
    }
    assertThatThrownBy(() -> iid.removeClaim(NEIGHBOUR_ADMIN, ClaimKey.of(regionClaim()), 1))
        .isInstanceOfSatisfying(RegisterRefusedException.class,
            e -> assertThat(e.verdict().codes()).containsExactly("OUTSIDE_SCOPE"));
    assertThatThrownBy(() -> iid.deleteDocument(NEIGHBOUR_ADMIN, LEBAK, "foto-1", 1))
        .isInstanceOf(OutsideScopeException.class);
    assertThat(iid.claims(NEIGHBOUR_ADMIN, TANGERANG, 2025)).isEmpty();
    assertThat(iid.changes(ADMIN, LEBAK, 0, 10)).hasSize(2);
  }

  @Test
  void aProvincesLabAdministratorWritesInItsRegenciesAndNationalActorsOnlyRead() {
    iid.putClaim(BANTEN_ADMIN, regionClaim(), 0);
    assertThat(iid.claims(NATIONAL, LEBAK, 2025)).hasSize(1);

    assertThatThrownBy(() -> iid.putClaim(NATIONAL, regionClaim(), 1))
        .isInstanceOfSatisfying(RegisterRefusedException.class,
            e -> assertThat(e.verdict().codes()).containsExactly("SCOPE_READ_ONLY"));
    assertThatThrownBy(() -> iid.putClaim(BANTEN_ADMIN,
        IndicatorClaim.forRegion(RegionCode.parse("32.01"), 2025, "INNOVATION_BUDGET", 1, List.of()), 0))
        .isInstanceOfSatisfying(RegisterRefusedException.class,
            e -> assertThat(e.verdict().codes()).containsExactly("OUTSIDE_SCOPE"));
  }

  @Test
  void aClaimOnAnUnknownInnovationIsATypedErrorForThoseWhoseRightDependsOnIt() {
    InnovationId unknown = LabFixture.unknownRef().id();
    IndicatorClaim claim = IndicatorClaim.forInnovation(LEBAK, unknown, 2025, "ACTORS", 1, List.of());

    assertThatThrownBy(() -> iid.putClaim(HEAD, claim, 0)).isInstanceOf(NoSuchInnovationException.class);
    assertThat(iid.changes(ADMIN, LEBAK, 0, 10)).isEmpty();
  }
}
