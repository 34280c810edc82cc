package id.labinov.oracle.readiness;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.ClaimResult;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.Preflight;
import id.labinov.core.iid.StatedValue;
import id.labinov.core.memory.InMemoryClaimVerificationStore;
import id.labinov.core.memory.InMemoryEvidenceRegisterStore;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Rulebooks;
import id.labinov.oracle.world.OracleDatabase;
import id.labinov.persistence.jdbc.JdbcStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * Plays one generated register through core's public API (innovations proposed, documents added,
 * claims put and replaced, decisions recorded and revised, on the in-memory stores or a database's), and
 * keeps what went in as plain values: the {@link Inputs} the oracle recomputes the report from.
 */
public final class RegisterPlay {
  /** Kabupaten Lebak, the region reported on. */
  public static final RegionCode LEBAK = RegionCode.parse("36.02");
  /** Kabupaten Tangerang: claims there must not show. */
  public static final RegionCode TANGERANG = RegionCode.parse("36.03");
  /** The report time. */
  public static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
  public static final Actor ADMIN = Actor.of("admin-lebak", "BAPPEDA", Role.LAB_ADMIN).in(LEBAK);
  public static final Actor ADMIN_TANGERANG = Actor.of("admin-tangerang", "BAPPEDA", Role.LAB_ADMIN).in(TANGERANG);
  public static final Actor VERIFIER = Actor.of("verifikator", null, Role.VERIFIER).in(LEBAK);
  public static final Actor READER = Actor.of("bupati-lebak", null, Role.REGIONAL_HEAD).in(LEBAK);
  /** OPD names as a host's directory knows them; {@code SETDA} has none. */
  public static final Map<String, String> OPD_NAMES = Map.of("DINKES", "Dinas Kesehatan", "DISDIK",
      "Dinas Pendidikan", "DISHUB", "Dinas Perhubungan", "BAPPEDA", "Bappeda");

  /** A host's directory with {@link #OPD_NAMES}. */
  public static final id.labinov.core.spi.Directory DIRECTORY = new id.labinov.core.spi.Directory() {
    @Override
    public Optional<String> findOpdName(OpdCode opd) {
      return Optional.ofNullable(OPD_NAMES.get(opd.value()));
    }

    @Override
    public id.labinov.core.model.PersonName findPersonName(id.labinov.core.model.PersonId person) {
      return id.labinov.core.model.PersonName.unknown();
    }

    @Override
    public Optional<String> findThemeName(id.labinov.core.model.Theme theme, java.util.Locale locale) {
      return Optional.empty();
    }
  };

  private static final String[] OPDS = {"DINKES", "DISDIK", "DISHUB", "BAPPEDA", "SETDA"};
  private static final String[] WORDS = {"Posyandu", "Digital", "Sekolah", "Ramah", "Izin", "Kilat", "Pasar", "Desa"};
  private static final String[] KINDS = {"DECREE", "PERKADA", "PERDA", "REPORT", "MINUTES", "PHOTO", "VIDEO",
      "NEWS_LINK", "SCREENSHOT", "SOP", "SURVEY", "STUDY", "BUDGET_DOCUMENT", "PLANNING_DOCUMENT", "GUIDELINE",
      "ASSIGNMENT_LETTER", "AGREEMENT"};
  private static final Map<String, String> UNITS = Map.of("HUMAN_RESOURCES", "PEOPLE", "ACTORS", "ACTOR_GROUPS",
      "NETWORK", "OPD", "SERVICE_INFORMATION", "CHANNELS", "PROCESS_EASE", "DAYS", "COMPLAINT_RESOLUTION", "PERCENT",
      "CREATION_SPEED", "MONTHS", "BENEFIT", "BENEFICIARIES", "VIDEO", "ELEMENTS");

  /** A proposed innovation as the oracle knows it. */
  public record Innovation(InnovationId id, String title, String opd) {}

  /** A verifier's latest decision on a claim, with the level the pre-flight carried at that moment. */
  public record Decision(int verifiedLevel, OptionalInt predicted) {}

  /**
   * What went into the register.
   *
   * @param year the IID year reported on
   * @param innovations Lebak's innovations, by id
   * @param documents every document of the register (both regions)
   * @param claims the claims as they stand, by key (both regions, several years)
   * @param decisions the latest decision per claim key
   */
  public record Inputs(int year, Map<InnovationId, Innovation> innovations, List<EvidenceDocument> documents,
      Map<ClaimKey, IndicatorClaim> claims, Map<ClaimKey, Decision> decisions) {}

  /** The lab and what went in. */
  public record Played(Labinov lab, Inputs inputs) {}

  private RegisterPlay() {}

  /**
   * Plays the register of a seed.
   *
   * @param seed the seed
   * @param database the database (cleared first), or {@code null} for the in-memory stores
   * @return the lab and its inputs
   */
  public static Played play(long seed, OracleDatabase database) {
    Random random = new Random(seed);
    Labinov.Builder b = Labinov.builder().clock(Clock.fixed(AT, ZoneOffset.UTC)).ids(IdGenerator.from(new Random(seed)))
        .rulebook(LEBAK, Rulebooks.fiveD(2)).rulebook(TANGERANG, Rulebooks.fiveD(2))
        .claimVerificationStore(new InMemoryClaimVerificationStore());
    if (database == null) {
      b.innovationStore(new InMemoryInnovationStore()).rulebookStore(new InMemoryRulebookStore())
          .evidenceRegisterStore(new InMemoryEvidenceRegisterStore());
    } else {
      database.clear();
      JdbcStorage storage = database.storage();
      b.innovationStore(storage.innovationStore()).rulebookStore(storage.rulebookStore())
          .evidenceRegisterStore(storage.evidenceRegister());
    }
    Labinov lab = b.build();
    int[] years = {2022, 2023, 2024, 2025, 2026};
    int year = years[random.nextInt(years.length)];
    Map<InnovationId, Innovation> innovations = new LinkedHashMap<>();
    int count = random.nextInt(13);
    List<InnovationId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // few words, so that titles repeat and the order falls back to the indicator and the id
      String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
      String opd = random.nextInt(8) == 0 ? null : OPDS[random.nextInt(OPDS.length)];
      CommandResult r = lab.innovations().propose(LEBAK, Actor.of("asn-" + i, opd, Role.INNOVATOR).in(LEBAK),
          new InnovationDetails(title, opd == null ? null : OpdCode.of(opd), null, null, null, null, Set.of(), Map.of()));
      require(r);
      innovations.put(r.ref().id(), new Innovation(r.ref().id(), title, opd));
      ids.add(r.ref().id());
    }
    CommandResult other = lab.innovations().propose(TANGERANG, Actor.of("asn-t", "DINKES", Role.INNOVATOR)
        .in(TANGERANG), new InnovationDetails("Tangerang Gemilang", OpdCode.of("DINKES"), null, null, null, null,
            Set.of(), Map.of()));
    require(other);
    List<EvidenceDocument> documents = new ArrayList<>();
    List<String> lebakDocs = new ArrayList<>();
    for (int i = 0, n = random.nextInt(26); i < n; i++) {
      LocalDate date = LocalDate.of(year - random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
      IssuerLevel level = IssuerLevel.values()[random.nextInt(IssuerLevel.values().length)];
      EvidenceDocument.Builder d = EvidenceDocument.builder("dok-" + i, LEBAK,
          DocumentKind.of(KINDS[random.nextInt(KINDS.length)]), date).subject("Bukti " + i).issuer("Penerbit " + i, level);
      if (random.nextBoolean()) {
        d.number(i + "/" + date.getYear());
      }
      if (random.nextInt(5) == 0) {
        d.valid(date, date.plusYears(random.nextInt(3)));
      }
      EvidenceDocument doc = d.build();
      lab.iid().addDocument(ADMIN, doc);
      documents.add(doc);
      lebakDocs.add(doc.id());
    }
    EvidenceDocument tangerangDoc = EvidenceDocument.builder("dok-t", TANGERANG, DocumentKind.DECREE,
        LocalDate.of(year, 1, 5)).subject("Penetapan inovasi").issuer("Bupati Tangerang", IssuerLevel.REGIONAL_HEAD)
        .build();
    lab.iid().addDocument(ADMIN_TANGERANG, tangerangDoc);
    documents.add(tangerangDoc);
    Map<ClaimKey, IndicatorClaim> claims = new LinkedHashMap<>();
    Map<ClaimKey, Long> versions = new LinkedHashMap<>();
    Map<ClaimKey, Decision> decisions = new LinkedHashMap<>();
    Map<ClaimKey, Long> decisionVersions = new LinkedHashMap<>();
    List<Criterion> criteria = EvaluationSchemes.iidInnovationIndicators().criteria();
    int withClaims = random.nextInt(count + 1);
    for (int i = 0; i < withClaims; i++) {
      InnovationId id = ids.get(i);
      for (Criterion c : criteria) {
        if (random.nextInt(10) >= (c.mandatory() ? 8 : 3)) {
          continue;
        }
        int claimYear = random.nextInt(8) == 0 ? year + (random.nextBoolean() ? 1 : -1) : year;
        IndicatorClaim claim = claim(random, id, claimYear, c, lebakDocs);
        put(lab, claims, versions, claim);
      }
    }
    // a claim of the other region in the same year, and a region-level (SPD) claim with a decision
    IndicatorClaim tangerang = IndicatorClaim.forInnovation(TANGERANG, other.ref().id(), year, "REGULATION", 1,
        List.of("dok-t"));
    lab.iid().putClaim(ADMIN_TANGERANG, tangerang, 0);
    if (random.nextBoolean()) {
      IndicatorClaim region = IndicatorClaim.forRegion(LEBAK, year, "SPD_REGULATION", 2, List.of());
      put(lab, claims, versions, region);
    }
    List<ClaimKey> keys = new ArrayList<>(claims.keySet());
    for (int round = 0; round < 2 && !keys.isEmpty(); round++) {
      for (ClaimKey key : keys) {
        if (random.nextInt(3) != 0) {
          continue;
        }
        IndicatorClaim claim = claims.get(key);
        int level = random.nextInt(claim.claimedLevel() + 1);
        OptionalInt predicted = predict(claim, claims, documents);
        long seen = decisionVersions.getOrDefault(key, 0L);
        lab.iid().verifyClaim(VERIFIER, key, level, "Diperiksa pada putaran " + (round + 1) + ".", seen);
        decisions.put(key, new Decision(level, predicted));
        decisionVersions.put(key, seen + 1);
      }
      // some claims change after a decision: the decision stays (on the earlier version)
      for (ClaimKey key : keys) {
        if (key.innovation().isPresent() && random.nextInt(6) == 0) {
          IndicatorClaim before = claims.get(key);
          Criterion c = EvaluationSchemes.iidInnovationIndicators().findCriterion(before.indicator()).orElseThrow();
          put(lab, claims, versions, claim(random, key.innovation().get(), before.year(), c, lebakDocs));
        }
      }
    }
    return new Played(lab, new Inputs(year, innovations, documents, claims, decisions));
  }

  private static IndicatorClaim claim(Random random, InnovationId id, int year, Criterion c, List<String> docs) {
    List<String> links = new ArrayList<>();
    for (int k = docs.isEmpty() ? 0 : random.nextInt(4); k > 0; k--) {
      String d = docs.get(random.nextInt(docs.size()));
      if (!links.contains(d)) {
        links.add(d);
      }
    }
    IndicatorClaim claim = IndicatorClaim.forInnovation(LEBAK, id, year, c.code(), 1 + random.nextInt(c.maxLevel()),
        links);
    String unit = UNITS.get(c.code());
    if (unit != null && random.nextInt(4) > 0) {
      String stated = random.nextInt(6) == 0 ? ("PEOPLE".equals(unit) ? "MONTHS" : "PEOPLE") : unit;
      long amount = List.of("DAYS", "MONTHS", "OPD", "CHANNELS", "ACTOR_GROUPS", "ELEMENTS").contains(stated)
          ? random.nextInt(12) : random.nextInt(700);
      claim = claim.withStatedValue(StatedValue.of(amount, stated));
    }
    return claim;
  }

  private static void put(Labinov lab, Map<ClaimKey, IndicatorClaim> claims, Map<ClaimKey, Long> versions,
      IndicatorClaim claim) {
    ClaimKey key = ClaimKey.of(claim);
    long seen = versions.getOrDefault(key, 0L);
    lab.iid().putClaim(ADMIN, claim, seen);
    claims.put(key, claim);
    versions.put(key, seen + 1);
  }

  /**
   * The level the pre-flight carries for a claim now, on the oracle's own claims and documents (core's pure
   * pre-flight); empty for a region-level claim, which has no evidence rules.
   */
  public static OptionalInt predict(IndicatorClaim claim, Map<ClaimKey, IndicatorClaim> claims,
      List<EvidenceDocument> documents) {
    if (claim.innovation().isEmpty()) {
      return OptionalInt.empty();
    }
    List<IndicatorClaim> same = sameSubject(claims, claim.innovation(), claim.year());
    for (ClaimResult r : Preflight.iidInnovationIndicators().run(claim.year(), same, linked(same, documents))
        .results()) {
      if (r.claim().indicator().equals(claim.indicator())) {
        return OptionalInt.of(r.supportedLevel());
      }
    }
    throw new AssertionError("the claim is among its subject's claims");
  }

  /** The claims of one innovation (of Lebak) in a year. */
  static List<IndicatorClaim> sameSubject(Map<ClaimKey, IndicatorClaim> claims, Optional<InnovationId> innovation,
      int year) {
    List<IndicatorClaim> out = new ArrayList<>();
    for (IndicatorClaim c : claims.values()) {
      if (c.region().equals(LEBAK) && c.innovation().equals(innovation) && c.year() == year) {
        out.add(c);
      }
    }
    return out;
  }

  /** The documents the claims link. */
  static List<EvidenceDocument> linked(List<IndicatorClaim> claims, List<EvidenceDocument> documents) {
    List<EvidenceDocument> out = new ArrayList<>();
    for (EvidenceDocument d : documents) {
      if (d.region().equals(LEBAK) && claims.stream().anyMatch(c -> c.documentIds().contains(d.id()))) {
        out.add(d);
      }
    }
    return out;
  }

  private static void require(CommandResult r) {
    if (!r.accepted()) {
      throw new AssertionError("refused: " + r.verdict().describe(java.util.Locale.ENGLISH));
    }
  }
}
