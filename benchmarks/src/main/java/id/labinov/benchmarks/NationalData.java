package id.labinov.benchmarks;

import id.labinov.core.Labinov;
import id.labinov.core.model.Actor;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.Command;
import id.labinov.core.engine.ImportItem;
import id.labinov.core.engine.ImportOptions;
import id.labinov.core.engine.ImportResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Request;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.RegionNames;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.Programme;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.persistence.jdbc.JdbcStorage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The national data set of issue 21: every kabupaten/kota of Indonesia (514, from core's
 * {@link RegionNames}) with a lab year of {@code perRegion} innovations each, written through
 * labinov's public API as a lab would write them (an import of proposals, then drafts, evidence,
 * approvals, advances, returns, holds and drops, stage by stage through the year), never by copying
 * rows. Every command carries an idempotency key derived from region, innovation and step, and a
 * region is marked done in a table of its own once its year is played, so an interrupted run
 * resumes: done regions are skipped and the region that was cut off replays its written commands
 * (stored results, nothing written twice) and goes on.
 *
 * <p>Run: {@code java -cp benchmarks/target-bench/benchmarks.jar id.labinov.benchmarks.NationalData
 * [regions] [perRegion] [mode] [k/n]}; {@code mode} is {@code bulk} (the bulk command path, default) or
 * {@code single} (one transaction per command, for comparison on a few regions); {@code k/n} makes
 * this process play every n-th region from the k-th, so that n processes share the work. The data goes to
 * schema {@code bench_national} of PostgreSQL (127.0.0.1:5432, db test; {@code -Dbench.pg.url}).
 */
public final class NationalData {
  /** The kept area (a PostgreSQL schema; {@code -Dbench.national.area} for another). */
  public static final String AREA = System.getProperty("bench.national.area", "bench_national");
  /** The lab year played in every region. */
  public static final int YEAR = 2025;
  /** The programme id in every region. */
  public static final String PROGRAMME = "labinov-" + YEAR;
  private static final Rulebook RULEBOOK = Rulebooks.fiveD(2);
  private static final String[] OPDS = {"DINKES", "DISDIK", "DINSOS", "DPMPTSP", "DISDUKCAPIL", "DISHUB", "DPUPR",
      "DISPERTAN", "DISKOMINFO", "BAPPEDA", "RSUD", "KEC-KOTA"};
  private static final String[] SUBJECTS = {"Posyandu", "Sekolah", "Perizinan", "Kependudukan", "Pasar", "Puskesmas",
      "Irigasi", "Angkutan", "Pengaduan", "Perpustakaan", "Bank Sampah", "Desa Wisata"};
  private static final String[] IDEAS = {"Digital", "Keliling", "Terpadu", "Satu Pintu", "Ramah Anak", "Berbasis Warga",
      "Tanpa Antre", "Jemput Bola", "Cerdas", "Hijau"};
  private static final String[] WORDS = ("layanan warga desa kecamatan petugas data laporan jadwal antrean biaya waktu"
      + " jarak aplikasi formulir kader pelatihan anggaran kebutuhan sasaran manfaat masalah dampak survei rapat"
      + " evaluasi rencana tahap uji coba penerapan pendampingan kepuasan keluhan dokumen arsip").split(" ");

  /** How each innovation's year ends. Shares per 1,000 innovations. */
  enum Fate {
    DROPPED_IN_DRUM_UP(50), DROPPED_IN_DIAGNOSE(110), DROPPED_IN_DESIGN(90), STILL_IN_DESIGN(50),
    DROPPED_IN_DELIVER(70), ON_HOLD_IN_DELIVER(30), STILL_IN_DELIVER(100), DISPLAYED(500);

    final int perMille;

    Fate(int perMille) {
      this.perMille = perMille;
    }
  }

  /** Detours on the way, each with its share per 1,000 innovations. */
  enum Detour {
    LATE_APPROVAL(60), DROPPED_AND_REOPENED(30), RETURNED_TO_DIAGNOSE(80), HELD_AND_RESUMED(80),
    RETURNED_TO_DESIGN(60);

    final int perMille;

    Detour(int perMille) {
      this.perMille = perMille;
    }
  }

  /** One planned innovation of a region. */
  record Plan(int k, OpdCode opd, String title, Fate fate, Set<Detour> detours, Bentuk bentuk, Jenis jenis) {
    boolean has(Detour d) {
      return detours.contains(d);
    }

    boolean reaches(Fate f) {
      return fate.ordinal() >= f.ordinal();
    }
  }

  /** Runs commands: the bulk path or one transaction per command. */
  interface Mover {
    /**
     * Runs the requests (each with its idempotency key) and tells which were accepted (a replay of
     * an accepted command counts as accepted).
     */
    boolean[] run(Labinov lab, List<Request> requests);
  }

  private final Labinov lab;
  private final JdbcStorage storage;
  private final javax.sql.DataSource ds;
  private final SettableClock clock;
  private final Mover mover;
  private final int perRegion;
  /** Commands sent, accepted and refused: for the record and the sanity checks. */
  long sent;
  long accepted;

  NationalData(javax.sql.DataSource ds, JdbcStorage storage, SettableClock clock, Mover mover, int perRegion) {
    this.ds = ds;
    this.storage = storage;
    this.clock = clock;
    this.mover = mover;
    this.perRegion = perRegion;
    // ids from the secure generator: a seeded one would repeat the ids of an earlier run after a restart
    this.lab = Labinov.builder().clock(clock)
        .innovationStore(storage.innovationStore()).rulebookStore(storage.rulebookStore())
        .programmeStore(storage.programmeStore()).refusalLog(storage.refusalLog()).rulebook(RULEBOOK).build();
  }

  /**
   * Fills the national area.
   *
   * @param args {@code [regions] [perRegion] [bulk|single] [k/n]}
   * @throws Exception if the database fails
   */
  public static void main(String[] args) throws Exception {
    int regions = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
    int perRegion = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    Mover mover = args.length > 2 && args[2].equals("single") ? NationalData::oneByOne : NationalData::bulk;
    // "k/n": this process plays every n-th region from the k-th (0-based), so n processes share the work
    int part = args.length > 3 ? Integer.parseInt(args[3].split("/")[0]) : 0;
    int parts = args.length > 3 ? Integer.parseInt(args[3].split("/")[1]) : 1;
    long start = System.nanoTime();
    try (var ds = Databases.open("postgresql", AREA, 4, Boolean.getBoolean("bench.national.fresh"))) {
      JdbcStorage storage = JdbcStorage.builder().dataSource(ds).build();
      String layout = System.getProperty("bench.national.partitioning");
      if (layout != null && !NationalProgress.markTable(ds)) {
        // an experiment's table layout, swapped in while the new area is still empty
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
          s.execute(java.nio.file.Files.readString(java.nio.file.Path.of(layout)));
        }
      } else {
        NationalProgress.markTable(ds);
      }
      NationalData data = new NationalData(ds, storage, new SettableClock(), mover, perRegion);
      List<RegionCode> all = allRegions();
      int n = 0;
      for (RegionCode region : all.subList(0, Math.min(regions, all.size()))) {
        n++;
        if ((n - 1) % parts != part || NationalProgress.done(ds, region)) {
          continue;
        }
        long t0 = System.nanoTime();
        long before = data.sent;
        data.playYear(region);
        double seconds = (System.nanoTime() - t0) / 1e9;
        NationalProgress.markDone(ds, region, seconds, data.sent - before);
        if (n <= 8 || n % 25 == 0) {
          // fresh tables have no statistics yet: without them PostgreSQL's cached plans scan whole
          // tables (STATEMENTS.md); autovacuum catches up later, too late for a fast fill
          try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
          }
        }
        System.out.printf(Locale.ROOT, "[national] %d/%d %s %s: %d commands in %.1f s%n", n, Math.min(regions, all.size()),
            region, RegionNames.nameOrCode(region), data.sent - before, seconds);
      }
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      System.out.printf(Locale.ROOT, "[national] this run: %.1f min; %s%n", (System.nanoTime() - start) / 6e10,
          NationalProgress.totals(ds));
    }
  }

  /** The kabupaten/kota codes, in code order. */
  static List<RegionCode> allRegions() {
    return RegionNames.regenciesAndCities().keySet().stream().sorted().map(RegionCode::parse).toList();
  }

  /** Plays one region's lab year. */
  void playYear(RegionCode region) {
    ZoneId zone = region.defaultTimeZone().zoneId();
    Actor admin = Actor.of("admin-bappeda-" + region.value(), "BAPPEDA", Role.LAB_ADMIN).in(region);
    openProgramme(region, admin, zone);
    List<Plan> plans = plans(region);
    Map<Integer, InnovationRef> refs = propose(region, plans, zone);
    Year y = new Year(region, admin, plans, refs, zone);
    y.drumUp();
    y.diagnose();
    y.design();
    y.deliver();
    y.display();
  }

  private void openProgramme(RegionCode region, Actor admin, ZoneId zone) {
    if (lab.programmes().find(region, PROGRAMME).isPresent()) {
      return;
    }
    clock.at(LocalDate.of(YEAR, 1, 6), zone, 0);
    IndonesianTimeZone tz = region.defaultTimeZone();
    var decision = lab.programmes().open(admin, Programme.builder().region(region).id(PROGRAMME).year(YEAR)
        .name("Laboratorium Inovasi " + RegionNames.nameOrCode(region) + " " + YEAR).organisingUnit("BAPPEDA")
        .participants(OPDS).coaches("coach-1", "coach-2", "coach-3")
        .target(perRegion / 2).timeZone(tz).rulebook(RULEBOOK.id(), RULEBOOK.version())
        .phase("DRUM_UP", PhaseWindow.of(YEAR + "-01-13", YEAR + "-02-03"))
        .phase("DIAGNOSE", PhaseWindow.of(YEAR + "-02-03", YEAR + "-04-01"))
        .phase("DESIGN", PhaseWindow.of(YEAR + "-04-01", YEAR + "-07-01"))
        .phase("DELIVER", PhaseWindow.of(YEAR + "-07-01", YEAR + "-12-08"))
        .phase("DISPLAY", PhaseWindow.of(YEAR + "-12-08", YEAR + "-12-12")).build());
    if (!decision.accepted()) {
      throw new IllegalStateException("programme of " + region + " refused: " + decision);
    }
  }

  /** The region's innovations, drawn from a generator seeded by the region code. */
  List<Plan> plans(RegionCode region) {
    Random r = new Random(region.value().hashCode() * 31L + 7);
    List<Plan> out = new ArrayList<>(perRegion);
    String place = RegionNames.nameOrCode(region).replaceFirst("^(Kabupaten|Kota) ", "");
    for (int k = 0; k < perRegion; k++) {
      Fate fate = draw(r, Fate.values(), f -> f.perMille);
      Set<Detour> detours = java.util.EnumSet.noneOf(Detour.class);
      for (Detour d : Detour.values()) {
        if (r.nextInt(1000) < d.perMille) {
          detours.add(d);
        }
      }
      OpdCode opd = OpdCode.of(OPDS[r.nextInt(OPDS.length)]);
      String title = SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + IDEAS[r.nextInt(IDEAS.length)] + " " + place + " "
          + (k + 1);
      out.add(new Plan(k, opd, title, fate, detours, Bentuk.values()[r.nextInt(Bentuk.values().length)],
          Jenis.values()[r.nextInt(Jenis.values().length)]));
    }
    return out;
  }

  private static <T> T draw(Random r, T[] values, java.util.function.ToIntFunction<T> weight) {
    int x = r.nextInt(1000);
    for (T v : values) {
      x -= weight.applyAsInt(v);
      if (x < 0) {
        return v;
      }
    }
    return values[values.length - 1];
  }

  /** Imports the proposals in one all-or-nothing batch, or finds them when an earlier run did. */
  private Map<Integer, InnovationRef> propose(RegionCode region, List<Plan> plans, ZoneId zone) {
    Map<Integer, InnovationRef> refs = existing(region);
    if (refs.size() == plans.size()) {
      return refs;
    }
    if (!refs.isEmpty()) {
      throw new IllegalStateException(region + " holds " + refs.size() + " of " + plans.size() + " innovations");
    }
    clock.at(LocalDate.of(YEAR, 1, 13), zone, 0);
    List<ImportItem> items = new ArrayList<>(plans.size());
    for (Plan p : plans) {
      items.add(new ImportItem(region, innovator(region, p), InnovationDetails.titled(p.title()).withOpd(p.opd())
          .withClassification(p.bentuk(), p.jenis()), PROGRAMME));
    }
    List<ImportResult> results = lab.innovations().importInnovations(items, ImportOptions.allOrNothingAtAll());
    sent += items.size();
    for (ImportResult r : results) {
      if (!r.written()) {
        throw new IllegalStateException("proposal " + r.index() + " of " + region + " not written: " + r.outcome()
            + " " + r.verdict());
      }
      accepted++;
      refs.put(r.index(), r.ref());
    }
    return refs;
  }

  /** The innovations an earlier run imported, by plan number (the title's last word). */
  private Map<Integer, InnovationRef> existing(RegionCode region) {
    Map<Integer, InnovationRef> out = new HashMap<>();
    PageRequest page = PageRequest.first(500);
    while (page != null) {
      Page<InnovationSummary> p = lab.queries().find(Scope.region(region), InnovationFilter.all(), page);
      for (InnovationSummary s : p.items()) {
        String t = s.title();
        out.put(Integer.parseInt(t.substring(t.lastIndexOf(' ') + 1)) - 1, s.ref());
      }
      page = p.next();
    }
    return out;
  }

  /** One region's year after the proposals. */
  private final class Year {
    private final RegionCode region;
    private final Actor admin;
    private final List<Plan> plans;
    private final Map<Integer, InnovationRef> refs;
    private final ZoneId zone;
    private final Map<Integer, InnovationDetails> details = new HashMap<>();
    private final Random words;

    Year(RegionCode region, Actor admin, List<Plan> plans, Map<Integer, InnovationRef> refs, ZoneId zone) {
      this.region = region;
      this.admin = admin;
      this.plans = plans;
      this.refs = refs;
      this.zone = zone;
      this.words = new Random(region.value().hashCode());
      for (Plan p : plans) {
        details.put(p.k(), InnovationDetails.titled(p.title()).withOpd(p.opd()).withClassification(p.bentuk(), p.jenis()));
      }
    }

    void drumUp() {
      drafts("du", LocalDate.of(YEAR, 1, 15), 4, all(), p -> details(p)
          .withText(InnovationDetails.PROBLEM, text(p, "masalah", 30)));
      run("cl", LocalDate.of(YEAR, 1, 21), all(), p -> new Step(innovator(region, p),
          new Command.AttachEvidence(evidence(region, p, "COMMITMENT_LETTER", "surat-komitmen.pdf"))));
      run("ap1", LocalDate.of(YEAR, 1, 27), where(p -> p.fate() != Fate.DROPPED_IN_DRUM_UP && !p.has(Detour.LATE_APPROVAL)),
          p -> new Step(head(region, p), new Command.Approve(Role.OPD_HEAD, "Kami berkomitmen mendukung inovasi ini")));
      // the lab admin moves the cohort: those without the head's approval are refused
      run("adv1", LocalDate.of(YEAR, 2, 3), all(), p -> new Step(admin, new Command.Advance("drum-up-to-diagnose", List.of())));
      run("ap1b", LocalDate.of(YEAR, 2, 4), where(p -> p.fate() != Fate.DROPPED_IN_DRUM_UP && p.has(Detour.LATE_APPROVAL)),
          p -> new Step(head(region, p), new Command.Approve(Role.OPD_HEAD, "Komitmen menyusul")));
      run("adv1b", LocalDate.of(YEAR, 2, 5), where(p -> p.fate() != Fate.DROPPED_IN_DRUM_UP && p.has(Detour.LATE_APPROVAL)),
          p -> new Step(admin, new Command.Advance("drum-up-to-diagnose", List.of())));
      run("drop1", LocalDate.of(YEAR, 2, 6), where(p -> p.fate() == Fate.DROPPED_IN_DRUM_UP),
          p -> new Step(admin, new Command.Drop("Kepala OPD belum memberikan komitmen sampai akhir Drum-up")));
    }

    void diagnose() {
      List<Plan> active = where(p -> p.reaches(Fate.DROPPED_IN_DIAGNOSE));
      drafts("dg", LocalDate.of(YEAR, 2, 10), 10, active, p -> details(p)
          .withText(InnovationDetails.PROBLEM, text(p, "masalah", 40))
          .withText(InnovationDetails.IDEA_SUMMARY, text(p, "gagasan", 30)));
      run("mn1", LocalDate.of(YEAR, 3, 3), active, p -> new Step(innovator(region, p),
          new Command.AttachEvidence(evidence(region, p, "MINUTES", "notulen-fgd.pdf"))));
      List<Plan> pausing = where(active, p -> p.has(Detour.DROPPED_AND_REOPENED));
      run("pause", LocalDate.of(YEAR, 3, 10), pausing, p -> new Step(innovator(region, p),
          new Command.Drop("Inovator cuti, tim belum siap")));
      run("reopen", LocalDate.of(YEAR, 3, 17), pausing, p -> new Step(admin,
          new Command.Reopen("Tim inovasi sudah lengkap kembali")));
      run("drop2", LocalDate.of(YEAR, 3, 20), where(active, p -> p.fate() == Fate.DROPPED_IN_DIAGNOSE),
          p -> new Step(head(region, p), new Command.Drop("Digabung dengan ide serupa di OPD lain")));
      run("adv2", LocalDate.of(YEAR, 4, 1), where(p -> p.reaches(Fate.DROPPED_IN_DESIGN)),
          p -> new Step(admin, new Command.Advance("diagnose-to-design", List.of())));
    }

    void design() {
      List<Plan> inDesign = where(p -> p.reaches(Fate.DROPPED_IN_DESIGN));
      List<Plan> rework = where(inDesign, p -> p.has(Detour.RETURNED_TO_DIAGNOSE));
      run("ret1", LocalDate.of(YEAR, 4, 22), rework, p -> new Step(coach(region, p.k()),
          new Command.ReturnForRework("return-to-diagnose", "Akar masalah belum tajam, lengkapi data dasar")));
      drafts("rw1", LocalDate.of(YEAR, 5, 2), 2, rework, p -> details(p)
          .withText(InnovationDetails.PROBLEM, text(p, "masalah data dasar", 60)));
      run("adv3r", LocalDate.of(YEAR, 5, 6), rework, p -> new Step(admin, new Command.Advance("diagnose-to-design", List.of())));
      drafts("ds", LocalDate.of(YEAR, 5, 12), 12, inDesign, p -> details(p)
          .withText(InnovationDetails.DESIGN_NARRATIVE, text(p, "rancang bangun",
              p.fate() == Fate.STILL_IN_DESIGN ? 120 : 320))
          .withText(InnovationDetails.GOALS, text(p, "tujuan", 20))
          .withText(InnovationDetails.BENEFITS, text(p, "manfaat", 20)));
      List<Plan> going = where(inDesign, p -> p.fate() != Fate.DROPPED_IN_DESIGN);
      run("plan", LocalDate.of(YEAR, 6, 10), going, p -> new Step(innovator(region, p),
          new Command.AttachEvidence(evidence(region, p, "ACTION_PLAN", "rencana-aksi.pdf"))));
      run("mn2", LocalDate.of(YEAR, 6, 11), going, p -> new Step(innovator(region, p),
          new Command.AttachEvidence(evidence(region, p, "MINUTES", "notulen-reviu.pdf"))));
      run("ap2", LocalDate.of(YEAR, 6, 16), going, p -> new Step(head(region, p), new Command.Approve(Role.OPD_HEAD, null)));
      run("ap3", LocalDate.of(YEAR, 6, 18), going, p -> new Step(coach(region, p.k()),
          new Command.Approve(Role.COACH, "Rancang bangun dapat dilanjutkan")));
      run("drop3", LocalDate.of(YEAR, 6, 24), where(inDesign, p -> p.fate() == Fate.DROPPED_IN_DESIGN),
          p -> new Step(admin, new Command.Drop("Tidak layak dibiayai pada tahun anggaran " + YEAR)));
      // the cohort moves on; short design narratives are refused and stay in DESIGN
      run("adv3", LocalDate.of(YEAR, 7, 1), going, p -> new Step(admin, new Command.Advance("design-to-deliver", List.of())));
    }

    void deliver() {
      List<Plan> inDeliver = where(p -> p.reaches(Fate.DROPPED_IN_DELIVER));
      drafts("dl", LocalDate.of(YEAR, 7, 3), 13, inDeliver, p -> details(p)
          .withText(InnovationDetails.RESULTS, text(p, "hasil", 40)));
      List<Plan> holding = where(inDeliver, p -> p.has(Detour.HELD_AND_RESUMED));
      run("hold", LocalDate.of(YEAR, 8, 1), holding, p -> new Step(head(region, p), new Command.Hold("Menunggu APBD Perubahan")));
      run("resume", LocalDate.of(YEAR, 9, 15), holding, p -> new Step(head(region, p),
          new Command.Resume("APBD Perubahan disahkan")));
      List<Plan> redesign = where(inDeliver, p -> p.has(Detour.RETURNED_TO_DESIGN));
      run("ret2", LocalDate.of(YEAR, 9, 22), redesign, p -> new Step(coach(region, p.k()),
          new Command.ReturnForRework("return-to-design", "Rencana aksi perlu direvisi setelah uji coba")));
      run("plan2", LocalDate.of(YEAR, 9, 29), redesign, p -> new Step(innovator(region, p),
          new Command.AttachEvidence(evidence(region, p, "ACTION_PLAN", "rencana-aksi-revisi.pdf"))));
      run("ap4", LocalDate.of(YEAR, 9, 30), redesign, p -> new Step(head(region, p), new Command.Approve(Role.OPD_HEAD, null)));
      run("ap5", LocalDate.of(YEAR, 9, 30), redesign, p -> new Step(coach(region, p.k()),
          new Command.Approve(Role.COACH, "Revisi rencana aksi diterima")));
      run("adv4r", LocalDate.of(YEAR, 10, 1), redesign, p -> new Step(admin, new Command.Advance("design-to-deliver", List.of())));
      run("drop4", LocalDate.of(YEAR, 10, 7), where(inDeliver, p -> p.fate() == Fate.DROPPED_IN_DELIVER),
          p -> new Step(head(region, p), new Command.Drop("Inovator dimutasi dan tim pelaksana belum terbentuk")));
      run("hold2", LocalDate.of(YEAR, 10, 14), where(inDeliver, p -> p.fate() == Fate.ON_HOLD_IN_DELIVER),
          p -> new Step(admin, new Command.Hold("Lokasi uji coba terdampak banjir; dilanjutkan tahun depan")));
      List<Plan> ready = where(inDeliver, p -> p.fate() == Fate.DISPLAYED);
      run("rep", LocalDate.of(YEAR, 11, 3), ready, p -> new Step(innovator(region, p),
          new Command.AttachEvidence(evidence(region, p, "IMPLEMENTATION_REPORT", "laporan-pelaksanaan.pdf"))));
      for (int i = 1; i <= 3; i++) {
        final int n = i;
        run("photo" + i, LocalDate.of(YEAR, 11, 3 + i), where(ready, p -> (p.k() + n) % 5 != 0),
            p -> new Step(innovator(region, p), new Command.AttachEvidence(evidence(region, p, "PHOTO", "dokumentasi-" + n + ".jpg"))));
      }
      drafts("dates", LocalDate.of(YEAR, 11, 10), 1, ready, p -> details(p)
          .withText(InnovationDetails.TRIAL_START_DATE, YEAR + "-08-" + (10 + p.k() % 18))
          .withText(InnovationDetails.IMPLEMENTATION_START_DATE, YEAR + "-10-" + (10 + p.k() % 18)));
      run("ap6", LocalDate.of(YEAR, 11, 24), ready, p -> new Step(head(region, p),
          new Command.Approve(Role.OPD_HEAD, "Siap ditampilkan di Pekan Inovasi")));
    }

    void display() {
      // every innovation in DELIVER is put forward; those not ready are refused by the gate
      run("adv5", LocalDate.of(YEAR, 12, 8), where(p -> p.fate() == Fate.DISPLAYED || p.fate() == Fate.STILL_IN_DELIVER),
          p -> new Step(admin, new Command.Advance("deliver-to-display", List.of())));
      drafts("dp", LocalDate.of(YEAR, 12, 9), 4, where(p -> p.fate() == Fate.DISPLAYED), p -> details(p)
          .withText(InnovationDetails.RESULTS, text(p, "hasil pekan inovasi", 60)));
    }

    private InnovationDetails details(Plan p) {
      return details.get(p.k());
    }

    /** {@code n} saves of a growing draft by the innovator, two days apart. */
    private void drafts(String step, LocalDate from, int n, List<Plan> plans, java.util.function.Function<Plan, InnovationDetails> next) {
      for (int i = 0; i < n; i++) {
        final int round = i;
        run(step + i, from.plusDays(2L * i), plans, p -> {
          InnovationDetails d = next.apply(p).withText(InnovationDetails.GOALS, text(p, "tujuan draf " + round, 12 + round));
          details.put(p.k(), d);
          return new Step(innovator(region, p), new Command.UpdateDetails(d));
        });
      }
    }

    private List<Plan> all() {
      return plans;
    }

    private List<Plan> where(java.util.function.Predicate<Plan> test) {
      return where(plans, test);
    }

    private List<Plan> where(List<Plan> from, java.util.function.Predicate<Plan> test) {
      return from.stream().filter(test).toList();
    }

    /** Runs one step for the given innovations on {@code day}, in four batches an hour apart. */
    private void run(String step, LocalDate day, List<Plan> targets, java.util.function.Function<Plan, Step> make) {
      if (targets.isEmpty()) {
        return;
      }
      // a working day's batches: one per OPD group, an hour apart
      Map<Integer, List<Request>> byGroup = new java.util.TreeMap<>();
      for (Plan p : targets) {
        Step s = make.apply(p);
        byGroup.computeIfAbsent(p.k() % 4, g -> new ArrayList<>()).add(Request.of(refs.get(p.k()), s.actor(), s.command())
            .withIdempotencyKey("n:" + region.value() + ":" + p.k() + ":" + step));
      }
      for (Map.Entry<Integer, List<Request>> e : byGroup.entrySet()) {
        clock.at(day, zone, 60 * e.getKey());
        boolean[] ok = mover.run(lab, e.getValue());
        sent += ok.length;
        for (boolean b : ok) {
          accepted += b ? 1 : 0;
        }
      }
    }

    private String text(Plan p, String topic, int words) {
      StringBuilder b = new StringBuilder(p.title()).append(": ").append(topic);
      Random r = new Random(p.k() * 7919L + topic.hashCode());
      for (int i = 0; i < words; i++) {
        b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        if (i % 12 == 11) {
          b.append('.');
        }
      }
      return b.append('.').toString();
    }
  }

  private record Step(Actor actor, Command command) { }

  static Actor innovator(RegionCode region, Plan p) {
    return Actor.of("asn-" + p.opd().value().toLowerCase(Locale.ROOT) + "-" + (p.k() + 1), p.opd().value(), Role.INNOVATOR)
        .in(region);
  }

  static Actor head(RegionCode region, Plan p) {
    return Actor.of("kepala-" + p.opd().value().toLowerCase(Locale.ROOT), p.opd().value(), Role.OPD_HEAD).in(region);
  }

  static Actor coach(RegionCode region, int k) {
    return Actor.of("coach-" + (k % 3 + 1), null, Role.COACH).in(region);
  }

  private static EvidenceRef evidence(RegionCode region, Plan p, String kind, String file) {
    String uri = "https://labinov.example.go.id/" + region.value() + "/bukti/" + YEAR + "/" + (p.k() + 1) + "/" + file;
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8));
      return EvidenceRef.of(kind, uri, HexFormat.of().formatHex(sha), file.endsWith(".jpg") ? "image/jpeg"
          : "application/pdf", 80_000L + 1_000L * p.k());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Runs each request in a transaction of its own (the comparison mode). */
  static boolean[] oneByOne(Labinov lab, List<Request> requests) {
    boolean[] out = new boolean[requests.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = lab.innovations().execute(requests.get(i)).accepted();
    }
    return out;
  }

  /**
   * Runs the requests on the bulk path ({@code executeAll}: the states of a chunk loaded in one
   * query, decided in memory, written with JDBC batches in one transaction per chunk). An item that
   * failed (not refused: a conflict or an error) stops the generator, since nothing else writes to
   * the area.
   */
  static boolean[] bulk(Labinov lab, List<Request> requests) {
    List<BulkResult> results = lab.innovations().executeAll(requests, BulkOptions.defaults());
    boolean[] out = new boolean[results.size()];
    for (int i = 0; i < out.length; i++) {
      BulkResult r = results.get(i);
      if (r.findError().isPresent()) {
        throw new IllegalStateException("bulk item " + r.ref() + " failed: " + r.outcome(), r.findError().get());
      }
      out[i] = r.accepted();
    }
    return out;
  }

  /** A clock the generator sets to the working hour of each step. */
  static final class SettableClock extends Clock {
    private volatile Instant now = Instant.parse(YEAR + "-01-01T00:00:00Z");

    void at(LocalDate day, ZoneId zone, int minutes) {
      now = day.atTime(LocalTime.of(9, 0)).plusMinutes(minutes).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
