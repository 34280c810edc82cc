package id.labinov.core.iid;

import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import java.time.LocalDate;
import java.util.List;

/** Test data for the IID pre-flight: Kabupaten Lebak, one innovation, documents with defaults. */
final class IidFixtures {
  static final RegionCode LEBAK = RegionCode.parse("36.02");
  static final RegionCode PANDEGLANG = RegionCode.parse("36.01");
  static final InnovationId INNOVATION = InnovationId.parse("0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d");
  static final InnovationId OTHER_INNOVATION = InnovationId.parse("0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8e");
  static final int YEAR = 2025;

  private IidFixtures() {}

  /** A document of Lebak with a number, subject and issuer; the issuer level as given. */
  static EvidenceDocument document(String id, DocumentKind kind, IssuerLevel level, String date) {
    return EvidenceDocument.builder(id, LEBAK, kind, LocalDate.parse(date))
        .number(id.toUpperCase(java.util.Locale.ROOT) + "/2025")
        .subject("Penetapan inovasi " + id)
        .issuer(level == IssuerLevel.REGIONAL_HEAD ? "Bupati Lebak" : "Kepala Dinas Kesehatan", level)
        .build();
  }

  /** The SK: signed by the head of the health office on 2 March 2021. */
  static EvidenceDocument opdHeadDecree2021() {
    return EvidenceDocument.builder("sk-800-12", LEBAK, DocumentKind.DECREE, LocalDate.of(2021, 3, 2))
        .number("800/12/2021")
        .subject("Penetapan Inovasi Si-Cepat pada Dinas Kesehatan")
        .issuer("Kepala Dinas Kesehatan Kabupaten Lebak", IssuerLevel.OPD_HEAD)
        .build();
  }

  static IndicatorClaim claim(String indicator, int level, String... documentIds) {
    return IndicatorClaim.forInnovation(LEBAK, INNOVATION, YEAR, indicator, level, List.of(documentIds));
  }
}
