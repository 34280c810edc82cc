package id.labinov.portal.web;

import id.labinov.core.engine.BulkItem;
import id.labinov.core.engine.BulkOptions;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The OPD head's queue: innovations of the head's OPD whose next gate asks for the OPD head's approval
 * and that do not have it yet in their stage; the head approves one or several with a note.
 */
@Controller
public class ApprovalsController {
  private static final int MAX_NOTE = 2000;
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
  public ApprovalsController(PortalLab lab, LabActions actions, Words words) {
    this.lab = lab;
    this.actions = actions;
    this.words = words;
  }

  /**
   * An innovation waiting for the head's approval.
   *
   * @param row the innovation in words
   * @param gate the gate that asks for the approval
   * @param since when it entered its stage
   */
  public record Waiting(PortalLab.Row row, String gate, String since) {}

  /**
   * The innovations waiting for this head's approval.
   *
   * @param user the OPD head
   * @param locale the language
   * @return the queue, oldest in its stage first
   */
  public List<Waiting> queue(PortalUser user, Locale locale) {
    Actor actor = user.actor();
    if (!actor.has(Role.OPD_HEAD) || actor.opd() == null) {
      return List.of();
    }
    List<InnovationState> waiting = new ArrayList<>();
    for (InnovationSummary s : lab.find(actor,
        InnovationFilter.builder().opds(actor.opd()).statuses(InnovationStatus.ACTIVE).build())) {
      lab.labinov().innovations().find(s.ref(), actor).filter(st -> gate(st) != null).ifPresent(waiting::add);
    }
    waiting.sort((a, b) -> a.stageEnteredAt().compareTo(b.stageEnteredAt()));
    List<Waiting> out = new ArrayList<>();
    for (InnovationState s : waiting) {
      out.add(new Waiting(lab.row(s, locale), gate(s).label().in(locale), words.when(s.stageEnteredAt(), locale)));
    }
    return out;
  }

  /** The advance from the innovation's stage that still needs an OPD head's approval, or {@code null}. */
  private Transition gate(InnovationState s) {
    Rulebook rulebook = lab.rulebook(s);
    long have = s.approvals().stream().filter(a -> a.role() == Role.OPD_HEAD).count();
    for (Transition t : rulebook.transitionsFrom(s.stage())) {
      if (t.kind() != TransitionKind.ADVANCE) {
        continue;
      }
      for (RuleSpec r : t.rules()) {
        if ("approvals".equals(r.type()) && "OPD_HEAD".equals(r.parameters().get("role"))) {
          int count = r.parameters().get("count") instanceof Number n ? n.intValue() : 1;
          if (have < count) {
            return t;
          }
        }
      }
    }
    return null;
  }

  /**
   * The queue.
   *
   * @param user the signed-in person
   * @param locale the language
   * @param model the model
   * @return the view
   */
  @GetMapping("/approvals")
  public String list(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
    model.addAttribute("waiting", queue(user, locale));
    model.addAttribute("opdName", words.opd(user.actor().opd(), locale));
    model.addAttribute("isHead", user.actor().has(Role.OPD_HEAD));
    return "pages/approvals";
  }

  /**
   * Approves the chosen innovations as the OPD head, each on its own (one refused never stops the
   * others).
   *
   * @param ids the chosen innovations
   * @param note the note, optional
   * @param user the signed-in person
   * @param locale the language
   * @param redirect the flash attributes
   * @return back to the queue with a results table
   */
  @PostMapping("/approvals")
  public String approve(@RequestParam(name = "id", required = false) List<String> ids,
      @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal PortalUser user, Locale locale,
      RedirectAttributes redirect) {
    if (ids == null || ids.isEmpty()) {
      redirect.addFlashAttribute("notice", new Notice("warning", words.text("approvals.noneChosen", locale), List.of()));
      return "redirect:/approvals";
    }
    if (note.length() > MAX_NOTE) {
      redirect.addFlashAttribute("notice", new Notice("warning", words.text("approvals.noteLong", locale, MAX_NOTE),
          List.of()));
      return "redirect:/approvals";
    }
    Map<InnovationRef, String> titles = new LinkedHashMap<>();
    for (String id : ids) {
      InnovationState s = lab.load(id, user.actor());
      titles.put(s.ref(), s.details().title());
    }
    List<BulkItem<Void>> items = titles.keySet().stream().map(BulkItem::of).toList();
    String cleanNote = note.isBlank() ? null : note.strip();
    List<BulkResult> results = actions.runAll(user, "approve",
        l -> l.innovations().approveAll(items, user.actor(), Role.OPD_HEAD, cleanNote, BulkOptions.defaults()));
    redirect.addFlashAttribute("results", rows(results, titles, locale, "approvals.approved"));
    return "redirect:/approvals";
  }

  /**
   * The results of a bulk command as rows of words.
   *
   * @param results labinov's results
   * @param titles the innovations' titles
   * @param locale the language
   * @param acceptedKey the words for an accepted item
   * @return the rows
   */
  List<BulkRow> rows(List<BulkResult> results, Map<InnovationRef, String> titles, Locale locale, String acceptedKey) {
    List<BulkRow> out = new ArrayList<>();
    for (BulkResult r : results) {
      String title = titles.getOrDefault(r.ref(), r.ref().id().toString());
      if (r.accepted()) {
        out.add(new BulkRow(r.ref().id().toString(), title, true, words.text(acceptedKey, locale), List.of()));
      } else if (r.result() != null) {
        Rulebook rulebook = lab.labinov().innovations().rulebookOf(r.ref());
        out.add(new BulkRow(r.ref().id().toString(), title, false, words.text("bulk.refused", locale),
            words.reasons(r.result().verdict(), rulebook, locale)));
      } else {
        String key = r.outcome() == BulkResult.Outcome.CONFLICT ? "bulk.conflict" : "bulk.failed";
        out.add(new BulkRow(r.ref().id().toString(), title, false, words.text(key, locale), List.of()));
      }
    }
    return out;
  }
}
