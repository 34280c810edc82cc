package id.labinov.portal.web;

import id.labinov.core.engine.BulkItem;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.evaluation.EvaluationResult;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Role;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeProgress;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.portal.app.LabActions;
import id.labinov.portal.security.PortalUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lab admin's pages: the programme's schedule and progress, bulk advance of a stage's
 * innovations, and the innovation week's list of displayed innovations with their scores.
 */
@Controller
public class AdminController {
  private final PortalLab lab;
  private final LabActions actions;
  private final Words words;
  private final ApprovalsController results;
  private final ScoringController scoring;

  /**
   * Creates the controller.
   *
   * @param lab the shared reads
   * @param actions where every command goes
   * @param words names and labels
   * @param results the bulk results' rows
   * @param scoring the jury's scheme
   */
  public AdminController(PortalLab lab, LabActions actions, Words words, ApprovalsController results,
      ScoringController scoring) {
    this.lab = lab;
    this.actions = actions;
    this.words = words;
    this.results = results;
    this.scoring = scoring;
  }

  /**
   * A phase of the schedule.
   *
   * @param stage the stage's label
   * @param from the window's first day
   * @param until the window's last day
   * @param count innovations in the stage now
   * @param open whether today is inside the window
   */
  public record Phase(String stage, String from, String until, long count, boolean open) {}

  /**
   * An innovation behind the schedule.
   *
   * @param row the innovation in words
   * @param deadline the last day of its stage's window
   */
  public record LateRow(PortalLab.Row row, String deadline) {}

  /**
   * A stage to choose.
   *
   * @param code the stage's code
   * @param label its label
   * @param selected whether it is chosen
   */
  public record StageOption(String code, String label, boolean selected) {}

  /**
   * A displayed innovation at the innovation week.
   *
   * @param row the innovation in words
   * @param evaluators how many evaluators scored it
   * @param score its score, or a dash
   * @param category its category, or words saying it is not scored yet
   */
  public record ShownRow(PortalLab.Row row, int evaluators, String score, String category) {}

  /**
   * The programme's schedule and progress.
   *
   * @param user the signed-in person
   * @param locale the language
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/programme")
  public String programme(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
    requireAdmin(user);
    Programme p = lab.programme().orElseThrow(() -> PageNotFoundException.programme(lab.programmeId()));
    ProgrammeProgress progress = lab.labinov().programmes().progress(lab.region(), p.id(), user.actor());
    Rulebook rulebook = lab.labinov().programmes().rulebookOf(lab.region(), p.id());
    List<Phase> phases = new ArrayList<>();
    for (Stage s : rulebook.stages()) {
      PhaseWindow w = p.schedule().get(s.code());
      long count = progress.perStage().getOrDefault(s.code(), 0L);
      phases.add(w == null
          ? new Phase(s.label().in(locale), "–", "–", count, false)
          : new Phase(s.label().in(locale), words.day(w.start(), locale), words.day(w.end().minusDays(1), locale), count,
              w.contains(progress.asOf())));
    }
    List<LateRow> late = progress.late().stream()
        .map(l -> new LateRow(lab.row(l.innovation(), locale), words.day(l.deadline(), locale))).toList();
    model.addAttribute("name", p.name());
    model.addAttribute("organiser", words.opd(p.organisingUnit(), locale));
    model.addAttribute("statusOpen", p.status() == id.labinov.core.programme.ProgrammeStatus.OPEN);
    model.addAttribute("asOf", words.day(progress.asOf(), locale));
    model.addAttribute("total", progress.total());
    model.addAttribute("reached", progress.reachedFinalStage());
    model.addAttribute("target", progress.target());
    model.addAttribute("percent", progress.targetPercent().toPlainString());
    model.addAttribute("dropped", progress.dropped());
    model.addAttribute("phases", phases);
    model.addAttribute("late", late);
    return "pages/admin-programme";
  }

  /**
   * The bulk advance form: a stage's active innovations of the programme, to choose from.
   *
   * @param stage the chosen stage, or none yet
   * @param user the signed-in person
   * @param locale the language
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/advance")
  public String advanceForm(@RequestParam(required = false) String stage, @AuthenticationPrincipal PortalUser user,
      Locale locale, Model model) {
    requireAdmin(user);
    Programme p = lab.programme().orElseThrow(() -> PageNotFoundException.programme(lab.programmeId()));
    Rulebook rulebook = lab.labinov().programmes().rulebookOf(lab.region(), p.id());
    String chosen = stage != null && rulebook.findStage(stage).isPresent() ? stage : null;
    List<StageOption> stages = new ArrayList<>();
    for (Stage s : rulebook.stages()) {
      if (next(rulebook, s.code()).isPresent()) {
        stages.add(new StageOption(s.code(), s.label().in(locale), s.code().equals(chosen)));
      }
    }
    List<PortalLab.Row> rows = new ArrayList<>();
    String target = null;
    if (chosen != null) {
      target = next(rulebook, chosen).flatMap(Transition::findTo).map(to -> words.stage(rulebook, to, locale)).orElse(null);
      for (InnovationSummary s : lab.find(user.actor(), InnovationFilter.builder().programmes(p.id()).stages(chosen)
          .statuses(InnovationStatus.ACTIVE).build())) {
        rows.add(lab.row(s, locale));
      }
    }
    model.addAttribute("stages", stages);
    model.addAttribute("stage", chosen);
    model.addAttribute("target", target);
    model.addAttribute("rows", rows);
    return "pages/admin-advance";
  }

  private static Optional<Transition> next(Rulebook rulebook, String stage) {
    return rulebook.transitionsFrom(stage).stream().filter(t -> t.kind() == TransitionKind.ADVANCE).findFirst();
  }

  /**
   * Advances the chosen innovations to the stage after the chosen one, each on its own.
   *
   * @param stage the stage they are in
   * @param ids the chosen innovations
   * @param user the signed-in person
   * @param locale the language
   * @param redirect the flash attributes
   * @return back to the form with a results table
   */
  @PostMapping("/admin/advance")
  public String advance(@RequestParam(defaultValue = "") String stage,
      @RequestParam(name = "id", required = false) List<String> ids, @AuthenticationPrincipal PortalUser user,
      Locale locale, RedirectAttributes redirect) {
    requireAdmin(user);
    Programme p = lab.programme().orElseThrow(() -> PageNotFoundException.programme(lab.programmeId()));
    Rulebook rulebook = lab.labinov().programmes().rulebookOf(lab.region(), p.id());
    Optional<String> to = next(rulebook, stage).flatMap(Transition::findTo);
    if (to.isEmpty()) {
      throw new BadFormValueException("stage");
    }
    if (ids == null || ids.isEmpty()) {
      redirect.addFlashAttribute("notice", new Notice("warning", words.text("advanceAll.noneChosen", locale), List.of()));
      return "redirect:/admin/advance?stage=" + stage;
    }
    Map<InnovationRef, String> titles = new LinkedHashMap<>();
    for (String id : ids) {
      InnovationState s = lab.load(id, user.actor());
      titles.put(s.ref(), s.details().title());
    }
    List<BulkItem<Void>> items = titles.keySet().stream().map(BulkItem::of).toList();
    Actor actor = user.actor();
    List<BulkResult> outcome = actions.runAll(user, "advance",
        l -> l.innovations().advanceAll(items, actor, to.get(), BulkOptions.defaults()));
    List<BulkRow> rows = results.rows(outcome, titles, locale, "advanceAll.accepted");
    long accepted = rows.stream().filter(BulkRow::accepted).count();
    redirect.addFlashAttribute("notice", new Notice(accepted == rows.size() ? "ok" : "warning",
        words.text("advanceAll.summary", locale, accepted, rows.size(), words.stage(rulebook, to.get(), locale)), List.of()));
    redirect.addFlashAttribute("results", rows);
    return "redirect:/admin/advance?stage=" + stage;
  }

  /**
   * The innovation week: the programme's displayed innovations with their OPDs and scores.
   *
   * @param user the signed-in person
   * @param locale the language
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/innovation-week")
  public String innovationWeek(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
    requireAdmin(user);
    Programme p = lab.programme().orElseThrow(() -> PageNotFoundException.programme(lab.programmeId()));
    EvaluationScheme scheme = scoring.scheme();
    int round = p.year();
    List<ShownRow> rows = new ArrayList<>();
    int scored = 0;
    for (InnovationSummary s : lab.find(user.actor(), InnovationFilter.builder().programmes(p.id()).stages("DISPLAY")
        .build())) {
      Optional<EvaluationResult> r = lab.labinov().evaluations().result(s.ref(), scheme.id(), round, user.actor());
      if (r.isPresent()) {
        scored++;
      }
      rows.add(new ShownRow(lab.row(s, locale), r.map(EvaluationResult::evaluatorCount).orElse(0),
          r.map(x -> x.score().toPlainString()).orElse("–"),
          r.flatMap(EvaluationResult::findCategory).map(c -> c.label().in(locale))
              .orElse(words.text(r.isPresent() ? "week.noCategory" : "week.notScored", locale))));
    }
    model.addAttribute("name", p.name());
    model.addAttribute("scheme", scheme.name().in(locale));
    model.addAttribute("round", String.valueOf(round));
    model.addAttribute("rows", rows);
    model.addAttribute("scored", scored);
    return "pages/innovation-week";
  }

  private static void requireAdmin(PortalUser user) {
    if (!user.actor().has(Role.LAB_ADMIN)) {
      throw new org.springframework.security.access.AccessDeniedException("lab admins only");
    }
  }
}
