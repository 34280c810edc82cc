package id.labinov.reporting.support;

import static id.labinov.core.model.Bentuk.LAINNYA;
import static id.labinov.core.model.Bentuk.PELAYANAN_PUBLIK;
import static id.labinov.core.model.Bentuk.TATA_KELOLA_PEMERINTAHAN;
import static id.labinov.core.model.Jenis.DIGITAL;
import static id.labinov.core.model.Jenis.NON_DIGITAL;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Theme;
import id.labinov.core.spi.Directory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The shared test data: a 2024 lab programme of Kabupaten Lebak with 17 innovations in five OPDs (two
 * without one), one Lebak innovation outside the programme and one of Kabupaten Tangerang; drops
 * (one reopened), holds, a return for rework, KIPP scores from three evaluators and IID indicator
 * levels; an IID evidence register with claims and verification decisions ({@link IidData}). Reports are
 * made on day 150, 1 August 2024.
 */
public final class LebakData {
  public static final int REPORT_DAY = 150;
  /** 1 August 2024, 09:00 WIB. */
  public static final Instant REPORT_TIME = Scenario.day(REPORT_DAY);
  public static final int TARGET = 8;
  public static final int ROUND = 2024;

  public final Scenario scenario;
  /** Plans by their number in the data description, 1-19. */
  private final Scenario.Plan[] byNumber = new Scenario.Plan[20];

  private LebakData(Scenario base) {
    scenario = base.openProgramme(TARGET);
    Scenario s = scenario;
    add(1, s.plan("Posyandu Digital", "DINKES").bentuk(PELAYANAN_PUBLIK).jenis(DIGITAL).themes("KOTA_SEHAT")
        .affair(GovernmentAffair.KESEHATAN, InitiatorType.ASN).reach(5, 20, 45, 100)
        .on(101, () -> attach(1, "VIDEO", "posyandu.mp4")));
    add(2, s.plan("Ambulans Desa", "DINKES").bentuk(PELAYANAN_PUBLIK).jenis(NON_DIGITAL).themes("KOTA_SEHAT")
        .reach(6, 22, 50, 104));
    add(3, s.plan("Jemput Bola Imunisasi", "DINKES").bentuk(PELAYANAN_PUBLIK).jenis(NON_DIGITAL)
        .text(InnovationDetails.IMPLEMENTATION_START_DATE, "2024-07-15").reach(7, 25, 60));
    add(4, s.plan("Apotek Keliling", "DINKES").bentuk(LAINNYA).jenis(NON_DIGITAL).reach(8, 30)
        .drop(70, "Anggaran tidak tersedia"));
    add(5, s.plan("Rekam Medis Elektronik", "DINKES").bentuk(TATA_KELOLA_PEMERINTAHAN).jenis(DIGITAL).reach(9)
        .hold(40, "Menunggu SK Bupati").resume(60));
    add(6, s.plan("Sekolah Ramah Anak", "DISDIK").bentuk(PELAYANAN_PUBLIK).jenis(NON_DIGITAL)
        .themes("KOTA_LAYAK_ANAK").reach(5, 21, 44, 101));
    add(7, s.plan("Rapor Online", "DISDIK").bentuk(TATA_KELOLA_PEMERINTAHAN).jenis(DIGITAL)
        .themes("KOTA_LAYAK_ANAK", "SMART_CITY").reach(6, 23, 46, 102));
    add(8, s.plan("Guru Penggerak Desa", "DISDIK").bentuk(LAINNYA).jenis(NON_DIGITAL).themes("KOTA_LAYAK_ANAK")
        .reach(10, 26, 55).hold(80, "Guru mutasi"));
    add(9, s.plan("Perpustakaan Keliling", "DISDIK").bentuk(PELAYANAN_PUBLIK).jenis(NON_DIGITAL).reach(12)
        .drop(20, "Inovator pindah tugas"));
    add(10, s.plan("Beasiswa Transparan", "DISDIK").bentuk(TATA_KELOLA_PEMERINTAHAN).jenis(DIGITAL).reach(11, 27)
        .returnTo(35, "DIAGNOSE", "Rancang bangun belum jelas").advanceTo(42, "DESIGN"));
    add(11, s.plan("Angkot Pintar", "DISHUB").bentuk(PELAYANAN_PUBLIK).jenis(DIGITAL).themes("SMART_CITY")
        .reach(5, 24, 48, 103));
    add(12, s.plan("Halte Ramah Difabel", "DISHUB"));
    add(13, s.plan("Parkir Elektronik", "DISHUB").bentuk(TATA_KELOLA_PEMERINTAHAN).jenis(DIGITAL).reach(8, 28, 52)
        .drop(90, "Vendor mundur").reopen(95, "Vendor baru"));
    add(14, s.plan("Izin Kilat", "DPMPTSP").bentuk(PELAYANAN_PUBLIK).jenis(DIGITAL).reach(5, 20, 41, 100));
    add(15, s.plan("Mal Pelayanan Publik", "DPMPTSP").bentuk(PELAYANAN_PUBLIK)
        .text(InnovationDetails.TRIAL_START_DATE, "2024-09-01").reach(9, 29));
    add(16, s.plan("Ide Warga Tanpa OPD", null));
    add(17, s.plan("Usulan Masyarakat", null).drop(30, "Duplikat"));
    add(18, s.plan("Inovasi Mandiri Dinkes", "DINKES").bentuk(PELAYANAN_PUBLIK).jenis(DIGITAL).outsideProgramme()
        .reach(15));
    add(19, s.plan("Tangerang Gemilang", "DINKES").bentuk(PELAYANAN_PUBLIK).jenis(DIGITAL)
        .region(Scenario.TANGERANG).reach(5, 20, 45, 100));
    s.run(REPORT_DAY);
    scores();
    refusals();
    IidData.add(this);
    CycleData.add(this);
  }

  /**
   * Three commands refused on the report day, which the refusal log keeps: Halte Ramah Difabel (12,
   * DRUM_UP) and Jemput Bola Imunisasi (3, DELIVER) advanced before their gates are met, and a Dinas
   * Kesehatan juror's score sheet for Posyandu Digital (1), a conflict of interest.
   */
  private void refusals() {
    var lab = scenario.lab;
    refused(lab.innovations().advance(ref(12), Scenario.ADMIN, "DIAGNOSE", id.labinov.core.engine.Options.none())
        .accepted());
    refused(lab.innovations().advance(ref(3), Scenario.ADMIN, "DISPLAY", id.labinov.core.engine.Options.none())
        .accepted());
    id.labinov.core.model.Actor juror = id.labinov.core.model.Actor.of("juri-dinkes-01", "DINKES",
        id.labinov.core.model.Role.EVALUATOR).in(Scenario.LEBAK);
    java.util.Map<String, BigDecimal> sheet = new java.util.LinkedHashMap<>();
    EvaluationSchemes.kippCriteria().criteria().forEach(c -> sheet.put(c.code(), new BigDecimal("80")));
    refused(lab.evaluations().submitScores(ref(1), juror, EvaluationSchemes.kippCriteria().id(), ROUND, sheet)
        .accepted());
  }

  private static void refused(boolean accepted) {
    if (accepted) {
      throw new AssertionError("the test data expects this command to be refused");
    }
  }

  /** Builds the data (a few hundred commands; a few milliseconds). */
  public static LebakData create() {
    return new LebakData(new Scenario(IidData::stores));
  }

  /** Builds the same data through a facade with other stores (e.g. the JDBC ones). */
  public static LebakData create(java.util.function.UnaryOperator<id.labinov.core.Labinov.Builder> stores) {
    return new LebakData(new Scenario(b -> stores.apply(IidData.stores(b))));
  }

  private void add(int number, Scenario.Plan plan) {
    byNumber[number] = plan;
  }

  public Scenario.Plan plan(int number) {
    return byNumber[number];
  }

  public InnovationRef ref(int number) {
    return byNumber[number].ref;
  }

  /** The plans of the programme (numbers 1-17). */
  public List<Scenario.Plan> programmePlans() {
    return scenario.plans().stream().filter(p -> p.inProgramme).toList();
  }

  private void attach(int number, String kind, String file) {
    Scenario.ok(scenario.lab.innovations().attachEvidence(ref(number), Scenario.innovator(plan(number).opd),
        Scenario.evidence(kind, file), id.labinov.core.engine.Options.none()));
  }

  // ---------------------------------------------------------------- evaluations

  /** KIPP base scores: evaluator A gives base on every criterion, B base+10 on novelty and base-10 on sustainability, C base+5 everywhere. */
  public static final Map<Integer, Integer> KIPP_BASE = Map.of(1, 80, 2, 70, 6, 80, 7, 60, 11, 85, 14, 50, 19, 90);

  private final Map<String, Long> sequences = new HashMap<>();

  private void scores() {
    EvaluationScheme kipp = EvaluationSchemes.kippCriteria();
    List<String> codes = kipp.criteria().stream().map(c -> c.code()).toList();
    // superseded: evaluator A first gave innovation 14 all 20s; the later sheet below counts
    score(14, kipp, 1, "penilai-a", uniform(codes, 20));
    for (Map.Entry<Integer, Integer> e : new TreeMap<>(KIPP_BASE).entrySet()) {
      int b = e.getValue();
      score(e.getKey(), kipp, 1, "penilai-a", uniform(codes, b));
      Map<String, BigDecimal> evB = uniform(codes, b);
      evB.put("NOVELTY", BigDecimal.valueOf(b + 10));
      evB.put("SUSTAINABILITY", BigDecimal.valueOf(b - 10));
      score(e.getKey(), kipp, 1, "penilai-b", evB);
      score(e.getKey(), kipp, 1, "penilai-c", uniform(codes, b + 5));
    }
    // rejected: off the scale, and another scheme version
    score(2, kipp, 1, "penilai-d", uniform(codes, 150));
    score(6, kipp, 2, "penilai-e", uniform(codes, 10));
    // IID indicator levels, round 2024
    EvaluationScheme iid = EvaluationSchemes.iidInnovationIndicators();
    score(1, iid, 1, "verifikator", levels(1, 3));
    score(1, iid, 1, "verifikator", levels(3, 3));
    score(6, iid, 1, "verifikator", levels(2, 2));
    Map<String, BigDecimal> third = levels(1, 1);
    third.put("BUDGET", BigDecimal.valueOf(3));
    score(14, iid, 1, "verifikator", third);
    Map<String, BigDecimal> invalid = levels(2, 2);
    invalid.remove("VIDEO");
    score(11, iid, 1, "verifikator", invalid);
    score(19, iid, 1, "verifikator", levels(3, 3));
  }

  /** Mandatory IID indicators at {@code mandatory}, the regulation indicator at {@code regulation}. */
  private static Map<String, BigDecimal> levels(int regulation, int mandatory) {
    Map<String, BigDecimal> m = new TreeMap<>();
    m.put("REGULATION", BigDecimal.valueOf(regulation));
    m.put("HUMAN_RESOURCES", BigDecimal.valueOf(mandatory));
    m.put("CREATION_SPEED", BigDecimal.valueOf(mandatory));
    m.put("BENEFIT", BigDecimal.valueOf(mandatory));
    m.put("VIDEO", BigDecimal.valueOf(mandatory));
    return m;
  }

  private static Map<String, BigDecimal> uniform(List<String> codes, int value) {
    Map<String, BigDecimal> m = new TreeMap<>();
    codes.forEach(c -> m.put(c, BigDecimal.valueOf(value)));
    return m;
  }

  private void score(int number, EvaluationScheme scheme, int version, String evaluator, Map<String, BigDecimal> s) {
    InnovationRef ref = ref(number);
    long seq = sequences.merge(ref + "|" + scheme.id(), 1L, Long::sum);
    scenario.evaluations.appendScore(new ScoreEntry(UUID.nameUUIDFromBytes((ref + scheme.id() + seq).getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), ref, scheme.id(), version, ROUND, PersonId.of(evaluator), s,
        REPORT_TIME.minusSeconds(3600 - seq), seq));
  }

  // ---------------------------------------------------------------- names

  /** Names of units, people and themes, as a host application would know them. */
  public static final Directory DIRECTORY = new Directory() {
    private final Map<String, String> opds = Map.of("DINKES", "Dinas Kesehatan", "DISDIK", "Dinas Pendidikan",
        "DISHUB", "Dinas Perhubungan", "DPMPTSP", "Dinas Penanaman Modal dan PTSP", "BAPPEDA", "Bappeda");

    @Override
    public Optional<String> findOpdName(OpdCode opd) {
      return Optional.ofNullable(opds.get(opd.value()));
    }

    @Override
    public PersonName findPersonName(PersonId person) {
      return person.value().equals("asn-dinkes") ? PersonName.of("dr. Siti Aminah") : PersonName.unknown();
    }

    @Override
    public Optional<String> findThemeName(Theme theme, Locale locale) {
      return theme.code().equals("KOTA_SEHAT")
          ? Optional.of(locale.getLanguage().equals("en") ? "Healthy city" : "Kota Sehat") : Optional.empty();
    }
  };
}
