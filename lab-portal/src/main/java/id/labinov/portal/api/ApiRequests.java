package id.labinov.portal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The bodies the API takes, as JSON records. */
public final class ApiRequests {
  private ApiRequests() {}

  /**
   * A new proposal.
   *
   * @param title the title (required)
   * @param opd the work unit's code; the caller's own when left out
   * @param programmeId the programme it joins, or {@code null}
   * @param bentuk the form (labinov's {@code Bentuk} name), optional
   * @param jenis the kind (labinov's {@code Jenis} name), optional
   * @param texts the text fields: {@code problem}, {@code ideaSummary}, {@code designNarrative},
   *     {@code goals}, {@code benefits}, {@code results} and any of the region's own
   */
  @Schema(name = "ProposeRequest", description = "A new proposal")
  public record Propose(
      @Schema(description = "Title", requiredMode = Schema.RequiredMode.REQUIRED, example = "Layanan Perpustakaan Keliling Desa")
      String title,
      @Schema(description = "OPD code; the caller's own OPD when left out", example = "DISPUSIP") String opd,
      @Schema(description = "Programme id, optional", example = "lebak-2019") String programmeId,
      @Schema(description = "Form (Bentuk) name, optional") String bentuk,
      @Schema(description = "Kind (Jenis) name, optional") String jenis,
      @Schema(description = "Text fields: problem, ideaSummary, designNarrative, goals, benefits, results, ...")
      Map<String, String> texts) {}

  /**
   * Advance to a later stage.
   *
   * @param toStage the stage (required), e.g. {@code DIAGNOSE}
   * @param conditions conditions of a conditional advance; none for an unconditional one
   */
  @Schema(name = "AdvanceRequest", description = "Advance to a later stage; with conditions it is a conditional advance")
  public record Advance(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "DIAGNOSE") String toStage,
      List<String> conditions) {}

  /**
   * An approval in the current stage.
   *
   * @param role the role it counts for; the caller's only role when left out
   * @param note a note, optional
   */
  @Schema(name = "ApproveRequest", description = "An approval in the current stage")
  public record Approve(@Schema(example = "OPD_HEAD") String role, String note) {}

  /**
   * A return to an earlier stage for rework.
   *
   * @param toStage the earlier stage (required)
   * @param reason why (required)
   */
  @Schema(name = "ReturnRequest", description = "Return to an earlier stage for rework")
  public record Return(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "DIAGNOSE") String toStage,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {}

  /**
   * Evidence attached by reference: the document stays where it is kept.
   *
   * @param kind the kind, e.g. {@code ACTION_PLAN} (required)
   * @param uri an absolute URI of the document (required)
   * @param sha256 the document's SHA-256, 64 hex digits (required)
   * @param mediaType its media type, e.g. {@code application/pdf} (required)
   * @param sizeBytes its size in bytes (required)
   */
  @Schema(name = "EvidenceRequest", description = "Evidence attached by reference")
  public record Evidence(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "COMMITMENT_LETTER") String kind,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "https://dms.lebakkab.go.id/doc/123") String uri,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String sha256,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "application/pdf") String mediaType,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long sizeBytes) {}

  /**
   * A reason, for hold and drop.
   *
   * @param reason why (required)
   */
  @Schema(name = "ReasonRequest", description = "Why (hold, drop)")
  public record Reasoned(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {}

  /**
   * A note, for resume.
   *
   * @param note a note, optional
   */
  @Schema(name = "NoteRequest", description = "A note (resume), optional")
  public record Note(String note) {}

  /**
   * Which rulebook to judge by.
   *
   * @param id a shipped rulebook: {@code 5d} or {@code 5d-plus-1}
   * @param version its version (1 when left out)
   */
  @Schema(name = "RulebookChoice", description = "A shipped rulebook: 5d or 5d-plus-1, version 1 or 2")
  public record RulebookChoice(@Schema(example = "5d") String id, @Schema(example = "1") Integer version) {}

  /**
   * Who would act, for a rules-only check.
   *
   * @param id a person id, optional
   * @param opd the person's work unit, optional
   * @param roles the person's roles (labinov role names)
   */
  @Schema(name = "ActorFacts", description = "Who would act; the caller when left out")
  public record ActorFacts(String id, String opd, List<String> roles) {}

  /**
   * The facts of a proposal kept outside labinov, for a rules-only check.
   *
   * @param stage the current stage (required)
   * @param status {@code ACTIVE} (default), {@code ON_HOLD} or {@code DROPPED}
   * @param stageEnteredAt when it entered the stage (default: now)
   * @param fields text fields by name ({@code title}, {@code problem}, ...)
   * @param evidence evidence counts by kind
   * @param approvals approval counts by role in the current stage
   * @param openConditions open conditions' texts
   * @param opd the work unit's code
   * @param proposer the proposer's person id
   * @param region the region's code, e.g. {@code 36.02}
   * @param approvalRole the role an approval is asked in (for the approve command's rules)
   */
  @Schema(name = "ProposalFacts", description = "The facts a gate reads, as the calling application keeps them")
  public record Facts(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "DIAGNOSE") String stage,
      @Schema(example = "ACTIVE") String status,
      Instant stageEnteredAt,
      Map<String, String> fields,
      Map<String, Integer> evidence,
      Map<String, Integer> approvals,
      List<String> openConditions,
      String opd,
      String proposer,
      String region,
      String approvalRole) {}

  /**
   * A rules-only check: no storage is read or written.
   *
   * @param rulebook the rulebook (the shipped 5D, version 1, when left out)
   * @param transition the transition's id (required), e.g. {@code diagnose-to-design}
   * @param facts the facts (required)
   * @param actor who would act (the caller when left out)
   * @param at the moment to judge at (now when left out)
   */
  @Schema(name = "RulesEvaluateRequest", description = "Judge a transition on facts kept outside labinov")
  public record Evaluate(
      RulebookChoice rulebook,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "diagnose-to-design") String transition,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Facts facts,
      ActorFacts actor,
      Instant at) {}
}
