package id.labinov.core.iid;

import static id.labinov.core.iid.IidFixtures.INNOVATION;
import static id.labinov.core.iid.IidFixtures.LEBAK;
import static id.labinov.core.iid.IidFixtures.PANDEGLANG;
import static id.labinov.core.iid.IidFixtures.YEAR;
import static id.labinov.core.iid.IidFixtures.claim;
import static id.labinov.core.iid.IidFixtures.document;
import static id.labinov.core.iid.IidFixtures.opdHeadDecree2021;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IidPreflightTest {
  private final Preflight preflight = Preflight.iidInnovationIndicators();

  private ClaimResult only(IndicatorClaim claim, EvidenceDocument... documents) {
    PreflightReport report = preflight.run(YEAR, List.of(claim), List.of(documents));
    assertThat(report.results()).hasSize(1);
    return report.results().get(0);
  }

  @Nested
  class TheIssuesExample {
    private final ClaimResult result = only(claim("REGULATION", 3, "sk-800-12"), opdHeadDecree2021());

    @Test
    void aPerdaClaimBackedByAnOpdHeadsDecreeOf2021IsCarriedAtLevel1() {
      assertThat(result.claimedLevel()).isEqualTo(3);
      assertThat(result.supportedLevel()).isEqualTo(1);
      assertThat(result.supportingDocuments()).containsExactly("sk-800-12");
      assertThat(result.claimedPoints()).isEqualByComparingTo(new BigDecimal("9"));
      assertThat(result.supportedPoints()).isEqualByComparingTo(new BigDecimal("3"));
    }

    @Test
    void listsEveryReasonTheDecreeDoesNotCarryThePerda() {
      assertThat(result.gaps()).extracting(Gap::code)
          .containsExactly("DOCUMENT_KIND", "ISSUER_LEVEL", "DATE_OUTSIDE_WINDOW");
      assertThat(result.gaps()).allSatisfy(g -> assertThat(g.documentId()).contains("sk-800-12"));
    }

    @Test
    void saysSoInIndonesian() {
      assertThat(result.sentence(Messages.INDONESIAN)).isEqualTo(
          "Regulasi inovasi daerah: klaim tingkat 3 (Ditetapkan dengan peraturan daerah (Perda)); "
              + "bukti mendukung tingkat 1: SK nomor 800/12/2021 tanggal 2021-03-02 bukan Perda; "
              + "SK nomor 800/12/2021 tanggal 2021-03-02 ditandatangani kepala perangkat daerah, bukan kepala daerah; "
              + "SK nomor 800/12/2021 tanggal 2021-03-02 di luar T-2..T-0 (2023–2025)");
    }

    @Test
    void saysSoInEnglish() {
      assertThat(result.sentence(Locale.ENGLISH)).isEqualTo(
          "Regulation establishing the innovation: level 3 claimed (Set by regional regulation (Perda)); "
              + "the evidence supports level 1: decree (SK) no. 800/12/2021 of 2021-03-02 is not the required Perda (regional regulation); "
              + "decree (SK) no. 800/12/2021 of 2021-03-02 is signed by an OPD head, not the head of region; "
              + "decree (SK) no. 800/12/2021 of 2021-03-02 is dated outside T-2..T-0 (2023–2025)");
    }
  }

  @Test
  void aPerdaOfTheHeadOfRegionWithinTheWindowCarriesTheClaimAsMade() {
    EvidenceDocument perda = document("perda-4", DocumentKind.PERDA, IssuerLevel.REGIONAL_HEAD, "2024-06-10");

    ClaimResult result = only(claim("REGULATION", 3, "perda-4"), perda);

    assertThat(result.supportedLevel()).isEqualTo(3);
    assertThat(result.isSupported()).isTrue();
    assertThat(result.gaps()).isEmpty();
    assertThat(result.sentence(Messages.INDONESIAN)).isEqualTo(
        "Regulasi inovasi daerah: klaim tingkat 3 (Ditetapkan dengan peraturan daerah (Perda)) didukung bukti");
  }

  @Test
  void aClaimWithoutDocumentsIsCarriedAtNoLevelAndNamesTheAbsence() {
    ClaimResult result = only(claim("REGULATION", 1));

    assertThat(result.supportedLevel()).isZero();
    assertThat(result.gaps()).singleElement().satisfies(g -> {
      assertThat(g.code()).isEqualTo("NO_DOCUMENT");
      assertThat(g.documentId()).isEmpty();
      assertThat(g.message(Messages.INDONESIAN)).isEqualTo("tidak ada SK yang ditautkan");
      assertThat(g.message(Locale.ENGLISH)).isEqualTo("no decree (SK) is linked");
    });
  }

  @Test
  void aLinkToADocumentNotInTheRegisterIsAGapEvenWhenTheClaimIsCarried() {
    EvidenceDocument decree = document("sk-1", DocumentKind.DECREE, IssuerLevel.REGIONAL_HEAD, "2019-01-05");

    ClaimResult result = only(claim("REGULATION", 1, "sk-1", "sk-lost"), decree);

    assertThat(result.supportedLevel()).isEqualTo(1);
    assertThat(result.gaps()).singleElement().satisfies(g -> {
      assertThat(g.code()).isEqualTo("UNKNOWN_DOCUMENT");
      assertThat(g.documentId()).contains("sk-lost");
    });
    assertThat(result.sentence(Messages.INDONESIAN)).endsWith(
        "didukung bukti; catatan: dokumen sk-lost tidak ada dalam daftar bukti dukung");
  }

  @Test
  void aDocumentOfAnotherRegionDoesNotCount() {
    EvidenceDocument foreign = EvidenceDocument.builder("sk-9", PANDEGLANG, DocumentKind.DECREE, LocalDate.of(2024, 1, 2))
        .subject("Penetapan inovasi").issuer("Bupati Pandeglang", IssuerLevel.REGIONAL_HEAD).build();

    ClaimResult result = only(claim("REGULATION", 1, "sk-9"), foreign);

    assertThat(result.supportedLevel()).isZero();
    assertThat(result.gaps()).extracting(Gap::code).containsExactly("OTHER_REGION", "NO_DOCUMENT");
    assertThat(result.gaps().get(0).message(Messages.INDONESIAN))
        .isEqualTo("SK tanpa nomor tanggal 2024-01-02 milik daerah 36.01, bukan daerah 36.02");
  }

  @Nested
  class StatedValues {
    private final EvidenceDocument team = document("st-1", DocumentKind.ASSIGNMENT_LETTER, IssuerLevel.OPD_HEAD, "2024-02-01");

    @Test
    void fortyPeopleCarryTheHighestLevelOfHumanResources() {
      ClaimResult result = only(claim("HUMAN_RESOURCES", 3, "st-1").withStatedValue(StatedValue.of(40, "PEOPLE")), team);

      assertThat(result.supportedLevel()).isEqualTo(3);
    }

    @Test
    void twentyPeopleCarryLevel2AndSaySoInBothLanguages() {
      ClaimResult result = only(claim("HUMAN_RESOURCES", 3, "st-1").withStatedValue(StatedValue.of(20, "PEOPLE")), team);

      assertThat(result.supportedLevel()).isEqualTo(2);
      assertThat(result.gaps()).singleElement().satisfies(g -> {
        assertThat(g.code()).isEqualTo("VALUE_TOO_LOW");
        assertThat(g.message(Messages.INDONESIAN)).isEqualTo("20 orang kurang dari 31 yang disyaratkan");
        assertThat(g.message(Locale.ENGLISH)).isEqualTo("20 people is below the required 31");
      });
    }

    @Test
    void aValueInAnotherUnitDoesNotCount() {
      ClaimResult result = only(claim("HUMAN_RESOURCES", 1, "st-1").withStatedValue(StatedValue.of(12, "MONTHS")), team);

      assertThat(result.supportedLevel()).isZero();
      assertThat(result.gaps()).singleElement().extracting(Gap::code).isEqualTo("VALUE_UNIT");
      assertThat(result.gaps().get(0).message(Messages.INDONESIAN))
          .isEqualTo("nilai 12 bulan tidak dapat dipakai; yang diminta jumlah orang");
    }

    @Test
    void aMissingValueIsNamed() {
      ClaimResult result = only(claim("CREATION_SPEED", 3));

      assertThat(result.supportedLevel()).isZero();
      assertThat(result.gaps()).singleElement().satisfies(g ->
          assertThat(g.message(Locale.ENGLISH)).isEqualTo("no number of months is stated"));
    }

    @Test
    void sixMonthsToCreateCarryLevel2() {
      ClaimResult result = only(claim("CREATION_SPEED", 3).withStatedValue(StatedValue.of(6, "MONTHS")));

      assertThat(result.supportedLevel()).isEqualTo(2);
      assertThat(result.gaps()).singleElement().satisfies(g ->
          assertThat(g.message(Messages.INDONESIAN)).isEqualTo("6 bulan melebihi batas 4"));
    }
  }

  @Test
  void budgetIsCountedInDistinctYearsOfTheWindow() {
    EvidenceDocument dpa2023 = document("dpa-23", DocumentKind.BUDGET_DOCUMENT, IssuerLevel.OPD_HEAD, "2023-01-10");
    EvidenceDocument dpa2023b = document("dpa-23b", DocumentKind.BUDGET_DOCUMENT, IssuerLevel.OPD_HEAD, "2023-09-10");
    EvidenceDocument dpa2024 = document("dpa-24", DocumentKind.BUDGET_DOCUMENT, IssuerLevel.OPD_HEAD, "2024-01-10");

    ClaimResult result = only(claim("BUDGET", 3, "dpa-23", "dpa-23b", "dpa-24"), dpa2023, dpa2023b, dpa2024);

    assertThat(result.supportedLevel()).isEqualTo(2);
    assertThat(result.gaps()).singleElement().satisfies(g -> {
      assertThat(g.code()).isEqualTo("TOO_FEW_YEARS");
      assertThat(g.message(Messages.INDONESIAN))
          .isEqualTo("dokumen anggaran (DPA) yang memenuhi syarat baru mencakup 2 tahun, diperlukan 3 tahun");
    });
  }

  @Test
  void listsTheMandatoryIndicatorsAnInnovationLeftUnclaimed() {
    EvidenceDocument perda = document("perda-4", DocumentKind.PERDA, IssuerLevel.REGIONAL_HEAD, "2024-06-10");

    PreflightReport report = preflight.run(YEAR, List.of(claim("REGULATION", 3, "perda-4"),
        claim("VIDEO", 1, "vid").withStatedValue(StatedValue.of(2, "ELEMENTS"))),
        List.of(perda, document("vid", DocumentKind.VIDEO, IssuerLevel.OPD_HEAD, "2025-01-01")));

    assertThat(report.missingMandatory()).extracting(m -> m.criterion().code())
        .containsExactly("HUMAN_RESOURCES", "CREATION_SPEED", "BENEFIT");
    assertThat(report.missingMandatory()).allSatisfy(m -> {
      assertThat(m.region()).isEqualTo(LEBAK);
      assertThat(m.innovation()).contains(INNOVATION);
    });
    assertThat(report.missingMandatory().get(2).message(Messages.INDONESIAN))
        .isEqualTo("indikator wajib Kemanfaatan inovasi (BENEFIT) belum diklaim");
    assertThat(report.isReady()).isFalse();
    assertThat(report.claimedPoints()).isEqualByComparingTo("13");
    assertThat(report.supportedPoints()).isEqualByComparingTo("13");
  }

  @Test
  void aRequirementMayAskThatTheDocumentIsStillInForce() {
    String json = IidEvidenceRulesTest.shippedJson().replace(
        "{\"kinds\": [\"DECREE\"], \"issuerLevels\": [\"REGIONAL_HEAD\", \"OPD_HEAD\"]}",
        "{\"kinds\": [\"DECREE\"], \"issuerLevels\": [\"REGIONAL_HEAD\", \"OPD_HEAD\"], \"inForce\": true}");
    Preflight strict = Preflight.of(preflight.scheme(), EvidenceRules.parse(json));
    EvidenceDocument expired = EvidenceDocument.builder("sk-7", LEBAK, DocumentKind.DECREE, LocalDate.of(2020, 1, 6))
        .number("188/7/2020").subject("Penetapan inovasi").issuer("Bupati Lebak", IssuerLevel.REGIONAL_HEAD)
        .valid(null, LocalDate.of(2022, 12, 31)).build();

    ClaimResult result = strict.run(YEAR, List.of(claim("REGULATION", 1, "sk-7")), List.of(expired)).results().get(0);

    assertThat(result.supportedLevel()).isZero();
    assertThat(result.gaps()).singleElement().satisfies(g -> {
      assertThat(g.code()).isEqualTo("NOT_IN_FORCE");
      assertThat(g.message(Messages.INDONESIAN)).isEqualTo("SK nomor 188/7/2020 tanggal 2020-01-06 tidak berlaku pada tahun 2025");
      assertThat(g.message(Locale.ENGLISH)).isEqualTo("decree (SK) no. 188/7/2020 of 2020-01-06 is not in force in 2025");
    });
    assertThat(preflight.run(YEAR, List.of(claim("REGULATION", 1, "sk-7")), List.of(expired)).results().get(0)
        .supportedLevel()).as("the shipped rules do not ask it").isEqualTo(1);
  }
}
