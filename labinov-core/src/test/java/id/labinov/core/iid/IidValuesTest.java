package id.labinov.core.iid;

import static id.labinov.core.iid.IidFixtures.INNOVATION;
import static id.labinov.core.iid.IidFixtures.LEBAK;
import static id.labinov.core.iid.IidFixtures.YEAR;
import static id.labinov.core.iid.IidFixtures.claim;
import static id.labinov.core.iid.IidFixtures.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.i18n.Messages;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input to the IID values and the pre-flight fails with typed errors, never a NullPointerException. */
class IidValuesTest {
  private static final String SHA = "a".repeat(64);

  private static InvalidValueException refused(ThrowingCallable call, String code) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.getMessage(Messages.INDONESIAN)).doesNotStartWith("error.");
    assertThat(e.getMessage(Locale.ENGLISH)).doesNotStartWith("error.");
    return e;
  }

  @Test
  void documentKindsAreOpenButShaped() {
    assertThat(DocumentKind.of("LEBAK_PIAGAM").label(Locale.ENGLISH)).isEqualTo("LEBAK_PIAGAM");
    assertThat(DocumentKind.of("LEBAK_PIAGAM").isShipped()).isFalse();
    assertThat(DocumentKind.PERDA.label(Messages.INDONESIAN)).isEqualTo("Perda");
    assertThat(DocumentKind.shipped()).hasSize(17).allMatch(k -> Messages.isDefined("label.DocumentKind." + k.code()));
    refused(() -> DocumentKind.of("perda"), "INVALID_DOCUMENT_KIND");
    refused(() -> DocumentKind.of(null), "INVALID_DOCUMENT_KIND");
  }

  @Test
  void fileReferencesAreChecked() {
    FileRef ok = new FileRef(URI.create("https://arsip.lebakkab.go.id/sk.pdf"), SHA.toUpperCase(Locale.ROOT), "Application/PDF", 1200);
    assertThat(ok.sha256()).isEqualTo(SHA);
    assertThat(ok.mediaType()).isEqualTo("application/pdf");

    refused(() -> new FileRef(null, SHA, "application/pdf", 1), "REQUIRED");
    refused(() -> new FileRef(URI.create("sk.pdf"), SHA, "application/pdf", 1), "INVALID_FILE_URI");
    refused(() -> new FileRef(URI.create("https://x.id/a"), "abc", "application/pdf", 1), "INVALID_SHA256");
    refused(() -> new FileRef(URI.create("https://x.id/a"), SHA, "pdf", 1), "INVALID_MEDIA_TYPE");
    refused(() -> new FileRef(URI.create("https://x.id/a"), SHA, "application/pdf", -1), "NEGATIVE_COUNT");
  }

  @Test
  void documentsNameTheirMissingOrMalformedPart() {
    EvidenceDocument.Builder noSubject = EvidenceDocument.builder("sk-1", LEBAK, DocumentKind.DECREE, LocalDate.of(2024, 1, 1))
        .issuer("Bupati Lebak", IssuerLevel.REGIONAL_HEAD);
    assertThat(refused(noSubject::build, "REQUIRED").field()).isEqualTo("subject");
    EvidenceDocument.Builder noLevel = EvidenceDocument.builder("sk-1", LEBAK, DocumentKind.DECREE, LocalDate.of(2024, 1, 1))
        .subject("Inovasi").issuer("Bupati Lebak", null);
    assertThat(refused(noLevel::build, "REQUIRED").field()).isEqualTo("issuerLevel");
    EvidenceDocument.Builder noDate = EvidenceDocument.builder("sk-1", LEBAK, DocumentKind.DECREE, null)
        .subject("Inovasi").issuer("Bupati Lebak", IssuerLevel.REGIONAL_HEAD);
    assertThat(refused(noDate::build, "REQUIRED").field()).isEqualTo("date");
    refused(() -> EvidenceDocument.builder("sk 1", LEBAK, DocumentKind.DECREE, LocalDate.of(2024, 1, 1))
        .subject("x").issuer("y", IssuerLevel.DPRD).build(), "INVALID_DOCUMENT_ID");
    InvalidValueException validity = refused(() -> EvidenceDocument.builder("sk-1", LEBAK, DocumentKind.DECREE,
        LocalDate.of(2024, 5, 1)).subject("x").issuer("y", IssuerLevel.DPRD).valid(null, LocalDate.of(2024, 4, 30)).build(),
        "INVALID_VALIDITY");
    assertThat(validity.getMessage(Messages.INDONESIAN)).contains("2024-04-30").contains("2024-05-01");
    refused(() -> EvidenceDocument.builder("sk-1", LEBAK, DocumentKind.DECREE, LocalDate.of(2024, 5, 1)).subject("x")
        .issuer("y", IssuerLevel.DPRD).backs(Set.of(INNOVATION), Set.of("regulation")).build(), "INVALID_INDICATOR_CODE");
    refused(() -> EvidenceDocument.builder("sk-1", LEBAK, DocumentKind.DECREE, LocalDate.of(2024, 5, 1)).subject("x")
        .issuer("y", IssuerLevel.DPRD).backs(null, Set.of()).build(), "REQUIRED");
  }

  @Test
  void aDocumentIsInForceFromItsDateUntilItsLastDay() {
    EvidenceDocument d = EvidenceDocument.builder("sk-1", LEBAK, DocumentKind.DECREE, LocalDate.of(2021, 3, 2))
        .subject("x").issuer("y", IssuerLevel.REGIONAL_HEAD).valid(null, LocalDate.of(2023, 1, 1)).build();

    assertThat(d.inForceIn(2020)).isFalse();
    assertThat(d.inForceIn(2021)).isTrue();
    assertThat(d.inForceIn(2023)).isTrue();
    assertThat(d.inForceIn(2024)).isFalse();
  }

  @Test
  void claimsAreChecked() {
    refused(() -> IndicatorClaim.forInnovation(LEBAK, null, YEAR, "REGULATION", 1, List.of()), "REQUIRED");
    refused(() -> IndicatorClaim.forInnovation(LEBAK, INNOVATION, 1999, "REGULATION", 1, List.of()), "INVALID_YEAR");
    refused(() -> claim("REGULATION", 0), "INVALID_LEVEL");
    refused(() -> claim("regulasi", 1), "INVALID_INDICATOR_CODE");
    refused(() -> claim("REGULATION", 1, "sk-1", "sk-1"), "DUPLICATE_DOCUMENT_LINK");
    refused(() -> IndicatorClaim.forRegion(LEBAK, YEAR, "REGULATION", 1, Arrays.asList("sk-1", null)), "REQUIRED");
    refused(() -> IndicatorClaim.forRegion(LEBAK, YEAR, "REGULATION", 1, null), "REQUIRED");
    refused(() -> claim("REGULATION", 1).withStatedValue(null), "REQUIRED");
    refused(() -> new StatedValue(new BigDecimal("-1"), "PEOPLE"), "NEGATIVE_VALUE");
    refused(() -> new StatedValue(BigDecimal.ONE, "people"), "INVALID_UNIT");
    assertThat(IndicatorClaim.forRegion(LEBAK, YEAR, "REGULATION", 1, List.of()).subject()).isEqualTo("region:36.02");
  }

  @Test
  void thePreflightRefusesClaimsItCannotJudge() {
    Preflight p = Preflight.iidInnovationIndicators();
    EvidenceDocument sk = document("sk-1", DocumentKind.DECREE, IssuerLevel.REGIONAL_HEAD, "2024-01-01");

    refused(() -> p.run(YEAR, null, List.of()), "REQUIRED");
    refused(() -> p.run(YEAR, Arrays.asList(claim("REGULATION", 1), null), List.of()), "REQUIRED");
    refused(() -> p.run(YEAR, List.of(), Arrays.asList(sk, null)), "REQUIRED");
    refused(() -> p.run(YEAR, List.of(), List.of(sk, sk)), "DUPLICATE_DOCUMENT");
    refused(() -> p.run(YEAR, List.of(claim("REGULATION", 1), claim("REGULATION", 2)), List.of()), "DUPLICATE_CLAIM");
    InvalidValueException year = refused(() -> p.run(2026, List.of(claim("REGULATION", 1)), List.of()), "CLAIM_YEAR_MISMATCH");
    assertThat(year.getMessage(Messages.INDONESIAN))
        .isEqualTo("Klaim indikator REGULATION untuk tahun 2025, padahal pemeriksaan untuk tahun 2026; periksa setiap tahun secara terpisah.");
    refused(() -> p.run(YEAR, List.of(claim("UNHEARD_OF", 1)), List.of()), "UNKNOWN_INDICATOR");
    InvalidValueException level = refused(() -> p.run(YEAR, List.of(claim("REGULATION", 4)), List.of()), "LEVEL_ABOVE_SCHEME");
    assertThat(level.getMessage(Locale.ENGLISH)).isEqualTo("Level 4 is above the highest level of indicator REGULATION, which is 3.");
    refused(() -> p.run(1800, List.of(), List.of()), "INVALID_YEAR");
  }

  @Test
  void rulesMustBeWrittenForTheSchemeTheyAreUsedWith() {
    refused(() -> Preflight.of(EvaluationSchemes.kippCriteria(), EvidenceRules.iidInnovationIndicators()), "RULES_FOR_OTHER_SCHEME");
    refused(() -> Preflight.of(null, EvidenceRules.iidInnovationIndicators()), "REQUIRED");
    String json = IidEvidenceRulesTest.shippedJson().replace("\"code\": \"VIDEO\",\n      \"number\": 20,\n      \"mandatory\": true",
        "\"code\": \"VIDEO\",\n      \"number\": 20,\n      \"mandatory\": false");
    InvalidValueException e = refused(() -> Preflight.of(EvaluationSchemes.iidInnovationIndicators(), EvidenceRules.parse(json)),
        "RULES_DO_NOT_MATCH_SCHEME");
    assertThat(e.rejectedValue()).isEqualTo("VIDEO");
  }

  @Test
  void gapsRenderTheirArgumentsForTheReader() {
    Gap gap = new Gap("ISSUER_LEVEL", Optional.of("x"), "iid.gap.ISSUER_LEVEL",
        List.of("SK 1", IssuerLevel.DPRD, List.of(IssuerLevel.REGIONAL_HEAD, IssuerLevel.OPD_HEAD)));

    assertThat(gap.message(Messages.INDONESIAN)).isEqualTo("SK 1 ditandatangani DPRD, bukan kepala daerah atau kepala perangkat daerah");
    assertThat(gap.message(Locale.ENGLISH)).isEqualTo("SK 1 is signed by the DPRD, not the head of region or an OPD head");
    refused(() -> new Gap("X", null, "k", List.of()), "REQUIRED");
    refused(() -> RequirementOutcome.unmet(List.of()), "REQUIRED");
  }
}
