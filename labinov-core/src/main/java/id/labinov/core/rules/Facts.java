package id.labinov.core.rules;

import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The small view of an innovation that gate rules read. Rules see facts, not records: plug-in
 * rules survive changes to the innovation record, and other applications evaluate the rules on
 * their own data by supplying facts (see {@link SimpleFacts#builder()}).
 *
 * <p>Implementations must be immutable and never return {@code null}.
 */
public interface Facts {
  /** {@return the current stage code} */
  String stage();

  /** {@return whether the innovation is active, on hold or dropped} */
  InnovationStatus status();

  /** {@return when the current stage was entered} */
  Instant stageEnteredAt();

  /** {@return the hold periods since the current stage was entered, oldest first} */
  List<HoldPeriod> holdsInStage();

  /**
   * Returns a field's value by name, e.g. {@code title}, {@code problem}, {@code designNarrative}.
   *
   * @param name the field name
   * @return the value, empty if absent or blank
   */
  Optional<String> field(String name);

  /**
   * Tells whether a field has a value: the same answer as {@code field(name).isPresent()}, which
   * implementations may give without making an {@code Optional} (rules ask it for every gate).
   *
   * @param name the field name
   * @return {@code true} if the field is present and not blank
   */
  default boolean hasField(String name) {
    return field(name).isPresent();
  }

  /**
   * Returns how many pieces of evidence of a kind are attached.
   *
   * @param kind the evidence kind
   * @return 0 or more
   */
  int evidenceCount(EvidenceKind kind);

  /**
   * Returns how many distinct people holding {@code role} approved in the current stage.
   *
   * @param role the approving role
   * @return 0 or more
   */
  int approvals(Role role);

  /** {@return the texts of the conditions still open from a conditional advance} */
  List<String> openConditions();

  /** {@return the innovation's unit, if set} */
  Optional<OpdCode> opd();

  /** {@return the actor requesting the transition} */
  Actor actor();

  /**
   * Returns the role an approval is asked for, when the facts are those of an {@code approve}
   * command (rule types such as {@code approval-role} read it); empty otherwise.
   *
   * @return the role, or empty
   */
  default Optional<Role> approvalRole() {
    return Optional.empty();
  }

  /**
   * Returns who proposed the innovation (for a proposal: the actor), if the facts say; rule types
   * such as {@code actor-on-team} read it.
   *
   * @return the proposer, or empty when unknown
   */
  default Optional<PersonId> proposer() {
    return Optional.empty();
  }

  /**
   * Returns the innovation's region, if the facts say; {@code actor-in-region} reads it.
   *
   * @return the region, or empty when unknown
   */
  default Optional<RegionCode> region() {
    return Optional.empty();
  }
}
