package id.labinov.core.facade;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.VersionConflictException;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.i18n.Messages;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Verdict;
import id.labinov.core.spi.Append;
import id.labinov.core.spi.IdempotencyRecord;
import id.labinov.core.spi.InnovationStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Test data for the facade: a hand-moved clock, repeatable ids, in-memory stores (the innovation
 * store wrapped so tests can count appends and inject version conflicts), one actor per role, and
 * helpers that drive an innovation of Kabupaten Lebak (36.02) to a given 5D stage.
 */
public final class LabFixture {
  /** Kabupaten Lebak, Banten (WIB). */
  public static final RegionCode LEBAK = RegionCode.parse("36.02");
  /** Kabupaten Tangerang, Banten: another region for isolation tests. */
  public static final RegionCode TANGERANG = RegionCode.parse("36.03");
  /** Monday 4 March 2024, 09:00 WIB. */
  public static final Instant START = Instant.parse("2024-03-04T02:00:00Z");

  public static final Actor INNOVATOR = Actor.of("asn-dinkes-017", "DINKES", Role.INNOVATOR).in(LEBAK);
  public static final Actor HEAD = Actor.of("kadis-dinkes", "DINKES", Role.OPD_HEAD).in(LEBAK);
  public static final Actor OTHER_HEAD = Actor.of("kadis-dishub", "DISHUB", Role.OPD_HEAD).in(LEBAK);
  public static final Actor COACH = Actor.of("coach-lan-03", null, Role.COACH).in(LEBAK);
  public static final Actor ADMIN = Actor.of("admin-bappeda", "BAPPEDA", Role.LAB_ADMIN).in(LEBAK);
  public static final Actor EVALUATOR = Actor.of("penilai-01", null, Role.EVALUATOR).in(LEBAK);
  public static final Actor REGIONAL_HEAD = Actor.of("bupati-lebak", null, Role.REGIONAL_HEAD).in(LEBAK);

  public final MutableClock clock;
  public final CountingStore store;
  public final InMemoryRulebookStore rulebooks;
  public final Labinov lab;

  private LabFixture(UnaryOperator<Labinov.Builder> customizer) {
    this.clock = new MutableClock(START);
    this.store = new CountingStore(new InMemoryInnovationStore());
    this.rulebooks = new InMemoryRulebookStore();
    this.lab = customizer.apply(baseBuilder()).build();
  }

  /** Returns a fixture with the default facade (5D rulebook, 3 conflict retries). */
  public static LabFixture create() {
    return new LabFixture(b -> b);
  }

  /**
   * Returns a fixture whose facade builder is changed first.
   *
   * @param customizer changes the builder (listeners, retries, rulebook...)
   * @return the fixture
   */
  public static LabFixture create(UnaryOperator<Labinov.Builder> customizer) {
    return new LabFixture(customizer);
  }

  /** Returns a builder wired to this fixture's clock and stores; used for a second facade. */
  public Labinov.Builder baseBuilder() {
    return Labinov.builder()
        .clock(clock)
        .ids(IdGenerator.from(new Random(1)))
        .innovationStore(store)
        .query(store.delegate())
        .rulebookStore(rulebooks);
  }

  // ---------------------------------------------------------------- data

  /** Details complete enough for the DRUM_UP gate: a title and the unit DINKES. */
  public static InnovationDetails details() {
    return InnovationDetails.titled("Posyandu Digital Lebak")
        .withOpd(OpdCode.of("DINKES"))
        .withClassification(Bentuk.PELAYANAN_PUBLIK, Jenis.DIGITAL);
  }

  /** A piece of evidence whose SHA-256 is the hash of the file name. */
  public static EvidenceRef evidence(String kind, String file) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8));
      return EvidenceRef.of(kind, "https://files.lebakkab.go.id/labinov/" + file, HexFormat.of().formatHex(sha),
          file.endsWith(".jpg") ? "image/jpeg" : "application/pdf", 120_000);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Returns a text of exactly {@code n} words. */
  public static String words(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append("kata").append(i + 1);
    }
    return sb.toString();
  }

  /** Returns a reference to an innovation that does not exist. */
  public static InnovationRef unknownRef() {
    return new InnovationRef(LEBAK, InnovationId.parse(UUID.nameUUIDFromBytes(new byte[] {7}).toString()));
  }

  // ---------------------------------------------------------------- driving

  /** Proposes an innovation with {@link #details()} as the innovator; it is in DRUM_UP. */
  public InnovationRef proposed() {
    return lab.innovations().propose(LEBAK, INNOVATOR, details()).orThrow().ref();
  }

  /** Attaches the commitment letter and the OPD head's approval. */
  public void readyForDiagnose(InnovationRef ref) {
    ok(lab.innovations().attachEvidence(ref, INNOVATOR, evidence("COMMITMENT_LETTER", "komitmen.pdf"), Options.none()));
    ok(lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, "Kami berkomitmen", Options.none()));
  }

  /** Fills the problem (25 words) and the idea summary. */
  public void readyForDesign(InnovationRef ref) {
    InnovationDetails d = state(ref).details()
        .withText(InnovationDetails.PROBLEM, words(25))
        .withText(InnovationDetails.IDEA_SUMMARY, "Jadwal posyandu lewat WhatsApp.");
    ok(lab.innovations().updateDetails(ref, INNOVATOR, d, Options.none()));
  }

  /**
   * Fills the design narrative (300 words), goals and benefits, attaches the action plan, and gets
   * the OPD head's and the coach's approvals.
   */
  public void readyForDeliver(InnovationRef ref) {
    InnovationDetails d = state(ref).details()
        .withText(InnovationDetails.DESIGN_NARRATIVE, words(300))
        .withText(InnovationDetails.GOALS, "Cakupan imunisasi naik.")
        .withText(InnovationDetails.BENEFITS, "Ibu dan balita terlayani.");
    ok(lab.innovations().updateDetails(ref, INNOVATOR, d, Options.none()));
    ok(lab.innovations().attachEvidence(ref, INNOVATOR, evidence("ACTION_PLAN", "rencana-aksi.pdf"), Options.none()));
    ok(lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()));
    ok(lab.innovations().approve(ref, COACH, Role.COACH, null, Options.none()));
  }

  /**
   * Attaches the implementation report and a photo, fills the results and gets the OPD head's
   * approval; does not move the clock.
   */
  public void readyForDisplayExceptTime(InnovationRef ref) {
    ok(lab.innovations().attachEvidence(ref, INNOVATOR, evidence("IMPLEMENTATION_REPORT", "laporan.pdf"), Options.none()));
    ok(lab.innovations().attachEvidence(ref, INNOVATOR, evidence("PHOTO", "foto.jpg"), Options.none()));
    InnovationDetails d = state(ref).details().withText(InnovationDetails.RESULTS, "Seribu ibu terdaftar.");
    ok(lab.innovations().updateDetails(ref, INNOVATOR, d, Options.none()));
    ok(lab.innovations().approve(ref, HEAD, Role.OPD_HEAD, null, Options.none()));
  }

  /** Returns a new innovation in DIAGNOSE. */
  public InnovationRef inDiagnose() {
    InnovationRef ref = proposed();
    readyForDiagnose(ref);
    ok(lab.innovations().advance(ref, INNOVATOR, "DIAGNOSE", Options.none()));
    return ref;
  }

  /** Returns a new innovation in DESIGN. */
  public InnovationRef inDesign() {
    InnovationRef ref = inDiagnose();
    readyForDesign(ref);
    ok(lab.innovations().advance(ref, INNOVATOR, "DESIGN", Options.none()));
    return ref;
  }

  /** Returns a new innovation in DELIVER (entered now). */
  public InnovationRef inDeliver() {
    InnovationRef ref = inDesign();
    readyForDeliver(ref);
    ok(lab.innovations().advance(ref, COACH, "DELIVER", Options.none()));
    return ref;
  }

  /** Returns a new innovation in DELIVER through a conditional GO with the given conditions. */
  public InnovationRef inDeliverWithConditions(String... conditions) {
    InnovationRef ref = inDesign();
    readyForDeliver(ref);
    ok(lab.innovations().advanceConditionally(ref, ADMIN, "DELIVER", List.of(conditions), Options.none()));
    return ref;
  }

  /** Returns a new innovation in DISPLAY; moves the clock 31 days. */
  public InnovationRef inDisplay() {
    InnovationRef ref = inDeliver();
    readyForDisplayExceptTime(ref);
    clock.advanceDays(31);
    ok(lab.innovations().advance(ref, ADMIN, "DISPLAY", Options.none()));
    return ref;
  }

  public InnovationState state(InnovationRef ref) {
    return lab.innovations().get(ref);
  }

  public long version(InnovationRef ref) {
    return lab.innovations().get(ref).version();
  }

  public List<InnovationEvent> history(InnovationRef ref) {
    return lab.innovations().history(ref);
  }

  private static CommandResult ok(CommandResult r) {
    if (!r.accepted()) {
      throw new AssertionError("fixture step refused:\n" + r.verdict().describe(Locale.ENGLISH));
    }
    return r;
  }

  // ---------------------------------------------------------------- assertions

  /**
   * Asserts a refused result: nothing appended, the code among the verdict's codes, and the text in
   * English and in Indonesian.
   */
  public static void assertRefused(CommandResult result, String code, String english, String indonesian) {
    assertThat(result.accepted()).as("accepted").isFalse();
    assertThat(result.events()).as("events of a refusal").isEmpty();
    assertThat(result.replayed()).isFalse();
    assertVerdict(result.verdict(), code, english, indonesian);
  }

  /** Asserts a verdict carries {@code code} and the texts in both languages. */
  public static void assertVerdict(Verdict verdict, String code, String english, String indonesian) {
    assertThat(verdict.codes()).as("codes").contains(code);
    assertThat(verdict.describe(Locale.ENGLISH)).as("English").contains(english);
    assertThat(verdict.describe(Messages.INDONESIAN)).as("Indonesian").contains(indonesian);
  }

  // ---------------------------------------------------------------- test doubles

  /** A clock moved by hand. */
  public static final class MutableClock extends Clock {
    private volatile Instant now;

    public MutableClock(Instant start) {
      this.now = start;
    }

    public void advanceDays(long days) {
      now = now.plus(Duration.ofDays(days));
    }

    public void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
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

  /**
   * An innovation store that counts append attempts and can fail the next appends with a version
   * conflict (as if another writer got there first), writing nothing for them. Not a query port.
   */
  public static final class CountingStore implements InnovationStore {
    private final InMemoryInnovationStore delegate;
    private final AtomicInteger appends = new AtomicInteger();
    private final AtomicInteger conflictsToInject = new AtomicInteger();
    private final AtomicInteger historyReads = new AtomicInteger();
    private final AtomicInteger chunks = new AtomicInteger();
    private volatile boolean oldStates;

    public CountingStore(InMemoryInnovationStore delegate) {
      this.delegate = delegate;
    }

    public InMemoryInnovationStore delegate() {
      return delegate;
    }

    /** Makes the next {@code n} appends fail with a version conflict. */
    public void injectConflicts(int n) {
      conflictsToInject.set(n);
    }

    /** Returns how many appends were attempted since the last reset. */
    public int appendAttempts() {
      return appends.get();
    }

    public void resetCounts() {
      appends.set(0);
      historyReads.set(0);
      chunks.set(0);
    }

    /** Returns how many bulk chunks ({@code transactAll}) ran since the last reset. */
    public int chunks() {
      return chunks.get();
    }

    /** Returns how many histories were read since the last reset. */
    public int historyReads() {
      return historyReads.get();
    }

    /**
     * Makes loads return states as a version before contributors were recorded stored them
     * (contributors unknown).
     */
    public void loadOldStates() {
      oldStates = true;
    }

    @Override
    public Optional<InnovationState> load(InnovationRef ref) {
      Optional<InnovationState> s = delegate.load(ref);
      if (!oldStates) {
        return s;
      }
      return s.map(InnovationState::withUnknownContributors);
    }

    @Override
    public Optional<IdempotencyRecord> append(Append append) {
      appends.incrementAndGet();
      if (conflictsToInject.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        throw new VersionConflictException(append.target(), append.expectedVersion(), append.expectedVersion() + 1);
      }
      return delegate.append(append);
    }

    @Override
    public Optional<IdempotencyRecord> findIdempotency(RegionCode region, String key, Instant now) {
      return delegate.findIdempotency(region, key, now);
    }

    @Override
    public <R> R transactAll(List<InnovationRef> refs, id.labinov.core.spi.BulkTransaction.Work<R> work) {
      chunks.incrementAndGet();
      return InnovationStore.super.transactAll(refs, work);
    }

    @Override
    public List<InnovationEvent> history(InnovationRef ref) {
      historyReads.incrementAndGet();
      return delegate.history(ref);
    }

    @Override
    public int purgeExpiredIdempotencyKeys(Instant now) {
      return delegate.purgeExpiredIdempotencyKeys(now);
    }
  }
}
