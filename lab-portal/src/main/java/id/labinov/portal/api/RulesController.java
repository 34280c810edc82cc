package id.labinov.portal.api;

import id.labinov.core.Labinov;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.SimpleFacts;
import id.labinov.core.rules.Stage;
import id.labinov.core.rules.Transition;
import id.labinov.core.rules.Verdict;
import id.labinov.portal.security.PortalUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rules only: another application keeps its proposals in its own tables and asks labinov to judge a
 * transition on their facts, as README's "Rules only" describes ({@code Rulebooks.check} on
 * {@code SimpleFacts}). Nothing is read from or written to labinov's storage.
 */
@RestController
@RequestMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rules only", description = "Judge a transition on facts kept outside labinov; no storage is touched")
@SecurityRequirement(name = ApiDocumentation.BEARER)
@SecurityRequirement(name = ApiDocumentation.BASIC)
public class RulesController {
  private final Labinov labinov;
  private final RegionCode region;
  private final ApiTexts texts;

  /**
   * Creates the controller.
   *
   * @param labinov labinov's entry point (only its clock is used)
   * @param portalRegion the region the portal serves (the default region of the facts)
   * @param texts the API's words
   */
  public RulesController(Labinov labinov, RegionCode portalRegion, ApiTexts texts) {
    this.labinov = labinov;
    this.region = portalRegion;
    this.texts = texts;
  }

  /**
   * Judges a transition on the given facts.
   *
   * @param user the caller (the actor when the body names none)
   * @param body the rulebook, transition, facts and actor
   * @param locale the caller's language
   * @return the verdict, with every requirement of the gate met or not, in words
   */
  @PostMapping(path = "/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Judge a transition on facts (rules only)", description = "The rulebook (a shipped one: 5d or"
      + " 5d-plus-1, version 1 or 2; the 5D version 1 by default), the transition's id, and the facts of a proposal"
      + " kept by the calling application (stage, status, text fields, evidence and approval counts, open"
      + " conditions, OPD). Answers whether the transition would be allowed and every requirement of its gate,"
      + " met or not, in words. Reads and writes no storage.")
  @ApiResponse(responseCode = "200", description = "The verdict")
  @ApiResponse(responseCode = "400", description = "The body is wrong: the field and the fix are named",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(ref = ApiDocumentation.PROBLEM)))
  @ApiResponse(responseCode = "401", description = "No valid bearer token or Basic credentials",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(ref = ApiDocumentation.PROBLEM)))
  public ApiViews.Verdict evaluate(@AuthenticationPrincipal PortalUser user, @RequestBody ApiRequests.Evaluate body,
      Locale locale) {
    ApiRequests.Evaluate e = InnovationsController.required(body, "body");
    Rulebook rulebook = rulebook(e.rulebook());
    String transitionId = InnovationsController.requiredText(e.transition(), "transition");
    if (rulebook.findTransition(transitionId).isEmpty()) {
      throw new ApiBadRequestException("UNKNOWN_TRANSITION", "transition", "api.error.UNKNOWN_TRANSITION",
          transitionId, rulebook.transitions().stream().map(Transition::id).collect(Collectors.joining(", ")));
    }
    ApiRequests.Facts f = InnovationsController.required(e.facts(), "facts");
    RegionCode factsRegion = region;
    if (f.region() != null && !f.region().isBlank()) {
      try {
        factsRegion = RegionCode.parse(f.region().trim());
      } catch (InvalidValueException ex) {
        throw new ApiBadRequestException("INVALID_VALUE", "facts.region", "api.error.INVALID_REGION", "facts.region");
      }
    }
    Actor actor = actor(e.actor(), user, factsRegion);
    SimpleFacts facts = facts(f, rulebook, actor, factsRegion);
    Instant at = e.at() == null ? labinov.clock().instant() : e.at();
    RuleContext context = RuleContext.of(at, factsRegion.defaultTimeZone().zoneId());
    Verdict verdict = Rulebooks.check(rulebook, transitionId, facts, context);
    return texts.verdict(rulebook, verdict, facts, context, locale);
  }

  private static Rulebook rulebook(ApiRequests.RulebookChoice choice) {
    String id = choice == null || choice.id() == null || choice.id().isBlank() ? "5d" : choice.id().trim();
    int version = choice == null || choice.version() == null ? 1 : choice.version();
    try {
      return switch (id) {
        case "5d" -> Rulebooks.fiveD(version);
        case "5d-plus-1" -> Rulebooks.fiveDPlusOne(version);
        default -> throw new ApiBadRequestException("UNKNOWN_RULEBOOK", "rulebook.id", "api.error.UNKNOWN_RULEBOOK",
            "rulebook.id", id);
      };
    } catch (InvalidValueException ex) {
      throw new ApiBadRequestException("UNKNOWN_RULEBOOK_VERSION", "rulebook.version",
          "api.error.UNKNOWN_RULEBOOK_VERSION", "rulebook.version", id, version);
    }
  }

  private static Actor actor(ApiRequests.ActorFacts given, PortalUser user, RegionCode region) {
    if (given == null) {
      return user.actor();
    }
    if (given.roles() == null || given.roles().isEmpty()) {
      throw new ApiBadRequestException("FIELD_MISSING", "actor.roles", "api.error.FIELD_MISSING", "actor.roles");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : given.roles()) {
      if (r == null) {
        throw new ApiBadRequestException("FIELD_MISSING", "actor.roles[]", "api.error.FIELD_MISSING", "actor.roles[]");
      }
      roles.add(InnovationsController.enumValue(Role.class, r, "actor.roles"));
    }
    String id = given.id() == null || given.id().isBlank() ? "external-caller" : given.id().trim();
    OpdCode opd = given.opd() == null || given.opd().isBlank() ? null : OpdCode.of(given.opd().trim());
    return new Actor(PersonId.of(id), opd, roles, Scope.region(region));
  }

  private static SimpleFacts facts(ApiRequests.Facts f, Rulebook rulebook, Actor actor, RegionCode region) {
    String stage = InnovationsController.requiredText(f.stage(), "facts.stage");
    if (rulebook.findStage(stage).isEmpty()) {
      throw new ApiBadRequestException("UNKNOWN_STAGE", "facts.stage", "api.error.UNKNOWN_STAGE", stage,
          rulebook.stages().stream().map(Stage::code).collect(Collectors.joining(", ")));
    }
    SimpleFacts.Builder b = SimpleFacts.builder().stage(stage).actor(actor).region(region)
        .stageEnteredAt(f.stageEnteredAt() == null ? Instant.now() : f.stageEnteredAt());
    if (f.status() != null) {
      b.status(InnovationsController.enumValue(InnovationStatus.class, f.status(), "facts.status"));
    }
    if (f.fields() != null) {
      f.fields().forEach((name, value) -> {
        if (name == null || name.isBlank()) {
          throw new ApiBadRequestException("FIELD_MISSING", "facts.fields", "api.error.FIELD_NAME", "facts.fields");
        }
        if (value != null) {
          b.field(name, value);
        }
      });
    }
    for (Map.Entry<String, Integer> ev : entries(f.evidence())) {
      String field = "facts.evidence." + ev.getKey();
      try {
        b.evidence(ev.getKey(), count(ev.getValue(), field));
      } catch (InvalidValueException ex) {
        throw new ApiBadRequestException("INVALID_VALUE", field, "api.error.EVIDENCE_KIND", field);
      }
    }
    for (Map.Entry<String, Integer> ap : entries(f.approvals())) {
      String field = "facts.approvals." + ap.getKey();
      b.approvals(InnovationsController.enumValue(Role.class, ap.getKey(), field), count(ap.getValue(), field));
    }
    if (f.openConditions() != null) {
      for (String c : f.openConditions()) {
        if (c != null && !c.isBlank()) {
          b.openCondition(c);
        }
      }
    }
    if (f.opd() != null && !f.opd().isBlank()) {
      b.opd(OpdCode.of(f.opd().trim()));
    }
    if (f.proposer() != null && !f.proposer().isBlank()) {
      b.proposer(PersonId.of(f.proposer().trim()));
    }
    if (f.approvalRole() != null && !f.approvalRole().isBlank()) {
      b.approvalRole(InnovationsController.enumValue(Role.class, f.approvalRole(), "facts.approvalRole"));
    }
    return b.build();
  }

  private static List<Map.Entry<String, Integer>> entries(Map<String, Integer> map) {
    return map == null ? List.of() : List.copyOf(map.entrySet());
  }

  private static int count(Integer value, String field) {
    if (value == null || value < 0) {
      throw new ApiBadRequestException("INVALID_VALUE", field, "api.error.COUNT", field);
    }
    return value;
  }
}
