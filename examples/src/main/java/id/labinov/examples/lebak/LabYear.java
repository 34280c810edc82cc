package id.labinov.examples.lebak;

import id.labinov.core.Labinov;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.event.Condition;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Verdict;
import id.labinov.examples.lebak.LebakScenario.Detour;
import id.labinov.examples.lebak.LebakScenario.Fate;
import id.labinov.examples.lebak.LebakScenario.Idea;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plays one lab year of the {@link LebakScenario} through the facade, stage by stage, the way the
 * people of the lab would: innovators register and describe, OPD heads commit and approve, coaches
 * review, the lab admin (Bappeda) moves the cohort on. Refusals are values: they are counted by
 * code, and the first of each kind is printed with its reasons, once in Indonesian and once in
 * English, each line in one language.
 */
final class LabYear {
  static final RegionCode LEBAK = RegionCode.parse("36.02");
  static final String PROGRAMME = "lebak-2019";
  static final Actor ADMIN = Actor.of("admin-bappeda-01", "BAPPEDA", Role.LAB_ADMIN).in(LEBAK);
  private static final Actor[] COACHES = {Actor.of("coach-lan-01", null, Role.COACH).in(LEBAK),
      Actor.of("coach-lan-02", null, Role.COACH).in(LEBAK), Actor.of("coach-lan-03", null, Role.COACH).in(LEBAK)};

  private final Labinov lab;
  private final Rulebook rulebook;
  private final ConsoleWords words;
  private final ScenarioClock clock;
  private final PrintStream out;
  private final Map<Integer, InnovationRef> refs = new LinkedHashMap<>();
  private final Map<Integer, InnovationDetails> details = new LinkedHashMap<>();
  /** Refusal codes across the year, with how often each was given. */
  final Map<String, Integer> refusals = new TreeMap<>();
  /** Should-meet warnings on accepted commands, by code. */
  final Map<String, Integer> warnings = new TreeMap<>();
  private final Map<String, Integer> phaseRefusals = new TreeMap<>();
  private int commands;

  LabYear(Labinov lab, Rulebook rulebook, ScenarioClock clock, PrintStream out) {
    this.lab = lab;
    this.rulebook = rulebook;
    this.words = new ConsoleWords(rulebook);
    this.clock = clock;
    this.out = out;
  }

  /** Returns the lab's three coaches from LAN: idea number {@code n} goes to the coach at {@code n % 3}. */
  static List<Actor> coaches() {
    return List.of(COACHES);
  }

  /** Returns the innovation of a registered idea. */
  InnovationRef ref(Idea idea) {
    return refs.get(idea.number());
  }

  /** Returns how many commands were sent to the facade. */
  int commands() {
    return commands;
  }

  // ---- DRUM_UP: register, commit, approve -------------------------------------------------------

  void drumUp(List<Idea> ideas) {
    int i = 0;
    for (Idea idea : ideas) {
      clock.at(spread(LocalDate.of(2019, 1, 14), 5, idea), i++);
      InnovationDetails d = InnovationDetails.titled(idea.title()).withOpd(idea.opd())
          .withClassification(idea.bentuk(), idea.jenis()).withInitiatorType(InitiatorType.ASN)
          .withGovernmentAffair(idea.affair()).withThemes(idea.themes());
      CommandResult r = accept(lab.innovations().propose(LEBAK, innovator(idea), d, PROGRAMME, Options.none()));
      refs.put(idea.number(), r.ref());
      details.put(idea.number(), d);
    }
    for (Idea idea : ideas) {
      clock.at(spread(LocalDate.of(2019, 1, 21), 5, idea), idea.number());
      accept(lab.innovations().attachEvidence(ref(idea), innovator(idea), evidence(idea, "COMMITMENT_LETTER", "surat-komitmen.pdf"),
          Options.none()));
      if (idea.fate() != Fate.DROPPED_IN_DRUM_UP && !idea.has(Detour.LATE_APPROVAL)) {
        accept(lab.innovations().approve(ref(idea), head(idea), Role.OPD_HEAD, "Kami berkomitmen mendukung inovasi ini", Options.none()));
      }
    }
    int advanced = 0;
    int dropped = 0;
    for (Idea idea : ideas) {
      clock.at(LocalDate.of(2019, 2, 1), idea.number());
      CommandResult r = lab.innovations().advance(ref(idea), innovator(idea), "DIAGNOSE", Options.none());
      if (!r.accepted() && idea.fate() != Fate.DROPPED_IN_DRUM_UP) {
        refused(r.verdict(), idea);
        accept(lab.innovations().approve(ref(idea), head(idea), Role.OPD_HEAD, "Komitmen menyusul", Options.none()));
        r = lab.innovations().advance(ref(idea), innovator(idea), "DIAGNOSE", Options.none());
      }
      if (idea.fate() == Fate.DROPPED_IN_DRUM_UP) {
        refused(r.verdict(), idea);
      } else {
        accept(r);
        advanced++;
      }
    }
    for (Idea idea : ideas) {
      if (idea.fate() == Fate.DROPPED_IN_DRUM_UP) {
        clock.at(LocalDate.of(2019, 2, 4), idea.number());
        accept(lab.innovations().drop(ref(idea), ADMIN, "Kepala OPD belum memberikan komitmen sampai akhir Drum-up", Options.none()));
        dropped++;
      }
    }
    progress("DRUM_UP", "14 Jan - 31 Jan", ideas.size() + " ide terdaftar, " + advanced + " lanjut ke tahap "
        + words.stage("DIAGNOSE") + ", " + dropped + " dihentikan");
  }

  // ---- DIAGNOSE: problem and idea ------------------------------------------------------------------

  void diagnose(List<Idea> ideas) {
    List<Idea> active = active(ideas, Fate.DROPPED_IN_DRUM_UP);
    int dropped = 0;
    int reopened = 0;
    for (Idea idea : active) {
      clock.at(spread(LocalDate.of(2019, 2, 11), 26, idea), idea.number());
      InnovationDetails d = details.get(idea.number()).withText(InnovationDetails.PROBLEM, Texts.problem(idea));
      if (!idea.has(Detour.MISSING_IDEA_SUMMARY)) {
        d = d.withText(InnovationDetails.IDEA_SUMMARY, Texts.ideaSummary(idea));
      }
      update(idea, innovator(idea), d);
    }
    List<Idea> pausing = active.stream().filter(i -> i.has(Detour.DROPPED_AND_REOPENED)).toList();
    for (Idea idea : pausing) {
      clock.at(LocalDate.of(2019, 3, 11), idea.number());
      accept(lab.innovations().drop(ref(idea), innovator(idea), "Inovator cuti melahirkan, tim belum siap", Options.none()));
    }
    for (Idea idea : pausing) {
      clock.at(LocalDate.of(2019, 3, 18), idea.number());
      accept(lab.innovations().reopen(ref(idea), ADMIN, "Tim inovasi sudah lengkap kembali", Options.none()));
      reopened++;
    }
    for (Idea idea : active) {
      if (idea.fate() == Fate.DROPPED_IN_DIAGNOSE) {
        clock.at(spread(LocalDate.of(2019, 3, 20), 5, idea), idea.number());
        accept(lab.innovations().drop(ref(idea), head(idea), "Digabung dengan ide serupa di OPD lain", Options.none()));
        dropped++;
      }
    }
    int advanced = 0;
    for (Idea idea : active(ideas, Fate.DROPPED_IN_DRUM_UP, Fate.DROPPED_IN_DIAGNOSE)) {
      clock.at(LocalDate.of(2019, 4, 1), idea.number());
      CommandResult r = lab.innovations().advance(ref(idea), innovator(idea), "DESIGN", Options.none());
      if (!r.accepted()) {
        refused(r.verdict(), idea);
        update(idea, innovator(idea), details.get(idea.number())
            .withText(InnovationDetails.IDEA_SUMMARY, Texts.ideaSummary(idea)));
        r = lab.innovations().advance(ref(idea), innovator(idea), "DESIGN", Options.none());
      }
      accept(r);
      advanced++;
    }
    progress("DIAGNOSE", "1 Feb - 31 Mar", active.size() + " ide didiagnosis, " + advanced + " lanjut ke tahap "
        + words.stage("DESIGN") + ", " + dropped + " dihentikan, " + reopened + " dibuka kembali");
  }

  // ---- DESIGN: rancang bangun, action plan, review -------------------------------------------------

  void design(List<Idea> ideas) {
    List<Idea> inDesign = active(ideas, Fate.DROPPED_IN_DRUM_UP, Fate.DROPPED_IN_DIAGNOSE);
    int returned = 0;
    List<Idea> rework = inDesign.stream().filter(i -> i.has(Detour.RETURNED_TO_DIAGNOSE)).toList();
    for (Idea idea : rework) {
      clock.at(LocalDate.of(2019, 4, 22), idea.number());
      accept(lab.innovations().returnForRework(ref(idea), coach(idea), "DIAGNOSE", "Akar masalah belum tajam, lengkapi data dasar",
          Options.none()));
    }
    for (Idea idea : rework) {
      clock.at(LocalDate.of(2019, 5, 6), idea.number());
      update(idea, innovator(idea), details.get(idea.number())
          .withText(InnovationDetails.PROBLEM, Texts.problem(idea) + " Data dasar 2018 dari BPS Kabupaten Lebak "
              + "menunjukkan masalah ini paling berat di wilayah selatan."));
      accept(lab.innovations().advance(ref(idea), innovator(idea), "DESIGN", Options.none()));
      returned++;
    }
    for (Idea idea : inDesign) {
      clock.at(spread(LocalDate.of(2019, 5, 13), 30, idea), idea.number());
      boolean shortDraft = idea.has(Detour.SHORT_NARRATIVE) || idea.fate() == Fate.STILL_IN_DESIGN;
      update(idea, innovator(idea), details.get(idea.number())
          .withText(InnovationDetails.DESIGN_NARRATIVE, shortDraft ? Texts.draftNarrative(idea) : Texts.narrative(idea))
          .withText(InnovationDetails.GOALS, Texts.goals(idea))
          .withText(InnovationDetails.BENEFITS, Texts.benefits(idea)));
      if (idea.fate() == Fate.DROPPED_IN_DESIGN) {
        continue;
      }
      accept(lab.innovations().attachEvidence(ref(idea), innovator(idea), evidence(idea, "ACTION_PLAN", "rencana-aksi.pdf"),
          Options.none()));
      clock.tick();
      accept(lab.innovations().approve(ref(idea), head(idea), Role.OPD_HEAD, null, Options.none()));
      if (!idea.has(Detour.CONDITIONAL)) {
        accept(lab.innovations().approve(ref(idea), coach(idea), Role.COACH, "Rancang bangun dapat dilanjutkan", Options.none()));
      }
    }
    int dropped = 0;
    int advanced = 0;
    int conditional = 0;
    for (Idea idea : inDesign) {
      clock.at(spread(LocalDate.of(2019, 6, 24), 6, idea), idea.number());
      if (idea.fate() == Fate.DROPPED_IN_DESIGN) {
        accept(lab.innovations().drop(ref(idea), ADMIN, "Tidak layak dibiayai pada tahun anggaran 2019", Options.none()));
        dropped++;
        continue;
      }
      CommandResult r;
      if (idea.has(Detour.CONDITIONAL)) {
        r = lab.innovations().advanceConditionally(ref(idea), ADMIN, "DELIVER",
            List.of("Lampirkan SK tim inovasi", "Coach meninjau ulang rancang bangun"), Options.none());
      } else {
        r = lab.innovations().advance(ref(idea), coach(idea), "DELIVER", Options.none());
      }
      if (!r.accepted()) {
        refused(r.verdict(), idea);
        if (idea.fate() == Fate.STILL_IN_DESIGN) {
          continue;
        }
        update(idea, innovator(idea), details.get(idea.number())
            .withText(InnovationDetails.DESIGN_NARRATIVE, Texts.narrative(idea)));
        r = idea.has(Detour.CONDITIONAL)
            ? lab.innovations().advanceConditionally(ref(idea), ADMIN, "DELIVER", List.of("Lampirkan SK tim inovasi"), Options.none())
            : lab.innovations().advance(ref(idea), coach(idea), "DELIVER", Options.none());
      }
      accept(r);
      advanced++;
      conditional += idea.has(Detour.CONDITIONAL) ? 1 : 0;
    }
    progress("DESIGN", "1 Apr - 30 Jun", inDesign.size() + " rancangan, " + advanced + " lanjut ke tahap "
        + words.stage("DELIVER") + " (" + conditional + " bersyarat), " + returned + " dikembalikan ke tahap "
        + words.stage("DIAGNOSE") + ", " + dropped + " dihentikan");
  }

  // ---- DELIVER: carry it out, with holds, rework and drops -----------------------------------------

  void deliver(List<Idea> ideas) {
    List<Idea> inDeliver = ideas.stream().filter(i -> i.fate().ordinal() >= Fate.DROPPED_IN_DELIVER.ordinal()).toList();
    int held = 0;
    int returned = 0;
    int dropped = 0;
    List<Idea> holding = inDeliver.stream().filter(i -> i.has(Detour.HELD_AND_RESUMED)).toList();
    for (Idea idea : holding) {
      clock.at(LocalDate.of(2019, 8, 1), idea.number());
      accept(lab.innovations().hold(ref(idea), head(idea), "Menunggu APBD Perubahan 2019", Options.none()));
    }
    for (Idea idea : holding) {
      clock.at(LocalDate.of(2019, 9, 16), idea.number());
      accept(lab.innovations().resume(ref(idea), head(idea), "APBD Perubahan disahkan", Options.none()));
      held++;
    }
    List<Idea> redesign = inDeliver.stream().filter(i -> i.has(Detour.RETURNED_TO_DESIGN)).toList();
    for (Idea idea : redesign) {
      clock.at(LocalDate.of(2019, 9, 23), idea.number());
      accept(lab.innovations().returnForRework(ref(idea), coach(idea), "DESIGN", "Rencana aksi perlu direvisi setelah uji coba",
          Options.none()));
    }
    for (Idea idea : redesign) {
      clock.at(LocalDate.of(2019, 9, 30), idea.number());
      accept(lab.innovations().attachEvidence(ref(idea), innovator(idea), evidence(idea, "ACTION_PLAN", "rencana-aksi-revisi.pdf"),
          Options.none()));
      accept(lab.innovations().approve(ref(idea), head(idea), Role.OPD_HEAD, null, Options.none()));
      accept(lab.innovations().approve(ref(idea), coach(idea), Role.COACH, "Revisi rencana aksi diterima", Options.none()));
      accept(lab.innovations().advance(ref(idea), coach(idea), "DELIVER", Options.none()));
      returned++;
    }
    for (Idea idea : inDeliver) {
      if (idea.fate() == Fate.DROPPED_IN_DELIVER) {
        clock.at(LocalDate.of(2019, 10, 7), idea.number());
        accept(lab.innovations().drop(ref(idea), head(idea), "Inovator dimutasi dan tim pelaksana belum terbentuk", Options.none()));
        dropped++;
      }
    }
    for (Idea idea : inDeliver) {
      if (idea.fate() == Fate.ON_HOLD_IN_DELIVER) {
        clock.at(LocalDate.of(2019, 10, 14), idea.number());
        accept(lab.innovations().hold(ref(idea), ADMIN, "Lokasi uji coba terdampak banjir; dilanjutkan tahun depan", Options.none()));
      }
    }
    int ready = 0;
    for (Idea idea : inDeliver) {
      if (idea.fate() != Fate.DISPLAYED && idea.fate() != Fate.STILL_IN_DELIVER) {
        continue;
      }
      clock.at(spread(LocalDate.of(2019, 10, 21), 35, idea), idea.number());
      if (idea.has(Detour.CONDITIONAL) && idea.fate() == Fate.DISPLAYED) {
        for (Condition c : lab.innovations().get(ref(idea)).openConditions()) {
          accept(lab.innovations().clearCondition(ref(idea), coach(idea), c.id(), "Sudah dipenuhi", Options.none()));
        }
      }
      if (idea.fate() == Fate.STILL_IN_DELIVER) {
        continue; // no implementation report yet
      }
      accept(lab.innovations().attachEvidence(ref(idea), innovator(idea), evidence(idea, "IMPLEMENTATION_REPORT", "laporan-pelaksanaan.pdf"),
          Options.none()));
      if (idea.number() % 7 != 0) {
        accept(lab.innovations().attachEvidence(ref(idea), innovator(idea), evidence(idea, "PHOTO", "dokumentasi.jpg"), Options.none()));
      }
      update(idea, innovator(idea), details.get(idea.number())
          .withText(InnovationDetails.RESULTS, Texts.results(idea))
          .withText(InnovationDetails.TRIAL_START_DATE, "2019-07-" + (10 + idea.number() % 18))
          .withText(InnovationDetails.IMPLEMENTATION_START_DATE, "2019-09-" + (10 + idea.number() % 18)));
      accept(lab.innovations().approve(ref(idea), head(idea), Role.OPD_HEAD, "Siap ditampilkan di Pekan Inovasi", Options.none()));
      ready++;
    }
    progress("DELIVER", "1 Jul - 11 Des", inDeliver.size() + " dilaksanakan, " + ready + " siap tampil, " + held
        + " ditunda lalu dilanjutkan, " + returned + " dikembalikan ke tahap " + words.stage("DESIGN") + ", " + dropped
        + " dihentikan");
  }

  // ---- DISPLAY: the innovation week opens; the lab admin moves the cohort in one bulk command ---

  List<InnovationRef> display(List<Idea> ideas) {
    clock.at(LocalDate.of(2019, 12, 12), 0);
    List<Idea> candidates = ideas.stream().filter(i -> lab.innovations().get(ref(i)).stage().equals("DELIVER")
        && lab.innovations().get(ref(i)).status() != InnovationStatus.DROPPED).toList();
    List<BulkResult> results = lab.innovations().advanceAll(candidates.stream().map(this::ref).toList(), ADMIN, "DISPLAY", Options.none());
    commands += results.size();
    List<InnovationRef> shown = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      BulkResult b = results.get(i);
      if (b.accepted()) {
        b.findResult().ifPresent(r -> r.verdict().warnings().forEach(w -> warnings.merge(w.code(), 1, Integer::sum)));
        shown.add(b.ref());
      } else {
        Idea idea = candidates.get(i);
        b.findResult().ifPresent(r -> refused(r.verdict(), idea));
      }
    }
    progress("DISPLAY", "12 Des - 14 Des", candidates.size() + " diajukan ke Pekan Inovasi Daerah, " + shown.size()
        + " ditampilkan, " + (candidates.size() - shown.size()) + " belum siap");
    return shown;
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private List<Idea> active(List<Idea> ideas, Fate... droppedBefore) {
    List<Fate> gone = List.of(droppedBefore);
    return ideas.stream().filter(i -> !gone.contains(i.fate())).toList();
  }

  private void update(Idea idea, Actor actor, InnovationDetails d) {
    accept(lab.innovations().updateDetails(ref(idea), actor, d, Options.none()));
    details.put(idea.number(), d);
  }

  private CommandResult accept(CommandResult r) {
    commands++;
    r.orThrow();
    r.verdict().warnings().forEach(w -> warnings.merge(w.code(), 1, Integer::sum));
    clock.tick();
    return r;
  }

  private void refused(Verdict v, Idea idea) {
    commands++;
    clock.tick();
    for (String code : v.refusals().stream().map(x -> x.code()).distinct().toList()) {
      boolean first = !refusals.containsKey(code);
      refusals.merge(code, 1, Integer::sum);
      phaseRefusals.merge(code, 1, Integer::sum);
      if (first) {
        out.println("    ditolak: \"" + idea.title() + "\" (" + idea.unit().name() + ")");
        out.println(indent(v.describe(Messages.INDONESIAN, rulebook)));
        out.println("    refused: \"" + idea.title() + "\" (" + idea.unit().name() + ")");
        out.println(indent(v.describe(Locale.ENGLISH, rulebook)));
      }
    }
  }

  private void progress(String stage, String window, String text) {
    StringBuilder line = new StringBuilder(String.format("[%-8s] %s 2019: %s", words.stage(stage), window, text));
    if (!phaseRefusals.isEmpty()) {
      line.append("; alasan penolakan: ").append(ConsoleWords.reasons(phaseRefusals));
    }
    out.println(line);
    phaseRefusals.clear();
  }

  private static String indent(String text) {
    return "      " + text.replace("\n", "\n      ");
  }

  static Actor innovator(Idea idea) {
    return Actor.of(idea.innovator(), idea.opd().value(), Role.INNOVATOR).in(LEBAK);
  }

  static Actor head(Idea idea) {
    return Actor.of("kepala-" + idea.opd().value().toLowerCase(Locale.ROOT), idea.opd().value(), Role.OPD_HEAD)
        .in(LEBAK);
  }

  private static Actor coach(Idea idea) {
    return COACHES[idea.number() % COACHES.length];
  }

  private static EvidenceRef evidence(Idea idea, String kind, String file) {
    String uri = "https://labinov.lebakkab.go.id/bukti/2019/" + idea.number() + "/" + file;
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8));
      return EvidenceRef.of(kind, uri, HexFormat.of().formatHex(sha), file.endsWith(".jpg") ? "image/jpeg"
          : "application/pdf", 80_000L + 1_000L * idea.number());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Returns a day in {@code [start, start + days)}, later for later-registered ideas. */
  private static LocalDate spread(LocalDate start, int days, Idea idea) {
    return start.plusDays((long) (idea.number() - 1) * days / 150);
  }
}
