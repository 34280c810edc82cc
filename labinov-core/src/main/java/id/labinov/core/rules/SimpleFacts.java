package id.labinov.core.rules;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Facts supplied directly by an application that uses only the rules (no store), built with
 * {@link #builder()}.
 *
 * @param stage the current stage
 * @param status the status
 * @param stageEnteredAt when the stage was entered
 * @param holdsInStage hold periods in the stage
 * @param fields field values by name
 * @param evidence evidence counts by kind
 * @param approvalsByRole distinct approvers by role in the stage
 * @param openConditions open condition texts
 * @param opdCode the innovation's unit, or {@code null}
 * @param actor the acting person
 * @param approvalRoleAsked the role an approval is asked for (facts of an {@code approve}), or {@code null}
 * @param proposerId who proposed the innovation, or {@code null} when the application does not say
 * @param regionCode the innovation's region, or {@code null} when the application does not say
 */
public record SimpleFacts(
    String stage,
    InnovationStatus status,
    Instant stageEnteredAt,
    List<HoldPeriod> holdsInStage,
    Map<String, String> fields,
    Map<EvidenceKind, Integer> evidence,
    Map<Role, Integer> approvalsByRole,
    List<String> openConditions,
    OpdCode opdCode,
    Actor actor,
    Role approvalRoleAsked,
    PersonId proposerId,
    RegionCode regionCode)
    implements Facts {

  /**
   * Creates facts that do not name the proposer or the region.
   *
   * @param stage the current stage
   * @param status the status
   * @param stageEnteredAt when the stage was entered
   * @param holdsInStage hold periods in the stage
   * @param fields field values by name
   * @param evidence evidence counts by kind
   * @param approvalsByRole distinct approvers by role in the stage
   * @param openConditions open condition texts
   * @param opdCode the innovation's unit, or {@code null}
   * @param actor the acting person
   * @param approvalRoleAsked the role an approval is asked for, or {@code null}
   */
  public SimpleFacts(String stage, InnovationStatus status, Instant stageEnteredAt, List<HoldPeriod> holdsInStage,
      Map<String, String> fields, Map<EvidenceKind, Integer> evidence, Map<Role, Integer> approvalsByRole,
      List<String> openConditions, OpdCode opdCode, Actor actor, Role approvalRoleAsked) {
    this(stage, status, stageEnteredAt, holdsInStage, fields, evidence, approvalsByRole, openConditions, opdCode, actor,
        approvalRoleAsked, null, null);
  }

  @Override
  public Optional<PersonId> proposer() {
    return Optional.ofNullable(proposerId);
  }

  @Override
  public Optional<RegionCode> region() {
    return Optional.ofNullable(regionCode);
  }

  /**
   * Creates facts without an approval being asked for.
   *
   * @param stage the current stage
   * @param status the status
   * @param stageEnteredAt when the stage was entered
   * @param holdsInStage hold periods in the stage
   * @param fields field values by name
   * @param evidence evidence counts by kind
   * @param approvalsByRole distinct approvers by role in the stage
   * @param openConditions open condition texts
   * @param opdCode the innovation's unit, or {@code null}
   * @param actor the acting person
   */
  public SimpleFacts(String stage, InnovationStatus status, Instant stageEnteredAt, List<HoldPeriod> holdsInStage,
      Map<String, String> fields, Map<EvidenceKind, Integer> evidence, Map<Role, Integer> approvalsByRole,
      List<String> openConditions, OpdCode opdCode, Actor actor) {
    this(stage, status, stageEnteredAt, holdsInStage, fields, evidence, approvalsByRole, openConditions, opdCode, actor,
        null);
  }

  @Override
  public Optional<Role> approvalRole() {
    return Optional.ofNullable(approvalRoleAsked);
  }

  /**
   * Validates and copies the parts.
   *
   * @param stage the current stage
   * @param status the status
   * @param stageEnteredAt when the stage was entered
   * @param holdsInStage hold periods in the stage
   * @param fields field values by name
   * @param evidence evidence counts by kind
   * @param approvalsByRole distinct approvers by role in the stage
   * @param openConditions open condition texts
   * @param opdCode the innovation's unit, or {@code null}
   * @param actor the acting person
   * @param approvalRoleAsked the role an approval is asked for (facts of an {@code approve}), or {@code null}
   * @param proposerId who proposed the innovation, or {@code null} when the application does not say
   * @param regionCode the innovation's region, or {@code null} when the application does not say
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public SimpleFacts {
    Checks.notBlank(stage, "stage");
    Checks.notNull(status, "status");
    Checks.notNull(stageEnteredAt, "stageEnteredAt");
    holdsInStage = List.copyOf(Checks.notNull(holdsInStage, "holdsInStage"));
    fields = Map.copyOf(Checks.notNull(fields, "fields"));
    evidence = Map.copyOf(Checks.notNull(evidence, "evidence"));
    approvalsByRole = Map.copyOf(Checks.notNull(approvalsByRole, "approvalsByRole"));
    openConditions = List.copyOf(Checks.notNull(openConditions, "openConditions"));
    Checks.notNull(actor, "actor");
  }

  /** {@return a builder; {@code stage}, {@code stageEnteredAt} and {@code actor} are required} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<String> field(String name) {
    String v = fields.get(name);
    if ((v == null || v.isBlank()) && "opd".equals(name) && opdCode != null) {
      return Optional.of(opdCode.value()); // as for a stored innovation: the field "opd" is its unit
    }
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  @Override
  public int evidenceCount(EvidenceKind kind) {
    return evidence.getOrDefault(kind, 0);
  }

  @Override
  public int approvals(Role role) {
    return approvalsByRole.getOrDefault(role, 0);
  }

  @Override
  public Optional<OpdCode> opd() {
    return Optional.ofNullable(opdCode);
  }

  /** Builds {@link SimpleFacts}. Not thread-safe. */
  public static final class Builder {
    private String stage;
    private InnovationStatus status = InnovationStatus.ACTIVE;
    private Instant stageEnteredAt;
    private final java.util.ArrayList<HoldPeriod> holds = new java.util.ArrayList<>();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<EvidenceKind, Integer> evidence = new TreeMap<>();
    private final Map<Role, Integer> approvals = new EnumMap<>(Role.class);
    private final java.util.ArrayList<String> conditions = new java.util.ArrayList<>();
    private OpdCode opd;
    private Actor actor;
    private Role approvalRole;
    private PersonId proposer;
    private RegionCode region;

    private Builder() {}

    /**
     * Sets who proposed the innovation (read by {@code actor-on-team}).
     *
     * @param value the proposer, or {@code null}
     * @return this builder
     */
    public Builder proposer(PersonId value) {
      this.proposer = value;
      return this;
    }

    /**
     * Sets the innovation's region (read by {@code actor-in-region}).
     *
     * @param value the region, or {@code null}
     * @return this builder
     */
    public Builder region(RegionCode value) {
      this.region = value;
      return this;
    }

    /**
     * Sets the current stage.
     *
     * @param value the stage code
     * @return this builder
     */
    public Builder stage(String value) {
      this.stage = value;
      return this;
    }

    /**
     * Sets the status (default {@link InnovationStatus#ACTIVE}).
     *
     * @param value the status
     * @return this builder
     */
    public Builder status(InnovationStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets when the stage was entered.
     *
     * @param value the instant
     * @return this builder
     */
    public Builder stageEnteredAt(Instant value) {
      this.stageEnteredAt = value;
      return this;
    }

    /**
     * Adds a hold period in the current stage.
     *
     * @param value the period
     * @return this builder
     */
    public Builder hold(HoldPeriod value) {
      holds.add(Checks.notNull(value, "hold"));
      return this;
    }

    /**
     * Sets a field.
     *
     * @param name the field name
     * @param value the value
     * @return this builder
     */
    public Builder field(String name, String value) {
      fields.put(Checks.notBlank(name, "field name"), Checks.notNull(value, "field value"));
      return this;
    }

    /**
     * Sets how many pieces of evidence of a kind exist.
     *
     * @param kind the kind
     * @param count the count, 0 or more
     * @return this builder
     */
    public Builder evidence(String kind, int count) {
      evidence.put(EvidenceKind.of(kind), Math.max(0, count));
      return this;
    }

    /**
     * Sets how many distinct people of a role approved in the stage.
     *
     * @param role the role
     * @param count the count, 0 or more
     * @return this builder
     */
    public Builder approvals(Role role, int count) {
      approvals.put(Checks.notNull(role, "role"), Math.max(0, count));
      return this;
    }

    /**
     * Adds an open condition.
     *
     * @param text the condition
     * @return this builder
     */
    public Builder openCondition(String text) {
      conditions.add(Checks.notBlank(text, "condition"));
      return this;
    }

    /**
     * Sets the innovation's unit.
     *
     * @param value the unit code, or {@code null}
     * @return this builder
     */
    public Builder opd(OpdCode value) {
      this.opd = value;
      return this;
    }

    /**
     * Sets the acting person.
     *
     * @param value the actor
     * @return this builder
     */
    public Builder actor(Actor value) {
      this.actor = value;
      return this;
    }

    /**
     * Sets the role an approval is asked for (for the {@code approve} command's rules).
     *
     * @param value the role, or {@code null}
     * @return this builder
     */
    public Builder approvalRole(Role value) {
      this.approvalRole = value;
      return this;
    }

    /**
     * Builds the facts.
     *
     * @return the facts
     * @throws id.labinov.core.error.InvalidValueException naming a missing setting
     */
    public SimpleFacts build() {
      return new SimpleFacts(stage, status, stageEnteredAt, holds, fields, evidence, approvals, conditions, opd, actor,
          approvalRole, proposer, region);
    }
  }
}
