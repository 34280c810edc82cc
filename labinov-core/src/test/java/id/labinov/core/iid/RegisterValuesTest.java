package id.labinov.core.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evidence register's values: what they accept, refuse (with typed errors) and say. */
class RegisterValuesTest {
  private static final RegionCode LEBAK = IidFixtures.LEBAK;
  private static final PersonId ADMIN = PersonId.of("admin-bappeda");
  private static final Instant AT = Instant.parse("2025-03-04T02:00:00Z");

  @Test
  void aClaimKeyNamesItsSubjectYearAndIndicator() {
    assertThat(ClaimKey.forRegion(LEBAK, 2025, "INNOVATION_BUDGET").text())
        .isEqualTo("region:36.02/2025/INNOVATION_BUDGET");
    assertThat(ClaimKey.of(IidFixtures.claim("REGULATION", 2)).text())
        .isEqualTo(IidFixtures.INNOVATION + "/2025/REGULATION");
    assertThatThrownBy(() -> ClaimKey.forRegion(LEBAK, 1999, "REGULATION"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_YEAR"));
    assertThatThrownBy(() -> ClaimKey.forRegion(LEBAK, 2025, "regulation"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("INVALID_INDICATOR_CODE"));
  }

  @Test
  void aStampsNoteIsTrimmedAndLimited() {
    assertThat(ChangeStamp.of(ADMIN, AT).withNote("  SK diperbarui ").note()).contains("SK diperbarui");
    assertThatThrownBy(() -> ChangeStamp.of(ADMIN, AT).withNote("x".repeat(501)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("VALUE_TOO_LONG"));
    assertThatThrownBy(() -> ChangeStamp.of(null, AT))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("REQUIRED"));
  }

  @Test
  void aRegisteredDocumentNamesItsReplacementExactlyWhenSuperseded() {
    EvidenceDocument sk = IidFixtures.opdHeadDecree2021();
    RegisteredDocument added = RegisteredDocument.added(sk, Optional.empty(), ChangeStamp.of(ADMIN, AT));

    RegisteredDocument superseded = added.supersededBy("sk-800-13", ChangeStamp.of(ADMIN, AT.plusSeconds(60)));

    assertThat(superseded.status()).isEqualTo(DocumentStatus.SUPERSEDED);
    assertThat(superseded.version()).isEqualTo(2);
    assertThat(superseded.recordedAt()).isEqualTo(AT.plusSeconds(60));
    assertThatThrownBy(() -> new RegisteredDocument(sk, DocumentStatus.ACTIVE, Optional.empty(),
        Optional.of("sk-800-13"), Set.of(), 1, AT, ADMIN))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_STATUS");
          assertThat(e.getMessage(Messages.INDONESIAN)).contains("hanya dokumen yang digantikan");
        });
    assertThatThrownBy(() -> new RegisteredClaim(IidFixtures.claim("REGULATION", 1), 0, AT, ADMIN))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_VERSION"));
  }

  @Test
  void aDocumentFilterRefusesAnInvertedYearWindowAndMatchesWhatItNames() {
    assertThatThrownBy(() -> DocumentFilter.all().withYears(2025, 2023))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_YEAR_WINDOW");
          assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("The year window ends in 2023, before it starts in 2025.");
        });
    EvidenceDocument sk = EvidenceDocument.builder("sk-1", LEBAK, DocumentKind.DECREE, java.time.LocalDate.of(2024, 1, 5))
        .subject("Penetapan").issuer("Bupati Lebak", IssuerLevel.REGIONAL_HEAD)
        .backs(Set.of(IidFixtures.INNOVATION), Set.of("REGULATION")).build();
    RegisteredDocument doc = RegisteredDocument.added(sk, Optional.empty(), ChangeStamp.of(ADMIN, AT))
        .withAttachments(Set.of(IidFixtures.OTHER_INNOVATION));

    assertThat(DocumentFilter.active().withKind(DocumentKind.DECREE).withIndicator("REGULATION").withYears(2024, 2024)
        .matches(doc)).isTrue();
    assertThat(DocumentFilter.all().withInnovation(IidFixtures.OTHER_INNOVATION).matches(doc)).isTrue();
    assertThat(DocumentFilter.all().withInnovation(new InnovationId(java.util.UUID.randomUUID())).matches(doc)).isFalse();
    assertThat(DocumentFilter.all().withKind(DocumentKind.PERDA).matches(doc)).isFalse();
    assertThat(DocumentFilter.all().withYears(2025, 2026).matches(doc)).isFalse();
  }

  @Test
  void theRegistersErrorsSpeakBothLanguagesAndNameWhatTheyAreAbout() {
    DocumentInUseException inUse = new DocumentInUseException(LEBAK, "sk-1",
        List.of(ClaimKey.forRegion(LEBAK, 2025, "INNOVATION_BUDGET")), Set.of(), Optional.empty());
    assertThat(inUse.getMessage(Messages.INDONESIAN)).isEqualTo("Dokumen sk-1 (daerah 36.02) masih dipakai sehingga"
        + " tidak dapat dihapus, hanya dapat digantikan. Klaim yang menautkannya: region:36.02/2025/INNOVATION_BUDGET;"
        + " inovasi yang memakainya sebagai bukti tahapan: -; dokumen yang digantikannya: -.");
    RegisterConflictException conflict = new RegisterConflictException(LEBAK, "sk-1", 1, 2);
    assertThat(conflict.code()).isEqualTo("VERSION_CONFLICT");
    assertThat(conflict.getMessage(Locale.ENGLISH)).isEqualTo("sk-1 (region 36.02) was changed by someone else: you"
        + " saw version 1, the stored version is 2. Reload and make your change again.");
    assertThat(new NoSuchDocumentException(LEBAK, "sk-9").getMessage(Messages.INDONESIAN))
        .isEqualTo("Dokumen sk-9 tidak ada dalam daftar bukti dukung daerah 36.02.");
  }
}
