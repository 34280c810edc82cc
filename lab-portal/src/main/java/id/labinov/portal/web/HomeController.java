package id.labinov.portal.web;

import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Role;
import id.labinov.core.programme.ProgrammeProgress;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.portal.security.PortalUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a short dashboard of what waits for the signed-in person, one card per role.
 */
@Controller
public class HomeController {
  private final PortalLab lab;
  private final Words words;
  private final ApprovalsController approvals;
  private final CoachingController coaching;

  /**
   * Creates the controller.
   *
   * @param lab the shared reads
   * @param words names and labels
   * @param approvals the approvals queue (for its count)
   * @param coaching the coaching list (for its count)
   */
  public HomeController(PortalLab lab, Words words, ApprovalsController approvals, CoachingController coaching) {
    this.lab = lab;
    this.words = words;
    this.approvals = approvals;
    this.coaching = coaching;
  }

  /**
   * A card of the dashboard.
   *
   * @param title what it counts
   * @param figure the number
   * @param text a sentence about it
   * @param href where to act on it, or {@code null}
   * @param link the link's words
   */
  public record Card(String title, String figure, String text, String href, String link) {}

  /**
   * The dashboard.
   *
   * @param user the signed-in person
   * @param locale the language
   * @param model the model
   * @return the view
   */
  @GetMapping("/")
  public String home(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
    Actor actor = user.actor();
    List<Card> cards = new ArrayList<>();
    List<PortalLab.Row> mine = new ArrayList<>();
    if (actor.has(Role.INNOVATOR) && actor.opd() != null) {
      for (InnovationSummary s : lab.find(actor, InnovationFilter.builder().opds(actor.opd()).build())) {
        var state = lab.labinov().innovations().find(s.ref(), actor);
        if (state.isPresent() && state.get().findInnovators().map(i -> i.contains(actor.personId()))
            .orElse(state.get().proposedBy().equals(actor.personId()))) {
          mine.add(lab.row(s, locale));
        }
      }
      cards.add(new Card(t("home.innovator.title", locale), String.valueOf(mine.size()),
          t("home.innovator.text", locale, words.opd(actor.opd(), locale)), "/innovations/new",
          t("home.innovator.link", locale)));
    }
    if (actor.has(Role.OPD_HEAD)) {
      int waiting = approvals.queue(user, locale).size();
      cards.add(new Card(t("home.head.title", locale), String.valueOf(waiting),
          t("home.head.text", locale, words.opd(actor.opd(), locale)), "/approvals", t("home.head.link", locale)));
    }
    if (actor.has(Role.COACH)) {
      int review = coaching.reviewable(user, locale).size();
      cards.add(new Card(t("home.coach.title", locale), String.valueOf(review), t("home.coach.text", locale),
          "/coaching", t("home.coach.link", locale)));
    }
    if (actor.has(Role.LAB_ADMIN)) {
      lab.programme().ifPresent(p -> {
        ProgrammeProgress progress = lab.labinov().programmes().progress(lab.region(), p.id(), actor);
        cards.add(new Card(t("home.admin.title", locale), progress.reachedFinalStage() + " / " + progress.target(),
            t("home.admin.text", locale, p.name(), progress.total(), progress.late().size()), "/admin/programme",
            t("home.admin.link", locale)));
      });
    }
    if (actor.has(Role.EVALUATOR)) {
      int shown = lab.find(actor, InnovationFilter.builder().stages("DISPLAY").statuses(InnovationStatus.ACTIVE).build())
          .size();
      cards.add(new Card(t("home.jury.title", locale), String.valueOf(shown), t("home.jury.text", locale),
          "/scoring", t("home.jury.link", locale)));
    }
    if (cards.isEmpty()) {
      long all = lab.find(actor, InnovationFilter.all()).size();
      // The regional head reads the one-page summary first; others go to the list of reports.
      boolean head = actor.has(Role.REGIONAL_HEAD);
      cards.add(new Card(t("home.other.title", locale), String.valueOf(all), t("home.other.text", locale),
          head ? "/reports/one-page" : "/reports", t(head ? "home.regent.link" : "home.other.link", locale)));
    }
    model.addAttribute("cards", cards);
    model.addAttribute("mine", mine);
    return "pages/home";
  }

  private String t(String key, Locale locale, Object... args) {
    return words.text(key, locale, args);
  }
}
