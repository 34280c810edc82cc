package id.labinov.portal.web;

import id.labinov.core.engine.Approval;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.event.ConditionCleared;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.EvidenceAttached;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.event.OpdChanged;
import id.labinov.core.event.OwnerHandedOver;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Role;
import id.labinov.core.programme.ProgrammeStatus;
import id.labinov.core.rules.RuleSpec;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Transition;
import id.labinov.portal.app.LabActions;
import id.labinov.portal.security.PortalUser;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The innovator's pages: proposing an innovation, and the innovation page with its stage, status,
 * history, evidence, the checklist of the next gate, the request to advance and the evidence form.
 */
@Controller
public class InnovationController {
  /** The evidence kinds labinov itself names, offered besides those the rulebook's gates ask for. */
  private static final List<String> CORE_KINDS = List.of("COMMITMENT_LETTER", "ACTION_PLAN", "IMPLEMENTATION_REPORT",
      "PHOTO", "VIDEO", "DECREE");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
  private static final Pattern MEDIA = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");
  /** The order the innovation's texts are shown in: as the method asks for them. */
  private static final List<String> TEXT_ORDER = List.of(InnovationDetails.PROBLEM, InnovationDetails.IDEA_SUMMARY,
      InnovationDetails.DESIGN_NARRATIVE, InnovationDetails.GOALS, InnovationDetails.BENEFITS, InnovationDetails.RESULTS);
  private static final int MAX_TITLE = 300;
  private static final int MAX_TEXT = 20_000;

  private final PortalLab lab;
  private final LabActions actions;
  private final Words words;
  private final Checklists checklists;

  /**
   * Creates the controller.
   *
   * @param lab the shared reads
   * @param actions where every command goes
   * @param words names and labels
   * @param checklists the gates' checklists
   */
  public InnovationController(PortalLab lab, LabActions actions, Words words, Checklists checklists) {
    this.lab = lab;
    this.actions = actions;
    this.words = words;
    this.checklists = checklists;
  }

  /**
   * The proposal form's values, as typed.
   *
   * @param title the title
   * @param problem the problem (rumusan masalah)
   * @param ideaSummary the idea in short
   */
  public record ProposalForm(String title, String problem, String ideaSummary) {}

  /**
   * The evidence form's values, as typed.
   *
   * @param kind the evidence kind's code
   * @param uri where the document is
   * @param sha256 the document's SHA-256
   * @param mediaType its media type
   * @param size its size in bytes, as typed
   */
  public record EvidenceForm(String kind, String uri, String sha256, String mediaType, String size) {}

  /**
   * An option of a choice list.
   *
   * @param value the value sent
   * @param label what the person reads
   */
  public record Option(String value, String label) {}

  /**
   * A labelled text of the innovation.
   *
   * @param label the field's name
   * @param text its text
   */
  public record Text(String label, String text) {}

  /**
   * A line of the innovation's history.
   *
   * @param when when it happened
   * @param who who did it
   * @param what what happened, in words
   */
  public record HistoryLine(String when, String who, String what) {}

  /**
   * An attached piece of evidence.
   *
   * @param kind its kind's label
   * @param uri where it is
   * @param mediaType its media type
   * @param size its size in words
   */
  public record EvidenceLine(String kind, String uri, String mediaType, String size) {}

  /**
   * Everything the innovation page shows.
   *
   * @param id the innovation id
   * @param title its title
   * @param opd its OPD's name
   * @param stage its stage's label
   * @param status its status's label
   * @param proposedBy the proposer's name
   * @param proposedAt when it was proposed
   * @param programme the programme's name, or {@code null}
   * @param texts its texts
   * @param evidence its evidence
   * @param approvals the approvals recorded in the current stage
   * @param history its history, oldest first
   * @param checklists the checklists of the next gates
   * @param kinds the evidence kinds the form offers
   * @param mayAttach whether the evidence form is shown
   */
  public record InnovationView(String id, String title, String opd, String stage, String status, String proposedBy,
      String proposedAt, String programme, List<Text> texts, List<EvidenceLine> evidence, List<String> approvals,
      List<HistoryLine> history, List<Checklists.Checklist> checklists, List<Option> kinds, boolean mayAttach) {}

  /**
   * The proposal form.
   *
   * @param user the signed-in person
   * @param locale the language
   * @param model the model
   * @return the view
   */
  @GetMapping("/innovations/new")
  public String proposeForm(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
    return proposal(user, locale, model, new ProposalForm("", "", ""), List.of(), null);
  }

  private String proposal(PortalUser user, Locale locale, Model model, ProposalForm form, List<String> errors,
      Notice notice) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("opdName", words.opd(user.actor().opd(), locale));
    model.addAttribute("notice", notice);
    return "pages/propose";
  }

  /**
   * Proposes an innovation for the person's OPD.
   *
   * @param user the signed-in person
   * @param title the title
   * @param problem the problem
   * @param ideaSummary the idea in short
   * @param locale the language
   * @param model the model
   * @param redirect the flash attributes
   * @return the innovation page, or the form again with what to correct
   */
  @PostMapping("/innovations/new")
  public String propose(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String problem, @RequestParam(defaultValue = "") String ideaSummary,
      Locale locale, Model model, RedirectAttributes redirect) {
    ProposalForm form = new ProposalForm(title, problem, ideaSummary);
    List<String> errors = new ArrayList<>();
    if (title.isBlank()) {
      errors.add(words.text("propose.error.title", locale));
    } else if (title.strip().length() > MAX_TITLE) {
      errors.add(words.text("propose.error.titleLong", locale, MAX_TITLE));
    }
    if (problem.length() > MAX_TEXT || ideaSummary.length() > MAX_TEXT) {
      errors.add(words.text("propose.error.textLong", locale, MAX_TEXT));
    }
    Actor actor = user.actor();
    if (actor.opd() == null) {
      errors.add(words.text("propose.error.noOpd", locale));
    }
    if (!errors.isEmpty()) {
      return proposal(user, locale, model, form, errors, null);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(InnovationDetails.PROBLEM, clean(problem));
    texts.put(InnovationDetails.IDEA_SUMMARY, clean(ideaSummary));
    InnovationDetails details = new InnovationDetails(clean(title), actor.opd(), null, null, null, null, Set.of(),
        texts);
    // new proposals join the portal's programme while it is open; otherwise they stand on their own
    String programme = lab.programme().filter(p -> p.status() == ProgrammeStatus.OPEN).map(p -> p.id()).orElse(null);
    CommandResult result = actions.run(user, "propose",
        l -> l.innovations().propose(lab.region(), actor, details, programme, Options.none()));
    if (!result.accepted()) {
      return proposal(user, locale, model, form, List.of(), Notice.refused(words.text("propose.refused", locale),
          words.reasons(result.verdict(), null, locale)));
    }
    redirect.addFlashAttribute("notice", Notice.ok(words.text("propose.accepted", locale, details.title())));
    return "redirect:/innovations/" + result.ref().id();
  }

  private static String clean(String text) {
    return text.replace("\r\n", "\n").strip();
  }

  /**
   * The innovation page.
   *
   * @param id the innovation id
   * @param user the signed-in person
   * @param locale the language
   * @param model the model
   * @return the view
   */
  @GetMapping("/innovations/{id}")
  public String show(@PathVariable String id, @AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
    InnovationState state = lab.load(id, user.actor());
    model.addAttribute("view", view(state, user, locale));
    if (!model.containsAttribute("notice")) {
      model.addAttribute("notice", null);
    }
    if (!model.containsAttribute("evidenceForm")) {
      model.addAttribute("evidenceForm", new EvidenceForm("", "", "", "application/pdf", ""));
    }
    if (!model.containsAttribute("evidenceErrors")) {
      model.addAttribute("evidenceErrors", List.of());
    }
    return "pages/innovation";
  }

  private InnovationView view(InnovationState s, PortalUser user, Locale locale) {
    Rulebook rulebook = lab.rulebook(s);
    List<Text> texts = new ArrayList<>();
    List<Map.Entry<String, String>> ordered = new ArrayList<>(s.details().texts().entrySet());
    ordered.sort(java.util.Comparator.comparingInt((Map.Entry<String, String> e) -> {
      int at = TEXT_ORDER.indexOf(e.getKey());
      return at < 0 ? TEXT_ORDER.size() : at;
    }).thenComparing(Map.Entry::getKey));
    for (var e : ordered) {
      String key = "field." + e.getKey();
      String label = id.labinov.core.i18n.Messages.isDefined(key) ? id.labinov.core.i18n.Messages.format(locale, key)
          : e.getKey();
      texts.add(new Text(label, e.getValue()));
    }
    List<EvidenceLine> evidence = s.evidence().stream().map(e -> new EvidenceLine(
        words.evidenceKind(e.kind().code(), locale), e.uri().toString(), e.mediaType(), size(e.sizeBytes(), locale)))
        .toList();
    List<String> approvals = new ArrayList<>();
    for (Approval a : s.approvals()) {
      approvals.add(words.text("innovation.approvalLine", locale, words.person(a.approver(), locale),
          words.role(a.role(), locale), words.when(a.at(), locale)));
    }
    List<HistoryLine> history = new ArrayList<>();
    for (InnovationEvent e : lab.labinov().innovations().history(s.ref(), user.actor())) {
      history.add(new HistoryLine(words.when(e.metadata().occurredAt(), locale),
          words.person(e.metadata().actor(), locale), describe(e, rulebook, locale)));
    }
    String programme = s.findProgrammeId().flatMap(p -> lab.labinov().programmes().find(lab.region(), p))
        .map(p -> p.name()).orElse(null);
    return new InnovationView(s.id().toString(), s.details().title(), words.opd(s.details().opd(), locale),
        words.stage(rulebook, s.stage(), locale), words.status(s.status(), locale), words.person(s.proposedBy(), locale),
        words.when(s.proposedAt(), locale), programme, texts, evidence, approvals, history,
        checklists.advances(s.ref(), user.actor(), rulebook, locale), kinds(rulebook, locale),
        user.actor().has(Role.INNOVATOR) || user.actor().has(Role.LAB_ADMIN) || user.actor().has(Role.COACH));
  }

  private String size(long bytes, Locale locale) {
    if (bytes <= 0) {
      return words.text("innovation.sizeUnknown", locale);
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    return String.format(locale, "%.1f %s", bytes / (bytes < 1024 * 1024 ? 1024.0 : 1024.0 * 1024),
        bytes < 1024 * 1024 ? "KB" : "MB");
  }

  private String describe(InnovationEvent e, Rulebook rulebook, Locale locale) {
    if (e instanceof InnovationProposed p) {
      return words.text("event.proposed", locale, words.stage(rulebook, p.stage(), locale));
    } else if (e instanceof DetailsUpdated) {
      return words.text("event.detailsUpdated", locale);
    } else if (e instanceof EvidenceAttached a) {
      return words.text("event.evidenceAttached", locale, words.evidenceKind(a.evidence().kind().code(), locale));
    } else if (e instanceof ApprovalRecorded a) {
      return a.note() == null || a.note().isBlank()
          ? words.text("event.approved", locale, words.role(a.role(), locale))
          : words.text("event.approvedNote", locale, words.role(a.role(), locale), a.note());
    } else if (e instanceof StageAdvanced a) {
      return words.text("event.advanced", locale, words.stage(rulebook, a.fromStage(), locale),
          words.stage(rulebook, a.toStage(), locale));
    } else if (e instanceof StageAdvancedConditionally a) {
      return words.text("event.advancedConditionally", locale, words.stage(rulebook, a.toStage(), locale),
          String.join("; ", a.conditions().stream().map(c -> c.text()).toList()));
    } else if (e instanceof ReturnedForRework r) {
      return words.text("event.returned", locale, words.stage(rulebook, r.toStage(), locale), r.reason());
    } else if (e instanceof ConditionCleared c) {
      return words.text("event.conditionCleared", locale);
    } else if (e instanceof PutOnHold h) {
      return words.text("event.held", locale, h.reason());
    } else if (e instanceof Resumed) {
      return words.text("event.resumed", locale);
    } else if (e instanceof Dropped d) {
      return words.text("event.dropped", locale, d.reason());
    } else if (e instanceof Reopened r) {
      return words.text("event.reopened", locale, r.reason());
    } else if (e instanceof OpdChanged o) {
      return words.text("event.opdChanged", locale, words.opd(o.fromOpd(), locale), words.opd(o.toOpd(), locale));
    } else if (e instanceof OwnerHandedOver h) {
      return words.text("event.handedOver", locale, words.person(h.toOwner(), locale));
    }
    return words.text("event.other", locale);
  }

  /** The evidence kinds: labinov's own and every kind the rulebook's gates ask for, by label. */
  private List<Option> kinds(Rulebook rulebook, Locale locale) {
    Set<String> codes = new LinkedHashSet<>();
    for (Transition t : rulebook.transitions()) {
      for (RuleSpec r : t.rules()) {
        if ("evidence".equals(r.type()) && r.parameters().get("kind") instanceof String k) {
          codes.add(k);
        }
      }
    }
    codes.addAll(CORE_KINDS);
    return codes.stream().map(c -> new Option(c, words.evidenceKind(c, locale))).toList();
  }

  /**
   * Asks labinov to advance the innovation to a stage.
   *
   * @param id the innovation id
   * @param to the stage to advance to
   * @param user the signed-in person
   * @param locale the language
   * @param redirect the flash attributes
   * @return back to the innovation page, with the outcome
   */
  @PostMapping("/innovations/{id}/advance")
  public String advance(@PathVariable String id, @RequestParam String to, @AuthenticationPrincipal PortalUser user,
      Locale locale, RedirectAttributes redirect) {
    InnovationState state = lab.load(id, user.actor());
    Rulebook rulebook = lab.rulebook(state);
    if (to.isBlank() || rulebook.findStage(to).isEmpty()) {
      throw new BadFormValueException("to");
    }
    InnovationRef ref = state.ref();
    CommandResult result = actions.run(user, "advance",
        l -> l.innovations().advance(ref, user.actor(), to, Options.none()));
    String stage = words.stage(rulebook, to, locale);
    redirect.addFlashAttribute("notice", result.accepted()
        ? Notice.ok(words.text("advance.accepted", locale, stage))
        : Notice.refused(words.text("advance.refused", locale, stage), words.reasons(result.verdict(), rulebook, locale)));
    return "redirect:/innovations/" + id;
  }

  /**
   * Attaches evidence by reference: labinov keeps where the document is and its fingerprint, never the
   * file itself.
   *
   * @param id the innovation id
   * @param kind the evidence kind's code
   * @param uri where the document is
   * @param sha256 its SHA-256
   * @param mediaType its media type
   * @param size its size in bytes
   * @param user the signed-in person
   * @param locale the language
   * @param redirect the flash attributes
   * @return back to the innovation page, with the outcome or what to correct
   */
  @PostMapping("/innovations/{id}/evidence")
  public String attach(@PathVariable String id, @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String uri, @RequestParam(defaultValue = "") String sha256,
      @RequestParam(defaultValue = "") String mediaType, @RequestParam(defaultValue = "") String size,
      @AuthenticationPrincipal PortalUser user, Locale locale, RedirectAttributes redirect) {
    InnovationState state = lab.load(id, user.actor());
    Rulebook rulebook = lab.rulebook(state);
    EvidenceForm form = new EvidenceForm(kind.strip(), uri.strip(), sha256.strip(), mediaType.strip(), size.strip());
    List<String> errors = new ArrayList<>();
    if (kinds(rulebook, locale).stream().noneMatch(o -> o.value().equals(form.kind()))) {
      errors.add(words.text("evidence.error.kind", locale));
    }
    URI location = null;
    try {
      location = new URI(form.uri());
      if (!location.isAbsolute() || location.getHost() == null
          || !(location.getScheme().equalsIgnoreCase("https") || location.getScheme().equalsIgnoreCase("http"))) {
        location = null;
      }
    } catch (URISyntaxException e) {
      location = null;
    }
    if (location == null) {
      errors.add(words.text("evidence.error.uri", locale));
    }
    if (!SHA256.matcher(form.sha256()).matches()) {
      errors.add(words.text("evidence.error.sha256", locale));
    }
    if (!MEDIA.matcher(form.mediaType().toLowerCase(Locale.ROOT)).matches()) {
      errors.add(words.text("evidence.error.mediaType", locale));
    }
    long bytes = -1;
    try {
      bytes = form.size().isEmpty() ? -1 : Long.parseLong(form.size());
    } catch (NumberFormatException e) {
      bytes = -1;
    }
    if (bytes < 0) {
      errors.add(words.text("evidence.error.size", locale));
    }
    if (!errors.isEmpty()) {
      redirect.addFlashAttribute("evidenceForm", form);
      redirect.addFlashAttribute("evidenceErrors", errors);
      return "redirect:/innovations/" + id + "#evidence-form";
    }
    EvidenceRef evidence = new EvidenceRef(EvidenceKind.of(form.kind()), location, form.sha256(),
        form.mediaType().toLowerCase(Locale.ROOT), bytes);
    InnovationRef ref = state.ref();
    CommandResult result = actions.run(user, "attach-evidence",
        l -> l.innovations().attachEvidence(ref, user.actor(), evidence, Options.none()));
    String kindLabel = words.evidenceKind(form.kind(), locale);
    if (result.accepted()) {
      redirect.addFlashAttribute("notice", Notice.ok(words.text("evidence.accepted", locale, kindLabel)));
    } else {
      redirect.addFlashAttribute("evidenceForm", form);
      redirect.addFlashAttribute("evidenceErrors", List.of());
      redirect.addFlashAttribute("notice", Notice.refused(words.text("evidence.refused", locale, kindLabel),
          words.reasons(result.verdict(), rulebook, locale)));
    }
    return "redirect:/innovations/" + id;
  }
}
