package id.labinov.reporting.data;

import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Role;
import id.labinov.core.rules.LocalizedText;
import java.time.Instant;

/**
 * One event of an innovation's history: who did what, when and why.
 *
 * @param sequence the event's sequence, from 1
 * @param occurredAt when it happened
 * @param actor who did it (an opaque person id)
 * @param actorName the person's name from the report directory, or {@code null}
 * @param eventType the stored event type, e.g. {@code StageAdvanced}
 * @param action what it did
 * @param role the role an approval counts for, or {@code null}
 * @param stage the stage the innovation was in when it happened
 * @param stageLabel that stage's label
 * @param toStage the stage it moved to, or {@code null} if it did not move
 * @param toStageLabel that stage's label, or {@code null}
 * @param detail what changed, as neutral text (changed field names, evidence kind and address,
 *     conditions, transition id...), or {@code null}
 * @param reason the reason or note given, or {@code null}
 */
public record AuditEntry(long sequence, Instant occurredAt, PersonId actor, String actorName, String eventType,
    AuditAction action, Role role, String stage, LocalizedText stageLabel, String toStage, LocalizedText toStageLabel,
    String detail, String reason) {
  /**
   * Validates the parts.
   *
   * @param sequence the event's sequence, from 1
   * @param occurredAt when it happened
   * @param actor who did it (an opaque person id)
   * @param actorName the person's name from the report directory, or {@code null}
   * @param eventType the stored event type, e.g. {@code StageAdvanced}
   * @param action what it did
   * @param role the role an approval counts for, or {@code null}
   * @param stage the stage the innovation was in when it happened
   * @param stageLabel that stage's label
   * @param toStage the stage it moved to, or {@code null} if it did not move
   * @param toStageLabel that stage's label, or {@code null}
   * @param detail what changed, as neutral text (changed field names, evidence kind and address,
   *     conditions, transition id...), or {@code null}
   * @param reason the reason or note given, or {@code null}
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public AuditEntry {
    Checks.notNull(occurredAt, "occurredAt");
    Checks.notNull(actor, "actor");
    Checks.notBlank(eventType, "eventType");
    Checks.notNull(action, "action");
    Checks.notBlank(stage, "stage");
    Checks.notNull(stageLabel, "stageLabel");
  }
}
