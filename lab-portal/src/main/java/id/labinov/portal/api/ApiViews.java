package id.labinov.portal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the API answers, as JSON records. Codes are for programs; labels and messages are for people,
 * in the language the caller asked for ({@code Accept-Language: id} or {@code en}; Indonesian by
 * default).
 */
public final class ApiViews {
  private ApiViews() {}

  /**
   * A coded value with its label in the requested language.
   *
   * @param code the code (stable, for programs)
   * @param label the label (for people)
   */
  @Schema(name = "CodeLabel", description = "A code with its label in the requested language")
  public record CodeLabel(String code, String label) {}

  /**
   * A work unit (OPD).
   *
   * @param code its code, e.g. {@code DISPUSIP}
   * @param name its name from labinov's directory, or {@code null} when the directory does not know it
   */
  @Schema(name = "Opd", description = "A work unit (OPD): its code and its name from the directory")
  public record Opd(String code, String name) {}

  /**
   * A person as the API shows them.
   *
   * @param id labinov's person id
   * @param name the name from the directory, or {@code null} when unknown or erased
   */
  @Schema(name = "Person", description = "A person: labinov's person id and the directory's name")
  public record Person(String id, String name) {}

  /**
   * A piece of evidence attached by reference.
   *
   * @param kind its kind with label
   * @param uri where the document is kept
   * @param sha256 the document's SHA-256
   * @param mediaType its media type
   * @param sizeBytes its size
   */
  @Schema(name = "Evidence", description = "Evidence attached by reference")
  public record Evidence(CodeLabel kind, String uri, String sha256, String mediaType, long sizeBytes) {}

  /**
   * An approval given in the current stage.
   *
   * @param role the role it counts for
   * @param approverId who gave it (person id)
   * @param at when
   */
  @Schema(name = "Approval", description = "An approval given in the current stage")
  public record Approval(CodeLabel role, String approverId, Instant at) {}

  /**
   * A condition of a conditional advance still open.
   *
   * @param id the condition's id
   * @param text what must still be done
   */
  @Schema(name = "OpenCondition", description = "A condition still open")
  public record OpenCondition(String id, String text) {}

  /**
   * An innovation's current state.
   *
   * @param id the innovation's id
   * @param region the region's code
   * @param title the title
   * @param stage the current stage
   * @param status active, on hold or dropped
   * @param version the version (the {@code ETag}; send it back in {@code If-Match})
   * @param opd the work unit
   * @param owner who owns (proposed or took over) the innovation
   * @param programmeId the programme, or {@code null}
   * @param rulebook the rulebook it follows, {@code id@version}
   * @param proposedAt when it was proposed
   * @param stageEnteredAt when it entered the current stage
   * @param lastChangedAt when it last changed
   * @param texts the text fields (problem, idea summary, design narrative, ...)
   * @param evidence the evidence attached
   * @param approvals the approvals given in the current stage
   * @param openConditions the conditions still open
   */
  @Schema(name = "Innovation", description = "An innovation's current state")
  public record Innovation(String id, String region, String title, CodeLabel stage, CodeLabel status, long version,
      Opd opd, Person owner, String programmeId, String rulebook, Instant proposedAt, Instant stageEnteredAt,
      Instant lastChangedAt, Map<String, String> texts, List<Evidence> evidence, List<Approval> approvals,
      List<OpenCondition> openConditions) {}

  /**
   * One innovation in a list.
   *
   * @param id its id
   * @param title its title
   * @param stage its stage
   * @param status its status
   * @param version its version
   * @param opd its work unit
   * @param lastChangedAt when it last changed
   */
  @Schema(name = "InnovationSummary", description = "One innovation in a list")
  public record InnovationSummary(String id, String title, CodeLabel stage, CodeLabel status, long version, Opd opd,
      Instant lastChangedAt) {}

  /**
   * A page of innovations.
   *
   * @param items the innovations, in id order
   * @param nextPage the value of {@code page} that fetches the next page, or {@code null} on the last
   */
  @Schema(name = "InnovationPage", description = "A page of innovations; pass nextPage as ?page= for the next")
  public record InnovationPage(List<InnovationSummary> items, String nextPage) {}

  /**
   * A reason why a command is refused, or a warning.
   *
   * @param code labinov's code, e.g. {@code EVIDENCE_MISSING}
   * @param severity {@code MUST} (refuses) or {@code SHOULD} (warns)
   * @param message what is wrong, in the requested language
   * @param fix what to do about it, in the requested language
   */
  @Schema(name = "Reason", description = "A refusal reason (MUST) or a warning (SHOULD) with its fix")
  public record Reason(String code, String severity, String message, String fix) {}

  /**
   * One requirement of a gate, met or not.
   *
   * @param rule the rule type, e.g. {@code required-field}
   * @param severity {@code MUST} or {@code SHOULD}
   * @param outcome {@code MET}, {@code UNMET} or {@code NOT_APPLICABLE}
   * @param met whether it is met (a requirement that does not apply counts as met)
   * @param requirement what the rule asks, in words
   * @param code labinov's code when unmet or not applicable, else {@code null}
   * @param message what is wrong when unmet (why it does not apply when not applicable), else {@code null}
   * @param fix what to do when unmet, else {@code null}
   */
  @Schema(name = "Requirement", description = "One rule of the gate with its outcome, in words")
  public record Requirement(String rule, String severity, String outcome, boolean met, String requirement,
      String code, String message, String fix) {}

  /**
   * The verdict on a transition.
   *
   * @param rulebook the rulebook, {@code id@version}
   * @param transitionId the transition's id
   * @param transition the transition's label
   * @param kind the transition's kind, e.g. {@code ADVANCE}
   * @param toStage the stage it leads to, or {@code null} (hold, resume, drop ...)
   * @param allowed whether it would be accepted now
   * @param summary the verdict in one text, as labinov words it
   * @param reasons every refusal reason and warning (labinov's verdict)
   * @param requirements every rule of the transition's gate, met or not
   */
  @Schema(name = "Verdict", description = "The verdict on a transition, with every reason and requirement")
  public record Verdict(String rulebook, String transitionId, String transition, String kind, CodeLabel toStage,
      boolean allowed, String summary, List<Reason> reasons, List<Requirement> requirements) {}

  /**
   * One event of an innovation's history, readable.
   *
   * @param sequence 1 for the first event, then +1
   * @param type the event's type, e.g. {@code StageAdvanced}
   * @param description what happened, in words
   * @param at when
   * @param actorId who did it (person id)
   * @param fromStage the stage it left, for moves
   * @param toStage the stage it entered, for moves and proposals
   * @param note the reason or note given, if any
   */
  @Schema(name = "HistoryEntry", description = "One event of the history, in words")
  public record HistoryEntry(long sequence, String type, String description, Instant at, String actorId,
      CodeLabel fromStage, CodeLabel toStage, String note) {}
}
