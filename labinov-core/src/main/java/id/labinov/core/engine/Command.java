package id.labinov.core.engine;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import java.util.List;

/**
 * What a user asks labinov to do to an innovation: imperative records, decided by
 * {@link Decider#decide}. Each validates its own arguments at construction.
 */
public sealed interface Command {

  /** Refuses control characters in what a user typed into details (the title and the narrative texts). */
  private static void entered(InnovationDetails details) {
    Checks.noControlCharacters(details.title(), "title");
    for (java.util.Map.Entry<String, String> e : details.texts().entrySet()) {
      Checks.noControlCharacters(e.getValue(), e.getKey());
    }
  }

  /** {@return the stable name of the command, e.g. {@code Advance}} */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * Propose (register) a new innovation; it starts in the rulebook's entry stage.
   *
   * @param details what is proposed
   * @param programmeId the programme it belongs to, or {@code null}
   */
  record Propose(InnovationDetails details, String programmeId) implements Command {
    /**
     * Validates the parts.
     *
     * @param details what is proposed
     * @param programmeId the programme it belongs to, or {@code null}
     * @throws InvalidValueException naming a missing part
     */
    public Propose {
      entered(Checks.notNull(details, "details"));
      if (programmeId != null) {
        programmeId = Checks.notBlank(programmeId, "programmeId");
      }
    }
  }

  /**
   * Replace the innovation's details with a corrected or completed version.
   *
   * @param details the complete new details
   */
  record UpdateDetails(InnovationDetails details) implements Command {
    /**
     * Validates the parts.
     *
     * @param details the complete new details
     * @throws InvalidValueException naming a missing part
     */
    public UpdateDetails {
      entered(Checks.notNull(details, "details"));
    }
  }

  /**
   * Attach a piece of evidence.
   *
   * @param evidence the evidence reference
   */
  record AttachEvidence(EvidenceRef evidence) implements Command {
    /**
     * Validates the parts.
     *
     * @param evidence the evidence reference
     * @throws InvalidValueException naming a missing part
     */
    public AttachEvidence {
      Checks.notNull(evidence, "evidence");
    }
  }

  /**
   * Approve the innovation in its current stage, in a role the actor holds.
   *
   * @param role the approving role
   * @param note an optional note, or {@code null}
   */
  record Approve(Role role, String note) implements Command {
    /**
     * Validates the parts.
     *
     * @param role the approving role
     * @param note an optional note, or {@code null}
     * @throws InvalidValueException naming a missing part
     */
    public Approve {
      Checks.notNull(role, "role");
      Checks.noControlCharacters(note, "note");
    }
  }

  /**
   * Move through an {@code ADVANCE} or {@code CONDITIONAL_ADVANCE} transition. Conditions are
   * required for a conditional advance and forbidden otherwise.
   *
   * @param transitionId the rulebook transition
   * @param conditions the conditions set (conditional advance only)
   */
  record Advance(String transitionId, List<String> conditions) implements Command {
    /**
     * Validates the parts.
     *
     * @param transitionId the rulebook transition
     * @param conditions the conditions set (conditional advance only)
     * @throws InvalidValueException naming a missing or blank part
     */
    public Advance {
      transitionId = Checks.notBlank(transitionId, "transitionId");
      conditions = List.copyOf(Checks.notNull(conditions, "conditions"));
      for (String c : conditions) {
        Checks.notBlank(c, "conditions[]");
      }
    }
  }

  /**
   * Declare an open condition met.
   *
   * @param conditionId the condition
   * @param note an optional note, or {@code null}
   */
  record ClearCondition(String conditionId, String note) implements Command {
    /**
     * Validates the parts.
     *
     * @param conditionId the condition
     * @param note an optional note, or {@code null}
     * @throws InvalidValueException naming a missing part
     */
    public ClearCondition {
      conditionId = Checks.notBlank(conditionId, "conditionId");
      Checks.noControlCharacters(note, "note");
    }
  }

  /**
   * Send the innovation back to an earlier stage through a {@code RETURN_FOR_REWORK} transition.
   *
   * @param transitionId the rulebook transition
   * @param reason why (required)
   */
  record ReturnForRework(String transitionId, String reason) implements Command {
    /**
     * Validates the parts.
     *
     * @param transitionId the rulebook transition
     * @param reason why (required)
     * @throws InvalidValueException naming a missing part
     */
    public ReturnForRework {
      transitionId = Checks.notBlank(transitionId, "transitionId");
      reason = Checks.noControlCharacters(Checks.notBlank(reason, "reason"), "reason");
    }
  }

  /**
   * Put the innovation on hold.
   *
   * @param reason why (required)
   */
  record Hold(String reason) implements Command {
    /**
     * Validates the parts.
     *
     * @param reason why (required)
     * @throws InvalidValueException naming a missing part
     */
    public Hold {
      reason = Checks.noControlCharacters(Checks.notBlank(reason, "reason"), "reason");
    }
  }

  /**
   * Resume an innovation on hold.
   *
   * @param note an optional note, or {@code null}
   */
  record Resume(String note) implements Command {
    /**
     * Validates the parts.
     *
     * @param note an optional note, or {@code null}
     * @throws InvalidValueException naming a control character in the note
     */
    public Resume {
      Checks.noControlCharacters(note, "note");
    }
  }

  /**
   * Drop the innovation.
   *
   * @param reason why (required)
   */
  record Drop(String reason) implements Command {
    /**
     * Validates the parts.
     *
     * @param reason why (required)
     * @throws InvalidValueException naming a missing part
     */
    public Drop {
      reason = Checks.noControlCharacters(Checks.notBlank(reason, "reason"), "reason");
    }
  }

  /**
   * Move the innovation to another OPD (pindah OPD): a lab administrator's command by default, recorded
   * as {@link id.labinov.core.event.OpdChanged}. An edit of the details cannot change a recorded OPD.
   *
   * @param opd the OPD it moves to
   * @param reason why (required)
   */
  record ChangeOpd(OpdCode opd, String reason) implements Command {
    /**
     * Validates the parts.
     *
     * @param opd the OPD it moves to
     * @param reason why (required)
     * @throws InvalidValueException naming a missing part
     */
    public ChangeOpd {
      Checks.notNull(opd, "opd");
      reason = Checks.noControlCharacters(Checks.notBlank(reason, "reason"), "reason");
    }
  }

  /**
   * Hand the innovation over to a new owner (serah terima pemilik inovasi), when its innovator moves to
   * another OPD or leaves: a lab administrator's command by default, recorded as
   * {@link id.labinov.core.event.OwnerHandedOver}. From then on the new owner counts as the proposer
   * for the authorisation rules (an innovator of the innovation's OPD who owns it acts on it), and the
   * previous owner stays among its contributors, so the conflict-of-interest rules still see them.
   * The innovation may move to another OPD with its owner in the same event.
   *
   * @param newOwner who takes the innovation over
   * @param opd the OPD it moves to with its new owner, or {@code null} to keep its OPD
   * @param reason why (required)
   */
  @Beta
  record HandOver(PersonId newOwner, OpdCode opd, String reason) implements Command {
    /**
     * Validates the parts.
     *
     * @param newOwner who takes the innovation over
     * @param opd the OPD it moves to with its new owner, or {@code null} to keep its OPD
     * @param reason why (required)
     * @throws InvalidValueException naming a missing part or a control character in the reason
     */
    public HandOver {
      Checks.notNull(newOwner, "newOwner");
      reason = Checks.noControlCharacters(Checks.notBlank(reason, "reason"), "reason");
    }
  }

  /**
   * Reopen a dropped innovation in the stage it was dropped from.
   *
   * @param reason why (required)
   */
  record Reopen(String reason) implements Command {
    /**
     * Validates the parts.
     *
     * @param reason why (required)
     * @throws InvalidValueException naming a missing part
     */
    public Reopen {
      reason = Checks.noControlCharacters(Checks.notBlank(reason, "reason"), "reason");
    }
  }

  /**
   * Migrate the innovation to another rulebook (version). Decided by
   * {@link Decider#decideMigration}; only a {@code LAB_ADMIN} may, and only if the innovation's
   * stage exists in the target rulebook.
   *
   * @param rulebookId the target rulebook's id
   * @param version the target version
   */
  record MigrateRulebook(String rulebookId, int version) implements Command {
    /**
     * Validates the parts.
     *
     * @param rulebookId the target rulebook's id
     * @param version the target version
     * @throws InvalidValueException naming a bad part
     */
    public MigrateRulebook {
      rulebookId = Checks.notBlank(rulebookId, "rulebookId");
      if (version < 1) {
        throw new InvalidValueException("INVALID_RULEBOOK_VERSION", "version", version, "error.rulebookVersion");
      }
    }
  }
}
