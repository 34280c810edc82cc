package id.labinov.portal.web;

import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Role;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.rules.RuleSpec;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.TransitionKind;
import id.labinov.portal.app.LabActions;
import id.labinov.portal.security.PortalUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coach's page: the active innovations in a stage from which the rulebook lets a coach return
 * them for rework, each with a form to return it to the earlier stage with a reason.
 */
@Controller
public class CoachingController {
  private static final int MAX_REASON = 2000;
  private final PortalLab lab;
  private final LabActions actions;
  private final Words words;

  /**
   * Creates the controller.
   *
   * @param lab the shared reads
   * @param actions where every command goes
   * @param words names and labels
   */
  public CoachingController(PortalLab lab, LabActions actions, Words words) {
    this.lab = lab;
    this.actions = actions;
    this.words = words;
  }

  /**
   * An innovation the coach can review.
   *
   * @param row the innovation in words
   * @param toStage the stage it can be returned to (code, for the form)
   * @param toStageLabel that stage's label
   * @param returnLabel the return's name
   */
  public record Reviewable(PortalLab.Row row, String toStage, String toStageLabel, String returnLabel) {}

  /**
   * The innovations the coach can review.
   *
   * @param user the coach
   * @param locale the language
   * @return the list
   */
  public List<Reviewable> reviewable(PortalUser user, Locale locale) {
    Actor actor = user.actor();
    List<Reviewable> out = new ArrayList<>();
    for (InnovationSummary s : lab.find(actor, InnovationFilter.builder().statuses(InnovationStatus.ACTIVE).build())) {
      Rulebook rulebook = lab.rulebook(s);
      Transition t = returnFor(rulebook, s.stage(), actor);
      if (t != null) {
        String to = t.findTo().orElse("");
        out.add(new Reviewable(lab.row(s, locale), to, words.stage(rulebook, to, locale), t.label().in(locale)));
      }
    }
    return out;
  }

  /** The return for rework from a stage that the actor's roles may take, or {@code null}. */
  private static Transition returnFor(Rulebook rulebook, String stage, Actor actor) {
    for (Transition t : rulebook.transitionsFrom(stage)) {
      if (t.kind() != TransitionKind.RETURN_FOR_REWORK) {
        continue;
      }
      boolean allowed = true;
      for (RuleSpec r : t.rules()) {
        if ("actor-role".equals(r.type()) && r.parameters().get("anyOf") instanceof Collection<?> roles) {
          allowed = roles.stream().anyMatch(x -> actor.roles().stream().anyMatch(role -> role.name().equals(x)));
        }
      }
      if (allowed) {
        return t;
      }
    }
    return null;
  }

  /**
   * The list.
   *
   * @param user the signed-in person
   * @param locale the language
   * @param model the model
   * @return the view
   */
  @GetMapping("/coaching")
  public String list(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
    model.addAttribute("items", reviewable(user, locale));
    model.addAttribute("isCoach", user.actor().has(Role.COACH));
    return "pages/coaching";
  }

  /**
   * Returns an innovation for rework; a missing reason is refused here, in words, before labinov.
   *
   * @param id the innovation id
   * @param to the earlier stage
   * @param reason why
   * @param user the signed-in person
   * @param locale the language
   * @param redirect the flash attributes
   * @return back to the list, with the outcome
   */
  @PostMapping("/coaching/{id}/return")
  public String giveBack(@PathVariable String id, @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal PortalUser user, Locale locale,
      RedirectAttributes redirect) {
    InnovationState state = lab.load(id, user.actor());
    Rulebook rulebook = lab.rulebook(state);
    String title = state.details().title();
    if (reason.isBlank()) {
      redirect.addFlashAttribute("notice", new Notice("refused", words.text("coaching.refused", locale, title),
          List.of(new Words.Reason(words.text("coaching.error.reason", locale), null, false))));
      redirect.addFlashAttribute("failedId", id);
      return "redirect:/coaching#i-" + id;
    }
    if (reason.length() > MAX_REASON) {
      redirect.addFlashAttribute("notice", new Notice("refused", words.text("coaching.refused", locale, title),
          List.of(new Words.Reason(words.text("coaching.error.reasonLong", locale, MAX_REASON), null, false))));
      return "redirect:/coaching";
    }
    if (to.isBlank() || rulebook.findStage(to).isEmpty()) {
      throw new BadFormValueException("to");
    }
    InnovationRef ref = state.ref();
    CommandResult result = actions.run(user, "return-for-rework",
        l -> l.innovations().returnForRework(ref, user.actor(), to, reason.strip(), Options.none()));
    String stage = words.stage(rulebook, to, locale);
    redirect.addFlashAttribute("notice", result.accepted()
        ? Notice.ok(words.text("coaching.accepted", locale, title, stage))
        : Notice.refused(words.text("coaching.refused", locale, title), words.reasons(result.verdict(), rulebook, locale)));
    return "redirect:/coaching";
  }
}
