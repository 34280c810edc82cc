package id.labinov.oracle.cycle;

import id.labinov.core.Labinov;
import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.rules.SustainabilitySettings;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.memory.InMemoryClaimVerificationStore;
import id.labinov.core.memory.InMemoryCycleStore;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.memory.InMemoryEvidenceRegisterStore;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.oracle.readiness.RegisterPlay;
import id.labinov.oracle.world.OracleDatabase;
import id.labinov.oracle.world.TestClock;
import id.labinov.persistence.jdbc.JdbcStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * Plays one generated region's years after the innovation week through core's public API, on the
 * in-memory stores or a database's, and keeps what went in as plain values ({@link Inputs}): which
 * innovation was displayed on which day (and dropped or put on hold after), the days of its monitoring
 * entries, the decrees and regulations of the register (some superseded, some not yet or no longer in
 * force), its development versions and competition entries as recorded, and the index claims of one IID
 * year with verification decisions. The region's rulebook expects an entry per quarter (the defaults) or,
 * in some plays, per month (at risk after 10 days, lapsed after 60).
 */
public final class CyclePlay {
  public static final RegionCode LEBAK = RegisterPlay.LEBAK;
  public static final RegionCode TANGERANG = RegisterPlay.TANGERANG;
  /** The report time: 2 March 2026, 09:00 WIB. */
  public static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
  /** When the years after the display are recorded: the day before. */
  static final Instant RECORDED = Instant.parse("2026-03-01T02:00:00Z");
  static final Instant START = Instant.parse("2023-01-02T02:00:00Z");
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  public static final Actor ADMIN = RegisterPlay.ADMIN;
  public static final Actor READER = RegisterPlay.READER;
  /** The monthly settings of the second test rulebook. */
  public static final SustainabilitySettings MONTHLY = new SustainabilitySettings(Period.ofMonths(1), 10, 60);
  static final Rulebook QUARTERLY_RULEBOOK = rulebook("oracle-watch.json");
  static final Rulebook MONTHLY_RULEBOOK = rulebook("oracle-watch-monthly.json");

  private static final String[] OPDS = {"DINKES", "DISDIK", "DISHUB", "BAPPEDA", "SETDA"};
  private static final String[] WORDS = {"Posyandu", "Digital", "Sekolah", "Ramah", "Izin", "Kilat"};
  private static final String[] LEGAL = {"PERDA", "PERKADA", "DECREE", "DECREE", "REPORT", "PHOTO"};

  /** Person names of the host's directory: every fourth innovator unknown, the next erased. */
  public static PersonName personName(String person) {
    int n = Integer.parseInt(person.substring(person.lastIndexOf('-') + 1));
    return n % 4 == 0 ? PersonName.unknown() : n % 4 == 1 ? PersonName.erased() : PersonName.of("Pegawai Nomor " + n);
  }

  /** The directory: OPD names as the readiness oracle's, person names as {@link #personName}. */
  public static final id.labinov.core.spi.Directory DIRECTORY = new id.labinov.core.spi.Directory() {
    @Override
    public Optional<String> findOpdName(OpdCode opd) {
      return RegisterPlay.DIRECTORY.findOpdName(opd);
    }

    @Override
    public PersonName findPersonName(PersonId person) {
      return person.value().startsWith("asn-") ? personName(person.value()) : PersonName.unknown();
    }

    @Override
    public Optional<String> findThemeName(id.labinov.core.model.Theme theme, Locale locale) {
      return Optional.empty();
    }
  };

  /**
   * An innovation of Kabupaten Lebak as the oracle knows it.
   *
   * @param ref the innovation
   * @param title its name
   * @param opd its unit, or {@code null}
   * @param proposer who proposed it (its owner)
   * @param displayed the day it entered DISPLAY (in WIB), or {@code null}
   * @param dropped whether it was dropped afterwards
   * @param onHold whether it was put on hold afterwards
   */
  public record Innovation(InnovationRef ref, String title, String opd, String proposer, LocalDate displayed,
      boolean dropped, boolean onHold) {}

  /**
   * What went in.
   *
   * @param settings the watch settings of the region's rulebook
   * @param innovations Lebak's innovations, by id
   * @param monitoring the days of each innovation's accepted monitoring entries
   * @param documents every document of the region's register, superseded ones included
   * @param superseded the ids of the superseded documents
   * @param versions each innovation's development versions as recorded
   * @param entries each innovation's competition records as recorded
   * @param register the index claims and decisions, as the readiness oracle takes them
   */
  public record Inputs(SustainabilitySettings settings, Map<InnovationId, Innovation> innovations,
      Map<InnovationId, List<LocalDate>> monitoring, List<EvidenceDocument> documents, Set<String> superseded,
      Map<InnovationId, List<InnovationVersion>> versions, Map<InnovationId, List<CompetitionEntry>> entries,
      RegisterPlay.Inputs register) {}

  /** The lab and what went in. */
  public record Played(Labinov lab, Inputs inputs) {}

  private CyclePlay() {}

  /** One scheduled change of an innovation. */
  private record Step(Instant at, int innovation, String what) {}

  /**
   * Plays the years of a seed.
   *
   * @param seed the seed
   * @param database the database (cleared first), or {@code null} for the in-memory stores
   * @return the lab and its inputs
   */
  public static Played play(long seed, OracleDatabase database) {
    Random random = new Random(seed);
    boolean monthly = random.nextInt(3) == 0;
    Rulebook rulebook = monthly ? MONTHLY_RULEBOOK : QUARTERLY_RULEBOOK;
    TestClock clock = new TestClock(START);
    Labinov.Builder b = Labinov.builder().clock(clock).ids(IdGenerator.from(new Random(seed))).rulebook(LEBAK, rulebook)
        .rulebook(TANGERANG, rulebook).claimVerificationStore(new InMemoryClaimVerificationStore());
    if (database == null) {
      b.innovationStore(new InMemoryInnovationStore()).rulebookStore(new InMemoryRulebookStore())
          .evaluationStore(new InMemoryEvaluationStore()).evidenceRegisterStore(new InMemoryEvidenceRegisterStore())
          .cycleStore(new InMemoryCycleStore());
    } else {
      database.clear();
      JdbcStorage storage = database.storage();
      b.innovationStore(storage.innovationStore()).rulebookStore(storage.rulebookStore())
          .evaluationStore(storage.evaluationStore()).evidenceRegisterStore(storage.evidenceRegister())
          .cycleStore(storage.cycle());
    }
    Labinov lab = b.build();
    // proposals, then every innovation's way to DISPLAY and after, in time order
    // a quarter of the years have twelve or more innovations, so the what-if meets the max(10, n) divisor's n
    int count = random.nextInt(4) == 0 ? 12 + random.nextInt(7) : random.nextInt(10);
    List<InnovationRef> refs = new ArrayList<>();
    List<String[]> facts = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
      String opd = random.nextInt(8) == 0 ? null : OPDS[random.nextInt(OPDS.length)];
      String proposer = "asn-" + i;
      CommandResult r = lab.innovations().propose(LEBAK, Actor.of(proposer, opd, Role.INNOVATOR).in(LEBAK),
          new InnovationDetails(title, opd == null ? null : OpdCode.of(opd), null, null, null, null, Set.of(), Map.of()));
      require(r);
      refs.add(r.ref());
      facts.add(new String[] {title, opd, proposer});
      int fate = random.nextInt(20);
      Instant display = START.plus(Duration.ofDays(30 + random.nextInt(1100))).plus(Duration.ofMinutes(i));
      if (fate < 13) {
        steps.add(new Step(display, i, "DISPLAY"));
        if (fate < 2) {
          steps.add(new Step(display.plus(Duration.ofDays(1 + random.nextInt(20))), i, "DROP"));
        } else if (fate < 4) {
          steps.add(new Step(display.plus(Duration.ofDays(1 + random.nextInt(20))), i, "HOLD"));
        }
      } else if (fate < 17) {
        steps.add(new Step(display, i, "DELIVER"));
      }
    }
    // a displayed innovation of another region: never in Lebak's reports
    CommandResult other = lab.innovations().propose(TANGERANG, Actor.of("asn-t", "DINKES", Role.INNOVATOR)
        .in(TANGERANG), new InnovationDetails("Tangerang Gemilang", OpdCode.of("DINKES"), null, null, null, null,
            Set.of(), Map.of()));
    require(other);
    Actor tangerangAdmin = RegisterPlay.ADMIN_TANGERANG;
    for (String to : List.of("DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY")) {
      require(lab.innovations().advance(other.ref(), tangerangAdmin, to, Options.none()));
    }
    steps.sort(Comparator.comparing(Step::at));
    LocalDate[] displayed = new LocalDate[count];
    boolean[] dropped = new boolean[count];
    boolean[] held = new boolean[count];
    Actor admin = ADMIN;
    for (Step s : steps) {
      clock.advance(Duration.between(clock.instant(), s.at()));
      InnovationRef ref = refs.get(s.innovation());
      switch (s.what()) {
        case "DISPLAY", "DELIVER" -> {
          for (String to : List.of("DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY")) {
            require(lab.innovations().advance(ref, admin, to, Options.none()));
            if (to.equals(s.what())) {
              break;
            }
          }
          if (s.what().equals("DISPLAY")) {
            displayed[s.innovation()] = s.at().atZone(WIB).toLocalDate();
          }
        }
        case "DROP" -> {
          require(lab.innovations().drop(ref, admin, "Tidak dilanjutkan", Options.none()));
          dropped[s.innovation()] = true;
        }
        case "HOLD" -> {
          require(lab.innovations().hold(ref, admin, "Menunggu anggaran", Options.none()));
          held[s.innovation()] = true;
        }
        default -> throw new IllegalStateException(s.what());
      }
    }
    clock.advance(Duration.between(clock.instant(), RECORDED));
    Map<InnovationId, Innovation> innovations = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      innovations.put(refs.get(i).id(), new Innovation(refs.get(i), facts.get(i)[0], facts.get(i)[1], facts.get(i)[2],
          displayed[i], dropped[i], held[i]));
    }
    Map<InnovationId, List<LocalDate>> monitoring = monitoring(lab, random, innovations);
    lab.evaluations().recordMonitoring(other.ref(), tangerangAdmin, "penerima_manfaat", BigDecimal.ONE,
        LocalDate.of(2026, 2, 1), null);
    List<EvidenceDocument> documents = new ArrayList<>();
    Set<String> superseded = new LinkedHashSet<>();
    documents(lab, random, refs, documents, superseded);
    Map<InnovationId, List<InnovationVersion>> versions = new LinkedHashMap<>();
    Map<InnovationId, List<CompetitionEntry>> entries = new LinkedHashMap<>();
    for (Innovation inv : innovations.values()) {
      versions.put(inv.ref().id(), versions(lab, random, inv));
      entries.put(inv.ref().id(), entries(lab, random, inv));
    }
    RegisterPlay.Inputs register = claims(lab, random, innovations, documents, superseded);
    clock.advance(Duration.between(clock.instant(), AT));
    return new Played(lab, new Inputs(monthly ? MONTHLY : SustainabilitySettings.DEFAULT, innovations, monitoring,
        documents, superseded, versions, entries, register));
  }

  private static Map<InnovationId, List<LocalDate>> monitoring(Labinov lab, Random random,
      Map<InnovationId, Innovation> innovations) {
    Map<InnovationId, List<LocalDate>> out = new LinkedHashMap<>();
    for (Innovation inv : innovations.values()) {
      List<LocalDate> days = new ArrayList<>();
      out.put(inv.ref().id(), days);
      if (inv.displayed() == null) {
        continue;
      }
      // from two months before the display (not counted) to two months after the report day (not yet seen)
      LocalDate from = inv.displayed().minusDays(60);
      long span = java.time.temporal.ChronoUnit.DAYS.between(from, LocalDate.of(2026, 5, 1));
      for (int k = random.nextInt(7); k > 0; k--) {
        // mostly recent: half of the entries fall in the last 200 days before the report day
        LocalDate day = random.nextBoolean() ? LocalDate.of(2026, 3, 2).minusDays(random.nextInt(200))
            : from.plusDays(random.nextInt((int) span));
        var d = lab.evaluations().recordMonitoring(inv.ref(), ADMIN, "penerima_manfaat",
            BigDecimal.valueOf(random.nextInt(500)), day, null);
        if (d.accepted()) {
          days.add(day);
        }
      }
    }
    return out;
  }

  /** Decrees, regulations and other documents, each on its own day and with its own end, some superseded. */
  private static void documents(Labinov lab, Random random, List<InnovationRef> refs, List<EvidenceDocument> documents,
      Set<String> superseded) {
    int n = random.nextInt(11);
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < 2 * n + 2; i++) {
      slots.add(i);
    }
    java.util.Collections.shuffle(slots, random);
    Set<LocalDate> ends = new HashSet<>();
    for (int i = 0; i < n; i++) {
      LocalDate date = LocalDate.of(2022, 1, 3).plusDays(slots.get(i) * 70L + random.nextInt(60));
      EvidenceDocument d = legal(random, "sk-" + i, date, refs, ends);
      RegisteredDocument added = lab.iid().addDocument(ADMIN, d);
      documents.add(d);
      if (LEGAL_KINDS.contains(d.kind()) && random.nextInt(6) == 0) {
        LocalDate later = LocalDate.of(2022, 1, 3).plusDays(slots.get(n + i) * 70L + random.nextInt(60));
        EvidenceDocument replacement = legal(random, "sk-" + i + "-baru", later, refs, ends);
        lab.iid().supersedeDocument(ADMIN, LEBAK, d.id(), added.version(), replacement, "Diganti");
        superseded.add(d.id());
        documents.add(replacement);
      }
    }
  }

  private static EvidenceDocument legal(Random random, String id, LocalDate date, List<InnovationRef> refs,
      Set<LocalDate> ends) {
    EvidenceDocument.Builder b = EvidenceDocument.builder(id, LEBAK, DocumentKind.of(LEGAL[random.nextInt(LEGAL.length)]),
        date).subject("Penetapan " + id).issuer("Bupati Lebak", IssuerLevel.REGIONAL_HEAD);
    if (random.nextBoolean()) {
      b.number(id.toUpperCase(Locale.ROOT) + "/" + date.getYear());
    }
    int validity = random.nextInt(7);
    if (validity < 2) {
      // ends on a day no other document ends on, so "the one that ended last" is one document
      LocalDate until = date.plusDays(150 + random.nextInt(1200));
      while (!ends.add(until)) {
        until = until.plusDays(1);
      }
      b.valid(null, until);
    } else if (validity == 2) {
      b.valid(date.plusDays(1 + random.nextInt(900)), null);
    }
    Set<InnovationId> backs = new LinkedHashSet<>();
    for (InnovationRef r : refs) {
      if (random.nextInt(5) < 2) {
        backs.add(r.id());
      }
    }
    return b.backs(backs, Set.of()).build();
  }

  private static List<InnovationVersion> versions(Labinov lab, Random random, Innovation inv) {
    List<InnovationVersion> out = new ArrayList<>();
    if (inv.displayed() == null || inv.dropped()) {
      return out;
    }
    DevelopmentChange[] all = DevelopmentChange.values();
    for (int year = inv.displayed().getYear(); year <= 2026; year++) {
      if (random.nextInt(3) == 0) {
        Set<DevelopmentChange> changes = EnumSet.of(all[random.nextInt(all.length)]);
        if (random.nextBoolean()) {
          changes.add(all[random.nextInt(all.length)]);
        }
        out.add(lab.cycle().recordVersion(ADMIN, inv.ref(), year, "Pengembangan tahun " + year, changes));
      }
    }
    return out;
  }

  private static List<CompetitionEntry> entries(Labinov lab, Random random, Innovation inv) {
    List<CompetitionEntry> out = new ArrayList<>();
    EntryResult[] results = EntryResult.values();
    for (int year = 2022; year <= 2026; year++) {
      for (Competition c : Competition.values()) {
        if (random.nextInt(5) != 0) {
          continue;
        }
        for (int k = random.nextInt(4) == 0 ? 2 : 1; k > 0; k--) {
          try {
            out.add(lab.cycle().recordEntry(ADMIN, inv.ref(), c, year, EntryGroup.GENERAL,
                results[random.nextInt(results.length)], null));
          } catch (InvalidValueException e) {
            if (!e.code().equals("ENTRY_LIMIT_REACHED")) {
              throw e;
            }
          }
        }
      }
    }
    return out;
  }

  /** Index claims of one IID year (2025 or 2026) on documents in force, and decisions on a third of them. */
  private static RegisterPlay.Inputs claims(Labinov lab, Random random, Map<InnovationId, Innovation> innovations,
      List<EvidenceDocument> documents, Set<String> superseded) {
    int year = 2025 + random.nextInt(2);
    List<String> usable = documents.stream().map(EvidenceDocument::id).filter(id -> !superseded.contains(id)).toList();
    Map<ClaimKey, IndicatorClaim> claims = new LinkedHashMap<>();
    List<Criterion> criteria = EvaluationSchemes.iidInnovationIndicators().criteria();
    Map<InnovationId, RegisterPlay.Innovation> known = new LinkedHashMap<>();
    for (Innovation inv : innovations.values()) {
      known.put(inv.ref().id(), new RegisterPlay.Innovation(inv.ref().id(), inv.title(), inv.opd()));
      // two in five innovations go without claims; in a large year only one in ten, so ten or more are sent
      if (innovations.size() >= 10 ? random.nextInt(10) == 0 : random.nextInt(5) < 2) {
        continue;
      }
      for (Criterion c : criteria) {
        if (random.nextInt(10) >= (c.mandatory() ? 8 : 2)) {
          continue;
        }
        List<String> links = new ArrayList<>();
        for (int k = usable.isEmpty() ? 0 : random.nextInt(3); k > 0; k--) {
          String d = usable.get(random.nextInt(usable.size()));
          if (!links.contains(d)) {
            links.add(d);
          }
        }
        IndicatorClaim claim = IndicatorClaim.forInnovation(LEBAK, inv.ref().id(), year, c.code(),
            1 + random.nextInt(c.maxLevel()), links);
        lab.iid().putClaim(ADMIN, claim, 0);
        claims.put(ClaimKey.of(claim), claim);
      }
    }
    Map<ClaimKey, RegisterPlay.Decision> decisions = new LinkedHashMap<>();
    for (Map.Entry<ClaimKey, IndicatorClaim> e : claims.entrySet()) {
      if (random.nextInt(3) == 0) {
        int level = random.nextInt(e.getValue().claimedLevel() + 1);
        OptionalInt predicted = RegisterPlay.predict(e.getValue(), claims, documents);
        lab.iid().verifyClaim(RegisterPlay.VERIFIER, e.getKey(), level, "Diperiksa.", 0);
        decisions.put(e.getKey(), new RegisterPlay.Decision(level, predicted));
      }
    }
    return new RegisterPlay.Inputs(year, known, documents, claims, decisions);
  }

  /** The kinds that can be a legal basis. */
  static final Set<DocumentKind> LEGAL_KINDS = Set.of(DocumentKind.PERDA, DocumentKind.PERKADA, DocumentKind.DECREE);

  private static Rulebook rulebook(String name) {
    try (InputStream in = CyclePlay.class.getResourceAsStream("/id/labinov/oracle/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return Rulebooks.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void require(CommandResult r) {
    if (!r.accepted()) {
      throw new AssertionError("refused: " + r.verdict().describe(Locale.ENGLISH));
    }
  }
}
