package id.labinov.examples.lebak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.cycle.LegalBasisState;
import id.labinov.core.cycle.SustainabilityStatus;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.iid.ClaimResult;
import id.labinov.core.iid.DocumentFilter;
import id.labinov.core.iid.PreflightReport;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.RegisterAction;
import id.labinov.core.iid.RegisterChange;
import id.labinov.core.iid.VerificationAgreement;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.Rulebooks;
import id.labinov.examples.lebak.IidRuns.CsvRow;
import id.labinov.examples.lebak.IidSummary.ClaimFigures;
import id.labinov.examples.lebak.LebakLabYear.PlayedYear;
import id.labinov.examples.lebak.LebakScenario.Idea;
import id.labinov.examples.lebak.LebakSeed.DemoPeople;
import id.labinov.examples.lebak.LebakSeed.DemoPerson;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.reporting.Reports;
import id.labinov.reporting.data.IidReadiness;
import id.labinov.reporting.data.ReadinessBasis;
import id.labinov.reporting.data.ReadinessIndex;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads the Lebak example once into an H2 in-memory storage, as a portal would on its first start, and checks
 * what is there afterwards by reading the storage only: the programme, the innovations, the names in the
 * storage's directory, the IID 2026 preparation (against the committed files and against the figures of the IID
 * example's own run), and that the demo people are who their documentation says.
 */
class LebakSeedTest {
  private static JdbcConnectionPool pool;
  private static JdbcStorage storage;
  private static boolean loadedBefore;
  private static LebakSeed.Loaded loaded;
  private static String console;
  private static final LebakScenario SCENARIO = LebakScenario.plan(new LebakDirectory());

  @BeforeAll
  static void load() {
    pool = JdbcConnectionPool.create("jdbc:h2:mem:lebak-seed;DB_CLOSE_DELAY=-1;MAX_LENGTH_INPLACE_LOB=65536", "sa", "");
    pool.setMaxConnections(4);
    storage = JdbcStorage.builder().dataSource(pool).tablePrefix("seed_").build();
    loadedBefore = LebakSeed.isLoaded(storage);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long started = System.nanoTime();
    loaded = LebakSeed.load(storage, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    long millis = (System.nanoTime() - started) / 1_000_000L;
    console = bytes.toString(StandardCharsets.UTF_8);
    System.out.println("LebakSeed.load on H2 in memory: " + millis + " ms");
  }

  @AfterAll
  static void close() {
    pool.dispose();
  }

  /** Every innovation of the programme in the store, read page by page. */
  private static List<InnovationSummary> innovations() {
    List<InnovationSummary> out = new ArrayList<>();
    InnovationFilter filter = InnovationFilter.builder().programmes(LebakSeed.PROGRAMME).build();
    PageRequest next = PageRequest.first(100);
    while (next != null) {
      Page<InnovationSummary> page = storage.innovationStore().find(Scope.region(LebakSeed.REGION), filter, next);
      out.addAll(page.items());
      next = page.next();
    }
    return out;
  }

  @Test
  void anEmptyStorageIsNotLoadedAndALoadedOneIs() {
    assertThat(loadedBefore).isFalse();
    assertThat(LebakSeed.isLoaded(storage)).isTrue();
    assertThat(loaded.region().value()).isEqualTo("36.02");
    assertThat(loaded.programmeId()).isEqualTo("lebak-2019");
  }

  @Test
  void theYearAndTheYearsAfterItAreInTheStore() {
    List<InnovationSummary> all = innovations();
    assertThat(loaded.innovations()).isEqualTo(150).isEqualTo(all.size());
    assertThat(loaded.displayed()).isEqualTo(64)
        .isEqualTo((int) all.stream().filter(s -> s.stage().equals("DISPLAY")).count());
    // the years after 2019 are there too: monitoring, and competition entries (the sustainability watch reads them)
    InnovationRef shown = all.stream().filter(s -> s.stage().equals("DISPLAY")).findFirst().orElseThrow().ref();
    assertThat(storage.evaluationStore().monitoring(shown)).isNotEmpty();
    assertThat(storage.evaluationStore().monitoring(shown).stream().map(m -> m.observedOn().getYear()))
        .contains(2020, 2025);
    FollowingYearsData data = FollowingYearsData.load();
    assertThat(storage.cycle().versions(LebakSeed.REGION)).hasSize(data.versions().size()).isNotEmpty();
    // an entry is one record, its announced result a second one
    long records = data.entries().stream().mapToLong(e -> e.result() == EntryResult.ENTERED ? 1 : 2).sum();
    assertThat(storage.cycle().entries(LebakSeed.REGION)).hasSize((int) records).isNotEmpty();
    assertThat(console).contains("Contoh Lebak dimuat: 150 inovasi (64 ditampilkan 2019)")
        .contains("Lebak example loaded: 150 innovations (64 displayed in 2019)")
        .contains("IID 2026: 223 bukti dukung, 371 klaim, 371 keputusan verifikator")
        .contains("IID 2026: 223 documents, 371 claims, 371 verifier decisions");
  }

  @Test
  void theNamesAreInTheStoragesDirectory() {
    var directory = storage.directory();
    assertThat(directory.findOpdName(OpdCode.of("DINKES"))).contains("Dinas Kesehatan");
    assertThat(directory.findOpdName(OpdCode.of("KEC-BAYAH"))).contains("Kecamatan Bayah");
    assertThat(directory.findThemeName(LebakDirectory.KOTA_LAYAK_ANAK, Locale.forLanguageTag("id")))
        .contains("Kota Layak Anak");
    assertThat(directory.findThemeName(LebakDirectory.KOTA_LAYAK_ANAK, Locale.ENGLISH)).contains("Child-friendly city");
    for (Idea idea : SCENARIO.ideas()) {
      PersonId id = PersonId.of(idea.innovator());
      assertThat(directory.findPersonName(id)).as(idea.innovator()).isEqualTo(PersonName.of(idea.innovatorName()));
      assertThat(directory.findPerson(id).map(Person::identityNumber)).as(idea.innovator())
          .contains(idea.innovatorNumber());
      assertThat(directory.findPersonName(LabYear.head(idea).personId()).isKnown()).as("head of " + idea.opd()).isTrue();
    }
    InnovationWeekPanel.members().forEach((id, name) ->
        assertThat(directory.findPersonName(PersonId.of(id))).isEqualTo(PersonName.of(name)));
    for (DemoPerson p : loaded.people().all()) {
      assertThat(directory.findPersonName(p.id())).as(p.id().value()).isEqualTo(PersonName.of(p.name()));
    }
    // the new owner of the innovation handed over in a later year
    FollowingYearsData.load().events().stream().filter(e -> e.newOwner().isPresent()).forEach(e ->
        assertThat(directory.findPersonName(PersonId.of(e.newOwner().orElseThrow())).isKnown()).isTrue());
    assertThat(loaded.names()).isGreaterThan(SCENARIO.ideas().size() + 35);
  }

  @Test
  void theDemoPeopleAreTheDocumentedOnesWithoutLoading() {
    DemoPeople people = LebakSeed.demoPeople();
    assertThat(people).isEqualTo(loaded.people()).isEqualTo(LebakSeed.demoPeople());
    assertThat(people.admin().id().value()).isEqualTo("admin-bappeda-01");
    assertThat(people.admin().findOpd()).contains(OpdCode.of("BAPPEDA"));
    assertThat(people.admin().role()).isEqualTo(Role.LAB_ADMIN);
    assertThat(people.coaches()).extracting(p -> p.id().value())
        .containsExactly("coach-lan-01", "coach-lan-02", "coach-lan-03");
    assertThat(people.coaches()).allSatisfy(c -> {
      assertThat(c.findOpd()).isEmpty();
      assertThat(c.role()).isEqualTo(Role.COACH);
    });
    assertThat(people.juryWithoutConflict().id().value()).isEqualTo("juri-lan-01");
    assertThat(people.juryWithoutConflict().findOpd()).isEmpty();
    assertThat(people.juryWithConflict().id().value()).isEqualTo("juri-dinkes-01");
    assertThat(people.juryWithConflict().findOpd()).contains(OpdCode.of("DINKES"));
    assertThat(people.innovator().id().value()).isEqualTo("asn-dispusip-1");
    assertThat(people.innovator().name()).isEqualTo("Neneng Hidayat");
    assertThat(people.innovator().opd()).isEqualTo(OpdCode.of("DISPUSIP"));
    assertThat(people.innovationTitle()).isEqualTo("Perpustakaan Keliling Multatuli");
    assertThat(SCENARIO.ideas().get(18 - 1).innovator()).isEqualTo("asn-dispusip-1");
    assertThat(people.head().id().value()).isEqualTo("kepala-dispusip");
    assertThat(people.innovator().role()).isEqualTo(Role.INNOVATOR);
    assertThat(people.head().role()).isEqualTo(Role.OPD_HEAD);
    assertThat(people.head().opd()).isEqualTo(people.innovator().opd());
    assertThat(people.head().id().value())
        .isEqualTo("kepala-" + people.innovator().opd().value().toLowerCase(Locale.ROOT));
    assertThat(people.head().actor().has(Role.OPD_HEAD)).isTrue();
    assertThat(people.head().actor().findScope()).contains(Scope.region(LebakSeed.REGION));
  }

  @Test
  void theInnovatorProposedAnActiveInnovationInTheirUnitWhichTheHeadApproved() {
    DemoPeople people = loaded.people();
    InnovationState state = storage.innovationStore().load(loaded.innovatorsInnovation()).orElseThrow();
    assertThat(state.proposedBy()).isEqualTo(people.innovator().id());
    assertThat(state.details().opd()).isEqualTo(people.innovator().opd());
    assertThat(state.details().title()).isEqualTo(people.innovationTitle());
    assertThat(state.status()).isEqualTo(InnovationStatus.ACTIVE);
    assertThat(state.stage()).isEqualTo("DELIVER");
    assertThat(storage.innovationStore().history(loaded.innovatorsInnovation())).anySatisfy(e -> {
      assertThat(e).isInstanceOf(ApprovalRecorded.class);
      assertThat(((ApprovalRecorded) e).role()).isEqualTo(Role.OPD_HEAD);
      assertThat(e.metadata().actor()).isEqualTo(people.head().id());
    });
    long proposed = innovations().stream().filter(s -> storage.innovationStore().load(s.ref()).orElseThrow()
        .proposedBy().equals(people.innovator().id())).count();
    assertThat(proposed).as("innovations the demo innovator proposed").isEqualTo(1);
  }

  @Test
  void oneJurorScoredEveryDisplayedInnovationTheOtherWasKeptOffHerOwnUnits() {
    DemoPeople people = loaded.people();
    Map<InnovationRef, OpdCode> displayed = innovations().stream().filter(s -> s.stage().equals("DISPLAY"))
        .collect(Collectors.toMap(InnovationSummary::ref, InnovationSummary::opd));
    List<ScoreEntry> sheets = storage.evaluationStore().scoresInScope(Scope.region(LebakSeed.REGION),
        InnovationWeekPanel.SCHEME.id(), InnovationWeekPanel.ROUND);
    Set<InnovationRef> clear = refsScoredBy(sheets, people.juryWithoutConflict().id());
    Set<InnovationRef> conflicted = refsScoredBy(sheets, people.juryWithConflict().id());
    assertThat(clear).isEqualTo(displayed.keySet());
    Set<InnovationRef> missed = new java.util.HashSet<>(displayed.keySet());
    missed.removeAll(conflicted);
    assertThat(missed).as("innovations the juror with a conflict could not score").isNotEmpty()
        .allSatisfy(ref -> assertThat(displayed.get(ref)).isEqualTo(people.juryWithConflict().opd()));
    assertThat(conflicted).allSatisfy(ref -> assertThat(displayed.get(ref)).isNotEqualTo(people.juryWithConflict().opd()));
  }

  private static Set<InnovationRef> refsScoredBy(List<ScoreEntry> sheets, PersonId who) {
    return sheets.stream().filter(s -> s.evaluator().equals(who)).map(ScoreEntry::ref).collect(Collectors.toSet());
  }

  @Test
  void aSecondLoadIsRefusedAndWritesNothing() {
    assertThatThrownBy(() -> LebakSeed.load(storage, new PrintStream(OutputStream.nullOutputStream())))
        .isInstanceOf(LebakSeed.AlreadyLoadedException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lebak-2019").hasMessageContaining("36.02").hasMessageContaining("isLoaded");
    assertThat(innovations()).hasSize(150);
  }

  @Test
  void theIdsAreTheSeedsWhateverTheStore() {
    PlayedYear inMemory = LebakLabYear.play(LabStores.inMemory(), new PrintStream(OutputStream.nullOutputStream()));
    Set<InnovationId> expected = SCENARIO.ideas().stream().map(i -> inMemory.year().ref(i).id())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<InnovationId> stored = innovations().stream().map(s -> s.ref().id())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(stored).isEqualTo(expected);
    Idea idea = SCENARIO.ideas().stream().filter(i -> i.innovator().equals(loaded.people().innovator().id().value()))
        .findFirst().orElseThrow();
    assertThat(loaded.innovatorsInnovation()).isEqualTo(inMemory.year().ref(idea));
  }

  /** A fresh entry point on the loaded storage, reading as of a day (08:00 UTC), as a portal would. */
  private static Labinov labOn(LocalDate day) {
    Clock clock = Clock.fixed(day.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    return LabStores.of(storage).lab(clock, Rulebooks.fiveD());
  }

  /** The displayed innovations of the store by title (the titles of the 2019 lab year are unique). */
  private static Map<String, InnovationRef> displayedByTitle() {
    Map<String, InnovationRef> out = new HashMap<>();
    for (InnovationSummary s : innovations()) {
      if (s.stage().equals("DISPLAY")) {
        assertThat(out.put(storage.innovationStore().load(s.ref()).orElseThrow().details().title(), s.ref()))
            .as("a second displayed innovation with the same title").isNull();
      }
    }
    return out;
  }

  @Test
  void theIidPreparationIsThereRowForRowOfTheCommittedFilesAtItsOwnDates() {
    List<CsvRow> documents = IidRuns.csv(IidYearData.DOCUMENTS);
    List<CsvRow> claims = IidRuns.csv(IidYearData.CLAIMS);
    List<CsvRow> decisions = IidRuns.csv(IidYearData.DECISIONS);
    assertThat(loaded.iidDocuments()).isEqualTo(documents.size()).isEqualTo(223);
    assertThat(loaded.iidClaims()).isEqualTo(claims.size()).isEqualTo(371);
    assertThat(loaded.iidDecisions()).isEqualTo(decisions.size()).isEqualTo(371);
    Labinov lab = labOn(LocalDate.of(2026, 7, 31));
    // the register holds the IID documents beside the legal basis decrees of the following years
    int decrees = FollowingYearsData.load().legalBasis().size();
    assertThat(lab.iid().documents(LabYear.ADMIN, LebakSeed.REGION, DocumentFilter.all()))
        .hasSize(documents.size() + decrees);
    Set<String> ids = documents.stream().map(r -> r.get("id")).collect(Collectors.toSet());
    for (String id : ids) {
      assertThat(lab.iid().findDocument(LabYear.ADMIN, LebakSeed.REGION, id)).as(id).isPresent();
    }
    Map<String, InnovationRef> byTitle = displayedByTitle();
    Set<String> storedClaims = lab.iid().claims(LabYear.ADMIN, LebakSeed.REGION, IidPreparation.YEAR).stream()
        .map(c -> c.claim().innovation().orElseThrow().value() + "/" + c.claim().indicator())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expectedClaims = claims.stream().map(r -> byTitle.get(r.get("judul")).id().value() + "/"
        + r.get("indikator")).collect(Collectors.toCollection(TreeSet::new));
    assertThat(storedClaims).hasSize(claims.size()).isEqualTo(expectedClaims);
    List<RecordedVerification> recorded = lab.iid().verifications(LabYear.ADMIN, LebakSeed.REGION,
        IidPreparation.YEAR);
    assertThat(recorded).hasSize(decisions.size());
    Map<String, Integer> fixture = new TreeMap<>();
    decisions.forEach(r -> fixture.put(byTitle.get(r.get("judul")).id().value() + "/" + r.get("indikator"),
        r.number("tingkat_verifikasi")));
    Map<String, Integer> verified = new TreeMap<>();
    recorded.forEach(r -> verified.put(r.key().innovation().orElseThrow().value() + "/" + r.key().indicator(),
        r.verification().verifiedLevel()));
    assertThat(verified).isEqualTo(fixture);
    // the steps at their own dates (WIB): documents in March, claims in April, decisions in July 2026, by the verifier
    assertThat(recorded).allSatisfy(r -> {
      assertThat(r.verification().verifier()).isEqualTo(loaded.people().verifier().id());
      assertThat(month(r.verification().at())).isEqualTo(LocalDate.of(2026, 7, 1));
    });
    List<RegisterChange> changes = new ArrayList<>();
    long after = 0;
    while (true) {
      List<RegisterChange> page = lab.iid().changes(LabYear.ADMIN, LebakSeed.REGION, after, 500);
      if (page.isEmpty()) {
        break;
      }
      changes.addAll(page);
      after = page.get(page.size() - 1).sequence();
    }
    assertThat(changes.stream().filter(c -> c.action() == RegisterAction.DOCUMENT_ADDED && ids.contains(c.subject())))
        .hasSize(ids.size()).allSatisfy(c -> assertThat(month(c.at())).isEqualTo(LocalDate.of(2026, 3, 1)));
    assertThat(changes.stream().filter(c -> c.action() == RegisterAction.CLAIM_PUT)).hasSize(claims.size())
        .allSatisfy(c -> assertThat(month(c.at())).isEqualTo(LocalDate.of(2026, 4, 1)));
    // the change log is in the order of the clock: the IID documents after the decrees of the following years
    for (int i = 1; i < changes.size(); i++) {
      assertThat(changes.get(i).at()).as("change %d", changes.get(i).sequence())
          .isAfterOrEqualTo(changes.get(i - 1).at());
    }
  }

  private static LocalDate month(java.time.Instant at) {
    return at.atZone(ScenarioClock.WIB).toLocalDate().withDayOfMonth(1);
  }

  @Test
  void theIidFiguresAreThoseOfTheIidExample() {
    IidSummary example = IidRuns.memory().summary();
    Labinov lab = labOn(LocalDate.of(2026, 7, 31));
    Map<String, InnovationRef> byTitle = displayedByTitle();
    // per claim: the level claimed, the level the pre-flight supports on the seed's register, the level verified
    Map<String, Integer> verified = new HashMap<>();
    lab.iid().verifications(LabYear.ADMIN, LebakSeed.REGION, IidPreparation.YEAR).forEach(r -> verified.put(
        r.key().innovation().orElseThrow().value() + "/" + r.key().indicator(), r.verification().verifiedLevel()));
    Map<InnovationRef, PreflightReport> preflights = new HashMap<>();
    List<ClaimFigures> rows = new ArrayList<>();
    Set<Integer> numbers = new TreeSet<>();
    for (CsvRow c : IidRuns.csv(IidYearData.CLAIMS)) {
      InnovationRef ref = byTitle.get(c.get("judul"));
      PreflightReport report = preflights.computeIfAbsent(ref, r -> lab.iid().preflight(LabYear.ADMIN,
          LebakSeed.REGION, IidPreparation.YEAR, r.id()));
      ClaimResult result = report.results().stream().filter(r -> r.claim().indicator().equals(c.get("indikator")))
          .findFirst().orElseThrow();
      rows.add(new ClaimFigures(c.number("no"), c.get("judul"), c.get("indikator"), result.criterion().weight(),
          result.claim().claimedLevel(), result.supportedLevel(),
          verified.get(ref.id().value() + "/" + c.get("indikator"))));
      numbers.add(c.number("no"));
    }
    assertThat(rows).isEqualTo(example.claims());
    RatingBands bands = RatingBands.findLatestUpTo(IidPreparation.YEAR).orElseThrow();
    Map<String, RegionalIndexEstimate> estimates = IidSummary.estimates(new ArrayList<>(numbers), rows, bands);
    assertThat(estimates.get("claimed")).isEqualTo(example.claimed());
    assertThat(estimates.get("supported")).isEqualTo(example.supported());
    assertThat(estimates.get("verified")).isEqualTo(example.verified());
    VerificationAgreement agreement = lab.iid().agreement(LabYear.ADMIN, LebakSeed.REGION, IidPreparation.YEAR);
    assertThat(agreement).isEqualTo(example.agreement());
    assertThat(agreement.indicators()).isNotEmpty();
    assertThat(agreement.overall().compared()).isEqualTo(371);
    assertThat(agreement.overall().agreed()).isEqualTo(337);
    // the readiness report the portal shows, on the seed's storage and names, with the example's entered scores
    IidReadiness readiness = Reports.builder().labinov(lab).actor(LabYear.ADMIN).directory(storage.directory())
        .build().iidReadiness(LebakSeed.REGION, IidPreparation.YEAR, ReadinessFiles.options());
    assertThat(readiness.innovations()).hasSize(64);
    assertThat(readiness.claims()).hasSize(371);
    assertThat(readiness.overall().compared()).isEqualTo(371);
    assertThat(readiness.overall().agreed()).isEqualTo(337);
    Map<ReadinessBasis, java.math.BigDecimal> index = new TreeMap<>();
    for (ReadinessIndex i : readiness.index()) {
      index.put(i.basis(), i.index());
    }
    assertThat(index).containsEntry(ReadinessBasis.CLAIMED, example.claimed().index())
        .containsEntry(ReadinessBasis.SUPPORTED, example.supported().index())
        .containsEntry(ReadinessBasis.VERIFIED, example.verified().index());
  }

  @Test
  void theIidRegistersDecreeGivesEveryWatchedInnovationALegalBasisInForce() {
    Labinov lab = labOn(LebakFollowingYears.ASKED_ON);
    List<SustainabilityStatus> watch = lab.cycle().sustainability(LabYear.ADMIN, LebakSeed.REGION);
    assertThat(watch).isNotEmpty();
    // the following years alone leave 6 expired and 4 missing; the IID register's 2025 decree without end stands
    assertThat(watch).allSatisfy(s -> assertThat(s.legalBasis().state()).as(s.title())
        .isEqualTo(LegalBasisState.VALID));
  }

  @Test
  void theVerifierIsADemoPersonWithANameInTheDirectory() {
    DemoPerson verifier = loaded.people().verifier();
    assertThat(verifier.id().value()).isEqualTo("verifikator-bskdn-01").isEqualTo(IidPreparation.VERIFIER.personId()
        .value());
    assertThat(verifier.name()).isEqualTo(IidPreparation.VERIFIER_NAME)
        .isEqualTo("Tim Verifikasi Indeks Inovasi Daerah (BSKDN)");
    assertThat(verifier.role()).isEqualTo(Role.VERIFIER);
    assertThat(verifier.findOpd()).isEmpty();
    assertThat(verifier.actor().findScope()).contains(Scope.region(LebakSeed.REGION));
    assertThat(loaded.people().all()).contains(verifier);
    assertThat(storage.directory().findPersonName(verifier.id())).isEqualTo(PersonName.of(verifier.name()));
  }
}
