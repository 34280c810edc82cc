package id.labinov.core.programme;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryProgrammeStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: a Lebak (36.02) lab on in-memory stores with a clock the test moves, the Lebak 2019
 * programme specification, and helpers that meet the shipped 5D gates to drive an innovation to a
 * stage through the facade.
 */
public final class LabFixture {
  /** Kabupaten Lebak, Banten (WIB). */
  public static final RegionCode LEBAK = RegionCode.parse("36.02");
  /** The programme id used throughout. */
  public static final String PROGRAMME_ID = "lebak-2019";
  /** 2019-01-14 08:00 WIB: the first day of Drum-up. */
  public static final Instant START = Instant.parse("2019-01-14T01:00:00Z");
  /** Western Indonesian Time. */
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  /** Eastern Indonesian Time (also the test JVM's default zone). */
  public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

  /** The lab administrator at BAPPEDA. */
  public static final Actor ADMIN = Actor.of("admin-bappeda", "BAPPEDA", Role.LAB_ADMIN).in(LEBAK);
  /** A LAN coach. */
  public static final Actor COACH = Actor.of("coach-lan-03", null, Role.COACH).in(LEBAK);

  /** The clock the facade reads. */
  public final MutableClock clock = new MutableClock(START);
  /** The innovation store behind the facade. */
  public final InMemoryInnovationStore store = new InMemoryInnovationStore();
  /** The facade. */
  public final Labinov lab;
  private final AtomicInteger files = new AtomicInteger();
  private int narrativeWords = 320;

  /** A lab whose proposals follow the shipped 5D rulebook. */
  public LabFixture() {
    this(Rulebooks.fiveD());
  }

  /**
   * A lab whose proposals follow a given rulebook.
   *
   * @param rulebook the default rulebook
   */
  public LabFixture(Rulebook rulebook) {
    this(rulebook, b -> b);
  }

  /**
   * A lab following the shipped 5D rulebook, its builder changed further by {@code more}.
   *
   * @param more changes to the facade's builder (e.g. an evaluation store)
   */
  public LabFixture(java.util.function.UnaryOperator<Labinov.Builder> more) {
    this(Rulebooks.fiveD(), more);
  }

  private LabFixture(Rulebook rulebook, java.util.function.UnaryOperator<Labinov.Builder> more) {
    this.lab = more.apply(Labinov.builder()
        .clock(clock)
        .ids(IdGenerator.from(new Random(3602)))
        .innovationStore(store)
        .rulebookStore(new InMemoryRulebookStore())
        .programmeStore(new InMemoryProgrammeStore())
        .rulebook(rulebook))
        .build();
  }

  /** An innovator of a unit. */
  public static Actor innovator(String opd) {
    return Actor.of("asn-" + opd.toLowerCase(Locale.ROOT), opd, Role.INNOVATOR).in(LEBAK);
  }

  /** The head of a unit. */
  public static Actor head(String opd) {
    return Actor.of("kepala-" + opd.toLowerCase(Locale.ROOT), opd, Role.OPD_HEAD).in(LEBAK);
  }

  /** The Lebak 2019 programme: BAPPEDA organises, four units take part, target 64, 5D windows. */
  public static Programme.Builder lebak2019() {
    return Programme.builder()
        .region(LEBAK)
        .id(PROGRAMME_ID)
        .year(2019)
        .name("Laboratorium Inovasi Kabupaten Lebak 2019")
        .organisingUnit("BAPPEDA")
        .participants("DINKES", "DISDIK", "DISKOMINFO", "DPMPTSP")
        .coaches("coach-lan-03", "coach-lan-07")
        .target(64)
        .phase("DRUM_UP", PhaseWindow.of("2019-01-14", "2019-02-01"))
        .phase("DIAGNOSE", PhaseWindow.of("2019-02-01", "2019-03-01"))
        .phase("DESIGN", PhaseWindow.of("2019-03-01", "2019-06-01"))
        .phase("DELIVER", PhaseWindow.of("2019-06-01", "2019-12-01"))
        .phase("DISPLAY", PhaseWindow.of("2019-12-12", "2019-12-15"));
  }

  /** Opens the Lebak 2019 programme as the administrator, failing the test if refused. */
  public Programme openLebak2019() {
    ProgrammeDecision d = lab.programmes().open(ADMIN, lebak2019().build());
    if (!d.accepted()) {
      throw new AssertionError(d.verdict().describe(Locale.ENGLISH));
    }
    return d.programme();
  }

  /** Sets how many words the design narrative written by {@link #advanceOnce} has (default 320). */
  public LabFixture narrativeWords(int words) {
    this.narrativeWords = words;
    return this;
  }

  /** Proposes an innovation of a unit, optionally in a programme, failing the test if refused. */
  public InnovationRef propose(String title, String opd, String programmeId) {
    InnovationDetails d = InnovationDetails.titled(title).withOpd(OpdCode.of(opd));
    return lab.innovations().propose(LEBAK, innovator(opd), d, programmeId, Options.none()).orThrow().ref();
  }

  /** Proposes an innovation and drives it to a stage. */
  public InnovationRef innovationIn(String stage, String title, String opd, String programmeId) {
    InnovationRef ref = propose(title, opd, programmeId);
    driveTo(ref, stage);
    return ref;
  }

  /** Advances an innovation stage by stage, meeting each 5D gate, until it is in {@code stage}. */
  public void driveTo(InnovationRef ref, String stage) {
    int guard = 0;
    while (!lab.innovations().get(ref).stage().equals(stage)) {
      if (guard++ > 10) {
        throw new AssertionError("cannot reach " + stage + " from " + lab.innovations().get(ref).stage());
      }
      advanceOnce(ref).orThrow();
    }
  }

  /**
   * Meets the gate of the current stage's 5D advance where the innovation allows it and tries the
   * advance. Never throws for a refusal (the result says why).
   */
  public CommandResult advanceOnce(InnovationRef ref) {
    String next = prepareGate(ref);
    Actor actor = switch (next) {
      case "DIAGNOSE", "DESIGN" -> innovator(opdOf(ref));
      case "DELIVER" -> COACH;
      default -> ADMIN;
    };
    return lab.innovations().advance(ref, actor, next, Options.none());
  }

  /**
   * Supplies what the 5D advance from the current stage needs (texts, evidence, approvals), as far
   * as the innovation's status allows, without advancing.
   *
   * @return the stage that advance leads to ({@code DISPLAY} when already there)
   */
  public String prepareGate(InnovationRef ref) {
    InnovationState s = lab.innovations().get(ref);
    String opd = opdOf(ref);
    switch (s.stage()) {
      case "DRUM_UP" -> {
        ensureEvidence(ref, opd, "COMMITMENT_LETTER");
        ensureApproval(ref, head(opd), Role.OPD_HEAD);
        return "DIAGNOSE";
      }
      case "DIAGNOSE" -> {
        ensureTexts(ref, opd, InnovationDetails.PROBLEM, words(24, "warga"), InnovationDetails.IDEA_SUMMARY,
            "Layanan daring untuk warga desa.");
        return "DESIGN";
      }
      case "DESIGN" -> {
        ensureTexts(ref, opd, InnovationDetails.DESIGN_NARRATIVE, words(narrativeWords, "rancang"),
            InnovationDetails.GOALS, "Cakupan layanan naik.", InnovationDetails.BENEFITS, "Warga terlayani tepat waktu.");
        ensureEvidence(ref, opd, "ACTION_PLAN");
        ensureApproval(ref, head(opd), Role.OPD_HEAD);
        ensureApproval(ref, COACH, Role.COACH);
        return "DELIVER";
      }
      case "DELIVER" -> {
        ensureEvidence(ref, opd, "IMPLEMENTATION_REPORT");
        ensureEvidence(ref, opd, "PHOTO");
        ensureTexts(ref, opd, InnovationDetails.RESULTS, "1.240 warga terdaftar.");
        ensureApproval(ref, head(opd), Role.OPD_HEAD);
        return "DISPLAY";
      }
      default -> {
        return "DISPLAY";
      }
    }
  }

  private String opdOf(InnovationRef ref) {
    OpdCode opd = lab.innovations().get(ref).details().opd();
    return opd == null ? "DINKES" : opd.value();
  }

  private void ensureEvidence(InnovationRef ref, String opd, String kind) {
    EvidenceKind k = EvidenceKind.of(kind);
    if (lab.innovations().get(ref).evidence().stream().noneMatch(e -> e.kind().equals(k))) {
      lab.innovations().attachEvidence(ref, innovator(opd), evidence(kind), Options.none());
    }
  }

  private void ensureApproval(InnovationRef ref, Actor actor, Role role) {
    if (lab.innovations().get(ref).approvals().stream().noneMatch(a -> a.role() == role)) {
      lab.innovations().approve(ref, actor, role, null, Options.none());
    }
  }

  private void ensureTexts(InnovationRef ref, String opd, String... nameValues) {
    InnovationDetails d = lab.innovations().get(ref).details();
    InnovationDetails next = d;
    for (int i = 0; i < nameValues.length; i += 2) {
      if (next.field(nameValues[i]).isEmpty()) {
        next = next.withText(nameValues[i], nameValues[i + 1]);
      }
    }
    if (!next.equals(d)) {
      lab.innovations().updateDetails(ref, innovator(opd), next, Options.none());
    }
  }

  /** A new piece of evidence of a kind, with a content hash no other piece has. */
  public EvidenceRef evidence(String kind) {
    int n = files.incrementAndGet();
    return EvidenceRef.of(kind, "https://files.lebakkab.go.id/labinov/" + kind.toLowerCase(Locale.ROOT) + "-" + n + ".pdf",
        String.format("%064x", n), "application/pdf", 120_000L + n);
  }

  /** A text of exactly {@code count} words. */
  public static String words(int count, String word) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : " ").append(word).append(i % 7);
    }
    return sb.toString();
  }

  /** The innovations' history sizes, in the order given. */
  public List<Integer> historySizes(List<InnovationRef> refs) {
    return refs.stream().map(r -> lab.innovations().history(r).size()).toList();
  }

  /** A clock the test moves by hand. */
  public static final class MutableClock extends Clock {
    private volatile Instant now;

    /**
     * Starts at an instant.
     *
     * @param start the first instant
     */
    public MutableClock(Instant start) {
      this.now = start;
    }

    /** Moves the clock to an instant. */
    public void set(Instant instant) {
      this.now = instant;
    }

    /** Moves the clock forward. */
    public void advance(Duration d) {
      this.now = now.plus(d);
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
}
