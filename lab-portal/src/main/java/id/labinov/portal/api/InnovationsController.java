package id.labinov.portal.api;

import id.labinov.core.Labinov;
import id.labinov.core.engine.Availability;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.error.InvalidValueException;
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
import id.labinov.core.event.RulebookMigrated;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.Verdict;
import id.labinov.portal.api.ApiViews.CodeLabel;
import id.labinov.portal.api.ApiViews.HistoryEntry;
import id.labinov.portal.app.LabActions;
import id.labinov.portal.security.PortalUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Innovations over HTTP: propose, read, list, check, move, and read the history. Every call is made
 * as the signed-in person's labinov actor, so labinov's own policy and scope decide what they may
 * read and do, exactly as on the pages; every command goes through {@link LabActions}, in one
 * transaction with the portal's own activity record. Commands take {@code If-Match: "<version>"}
 * (labinov's expected version) and {@code Idempotency-Key} (labinov's idempotency key).
 */
@RestController
@RequestMapping(path = "/api/innovations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Innovations", description = "Propose, read, check and move innovations through the lab's stages")
@SecurityRequirement(name = ApiDocumentation.BEARER)
@SecurityRequirement(name = ApiDocumentation.BASIC)
@ApiResponse(responseCode = "400", description = "The request is not in the expected form (field and fix named)",
    content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
        schema = @Schema(ref = ApiDocumentation.PROBLEM)))
@ApiResponse(responseCode = "401", description = "No valid bearer token or Basic credentials",
    content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
        schema = @Schema(ref = ApiDocumentation.PROBLEM)))
@ApiResponse(responseCode = "403", description = "Outside the caller's scope, or labinov's policy does not let the"
    + " caller do this (role, own OPD, own team)",
    content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
        schema = @Schema(ref = ApiDocumentation.PROBLEM)))
@ApiResponse(responseCode = "500", description = "Unexpected failure (an incident id, nothing internal)",
    content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
        schema = @Schema(ref = ApiDocumentation.PROBLEM)))
public class InnovationsController {
  private static final int DEFAULT_PAGE_SIZE = 50;
  private static final int MAX_PAGE_SIZE = 200;

  private final Labinov labinov;
  private final LabActions actions;
  private final RegionCode region;
  private final ApiTexts texts;

  /**
   * Creates the controller.
   *
   * @param labinov labinov's entry point (reads)
   * @param actions the one path of every command
   * @param portalRegion the region the portal serves
   * @param texts the API's words
   */
  public InnovationsController(Labinov labinov, LabActions actions, RegionCode portalRegion, ApiTexts texts) {
    this.labinov = labinov;
    this.actions = actions;
    this.region = portalRegion;
    this.texts = texts;
  }

  // ------------------------------------------------------------------ reads

  /**
   * An innovation's current state.
   *
   * @param user the caller
   * @param id the innovation's id
   * @param ifNoneMatch the caller's cached version, or {@code null}
   * @param locale the caller's language
   * @return the state with its {@code ETag}, or 304 when the caller's copy is current
   */
  @GetMapping("/{id}")
  @Operation(summary = "Read an innovation", description = "The current state: stage (code and label), status,"
      + " version (also the ETag), OPD (code and name), owner, texts, evidence, approvals and open conditions.")
  @ApiResponse(responseCode = "200", description = "The state", headers = @Header(name = "ETag",
      description = "The version in quotes, for If-Match"))
  @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match names the current version)")
  @ApiResponse(responseCode = "404", description = "No such innovation", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocumentation.PROBLEM)))
  public ResponseEntity<ApiViews.Innovation> get(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The innovation's id (UUID)") @PathVariable("id") String id,
      @Parameter(in = ParameterIn.HEADER, description = "A version seen before, e.g. \"3\"")
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      Locale locale) {
    InnovationRef ref = ref(id);
    InnovationState state = labinov.innovations().get(ref, user.actor());
    String etag = Preconditions.etag(state.version());
    if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
    }
    return ResponseEntity.ok().eTag(etag).body(texts.innovation(state, rulebookOf(state), locale));
  }

  /**
   * The innovations of the caller's scope, a page at a time.
   *
   * @param user the caller
   * @param stage only this stage, or {@code null}
   * @param status only this status, or {@code null}
   * @param opd only this OPD, or {@code null}
   * @param page the {@code nextPage} of the previous page, or {@code null} for the first
   * @param size how many per page
   * @param locale the caller's language
   * @return the page
   */
  @GetMapping
  @Operation(summary = "List innovations", description = "The innovations of the caller's scope (labinov queries as"
      + " the caller), in id order, a page at a time: pass the answer's nextPage as page for the next one.")
  @ApiResponse(responseCode = "200", description = "A page of innovations")
  public ApiViews.InnovationPage list(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "Stage code, e.g. DESIGN") @RequestParam(name = "stage", required = false) String stage,
      @Parameter(description = "ACTIVE, ON_HOLD or DROPPED") @RequestParam(name = "status", required = false)
      String status,
      @Parameter(description = "OPD code, e.g. DINKES") @RequestParam(name = "opd", required = false) String opd,
      @Parameter(description = "The nextPage of the previous answer") @RequestParam(name = "page", required = false)
      String page,
      @Parameter(description = "Items per page, 1-" + MAX_PAGE_SIZE + " (default " + DEFAULT_PAGE_SIZE + ")")
      @RequestParam(name = "size", required = false) Integer size,
      Locale locale) {
    InnovationFilter.Builder filter = InnovationFilter.builder();
    if (stage != null && !stage.isBlank()) {
      filter.stages(stage.trim());
    }
    if (status != null && !status.isBlank()) {
      filter.statuses(enumValue(InnovationStatus.class, status, "status"));
    }
    if (opd != null && !opd.isBlank()) {
      filter.opds(OpdCode.of(opd.trim()));
    }
    int n = size == null ? DEFAULT_PAGE_SIZE : size;
    if (n < 1 || n > MAX_PAGE_SIZE) {
      throw new ApiBadRequestException("INVALID_PARAMETER", "size", "api.error.PAGE_SIZE", MAX_PAGE_SIZE);
    }
    InnovationId after = page == null || page.isBlank() ? null : innovationId(page, "page");
    Page<InnovationSummary> found = labinov.queries(user.actor()).find(Scope.region(region), filter.build(),
        new PageRequest(n, after));
    Map<String, Rulebook> rulebooks = new java.util.HashMap<>();
    List<ApiViews.InnovationSummary> items = new ArrayList<>();
    for (InnovationSummary s : found.items()) {
      Rulebook rb = rulebooks.computeIfAbsent(s.rulebookId() + "@" + s.rulebookVersion(),
          k -> labinov.innovations().rulebookOf(s.ref()));
      items.add(new ApiViews.InnovationSummary(s.ref().id().toString(), s.title(), texts.stage(rb, s.stage(), locale),
          texts.status(s.status(), locale), s.version(), texts.opd(s.opd()), s.lastChangedAt()));
    }
    String next = found.findNext().flatMap(PageRequest::findAfter).map(InnovationId::toString).orElse(null);
    return new ApiViews.InnovationPage(items, next);
  }

  /**
   * The verdict on one transition for the caller.
   *
   * @param user the caller
   * @param id the innovation's id
   * @param transitionId the transition's id
   * @param locale the caller's language
   * @return the verdict with every reason and requirement
   */
  @GetMapping("/{id}/check/{transitionId}")
  @Operation(summary = "Check a transition", description = "Whether the caller could make this transition now;"
      + " every reason (code, message and fix) and every requirement of its gate, met or not. Changes nothing.")
  @ApiResponse(responseCode = "200", description = "The verdict")
  @ApiResponse(responseCode = "404", description = "No such innovation", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocumentation.PROBLEM)))
  public ApiViews.Verdict check(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The innovation's id (UUID)") @PathVariable("id") String id,
      @Parameter(description = "The transition's id, e.g. drum-up-to-diagnose") @PathVariable("transitionId")
      String transitionId,
      Locale locale) {
    InnovationRef ref = ref(id);
    InnovationState state = labinov.innovations().get(ref, user.actor());
    Rulebook rulebook = rulebookOf(state);
    if (rulebook.findTransition(transitionId).isEmpty()) {
      throw new ApiBadRequestException("UNKNOWN_TRANSITION", "transitionId", "api.error.UNKNOWN_TRANSITION",
          transitionId, rulebook.transitions().stream().map(Transition::id).collect(Collectors.joining(", ")));
    }
    Verdict verdict = labinov.innovations().check(ref, user.actor(), transitionId);
    return texts.verdict(rulebook, verdict, Decider.facts(state, user.actor()), context(state), locale);
  }

  /**
   * The transitions from the current stage, each with its verdict for the caller.
   *
   * @param user the caller
   * @param id the innovation's id
   * @param locale the caller's language
   * @return the verdicts, in the rulebook's order
   */
  @GetMapping("/{id}/available")
  @Operation(summary = "Transitions available now", description = "Every transition from the current stage with its"
      + " verdict for the caller: allowed or not, every reason and requirement.")
  @ApiResponse(responseCode = "200", description = "The verdicts")
  @ApiResponse(responseCode = "404", description = "No such innovation", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocumentation.PROBLEM)))
  public List<ApiViews.Verdict> available(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The innovation's id (UUID)") @PathVariable("id") String id, Locale locale) {
    InnovationRef ref = ref(id);
    InnovationState state = labinov.innovations().get(ref, user.actor());
    Rulebook rulebook = rulebookOf(state);
    RuleContext context = context(state);
    List<ApiViews.Verdict> out = new ArrayList<>();
    for (Availability a : labinov.innovations().available(ref, user.actor())) {
      out.add(texts.verdict(rulebook, a.verdict(), Decider.facts(state, user.actor()), context, locale));
    }
    return out;
  }

  /**
   * The history in readable form.
   *
   * @param user the caller
   * @param id the innovation's id
   * @param locale the caller's language
   * @return the events, oldest first
   */
  @GetMapping("/{id}/history")
  @Operation(summary = "History", description = "Every event, oldest first: type, what happened in words, when, who"
      + " (person id) and the stages left and entered, with their labels.")
  @ApiResponse(responseCode = "200", description = "The events")
  @ApiResponse(responseCode = "404", description = "No such innovation", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocumentation.PROBLEM)))
  public List<HistoryEntry> history(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The innovation's id (UUID)") @PathVariable("id") String id, Locale locale) {
    InnovationRef ref = ref(id);
    List<InnovationEvent> events = labinov.innovations().history(ref, user.actor());
    Rulebook rulebook = labinov.innovations().rulebookOf(ref);
    List<HistoryEntry> out = new ArrayList<>(events.size());
    for (InnovationEvent e : events) {
      out.add(entry(e, rulebook, locale));
    }
    return out;
  }

  private HistoryEntry entry(InnovationEvent e, Rulebook rb, Locale locale) {
    CodeLabel from = null;
    CodeLabel to = null;
    String note = null;
    Object[] args = {};
    if (e instanceof InnovationProposed p) {
      to = texts.stage(rb, p.stage(), locale);
      args = new Object[] {p.details().title(), to.label()};
    } else if (e instanceof StageAdvanced a) {
      from = texts.stage(rb, a.fromStage(), locale);
      to = texts.stage(rb, a.toStage(), locale);
      args = new Object[] {from.label(), to.label()};
    } else if (e instanceof StageAdvancedConditionally a) {
      from = texts.stage(rb, a.fromStage(), locale);
      to = texts.stage(rb, a.toStage(), locale);
      note = a.conditions().stream().map(c -> c.text()).collect(Collectors.joining("; "));
      args = new Object[] {from.label(), to.label(), a.conditions().size()};
    } else if (e instanceof ReturnedForRework r) {
      from = texts.stage(rb, r.fromStage(), locale);
      to = texts.stage(rb, r.toStage(), locale);
      note = r.reason();
      args = new Object[] {from.label(), to.label()};
    } else if (e instanceof ApprovalRecorded a) {
      note = a.note();
      args = new Object[] {texts.role(a.role(), locale).label()};
    } else if (e instanceof EvidenceAttached a) {
      args = new Object[] {texts.shown(a.evidence().kind().code(), rb, locale)};
    } else if (e instanceof PutOnHold h) {
      note = h.reason();
    } else if (e instanceof Resumed r) {
      note = r.note();
    } else if (e instanceof Dropped d) {
      note = d.reason();
    } else if (e instanceof Reopened r) {
      note = r.reason();
    } else if (e instanceof ConditionCleared c) {
      note = c.note();
      args = new Object[] {c.conditionId()};
    } else if (e instanceof OpdChanged o) {
      note = o.reason();
      args = new Object[] {o.fromOpd() == null ? "-" : o.fromOpd().value(), o.toOpd().value()};
    } else if (e instanceof OwnerHandedOver o) {
      note = o.reason();
    } else if (e instanceof RulebookMigrated m) {
      args = new Object[] {m.fromRulebookId() + "@" + m.fromVersion(),
          e.metadata().rulebookId() + "@" + e.metadata().rulebookVersion()};
    } else if (!(e instanceof DetailsUpdated)) {
      args = new Object[] {e.type()};
    }
    String key = "api.event." + (isKnown(e) ? e.type() : "other");
    return new HistoryEntry(e.metadata().sequence(), e.type(), texts.t(locale, key, args), e.metadata().occurredAt(),
        e.metadata().actor().value(), from, to, note);
  }

  private static boolean isKnown(InnovationEvent e) {
    return e instanceof InnovationProposed || e instanceof StageAdvanced || e instanceof StageAdvancedConditionally
        || e instanceof ReturnedForRework || e instanceof ApprovalRecorded || e instanceof EvidenceAttached
        || e instanceof PutOnHold || e instanceof Resumed || e instanceof Dropped || e instanceof Reopened
        || e instanceof ConditionCleared || e instanceof OpdChanged || e instanceof OwnerHandedOver
        || e instanceof RulebookMigrated || e instanceof DetailsUpdated;
  }

  // ------------------------------------------------------------------ commands

  /**
   * Proposes an innovation.
   *
   * @param user the caller
   * @param key the idempotency key, or {@code null}
   * @param body the proposal
   * @param locale the caller's language
   * @return 201 with the new innovation, its {@code Location} and {@code ETag}
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Propose an innovation", description = "A new innovation in the portal's region, in the"
      + " rulebook's first stage; its OPD is the caller's own unless given. With Idempotency-Key a retry after a"
      + " lost answer gets the first answer and proposes nothing new.")
  @ApiResponse(responseCode = "201", description = "Proposed", headers = {
      @Header(name = "Location", description = "The new innovation's URL"),
      @Header(name = "ETag", description = "Its version in quotes")})
  @ApiResponse(responseCode = "409", description = "Refused because of the present state", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocumentation.PROBLEM)))
  @ApiResponse(responseCode = "422", description = "Refused by labinov (reasons with fixes), or the Idempotency-Key"
      + " was used for another request", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocumentation.PROBLEM)))
  public ResponseEntity<ApiViews.Innovation> propose(@AuthenticationPrincipal PortalUser user,
      @Parameter(in = ParameterIn.HEADER, description = "A key of the caller's choosing; a retry with the same key"
          + " and body gets the first answer") @RequestHeader(name = Preconditions.IDEMPOTENCY_KEY, required = false)
      String key,
      @RequestBody ApiRequests.Propose body, Locale locale) {
    ApiRequests.Propose p = required(body, "body");
    String title = requiredText(p.title(), "title");
    Actor actor = user.actor();
    OpdCode opd = p.opd() == null || p.opd().isBlank() ? actor.opd() : OpdCode.of(p.opd().trim());
    Bentuk bentuk = p.bentuk() == null ? null : enumValue(Bentuk.class, p.bentuk(), "bentuk");
    Jenis jenis = p.jenis() == null ? null : enumValue(Jenis.class, p.jenis(), "jenis");
    InnovationDetails details = new InnovationDetails(title, opd, bentuk, jenis, null, null, java.util.Set.of(),
        p.texts() == null ? Map.of() : p.texts());
    String programme = p.programmeId() == null || p.programmeId().isBlank() ? null : p.programmeId().trim();
    Options options = Preconditions.options(null, key, user.actor().personId().value());
    CommandResult r = actions.run(user, "api:propose",
        lab -> lab.innovations().propose(region, actor, details, programme, options));
    InnovationState state = accepted(r);
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/innovations/{id}")
        .buildAndExpand(state.id().toString()).toUri();
    return respond(ResponseEntity.created(location), r, state, locale);
  }

  /**
   * Advances to a later stage.
   *
   * @param user the caller
   * @param id the innovation's id
   * @param ifMatch the expected version
   * @param key the idempotency key
   * @param body the target stage (and conditions of a conditional advance)
   * @param locale the caller's language
   * @return the new state
   */
  @PostMapping(path = "/{id}/advance", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Advance to a later stage", description = "Through the rulebook's advance from the current"
      + " stage to toStage; with conditions, through its conditional advance.")
  @CommandResponses
  public ResponseEntity<ApiViews.Innovation> advance(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The innovation's id (UUID)") @PathVariable("id") String id,
      @IfMatchHeader @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @IdempotencyHeader @RequestHeader(name = Preconditions.IDEMPOTENCY_KEY, required = false) String key,
      @RequestBody ApiRequests.Advance body, Locale locale) {
    ApiRequests.Advance a = required(body, "body");
    String to = requiredText(a.toStage(), "toStage");
    List<String> conditions = a.conditions() == null ? List.of() : a.conditions();
    return command(user, id, ifMatch, key, "api:advance", locale, (ref, options) -> conditions.isEmpty()
        ? lab -> lab.innovations().advance(ref, user.actor(), to, options)
        : lab -> lab.innovations().advanceConditionally(ref, user.actor(), to, conditions, options));
  }

  /**
   * Records an approval.
   *
   * @param user the caller
   * @param id the innovation's id
   * @param ifMatch the expected version
   * @param key the idempotency key
   * @param body the role and note
   * @param locale the caller's language
   * @return the new state
   */
  @PostMapping(path = "/{id}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Approve in the current stage", description = "An approval in a role the caller holds (the"
      + " caller's only role when left out), e.g. the OPD head's approval the next move needs.")
  @CommandResponses
  public ResponseEntity<ApiViews.Innovation> approve(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The innovation's id (UUID)") @PathVariable("id") String id,
      @IfMatchHeader @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @IdempotencyHeader @RequestHeader(name = Preconditions.IDEMPOTENCY_KEY, required = false) String key,
      @RequestBody(required = false) ApiRequests.Approve body, Locale locale) {
    ApiRequests.Approve a = body == null ? new ApiRequests.Approve(null, null) : body;
    Role role;
    if (a.role() == null || a.role().isBlank()) {
      if (user.actor().roles().size() != 1) {
        throw new ApiBadRequestException("FIELD_MISSING", "role", "api.error.ROLE_NEEDED",
            user.actor().roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")));
      }
      role = user.actor().roles().iterator().next();
    } else {
      role = enumValue(Role.class, a.role(), "role");
    }
    return command(user, id, ifMatch, key, "api:approve", locale,
        (ref, options) -> lab -> lab.innovations().approve(ref, user.actor(), role, a.note(), options));
  }

  /**
   * Returns to an earlier stage for rework.
   *
   * @param user the caller
   * @param id the innovation's id
   * @param ifMatch the expected version
   * @param key the idempotency key
   * @param body the stage and reason
   * @param locale the caller's language
   * @return the new state
   */
  @PostMapping(path = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Return for rework", description = "Back to an earlier stage through the rulebook's return"
      + " transition, with the reason.")
  @CommandResponses
  public ResponseEntity<ApiViews.Innovation> returnForRework(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The innovation's id (UUID)") @PathVariable("id") String id,
      @IfMatchHeader @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @IdempotencyHeader @RequestHeader(name = Preconditions.IDEMPOTENCY_KEY, required = false) String key,
      @RequestBody ApiRequests.Return body, Locale locale) {
    ApiRequests.Return r = required(body, "body");
    String to = requiredText(r.toStage(), "toStage");
    String reason = requiredText(r.reason(), "reason");
    return command(user, id, ifMatch, key, "api:return", locale,
        (ref, options) -> lab -> lab.innovations().returnForRework(ref, user.actor(), to, reason, options));
  }

  /**
   * Attaches evidence by reference.
   *
   * @param user the caller
   * @param id the innovation's id
   * @param ifMatch the expected version
   * @param key the idempotency key
   * @param body the evidence
   * @param locale the caller's language
   * @return the new state
   */
  @PostMapping(path = "/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Attach evidence", description = "Evidence by reference: the document stays in the calling"
      + " system; labinov keeps its kind, URI, SHA-256, media type and size.")
  @CommandResponses
  public ResponseEntity<ApiViews.Innovation> evidence(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The innovation's id (UUID)") @PathVariable("id") String id,
      @IfMatchHeader @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @IdempotencyHeader @RequestHeader(name = Preconditions.IDEMPOTENCY_KEY, required = false) String key,
      @RequestBody ApiRequests.Evidence body, Locale locale) {
    ApiRequests.Evidence e = required(body, "body");
    String kind = requiredText(e.kind(), "kind");
    String uriText = requiredText(e.uri(), "uri");
    URI uri;
    try {
      uri = new URI(uriText);
    } catch (URISyntaxException ex) {
      throw new ApiBadRequestException("INVALID_VALUE", "uri", "api.error.INVALID_URI", "uri");
    }
    // A document's address on the web, as the pages take it: no javascript:, data: or file: reference.
    if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))
        || uri.getHost() == null) {
      throw new ApiBadRequestException("INVALID_VALUE", "uri", "api.error.INVALID_URI", "uri");
    }
    EvidenceRef evidence = new EvidenceRef(EvidenceKind.of(kind), uri,
        requiredText(e.sha256(), "sha256"), requiredText(e.mediaType(), "mediaType"), required(e.sizeBytes(),
            "sizeBytes"));
    return command(user, id, ifMatch, key, "api:evidence", locale,
        (ref, options) -> lab -> lab.innovations().attachEvidence(ref, user.actor(), evidence, options));
  }

  /**
   * Puts on hold.
   *
   * @param user the caller
   * @param id the innovation's id
   * @param ifMatch the expected version
   * @param key the idempotency key
   * @param body the reason
   * @param locale the caller's language
   * @return the new state
   */
  @PostMapping(path = "/{id}/hold", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Put on hold", description = "Pauses the innovation in its stage; the days on hold do not"
      + " count toward a minimum stay.")
  @CommandResponses
  public ResponseEntity<ApiViews.Innovation> hold(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The innovation's id (UUID)") @PathVariable("id") String id,
      @IfMatchHeader @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @IdempotencyHeader @RequestHeader(name = Preconditions.IDEMPOTENCY_KEY, required = false) String key,
      @RequestBody ApiRequests.Reasoned body, Locale locale) {
    String reason = requiredText(required(body, "body").reason(), "reason");
    return command(user, id, ifMatch, key, "api:hold", locale,
        (ref, options) -> lab -> lab.innovations().hold(ref, user.actor(), reason, options));
  }

  /**
   * Resumes after a hold.
   *
   * @param user the caller
   * @param id the innovation's id
   * @param ifMatch the expected version
   * @param key the idempotency key
   * @param body the note, optional
   * @param locale the caller's language
   * @return the new state
   */
  @PostMapping(path = "/{id}/resume")
  @Operation(summary = "Resume", description = "Resumes an innovation on hold, in the stage it was held in.")
  @CommandResponses
  public ResponseEntity<ApiViews.Innovation> resume(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The innovation's id (UUID)") @PathVariable("id") String id,
      @IfMatchHeader @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @IdempotencyHeader @RequestHeader(name = Preconditions.IDEMPOTENCY_KEY, required = false) String key,
      @RequestBody(required = false) ApiRequests.Note body, Locale locale) {
    String note = body == null ? null : body.note();
    return command(user, id, ifMatch, key, "api:resume", locale,
        (ref, options) -> lab -> lab.innovations().resume(ref, user.actor(), note, options));
  }

  /**
   * Drops the innovation.
   *
   * @param user the caller
   * @param id the innovation's id
   * @param ifMatch the expected version
   * @param key the idempotency key
   * @param body the reason
   * @param locale the caller's language
   * @return the new state
   */
  @PostMapping(path = "/{id}/drop", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Drop", description = "Stops the innovation; a lab administrator can reopen it later.")
  @CommandResponses
  public ResponseEntity<ApiViews.Innovation> drop(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The innovation's id (UUID)") @PathVariable("id") String id,
      @IfMatchHeader @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @IdempotencyHeader @RequestHeader(name = Preconditions.IDEMPOTENCY_KEY, required = false) String key,
      @RequestBody ApiRequests.Reasoned body, Locale locale) {
    String reason = requiredText(required(body, "body").reason(), "reason");
    return command(user, id, ifMatch, key, "api:drop", locale,
        (ref, options) -> lab -> lab.innovations().drop(ref, user.actor(), reason, options));
  }

  // ------------------------------------------------------------------ helpers

  /** A command on an existing innovation, given its ref and options. */
  @FunctionalInterface
  private interface Command {
    Function<Labinov, CommandResult> on(InnovationRef ref, Options options);
  }

  private ResponseEntity<ApiViews.Innovation> command(PortalUser user, String id, String ifMatch, String key,
      String action, Locale locale, Command command) {
    InnovationRef ref = ref(id);
    Options options = Preconditions.options(ifMatch, key, user.actor().personId().value());
    CommandResult r = actions.run(user, action, command.on(ref, options));
    InnovationState state = accepted(r);
    return respond(ResponseEntity.ok(), r, state, locale);
  }

  /**
   * The state an accepted command left, or throws the refusal. For a replay, the state right after
   * the first run's events, so the replay's answer is the first answer.
   */
  private InnovationState accepted(CommandResult r) {
    if (!r.accepted()) {
      throw new CommandRefusedException(r, r.findState().map(this::rulebookOf).orElse(null));
    }
    if (r.replayed() && !r.events().isEmpty()) {
      long upTo = r.events().get(r.events().size() - 1).metadata().sequence();
      List<InnovationEvent> history = labinov.innovations().history(r.ref());
      return Decider.replay(history.subList(0, (int) Math.min(upTo, history.size())));
    }
    return r.findState().orElseGet(() -> labinov.innovations().get(r.ref()));
  }

  private ResponseEntity<ApiViews.Innovation> respond(ResponseEntity.BodyBuilder builder, CommandResult r,
      InnovationState state, Locale locale) {
    builder.eTag(Preconditions.etag(state.version()));
    if (r.replayed()) {
      builder.header(Preconditions.REPLAYED, "true");
    }
    return builder.body(texts.innovation(state, rulebookOf(state), locale));
  }

  private Rulebook rulebookOf(InnovationState state) {
    return labinov.innovations().rulebookOf(state.ref());
  }

  private RuleContext context(InnovationState state) {
    return RuleContext.of(labinov.clock().instant(), state.region().defaultTimeZone().zoneId());
  }

  private InnovationRef ref(String id) {
    return new InnovationRef(region, innovationId(id, "id"));
  }

  private static InnovationId innovationId(String text, String field) {
    try {
      return InnovationId.parse(text);
    } catch (InvalidValueException e) {
      throw new ApiBadRequestException("INVALID_INNOVATION_ID", field, "api.error.INVALID_INNOVATION_ID", field);
    }
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new ApiBadRequestException("FIELD_MISSING", field, "api.error.FIELD_MISSING", field);
    }
    return value;
  }

  static String requiredText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new ApiBadRequestException("FIELD_MISSING", field, "api.error.FIELD_MISSING", field);
    }
    return value.trim();
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiBadRequestException("INVALID_VALUE", field, "api.error.INVALID_VALUE", field, value,
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }
}
