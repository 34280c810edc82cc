package id.labinov.reporting.support;

import id.labinov.core.Labinov;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.StatedValue;
import id.labinov.core.memory.InMemoryClaimVerificationStore;
import id.labinov.core.memory.InMemoryEvidenceRegisterStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import java.time.LocalDate;
import java.util.List;

/**
 * IID readiness data for the Lebak test data, IID year {@value #YEAR}: an evidence register of six
 * documents, claims for four innovations (Posyandu Digital 1, Sekolah Ramah Anak 6, Angkot Pintar 11,
 * Izin Kilat 14) and four verification decisions.
 *
 * <p>What the pre-flight finds (the shipped evidence rules): Posyandu Digital claims REGULATION 3 on a
 * Perbup (supported 2), HUMAN_RESOURCES 2 (2), CREATION_SPEED 3 with 6 months (2), BENEFIT 3 (3), VIDEO
 * 3 with 4 elements (2); Sekolah Ramah Anak REGULATION 1 on the regent's SK (1), HUMAN_RESOURCES 3 with
 * 20 people (2), CREATION_SPEED 2 with 3 months (2), BENEFIT 2 without a document (0), no VIDEO; Angkot
 * Pintar only WORK_TOOLS 2 (2), so it misses every mandatory indicator; Izin Kilat REGULATION 2 on the
 * SK (1), HUMAN_RESOURCES 1, CREATION_SPEED 1, BENEFIT 1, VIDEO 1 (all 1). The verifier accepted
 * REGULATION 2 and CREATION_SPEED 1 of Posyandu Digital, BENEFIT 1 of Sekolah Ramah Anak and
 * REGULATION 1 of Izin Kilat.
 */
public final class IidData {
  /** The IID year of the claims. */
  public static final int YEAR = 2025;
  /** Who verifies: the region's desk reviewer. */
  public static final Actor VERIFIER = Actor.of("verifikator-01", null, Role.VERIFIER).in(Scenario.LEBAK);
  /** Who reads the IID reports: the regional head. */
  public static final Actor READER = Actor.of("bupati-lebak", null, Role.REGIONAL_HEAD).in(Scenario.LEBAK);

  private IidData() {}

  /** Sets in-memory register, verification and cycle stores (a later customizer may replace them). */
  public static Labinov.Builder stores(Labinov.Builder b) {
    return b.evidenceRegisterStore(new InMemoryEvidenceRegisterStore())
        .claimVerificationStore(new InMemoryClaimVerificationStore())
        .cycleStore(new id.labinov.core.memory.InMemoryCycleStore());
  }

  /** Adds the documents, claims and decisions, as the lab administrator and the verifier. */
  static void add(LebakData data) {
    var iid = data.scenario.lab.iid();
    Actor admin = Scenario.ADMIN;
    iid.addDocument(admin, document("sk-bupati-2024", DocumentKind.DECREE, IssuerLevel.REGIONAL_HEAD, "2024-02-10",
        "188.45/12/Huk/2024", "Penetapan Inovasi Daerah Kabupaten Lebak"));
    iid.addDocument(admin, document("perbup-2024", DocumentKind.PERKADA, IssuerLevel.REGIONAL_HEAD, "2024-05-02",
        "14 Tahun 2024", "Posyandu Digital"));
    iid.addDocument(admin, document("sk-tim-2024", DocumentKind.DECREE, IssuerLevel.OPD_HEAD, "2024-03-01",
        "800/45/2024", "Tim Inovasi Dinas Kesehatan"));
    iid.addDocument(admin, document("video-posyandu", DocumentKind.VIDEO, IssuerLevel.OPD_HEAD, "2024-06-01",
        null, "Video Posyandu Digital"));
    iid.addDocument(admin, document("laporan-manfaat", DocumentKind.REPORT, IssuerLevel.OPD_HEAD, "2024-06-20",
        "440/77/2024", "Laporan manfaat inovasi"));
    iid.addDocument(admin, document("foto-alat", DocumentKind.PHOTO, IssuerLevel.OPD_HEAD, "2024-04-15", null,
        "Foto alat kerja angkot"));
    // Posyandu Digital (1)
    claim(data, 1, "REGULATION", 3, null, 0, "perbup-2024");
    claim(data, 1, "HUMAN_RESOURCES", 2, "PEOPLE", 12, "sk-tim-2024");
    claim(data, 1, "CREATION_SPEED", 3, "MONTHS", 6);
    claim(data, 1, "BENEFIT", 3, "BENEFICIARIES", 650, "laporan-manfaat");
    claim(data, 1, "VIDEO", 3, "ELEMENTS", 4, "video-posyandu");
    // Sekolah Ramah Anak (6): no video claimed
    claim(data, 6, "REGULATION", 1, null, 0, "sk-bupati-2024");
    claim(data, 6, "HUMAN_RESOURCES", 3, "PEOPLE", 20, "sk-tim-2024");
    claim(data, 6, "CREATION_SPEED", 2, "MONTHS", 3);
    claim(data, 6, "BENEFIT", 2, "BENEFICIARIES", 300);
    // Angkot Pintar (11): only work tools
    claim(data, 11, "WORK_TOOLS", 2, null, 0, "foto-alat");
    // Izin Kilat (14)
    claim(data, 14, "REGULATION", 2, null, 0, "sk-bupati-2024");
    claim(data, 14, "HUMAN_RESOURCES", 1, "PEOPLE", 5, "sk-tim-2024");
    claim(data, 14, "CREATION_SPEED", 1, "MONTHS", 12);
    claim(data, 14, "BENEFIT", 1, "BENEFICIARIES", 50, "laporan-manfaat");
    claim(data, 14, "VIDEO", 1, "ELEMENTS", 1, "video-posyandu");
    verify(data, 1, "REGULATION", 2, "Perbup sah, bukan Perda.");
    verify(data, 1, "CREATION_SPEED", 1, "Lama penciptaan tidak dibuktikan dokumen.");
    verify(data, 6, "BENEFIT", 1, "Jumlah penerima manfaat dibuktikan daftar hadir.");
    verify(data, 14, "REGULATION", 1, "SK kepala daerah.");
  }

  private static EvidenceDocument document(String id, DocumentKind kind, IssuerLevel level, String date, String number,
      String subject) {
    EvidenceDocument.Builder b = EvidenceDocument.builder(id, Scenario.LEBAK, kind, LocalDate.parse(date))
        .subject(subject).issuer(level == IssuerLevel.REGIONAL_HEAD ? "Bupati Lebak" : "Kepala Dinas", level);
    return number == null ? b.build() : b.number(number).build();
  }

  private static void claim(LebakData data, int innovation, String indicator, int level, String unit, long amount,
      String... documents) {
    IndicatorClaim c = IndicatorClaim.forInnovation(Scenario.LEBAK, data.ref(innovation).id(), YEAR, indicator, level,
        List.of(documents));
    if (unit != null) {
      c = c.withStatedValue(StatedValue.of(amount, unit));
    }
    data.scenario.lab.iid().putClaim(Scenario.ADMIN, c, 0);
  }

  private static void verify(LebakData data, int innovation, String indicator, int level, String note) {
    data.scenario.lab.iid().verifyClaim(VERIFIER, ClaimKey.forInnovation(Scenario.LEBAK, data.ref(innovation).id(),
        YEAR, indicator), level, note, 0);
  }
}
