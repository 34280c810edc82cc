package id.labinov.reporting.support;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.memory.InMemoryEvaluationStore;
import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryProgrammeStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import id.labinov.core.programme.Programme;
import id.labinov.core.rules.PhaseWindow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds lab data through the facade on in-memory stores with a hand-set clock: innovations planned
 * with their moves on given days (from {@link #START}), all run in time order. The same plans give
 * the same data (ids come from a seeded generator).
 */
public final class Scenario {
  /** Kabupaten Lebak (WIB). */
  public static final RegionCode LEBAK = RegionCode.parse("36.02");
  /** Kabupaten Tangerang (WIB), same province. */
  public static final RegionCode TANGERANG = RegionCode.parse("36.03");
  /** Monday 4 March 2024, 09:00 WIB. */
  public static final Instant START = Instant.parse("2024-03-04T02:00:00Z");
  public static final String PROGRAMME = "lebak-2024";
  public static final Actor ADMIN = Actor.of("admin-bappeda", "BAPPEDA", Role.LAB_ADMIN).in(LEBAK);
  public static final Actor COACH = Actor.of("coach-lan-03", null, Role.COACH).in(LEBAK);

  public final MutableClock clock = new MutableClock(START);
  public final InMemoryInnovationStore store = new InMemoryInnovationStore();
  public final InMemoryEvaluationStore evaluations = new InMemoryEvaluationStore();
  public final InMemoryRulebookStore rulebooks = new InMemoryRulebookStore();
  public final InMemoryProgrammeStore programmes = new InMemoryProgrammeStore();
  /** Every refused command (the lab writes to it unless a customizer sets another log). */
  public final id.labinov.core.memory.InMemoryRefusalLog refusals = new id.labinov.core.memory.InMemoryRefusalLog();
  public final Labinov lab;
  private final List<Plan> plans = new ArrayList<>();

  public Scenario() {
    this(b -> b);
  }

  public Scenario(UnaryOperator<Labinov.Builder> customizer) {
    lab = customizer.apply(Labinov.builder().clock(clock).ids(IdGenerator.from(new Random(3602)))
        .innovationStore(store).rulebookStore(rulebooks).programmeStore(programmes).evaluationStore(evaluations)
        .refusalLog(refusals)).build();
  }

  /** A second facade over the same stores, reading through another query port (e.g. a counting one). */
  public Labinov facadeWithQuery(id.labinov.core.spi.InnovationQuery query) {
    return Labinov.builder().clock(clock).innovationStore(store).query(query).rulebookStore(rulebooks)
        .programmeStore(programmes).build();
  }

  /** Opens the programme {@link #PROGRAMME} in Lebak with the given target and the 2024 schedule. */
  public Scenario openProgramme(int target) {
    Programme spec = Programme.builder().region(LEBAK).id(PROGRAMME).year(2024)
        .name("Laboratorium Inovasi Kabupaten Lebak 2024").organisingUnit("BAPPEDA").target(target)
        .phase("DRUM_UP", PhaseWindow.of("2024-03-01", "2024-03-15"))
        .phase("DIAGNOSE", PhaseWindow.of("2024-03-15", "2024-04-01"))
        .phase("DESIGN", PhaseWindow.of("2024-04-01", "2024-05-01"))
        .phase("DELIVER", PhaseWindow.of("2024-05-01", "2024-07-01"))
        .phase("DISPLAY", PhaseWindow.of("2024-07-01", "2024-08-15"))
        .build();
    var d = lab.programmes().open(ADMIN, spec);
    if (!d.accepted()) {
      throw new AssertionError("programme refused: " + d);
    }
    return this;
  }

  /** Plans an innovation; configure it, then {@link #run(int)} runs every plan. */
  public Plan plan(String title, String opd) {
    Plan p = new Plan(plans.size(), title, opd == null ? null : OpdCode.of(opd));
    plans.add(p);
    return p;
  }

  public List<Plan> plans() {
    return plans;
  }

  /** Runs every planned step in time order, then sets the clock to {@code reportDay}. */
  public Scenario run(int reportDay) {
    List<Step> steps = new ArrayList<>();
    for (Plan p : plans) {
      steps.addAll(p.steps());
    }
    steps.sort(Comparator.comparing(Step::at));
    for (Step s : steps) {
      clock.set(s.at());
      s.action().run();
    }
    clock.set(day(reportDay));
    return this;
  }

  public static Instant day(int day) {
    return START.plus(Duration.ofDays(day));
  }

  public static Actor innovator(OpdCode opd) {
    return opd == null ? Actor.of("warga-01", null, Role.INNOVATOR).in(LEBAK)
        : Actor.of("asn-" + opd.value().toLowerCase(Locale.ROOT), opd.value(), Role.INNOVATOR).in(LEBAK);
  }

  public static Actor head(OpdCode opd) {
    return Actor.of("kadis-" + opd.value().toLowerCase(Locale.ROOT), opd.value(), Role.OPD_HEAD).in(LEBAK);
  }

  public static EvidenceRef evidence(String kind, String file) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8));
      return EvidenceRef.of(kind, "https://files.lebakkab.go.id/labinov/" + file, HexFormat.of().formatHex(sha),
          file.endsWith(".jpg") ? "image/jpeg" : file.endsWith(".mp4") ? "video/mp4" : "application/pdf", 120_000);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  public static String words(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append("kata").append(i + 1);
    }
    return sb.toString();
  }

  static void ok(CommandResult r) {
    if (!r.accepted()) {
      throw new AssertionError("refused: " + r.verdict().describe(Locale.ENGLISH));
    }
  }

  /** One scheduled step. */
  record Step(Instant at, Runnable action) {}

  /** An innovation's plan: what it is and what happens to it on which day. */
  public final class Plan {
    public final int index;
    public final String title;
    public final OpdCode opd;
    public Bentuk bentuk;
    public Jenis jenis;
    public final Set<Theme> themes = new LinkedHashSet<>();
    public RegionCode region = LEBAK;
    public boolean inProgramme = true;
    public String stage = "DRUM_UP";
    public String status = "ACTIVE";
    public String dropReason;
    public InnovationRef ref;
    private final List<Step> steps = new ArrayList<>();
    private final List<String[]> texts = new ArrayList<>();
    private GovernmentAffair affair;
    private InitiatorType initiator;

    Plan(int index, String title, OpdCode opd) {
      this.index = index;
      this.title = title;
      this.opd = opd;
      steps.add(new Step(at(0), this::propose));
    }

    private Instant at(int day) {
      return day(day).plus(Duration.ofMinutes(index));
    }

    public Plan bentuk(Bentuk value) {
      bentuk = value;
      return this;
    }

    public Plan jenis(Jenis value) {
      jenis = value;
      return this;
    }

    public Plan themes(String... codes) {
      for (String c : codes) {
        themes.add(Theme.of(c));
      }
      return this;
    }

    public Plan region(RegionCode value) {
      region = value;
      inProgramme = false;
      return this;
    }

    public Plan outsideProgramme() {
      inProgramme = false;
      return this;
    }

    public Plan affair(GovernmentAffair a, InitiatorType i) {
      affair = a;
      initiator = i;
      return this;
    }

    /** Sets a text at proposal time (e.g. a trial start date). */
    public Plan text(String name, String value) {
      texts.add(new String[] {name, value});
      return this;
    }

    /** Advances through the stages after DRUM_UP on the given days. */
    public Plan reach(int... days) {
      String[] order = {"DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY"};
      for (int i = 0; i < days.length; i++) {
        String to = order[i];
        steps.add(new Step(at(days[i]), () -> advance(to)));
        stage = to;
      }
      return this;
    }

    /** Advances to one stage on a day (after a return for rework). */
    public Plan advanceTo(int day, String to) {
      steps.add(new Step(at(day), () -> advance(to)));
      stage = to;
      return this;
    }

    public Plan returnTo(int day, String to, String reason) {
      steps.add(new Step(at(day), () -> ok(lab.innovations().returnForRework(ref, COACH.in(ref.region()), to, reason, Options.none()))));
      stage = to;
      return this;
    }

    public Plan hold(int day, String reason) {
      steps.add(new Step(at(day), () -> ok(lab.innovations().hold(ref, ADMIN.in(ref.region()), reason, Options.none()))));
      status = "ON_HOLD";
      return this;
    }

    public Plan resume(int day) {
      steps.add(new Step(at(day), () -> ok(lab.innovations().resume(ref, ADMIN.in(ref.region()), "dilanjutkan", Options.none()))));
      status = "ACTIVE";
      return this;
    }

    public Plan drop(int day, String reason) {
      steps.add(new Step(at(day), () -> ok(lab.innovations().drop(ref, ADMIN.in(ref.region()), reason, Options.none()))));
      status = "DROPPED";
      dropReason = reason;
      return this;
    }

    public Plan reopen(int day, String reason) {
      steps.add(new Step(at(day), () -> ok(lab.innovations().reopen(ref, ADMIN.in(ref.region()), reason, Options.none()))));
      status = "ACTIVE";
      dropReason = null;
      return this;
    }

    /** Adds any action on a day (e.g. more evidence). */
    public Plan on(int day, Runnable action) {
      steps.add(new Step(at(day), action));
      return this;
    }

    List<Step> steps() {
      return steps;
    }

    private void propose() {
      InnovationDetails d = new InnovationDetails(title, opd, bentuk, jenis, initiator, affair, themes,
          java.util.Map.of());
      for (String[] t : texts) {
        d = d.withText(t[0], t[1]);
      }
      CommandResult r = lab.innovations().propose(region, innovator(opd).in(region), d, inProgramme ? PROGRAMME : null, Options.none());
      ok(r);
      ref = r.ref();
    }

    private void update(UnaryOperator<InnovationDetails> change) {
      InnovationDetails before = lab.innovations().get(ref).details();
      InnovationDetails after = change.apply(before);
      if (!after.equals(before)) {
        ok(lab.innovations().updateDetails(ref, innovator(opd).in(ref.region()), after, Options.none()));
      }
    }

    private void advance(String to) {
      String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      switch (to) {
        case "DIAGNOSE" -> {
          ok(lab.innovations().attachEvidence(ref, innovator(opd).in(ref.region()), evidence("COMMITMENT_LETTER", slug + "-komitmen.pdf"), Options.none()));
          ok(lab.innovations().approve(ref, head(opd).in(ref.region()), Role.OPD_HEAD, "Kami berkomitmen", Options.none()));
          ok(lab.innovations().advance(ref, innovator(opd).in(ref.region()), to, Options.none()));
        }
        case "DESIGN" -> {
          update(d -> d.withText(InnovationDetails.PROBLEM, words(25))
              .withText(InnovationDetails.IDEA_SUMMARY, "Ringkasan ide " + title));
          ok(lab.innovations().advance(ref, innovator(opd).in(ref.region()), to, Options.none()));
        }
        case "DELIVER" -> {
          update(d -> d.withText(InnovationDetails.DESIGN_NARRATIVE, words(320))
              .withText(InnovationDetails.GOALS, "Tujuan " + title)
              .withText(InnovationDetails.BENEFITS, "Manfaat " + title));
          ok(lab.innovations().attachEvidence(ref, innovator(opd).in(ref.region()), evidence("ACTION_PLAN", slug + "-rencana-aksi.pdf"), Options.none()));
          ok(lab.innovations().approve(ref, head(opd).in(ref.region()), Role.OPD_HEAD, null, Options.none()));
          ok(lab.innovations().approve(ref, COACH.in(ref.region()), Role.COACH, "Rancang bangun baik", Options.none()));
          ok(lab.innovations().advance(ref, COACH.in(ref.region()), to, Options.none()));
        }
        case "DISPLAY" -> {
          ok(lab.innovations().attachEvidence(ref, innovator(opd).in(ref.region()), evidence("IMPLEMENTATION_REPORT", slug + "-laporan.pdf"), Options.none()));
          ok(lab.innovations().attachEvidence(ref, innovator(opd).in(ref.region()), evidence("PHOTO", slug + "-foto.jpg"), Options.none()));
          update(d -> d.withText(InnovationDetails.RESULTS, "Hasil " + title));
          ok(lab.innovations().approve(ref, head(opd).in(ref.region()), Role.OPD_HEAD, null, Options.none()));
          ok(lab.innovations().advance(ref, ADMIN.in(ref.region()), to, Options.none()));
        }
        default -> throw new IllegalArgumentException(to);
      }
    }
  }
}
