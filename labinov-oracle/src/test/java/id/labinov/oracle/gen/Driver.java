package id.labinov.oracle.gen;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.model.Theme;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeDecision;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import id.labinov.oracle.compare.Audit;
import id.labinov.oracle.compare.Diffs;
import id.labinov.oracle.expect.Snapshot;
import id.labinov.oracle.fold.Fold;
import id.labinov.oracle.fold.Folded;
import id.labinov.oracle.world.World;
import id.labinov.persistence.jdbc.FeedEntry;
import id.labinov.reporting.Reports;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plays a generated lab year on a {@link World} and, at each report step and at the end, compares every
 * report with the oracle. The driver decides what to send from the oracle's own fold of the histories
 * (never from core's state); whatever the facade refuses is simply not in the histories.
 */
public final class Driver {
  /** When generated years start: 2024-01-02T00:00Z plus the plan's minutes. */
  public static final Instant EPOCH = Instant.parse("2024-01-02T00:00:00Z");

  private final World world;
  private final Labinov lab;
  private final Plan plan;
  private final Coverage coverage;
  private final Diffs diffs = new Diffs();
  private final List<RegionCode> regions;
  private final Map<RegionCode, List<Programme>> programmes = new LinkedHashMap<>();
  private final List<InnovationRef> refs = new ArrayList<>();
  private final Map<InnovationRef, Actor> proposers = new LinkedHashMap<>();
  private final Panel panel;
  private int titles;
  private int evidence;
  private int checkpoints;

  /**
   * Prepares a run.
   *
   * @param world the lab, empty
   * @param plan the year to play
   * @param coverage where what was exercised is counted
   */
  public Driver(World world, Plan plan, Coverage coverage) {
    this.world = world;
    this.lab = world.lab();
    this.plan = plan;
    this.coverage = coverage;
    this.regions = Cast.REGIONS.subList(0, plan.regions());
    this.panel = new Panel(world, coverage);
  }

  /** The rulebook of each region taking part. */
  public static Map<RegionCode, Rulebook> rulebooks(Plan plan) {
    Map<RegionCode, Rulebook> out = new LinkedHashMap<>();
    for (int i = 0; i < plan.regions(); i++) {
      out.put(Cast.REGIONS.get(i), Cast.RULEBOOKS.get(i));
    }
    return out;
  }

  /**
   * Opens the programmes, plays every step, and compares the reports at every report step and after the
   * last one.
   *
   * @return the differences found
   */
  public Diffs play() {
    openProgrammes();
    for (Step step : plan.steps()) {
      play(step);
    }
    compare(world.clock().instant().plusSeconds(60), true);
    return diffs;
  }

  private void openProgrammes() {
    int n = 0;
    for (Plan.ProgrammePlan pp : plan.programmes()) {
      RegionCode region = regions.get(pp.region() % regions.size());
      Rulebook rulebook = Cast.RULEBOOKS.get(Cast.REGIONS.indexOf(region));
      IndonesianTimeZone own = region.defaultTimeZone();
      IndonesianTimeZone zone = IndonesianTimeZone.values()[(own.ordinal() + pp.zone()) % 3];
      Programme.Builder b = Programme.builder().region(region).id("lab-2024-" + (++n)).year(2024)
          .name("Laboratorium Inovasi " + region.value() + " " + n).organisingUnit("BAPPEDA")
          .participants(pp.allOpds() ? Cast.OPDS.toArray(String[]::new)
              : Cast.OPDS.subList(0, Cast.OPDS.size() - 1).toArray(String[]::new))
          .coaches("coach-1").target(pp.target()).timeZone(zone).rulebook(rulebook.id(), rulebook.version());
      LocalDate day = LocalDate.of(2024, 1, 1).plusDays(pp.firstDay());
      List<Stage> stages = Snapshot.ordered(rulebook);
      for (int i = 0; i < stages.size(); i++) {
        int length = pp.lengths().get(i);
        if (length > 0) {
          b.phase(stages.get(i).code(), new PhaseWindow(day, day.plusDays(length)));
          day = day.plusDays(length + (long) pp.gap());
        }
      }
      ProgrammeDecision d = lab.programmes().open(Cast.admin(region), b.build());
      if (!d.accepted()) {
        throw new AssertionError("the generator's programme was refused: " + d.verdict().describe(java.util.Locale.ENGLISH));
      }
      programmes.computeIfAbsent(region, k -> new ArrayList<>()).add(d.findProgramme().orElseThrow());
      if (zone != own) {
        coverage.saw("programme zone not the region's");
      }
    }
    world.clock().advance(Duration.ofMinutes(plan.startMinutes()));
  }

  private void play(Step step) {
    if (step instanceof Step.Propose p) {
      propose(p);
    } else if (step instanceof Step.Wait w) {
      world.clock().advance(Duration.ofMinutes(w.minutes()));
    } else if (step instanceof Step.Report r) {
      compare(reportTime(r), false);
    } else if (!refs.isEmpty()) {
      if (step instanceof Step.Change c) {
        change(c);
      } else if (step instanceof Step.Edit e) {
        edit(e);
      } else if (step instanceof Step.Attach a) {
        attach(a);
      } else if (step instanceof Step.ChangeOpd o) {
        InnovationRef ref = target(o.target());
        count("opd changed", lab.innovations().changeOpd(ref, Cast.admin(ref.region()), OpdCode.of(Cast.OPDS.get(o.opd())),
            "Reorganisasi perangkat daerah", Options.none()));
      } else if (step instanceof Step.HandOver h) {
        handOver(h);
      } else if (step instanceof Step.Migrate m) {
        migrate(m);
      } else if (step instanceof Step.Score s) {
        InnovationRef ref = target(s.target());
        panel.score(ref, fold(ref), s, diffs);
      } else if (step instanceof Step.Raw r) {
        panel.raw(target(r.target()), r);
      }
    }
    world.clock().advance(Duration.ofSeconds(37));
  }

  private Instant reportTime(Step.Report r) {
    Instant at = world.clock().instant().plus(Duration.ofMinutes(r.minutesLater()));
    if (r.edge() == 0) {
      return at;
    }
    java.time.ZoneId zone = programmes.values().stream().flatMap(List::stream).findFirst()
        .map(p -> p.timeZone().zoneId()).orElse(regions.get(0).defaultTimeZone().zoneId());
    Instant midnight = at.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    coverage.saw("report time at a midnight");
    return r.edge() == 1 ? midnight.minusSeconds(1) : midnight;
  }

  private InnovationRef target(int index) {
    return refs.get(index % refs.size());
  }

  private Folded fold(InnovationRef ref) {
    return Fold.of(lab.innovations().history(ref));
  }

  private void propose(Step.Propose p) {
    RegionCode region = regions.get(p.region() % regions.size());
    List<Programme> own = programmes.getOrDefault(region, List.of());
    String programme = p.programme() >= 0 && p.programme() < own.size() ? own.get(p.programme()).id() : null;
    String opd = p.opd() < Cast.OPDS.size() ? Cast.OPDS.get(p.opd()) : null;
    Bentuk bentuk = p.classification() % 4 == 0 ? null : Bentuk.values()[p.classification() % 4 - 1];
    Jenis jenis = p.classification() / 4 % 3 == 0 ? null : Jenis.values()[p.classification() / 4 % 3 - 1];
    InnovationDetails d = InnovationDetails.titled("Inovasi " + (++titles) + " " + region.value())
        .withOpd(opd == null ? null : OpdCode.of(opd)).withClassification(bentuk, jenis).withThemes(themes(p.themes()));
    if (p.themes() % 2 == 1) {
      d = d.withText(InnovationDetails.IDEA_SUMMARY, "Ringkasan gagasan " + titles);
    }
    Actor innovator = Cast.innovator(region, opd, p.innovator());
    CommandResult r = lab.innovations().propose(region, innovator, d, programme, Options.none());
    if (r.accepted()) {
      refs.add(r.ref());
      proposers.put(r.ref(), innovator);
      coverage.saw("proposed");
    }
  }

  private static Set<Theme> themes(int mask) {
    Set<Theme> out = new TreeSet<>();
    for (int i = 0; i < Cast.THEMES.size(); i++) {
      if ((mask >> i & 1) == 1) {
        out.add(Cast.THEMES.get(i));
      }
    }
    return out;
  }

  private Actor actor(InnovationRef ref, Folded f, int which) {
    return switch (which) {
      case 1 -> Cast.coach(ref.region());
      case 2 -> f.opd() == null ? Cast.admin(ref.region()) : Cast.head(ref.region(), f.opd().value());
      case 3 -> proposers.get(ref);
      default -> Cast.admin(ref.region());
    };
  }

  private void change(Step.Change c) {
    InnovationRef ref = target(c.target());
    Folded f = fold(ref);
    Actor actor = actor(ref, f, c.actor());
    List<Stage> stages = Snapshot.ordered(rulebook(f));
    int at = indexOf(stages, f.stage());
    String next = at + 1 < stages.size() ? stages.get(at + 1).code() : f.stage();
    String previous = at > 0 ? stages.get(at - 1).code() : f.stage();
    var innovations = lab.innovations();
    CommandResult r = switch (c.move()) {
      case ADVANCE -> count("advanced", innovations.advance(ref, actor, next, Options.none()));
      case FAST_TRACK -> count("fast-tracked", innovations.advance(ref, actor,
          at + 2 < stages.size() ? stages.get(at + 2).code() : next, Options.none()));
      case ADVANCE_CONDITIONALLY -> count("advanced conditionally", innovations.advanceConditionally(ref, actor, next,
          List.of("Lampirkan SK tim inovasi"), Options.none()));
      case CLEAR_CONDITION -> count("condition cleared", innovations.clearCondition(ref, actor,
          f.openConditions().isEmpty() ? "c1" : f.openConditions().get(0), "Sudah dipenuhi", Options.none()));
      case RETURN_FOR_REWORK -> count("returned for rework", innovations.returnForRework(ref, actor, previous,
          "Perlu diperbaiki", Options.none()));
      case HOLD -> count("put on hold", innovations.hold(ref, actor, "Menunggu anggaran", Options.none()));
      case RESUME -> count("resumed", innovations.resume(ref, actor, "Anggaran tersedia", Options.none()));
      case DROP -> count("dropped", innovations.drop(ref, actor, "Tidak dilanjutkan " + c.target(), Options.none()));
      case REOPEN -> count("reopened", innovations.reopen(ref, actor, "Dibuka kembali", Options.none()));
    };
    if (!r.accepted() && r.verdict().codes().contains("PHASE_CLOSED")) {
      coverage.saw("phase closed refusal");
    }
  }

  private static Rulebook rulebook(Folded f) {
    for (Rulebook r : List.of(Cast.FIVE_D, Cast.FIVE_D_V2, Cast.FIVE_D_PLUS_ONE)) {
      if (r.id().equals(f.rulebookId()) && r.version() == f.rulebookVersion()) {
        return r;
      }
    }
    throw new AssertionError("an innovation on a rulebook the generator does not know: " + f.rulebookKey());
  }

  private static int indexOf(List<Stage> stages, String code) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).code().equals(code)) {
        return i;
      }
    }
    return 0;
  }

  private CommandResult count(String what, CommandResult r) {
    if (r.accepted()) {
      coverage.saw(what);
    }
    return r;
  }

  private Actor editor(InnovationRef ref, int which) {
    return switch (which) {
      case 1 -> Cast.coach(ref.region());
      case 2 -> Cast.admin(ref.region());
      default -> proposers.get(ref);
    };
  }

  private void edit(Step.Edit e) {
    InnovationRef ref = target(e.target());
    Folded f = fold(ref);
    InnovationDetails d = f.details();
    Actor editor = editor(ref, e.editor());
    int v = e.value();
    LocalDate today = world.clock().instant().atZone(ref.region().defaultTimeZone().zoneId()).toLocalDate();
    d = switch (e.variant()) {
      case 0 -> d.withText(InnovationDetails.IDEA_SUMMARY, "Ringkasan " + v).withText(InnovationDetails.BENEFITS,
          "Manfaat " + v).withText(InnovationDetails.RESULTS, v % 3 == 0 ? null : "Hasil " + v);
      case 1 -> d.withText(InnovationDetails.TRIAL_START_DATE, today.plusDays(v % 90 - 30).toString());
      case 2 -> d.withText(InnovationDetails.IMPLEMENTATION_START_DATE, today.plusDays(v % 90 - 45).toString());
      case 3 -> d.withText(v % 2 == 0 ? InnovationDetails.TRIAL_START_DATE : InnovationDetails.IMPLEMENTATION_START_DATE,
          v % 3 == 0 ? " " + today.minusDays(3) + " " : v % 3 == 1 ? "2024-02-30" : "segera");
      case 4 -> d.withThemes(themes(v % 8));
      case 5 -> d.withClassification(v % 4 == 0 ? null : Bentuk.values()[v % 4 - 1],
          v / 4 % 3 == 0 ? null : Jenis.values()[v / 4 % 3 - 1]);
      case 6 -> {
        if (d.opd() == null) {
          String opd = Cast.OPDS.get(v % Cast.OPDS.size());
          editor = Cast.head(ref.region(), opd);
          yield d.withOpd(OpdCode.of(opd));
        }
        yield d.withText(InnovationDetails.PROBLEM, "Masalah " + v);
      }
      case 7 -> d.withCoInnovators(v % 2 == 0 ? List.of(PersonId.of("juri-untirta")) : List.of());
      default -> d.withTitle(d.title().replaceAll(" \\(revisi \\d+\\)$", "") + " (revisi " + v + ")");
    };
    count("details updated", lab.innovations().updateDetails(ref, editor, d, Options.none()));
  }

  /**
   * Hands an innovation over as the step says and checks the decision against the oracle's own
   * prediction: a lab administrator's command, never to the owner it has, only to someone in the
   * directory. After an accepted one, the oracle's fold and core's state agree on the owner, the OPD and
   * the people who may not score it; the new owner then acts as its proposer in the later steps.
   */
  private void handOver(Step.HandOver h) {
    InnovationRef ref = target(h.target());
    Folded f = fold(ref);
    RegionCode region = ref.region();
    String opd = h.opd() >= 0 ? Cast.OPDS.get(h.opd()) : f.opd() == null ? null : f.opd().value();
    String person = switch (h.person()) {
      case 0, 1 -> Cast.innovator(region, opd, h.person()).personId().value();
      case 2 -> Cast.PANEL.get(2 + h.target() % 2)[0];
      case 3 -> f.proposer().value();
      default -> Cast.NOT_IN_DIRECTORY;
    };
    Actor owner = Actor.of(person, opd, Role.INNOVATOR).in(region);
    boolean byHead = h.byHead() && f.opd() != null;
    Actor actor = byHead ? Cast.head(region, f.opd().value()) : Cast.admin(region);
    Set<String> expected = new TreeSet<>();
    if (byHead) {
      expected.add("ROLE_NOT_PERMITTED");
    }
    if (owner.personId().equals(f.proposer())) {
      expected.add("SAME_OWNER");
    }
    if (person.equals(Cast.NOT_IN_DIRECTORY)) {
      expected.add("NO_SUCH_PERSON");
    }
    CommandResult r = lab.innovations().handOver(ref, actor, owner.personId(), h.opd() >= 0 ? OpdCode.of(opd) : null,
        "Serah terima: pindah tugas", Options.none());
    Set<String> actual = new TreeSet<>(r.verdict().codes());
    diffs.on("handover", "handOver to " + person + " on " + ref + " by " + actor.personId())
        .eq("decision", null, "refusal codes", expected, actual);
    if (!r.accepted()) {
      coverage.saw("handover refused");
      actual.forEach(code -> coverage.saw("handover refused " + code));
      return;
    }
    proposers.put(ref, owner);
    coverage.saw("handed over");
    if (h.opd() >= 0 && !OpdCode.of(opd).equals(f.opd())) {
      coverage.saw("handed over to another OPD");
    }
    Folded after = fold(ref);
    InnovationState state = lab.innovations().get(ref);
    Diffs.On d = diffs.on("handover", "the oracle's fold of " + ref + " after a handover");
    d.eq("state", null, "owner", after.proposer(), state.proposedBy());
    d.eq("state", null, "opd", after.opd(), state.details().opd());
    d.eq("state", null, "people who may not score it", after.contributors(),
        state.findInnovators().map(Set::copyOf).orElse(null));
  }

  private void migrate(Step.Migrate m) {
    InnovationRef ref = target(m.target());
    Folded f = fold(ref);
    Rulebook to = f.rulebookId().equals(Cast.FIVE_D.id()) && f.rulebookVersion() == 1 ? Cast.FIVE_D_V2
        : f.rulebookId().equals(Cast.FIVE_D.id()) ? Cast.FIVE_D : Cast.FIVE_D_PLUS_ONE;
    count("migrated", lab.migrations().migrate(ref, Cast.admin(ref.region()), to, Options.none()));
  }

  private void attach(Step.Attach a) {
    InnovationRef ref = target(a.target());
    String uri = "https://bukti.labinov.example.id/" + ref.id() + "/" + (++evidence) + (a.video() ? ".mp4" : ".jpg");
    EvidenceRef ev = EvidenceRef.of(a.video() ? "VIDEO" : "PHOTO", uri, sha256(uri),
        a.video() ? "video/mp4" : "image/jpeg", 10_000L + evidence);
    count(a.video() ? "video attached" : "photo attached",
        lab.innovations().attachEvidence(ref, editor(ref, a.editor()), ev, Options.none()));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compares every report at {@code at}; at the end, also that the change feed lists what was created. */
  private void compare(Instant at, boolean last) {
    checkpoints++;
    Snapshot data = Snapshot.read(lab, world.rulebooks(), world.evaluations(), refs, world.configured());
    List<Scope> scopes = new ArrayList<>();
    regions.forEach(r -> scopes.add(Scope.region(r)));
    if (regions.size() >= 2) {
      scopes.add(Scope.province(regions.get(0).province()));
    }
    if (regions.size() >= 3 && last) {
      scopes.add(Scope.national());
    }
    List<Programme> all = new ArrayList<>();
    programmes.values().forEach(all::addAll);
    Audit audit = new Audit(scopes, all, last ? Cast.SCHEMES : List.of(Cast.SCHEMES.get(checkpoints % 3)),
        last ? Cast.ROUNDS : List.of(Cast.ROUNDS.get(0)), checkpoints * 7 % 40,
        world.refusalLog() != null ? panel::refused : null);
    Reports reports = Reports.builder().labinov(lab).evaluationStore(world.evaluations())
        .refusalLog(world.refusalLog()).generatedAt(at).build();
    audit.run(reports, data, at, diffs, coverage);
    coverage.saw("report time");
    if (last && world.storage() != null) {
      checkFeed();
    }
  }

  /** The JDBC change feed of each region lists exactly the innovations the generator created there. */
  private void checkFeed() {
    for (RegionCode region : regions) {
      Set<InnovationRef> listed = new LinkedHashSet<>();
      long after = 0;
      List<FeedEntry> page;
      while (!(page = world.storage().changeFeed().read(region, after, 1000)).isEmpty()) {
        for (FeedEntry e : page) {
          listed.add(e.ref());
          after = e.position();
        }
      }
      Set<InnovationRef> created = new LinkedHashSet<>();
      refs.stream().filter(r -> r.region().equals(region)).forEach(created::add);
      diffs.on("change-feed", region.value()).eq("feed", null, "innovations", created, listed);
    }
  }
}
