package id.labinov.portal.web;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.portal.app.LabActions;
import id.labinov.portal.security.PortalUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The jury's pages: the displayed innovations to score, and the score sheet of one with the
 * evaluation scheme's criteria, labels, weights and scale. labinov decides each sheet: a conflict of
 * interest or a second sheet in the same round is refused, and the refusal is shown in words.
 */
@Controller
public class ScoringController {
  private final PortalLab lab;
  private final LabActions actions;
  private final Words words;
  private final EvaluationScheme scheme = EvaluationSchemes.igaPresentation2023();

  /**
   * Creates the controller.
   *
   * @param lab the shared reads
   * @param actions where every command goes
   * @param words names and labels
   */
  public ScoringController(PortalLab lab, LabActions actions, Words words) {
    this.lab = lab;
    this.actions = actions;
    this.words = words;
  }

  /** {@return the scheme the jury scores with: the IGA 2023 presentation criteria} */
  public EvaluationScheme scheme() {
    return lab.labinov().evaluations().scheme(scheme.id());
  }

  /**
   * A criterion of the score sheet.
   *
   * @param code its code (the form field's name)
   * @param label its name
   * @param weight its weight, as a percentage
   * @param value the value typed, or empty
   */
  public record CriterionRow(String code, String label, String weight, String value) {}

  /**
   * The sheet's heading facts.
   *
   * @param id the innovation id
   * @param title its title
   * @param opd its OPD's name
   * @param stage its stage's label
   * @param scheme the scheme's name
   * @param round the round (year)
   * @param min the scale's lowest score
   * @param max the scale's highest score
   */
  public record Sheet(String id, String title, String opd, String stage, String scheme, int round, String min,
      String max) {}

  /**
   * The round scored now: the year in the region's time, or the one asked for.
   *
   * @param round the round asked for, or {@code null}
   * @return the round
   */
  int round(Integer round) {
    if (round != null) {
      if (round < 2000 || round > 2200) {
        throw new BadFormValueException("round");
      }
      return round;
    }
    return lab.today().getYear();
  }

  /**
   * The displayed innovations to score.
   *
   * @param round the round, optional
   * @param user the signed-in person
   * @param locale the language
   * @param model the model
   * @return the view
   */
  @GetMapping("/scoring")
  public String list(@RequestParam(required = false) Integer round, @AuthenticationPrincipal PortalUser user,
      Locale locale, Model model) {
    int r = round(round);
    List<PortalLab.Row> rows = new ArrayList<>();
    for (InnovationSummary s : lab.find(user.actor(), InnovationFilter.builder().stages("DISPLAY")
        .statuses(InnovationStatus.ACTIVE).build())) {
      rows.add(lab.row(s, locale));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("round", r);
    model.addAttribute("scheme", scheme().name().in(locale));
    return "pages/scoring";
  }

  /**
   * The score sheet of one innovation.
   *
   * @param id the innovation id
   * @param round the round, optional
   * @param user the signed-in person
   * @param locale the language
   * @param model the model
   * @return the view
   */
  @GetMapping("/scoring/{id}")
  public String sheet(@PathVariable String id, @RequestParam(required = false) Integer round,
      @AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
    InnovationState s = lab.load(id, user.actor());
    int r = round(round);
    @SuppressWarnings("unchecked")
    Map<String, String> typed = model.containsAttribute("typed") ? (Map<String, String>) model.getAttribute("typed")
        : Map.of();
    EvaluationScheme sc = scheme();
    List<CriterionRow> criteria = new ArrayList<>();
    for (Criterion c : sc.criteria()) {
      criteria.add(new CriterionRow(c.code(), c.label().in(locale),
          c.weight().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString(),
          typed.getOrDefault(c.code(), "")));
    }
    model.addAttribute("sheet", new Sheet(s.id().toString(), s.details().title(), words.opd(s.details().opd(), locale),
        words.stage(lab.rulebook(s), s.stage(), locale), sc.name().in(locale), r,
        sc.scale().min().stripTrailingZeros().toPlainString(), sc.scale().max().stripTrailingZeros().toPlainString()));
    model.addAttribute("criteria", criteria);
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", List.of());
    }
    return "pages/score-sheet";
  }

  /**
   * Submits a score sheet; labinov decides it.
   *
   * @param id the innovation id
   * @param round the round
   * @param form every form field (one per criterion)
   * @param user the signed-in person
   * @param locale the language
   * @param redirect the flash attributes
   * @return back to the sheet with the outcome
   */
  @PostMapping("/scoring/{id}")
  public String submit(@PathVariable String id, @RequestParam int round, @RequestParam Map<String, String> form,
      @AuthenticationPrincipal PortalUser user, Locale locale, RedirectAttributes redirect) {
    InnovationState s = lab.load(id, user.actor());
    int r = round(round);
    EvaluationScheme sc = scheme();
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    Map<String, String> typed = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    for (Criterion c : sc.criteria()) {
      String value = form.getOrDefault(c.code(), "").strip().replace(',', '.');
      typed.put(c.code(), value);
      if (value.isEmpty()) {
        errors.add(words.text("score.error.missing", locale, c.label().in(locale)));
        continue;
      }
      try {
        BigDecimal score = new BigDecimal(value);
        if (!sc.scale().contains(score)) {
          errors.add(words.text("score.error.scale", locale, c.label().in(locale),
              sc.scale().min().toPlainString(), sc.scale().max().toPlainString()));
        } else {
          scores.put(c.code(), score);
        }
      } catch (NumberFormatException e) {
        errors.add(words.text("score.error.number", locale, c.label().in(locale)));
      }
    }
    String back = "redirect:/scoring/" + id + "?round=" + r;
    if (!errors.isEmpty()) {
      redirect.addFlashAttribute("errors", errors);
      redirect.addFlashAttribute("typed", typed);
      return back;
    }
    EvaluationDecision<ScoreEntry> decision = actions.evaluate(user, "score", s.ref(),
        l -> l.evaluations().submitScores(s.ref(), user.actor(), sc.id(), r, scores));
    if (decision.accepted()) {
      redirect.addFlashAttribute("notice", Notice.ok(words.text("score.accepted", locale, s.details().title())));
    } else {
      redirect.addFlashAttribute("typed", typed);
      redirect.addFlashAttribute("notice", Notice.refused(words.text("score.refused", locale, s.details().title()),
          words.reasons(decision.verdict(), lab.rulebook(s), locale)));
    }
    return back;
  }

}
