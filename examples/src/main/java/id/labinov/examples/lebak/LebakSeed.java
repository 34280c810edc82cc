package id.labinov.examples.lebak;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.spi.DirectoryEntry;
import id.labinov.examples.lebak.LebakLabYear.PlayedYear;
import id.labinov.examples.lebak.LebakScenario.Fate;
import id.labinov.examples.lebak.LebakScenario.Idea;
import id.labinov.persistence.jdbc.JdbcStorage;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the Lebak example into a {@link JdbcStorage} once, for an application that wants something to show on
 * its first start (a lab portal on an empty H2 database, say): the 2019 lab year of Kabupaten Lebak
 * ({@link LebakLabYear}: programme {@code lebak-2019}, 150 ideas, 64 shown at the innovation week, the panel's
 * scores) and the years after it to 1 July 2026 ({@link LebakFollowingYears}: quarterly monitoring, development
 * versions, IGA and KIPP entries, legal basis decrees, a drop and an owner handover), the preparation for the
 * regional innovation index (IID) 2026 of {@link LebakIidYear} (the evidence register's 223 documents registered in
 * March 2026, the 371 claims of April 2026 and the verifier's decision on each claim in July 2026, from the same
 * committed files), then every name of the example into the storage's own directory
 * ({@link JdbcStorage#directory()}), so a later process shows names without playing anything again. No report file
 * is written.
 *
 * <p><b>The IID preparation</b> is the one {@link LebakIidYear} plays, on the same stores, with the same figures:
 * the claims, the levels their evidence supports (the pre-flight) and the verified levels are those of that
 * example's summary and of the README (indicator points 1,977 claimed, 1,880 supported, 1,816 verified; the
 * pre-flight agrees with the verifier on 337 of 371 claims). Its steps carry their own dates: the following years
 * end on 30 June 2026 and the scenario's clock never goes back, so the preparation runs after them through a second
 * entry point on the same stores whose clock starts in March 2026. It writes only the evidence register (documents
 * and claims) and the verification stream, never an innovation's history; in the register's change log its
 * documents come after the decrees of the following years (dated up to 2024), so every stream stays in the order
 * of its clock. The verifier is {@code verifikator-bskdn-01} ({@link DemoPeople#verifier()}).
 *
 * <p><b>What the IID register changes in the sustainability watch.</b> The register holds, for every innovation
 * shown in 2019, a decree without an end date that backs it: for 60 of the 64 the Bupati's decree
 * {@code 800/87/Bappeda/2025} of March 2025, for the other 4 a decree of their own unit. The watch takes any Perda,
 * Perbup or decree in force that backs an innovation as its legal basis
 * ({@link id.labinov.core.cycle.LegalBasis#of}), so in the seed every watched innovation has a legal basis in
 * force: the expired team decrees and the missing decrees of {@link LebakFollowingYears} (6 expired, 4 missing on
 * 1 July 2026 there) are not flagged here, and the watch flags only what its monitoring says. The examples
 * {@link LebakFollowingYears} and {@link LebakIidYear} are not changed by this: each keeps its own register.
 *
 * <p>The data is synthetic and comes from the fixed {@link LebakScenario#SEED}: every load writes the same
 * innovations under the same ids, events at the same instants (the scenario's clock, 2019 to 2026, not the
 * wall clock), the same names. The people an application's demo users can act as are known without loading
 * ({@link #demoPeople()}).
 *
 * <p>Typical use, once at start-up:
 *
 * <pre>{@code
 * if (!LebakSeed.isLoaded(storage)) {
 *   LebakSeed.Loaded loaded = LebakSeed.load(storage, System.out);
 * }
 * }</pre>
 *
 * <p>A load is not one transaction: it is a few thousand commands, each stored as it is accepted. Give it
 * an empty storage (a fresh database or a table prefix of its own); if it fails part-way, what it wrote stays and
 * {@link #isLoaded} may already answer {@code true}, so drop the tables (or take another prefix) before loading
 * again. Two processes that load the same empty storage at once are not guarded against beyond the programme:
 * the one that opens {@code lebak-2019} second is refused with an {@link IllegalStateException}.
 */
public final class LebakSeed {
  /** The region the example plays in: Kabupaten Lebak, {@code 36.02}. */
  public static final RegionCode REGION = LabYear.LEBAK;
  /** The example's programme: {@code lebak-2019}, the lab year of 2019. */
  public static final String PROGRAMME = LabYear.PROGRAMME;

  /**
   * The display names the seed gives the lab's officials, whom the example's reports know by id only: the
   * three coaches from LAN, the lab admin at Bappeda and the head of every participating unit. They go to the
   * storage's directory with the example's own names; the example programs themselves do not use them.
   */
  private static final Map<String, String> OFFICIALS = Map.of(
      "coach-lan-01", "Dr. Andi Wijaya, M.Si. (LAN)",
      "coach-lan-02", "Dra. Maya Puspitasari, M.A.P. (LAN)",
      "coach-lan-03", "Rizal Fahmi, S.IP., M.PA. (LAN)",
      "admin-bappeda-01", "Iin Solihin, S.E., M.M. (Bappeda)");
  /** First names of the unit heads; with {@link #HEAD_LAST} (7 and 5, coprime) 35 units get 35 different names. */
  private static final String[] HEAD_FIRST = {"Dedi", "Ratu", "Iwan", "Nia", "Agus", "Eulis", "Tatang"};
  private static final String[] HEAD_LAST = {"Rusmana", "Sopandi", "Hermawan", "Suherman", "Mulyadi"};

  private LebakSeed() {}

  /**
   * One person of the example an application's demo user can act as.
   *
   * @param id the person id the example's events carry
   * @param name the display name the seed writes to the directory
   * @param opd the unit the person acts for, or {@code null} for one outside the region's units (a coach from
   *     LAN, an evaluator from LAN)
   * @param role the role the person acts in
   */
  public record DemoPerson(PersonId id, String name, OpdCode opd, Role role) {
    /**
     * Checks the parts.
     *
     * @param id the person id
     * @param name the display name
     * @param opd the unit, or {@code null}
     * @param role the role
     * @throws NullPointerException if the id, name or role is missing
     */
    public DemoPerson {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
    }

    /** {@return the unit the person acts for, empty for one from outside the region's units} */
    public Optional<OpdCode> findOpd() {
      return Optional.ofNullable(opd);
    }

    /** {@return the actor the example uses for this person: id, unit and role, scoped to Kabupaten Lebak} */
    public Actor actor() {
      return new Actor(id, opd, Set.of(role)).in(REGION);
    }
  }

  /**
   * The people of the example an application's demo users can act as, each with the unit and role the example
   * gives them. The same on every call and every load ({@link LebakScenario#SEED}).
   *
   * @param admin the lab admin: {@code admin-bappeda-01}, Bappeda, {@link Role#LAB_ADMIN}; opens the programme,
   *     moves the cohort, records the monitoring, versions, entries and decrees of 2020-2026
   * @param coaches the three coaches from LAN, no unit, {@link Role#COACH}: {@code coach-lan-01},
   *     {@code coach-lan-02}, {@code coach-lan-03}; idea number {@code n} is coached by the one at {@code n % 3}
   * @param innovator an innovator, {@link Role#INNOVATOR}, of the unit they proposed for: the proposer of the first
   *     idea (by registration number) that stays in DELIVER, ACTIVE, through 2026, so not displayed in 2019 and with
   *     work left to do: {@code asn-dispusip-1} (Neneng Hidayat) of Dinas Perpustakaan dan Kearsipan
   *     ({@code DISPUSIP}), whose only innovation is idea 18, {@code innovationTitle}
   * @param innovationTitle the title of that innovator's innovation: {@code Perpustakaan Keliling Multatuli}
   * @param head the head of the innovator's unit, {@link Role#OPD_HEAD}, who approved the innovation at each stage:
   *     {@code kepala-dispusip} (Nia Hermawan, M.Si.), {@code DISPUSIP}
   * @param juryWithoutConflict a member of the 2019 innovation week's panel, {@link Role#EVALUATOR}, who may score
   *     every innovation: {@code juri-lan-01} (Dr. Hendra Gunawan, LAN), no unit and proposer of none
   * @param juryWithConflict a member of that panel, {@link Role#EVALUATOR}, who is refused on some innovations for
   *     a conflict of interest ({@code CONFLICT_OF_INTEREST_OPD}): {@code juri-dinkes-01} (dr. Lina Marlina),
   *     of Dinas Kesehatan ({@code DINKES}), whose own innovations she may not score (she scored every other
   *     displayed innovation; the panel's {@code juri-inspektorat-01} is kept off the Inspektorat's in the same
   *     way)
   * @param verifier the IID verifier, {@link Role#VERIFIER}, no unit: {@code verifikator-bskdn-01} (Tim Verifikasi
   *     Indeks Inovasi Daerah (BSKDN)), who recorded a decision on every IID 2026 claim in July 2026
   */
  public record DemoPeople(DemoPerson admin, List<DemoPerson> coaches, DemoPerson innovator, String innovationTitle,
      DemoPerson head, DemoPerson juryWithoutConflict, DemoPerson juryWithConflict, DemoPerson verifier) {
    /**
     * Checks and copies the parts.
     *
     * @param admin the lab admin
     * @param coaches the three coaches
     * @param innovator the innovator
     * @param innovationTitle their innovation's title
     * @param head their unit's head
     * @param juryWithoutConflict the evaluator without a conflict
     * @param juryWithConflict the evaluator with one
     * @param verifier the IID verifier
     * @throws NullPointerException if a part is missing
     */
    public DemoPeople {
      Objects.requireNonNull(admin, "admin");
      coaches = List.copyOf(coaches);
      Objects.requireNonNull(innovator, "innovator");
      Objects.requireNonNull(innovationTitle, "innovationTitle");
      Objects.requireNonNull(head, "head");
      Objects.requireNonNull(juryWithoutConflict, "juryWithoutConflict");
      Objects.requireNonNull(juryWithConflict, "juryWithConflict");
      Objects.requireNonNull(verifier, "verifier");
    }

    /**
     * {@return every demo person: the admin, the coaches, the innovator, the head, the two evaluators, the verifier}
     */
    public List<DemoPerson> all() {
      List<DemoPerson> out = new ArrayList<>();
      out.add(admin);
      out.addAll(coaches);
      out.addAll(List.of(innovator, head, juryWithoutConflict, juryWithConflict, verifier));
      return List.copyOf(out);
    }
  }

  /**
   * What a load wrote.
   *
   * @param region the region, {@code 36.02}
   * @param programmeId the programme, {@code lebak-2019}
   * @param innovations the programme's innovations in the store: every idea registered in 2019, dropped ones
   *     included (150)
   * @param displayed the programme's innovations that reached DISPLAY, shown at the 2019 innovation week (64;
   *     one was dropped in a later year and is counted all the same)
   * @param innovatorsInnovation the demo innovator's innovation ({@link DemoPeople#innovator()})
   * @param names the entries written to the storage's directory: units, themes in two languages, people
   * @param people the demo people, equal to {@link #demoPeople()}
   * @param iidDocuments the documents of the IID 2026 evidence register (223; the legal basis decrees of the
   *     following years are in the register too and not counted here)
   * @param iidClaims the IID 2026 claims of the displayed innovations (371)
   * @param iidDecisions the verifier's decisions on them, one per claim (371)
   */
  public record Loaded(RegionCode region, String programmeId, int innovations, int displayed,
      InnovationRef innovatorsInnovation, int names, DemoPeople people, int iidDocuments, int iidClaims,
      int iidDecisions) {}

  /** A load was asked of a storage that holds the example already. */
  public static final class AlreadyLoadedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception, for {@link #REGION} and {@link #PROGRAMME}. */
    AlreadyLoadedException() {
      super("the Lebak example is loaded already: programme " + PROGRAMME + " exists in region " + REGION
          + " of this storage. Ask LebakSeed.isLoaded(storage) first and load only when it answers false,"
          + " or load into an empty database or another table prefix");
    }
  }

  /**
   * Tells whether the storage holds the example: whether programme {@code lebak-2019} exists in region
   * {@code 36.02}, read through the programme store.
   *
   * @param storage the storage
   * @return {@code true} if it does (after a load, or a part of one)
   * @throws NullPointerException if {@code storage} is {@code null}
   * @throws id.labinov.core.engine.StorageException if the store fails
   */
  public static boolean isLoaded(JdbcStorage storage) {
    Objects.requireNonNull(storage, "storage");
    return storage.programmeStore().load(REGION, PROGRAMME).isPresent();
  }

  /**
   * Loads the example into the storage: the 2019 lab year, the years 2020 to mid-2026, the IID 2026 preparation
   * (documents, claims, the verifier's decisions; see the class comment), then every name into the storage's
   * directory (the units, the themes in Indonesian and English, the innovators with their NIP or PPPK number, the
   * panel, the new owners of handed-over innovations, the IID verifier, and the names the seed gives the coaches,
   * the lab admin and the unit heads). A second load is refused: it would write a second copy of the year.
   *
   * @param storage the storage, best empty (see the class comment)
   * @param progress where the year's progress and a closing line go (refusals the scenario provokes are printed
   *     with their reasons in Indonesian and English); {@code new PrintStream(OutputStream.nullOutputStream())}
   *     for silence
   * @return what was written
   * @throws AlreadyLoadedException if the storage holds programme {@code lebak-2019} in {@code 36.02} already
   * @throws NullPointerException if an argument is missing
   * @throws IllegalStateException if the example is refused on the way (another process loading at once)
   * @throws id.labinov.core.engine.StorageException if the store fails
   */
  public static Loaded load(JdbcStorage storage, PrintStream progress) {
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(progress, "progress");
    if (isLoaded(storage)) {
      throw new AlreadyLoadedException();
    }
    long started = System.nanoTime();
    PlayedYear year = LebakLabYear.play(LabStores.of(storage), progress);
    LebakFollowingYears.Played later = LebakFollowingYears.playOn(year);
    int[] iid = prepareIid(storage, year);

    year.directory().person(Person.named(IidPreparation.VERIFIER.personId(), IidPreparation.VERIFIER_NAME));
    List<DirectoryEntry> names = year.directory().allEntries();
    names.addAll(officials(year.directory()));
    storage.directory().putAll(names);

    int[] counts = count(year);
    DemoPeople people = demoPeople(year.directory(), year.scenario());
    InnovationRef innovation = year.scenario().ideas().stream()
        .filter(i -> i.innovator().equals(people.innovator().id().value())).findFirst().map(year.year()::ref)
        .orElseThrow(() -> new IllegalStateException("the demo innovator proposed nothing"));
    long millis = (System.nanoTime() - started) / 1_000_000L;
    progress.printf(Locale.ROOT, "Contoh Lebak dimuat: %d inovasi (%d ditampilkan 2019); 2020-2026: %d catatan"
        + " pemantauan, %d versi, %d keikutsertaan IGA/KIPP, %d dasar hukum; IID %d: %d bukti dukung, %d klaim,"
        + " %d keputusan verifikator; %d nama di direktori; %d ms%n",
        counts[0], counts[1], later.monitoringEntries(), later.versions(), later.igaEntries() + later.kippEntries(),
        later.documents(), IidPreparation.YEAR, iid[0], iid[1], iid[2], names.size(), millis);
    progress.printf(Locale.ROOT, "Lebak example loaded: %d innovations (%d displayed in 2019); 2020-2026: %d"
        + " monitoring entries, %d versions, %d IGA/KIPP entries, %d legal basis documents; IID %d: %d documents,"
        + " %d claims, %d verifier decisions; %d names in the directory; %d ms%n", counts[0], counts[1],
        later.monitoringEntries(), later.versions(), later.igaEntries() + later.kippEntries(), later.documents(),
        IidPreparation.YEAR, iid[0], iid[1], iid[2], names.size(), millis);
    return new Loaded(REGION, PROGRAMME, counts[0], counts[1], innovation, names.size(), people, iid[0], iid[1],
        iid[2]);
  }

  /**
   * Plays the IID 2026 preparation of {@link LebakIidYear} on the storage, at its own dates: March (documents),
   * April (claims), July (decisions). The year's clock stands at the end of the following years (30 June 2026)
   * and never goes back, so the steps run through a second entry point on the same stores with a clock of their
   * own, set before the first document; they write the evidence register and the verification stream only, whose
   * last entries (the decrees of the following years) are older. The pre-flight is not run separately: it writes
   * nothing, and each decision stores the level it predicts.
   *
   * @return the documents registered, the claims put, the decisions recorded
   */
  private static int[] prepareIid(JdbcStorage storage, PlayedYear year) {
    ScenarioClock clock = new ScenarioClock(LocalDate.of(2026, 3, 13));
    Labinov lab = LabStores.of(storage).lab(clock, year.rulebook());
    IidYearData data = IidYearData.load();
    IidPreparation prep = new IidPreparation(lab, clock, year.displayedByNumber(), year.displayedTitles());
    int documents = prep.registerDocuments(data);
    int claims = prep.putClaims(data);
    int decisions = prep.verify(data);
    return new int[] {documents, claims, decisions};
  }

  /**
   * Returns the people an application's demo users can act as, from the scenario alone (nothing is played or
   * stored): the same people {@link #load} writes and returns.
   *
   * @return the demo people
   */
  public static DemoPeople demoPeople() {
    LebakDirectory directory = new LebakDirectory();
    return demoPeople(directory, LebakScenario.plan(directory));
  }

  private static DemoPeople demoPeople(LebakDirectory directory, LebakScenario scenario) {
    Actor admin = LabYear.ADMIN;
    List<DemoPerson> coaches = LabYear.coaches().stream().map(LebakSeed::official).toList();
    Idea idea = scenario.ideas().stream().filter(i -> i.fate() == Fate.STILL_IN_DELIVER).findFirst()
        .orElseThrow(() -> new IllegalStateException("the scenario has no idea still in DELIVER"));
    DemoPerson innovator = new DemoPerson(PersonId.of(idea.innovator()), idea.innovatorName(), idea.opd(),
        Role.INNOVATOR);
    Actor headActor = LabYear.head(idea);
    DemoPerson head = new DemoPerson(headActor.personId(), headName(directory.units(), idea.opd()), idea.opd(), Role.OPD_HEAD);
    Set<OpdCode> shownUnits = new HashSet<>();
    scenario.ideas().stream().filter(i -> i.fate() == Fate.DISPLAYED).forEach(i -> shownUnits.add(i.opd()));
    Set<String> proposers = new HashSet<>();
    scenario.ideas().forEach(i -> proposers.add(i.innovator()));
    Actor clear = InnovationWeekPanel.PANEL.stream()
        .filter(a -> a.opd() == null && !proposers.contains(a.personId().value())).findFirst()
        .orElseThrow(() -> new IllegalStateException("the panel has no member without a unit"));
    // the panel member of Dinas Kesehatan, whom the lab year's console shows refused (the one of the Inspektorat
    // may meet a conflict too, on the Inspektorat's own innovations)
    Actor conflicted = InnovationWeekPanel.PANEL.stream()
        .filter(a -> OpdCode.of("DINKES").equals(a.opd()) && shownUnits.contains(a.opd())).findFirst()
        .orElseThrow(() -> new IllegalStateException("the panel has no member of Dinas Kesehatan, or Dinas Kesehatan"
            + " displayed no innovation"));
    DemoPerson verifier = new DemoPerson(IidPreparation.VERIFIER.personId(), IidPreparation.VERIFIER_NAME,
        IidPreparation.VERIFIER.opd(), Role.VERIFIER);
    return new DemoPeople(official(admin), coaches, innovator, idea.title(), head, juror(clear), juror(conflicted),
        verifier);
  }

  private static DemoPerson official(Actor actor) {
    return new DemoPerson(actor.personId(), OFFICIALS.get(actor.personId().value()), actor.opd(),
        actor.roles().iterator().next());
  }

  private static DemoPerson juror(Actor actor) {
    return new DemoPerson(actor.personId(), InnovationWeekPanel.members().get(actor.personId().value()),
        actor.opd(), Role.EVALUATOR);
  }

  /** The name the seed gives a unit's head: one of 35 first and last name pairs, by the unit's place. */
  private static String headName(List<LebakDirectory.Unit> units, OpdCode opd) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).code().equals(opd)) {
        return HEAD_FIRST[i % HEAD_FIRST.length] + " " + HEAD_LAST[i % HEAD_LAST.length] + ", M.Si.";
      }
    }
    throw new IllegalStateException("no participating unit " + opd);
  }

  /** The names the seed gives the coaches, the lab admin and every unit's head. */
  private static List<DirectoryEntry> officials(LebakDirectory directory) {
    List<DirectoryEntry> out = new ArrayList<>();
    for (Actor a : LabYear.coaches()) {
      out.add(DirectoryEntry.person(a.personId(), OFFICIALS.get(a.personId().value())));
    }
    out.add(DirectoryEntry.person(LabYear.ADMIN.personId(), OFFICIALS.get(LabYear.ADMIN.personId().value())));
    List<LebakDirectory.Unit> units = directory.units();
    for (LebakDirectory.Unit u : units) {
      PersonId head = PersonId.of("kepala-" + u.code().value().toLowerCase(Locale.ROOT));
      out.add(DirectoryEntry.person(head, headName(units, u.code())));
    }
    return out;
  }

  /** Counts the programme's innovations, and those that reached DISPLAY, page by page from the store. */
  private static int[] count(PlayedYear year) {
    int[] out = new int[2];
    InnovationFilter filter = InnovationFilter.builder().programmes(PROGRAMME).build();
    PageRequest next = PageRequest.first(200);
    while (next != null) {
      Page<InnovationSummary> page = year.lab().queries().find(Scope.region(REGION), filter, next);
      for (InnovationSummary s : page.items()) {
        out[0]++;
        out[1] += s.stage().equals("DISPLAY") ? 1 : 0;
      }
      next = page.next();
    }
    return out;
  }
}
