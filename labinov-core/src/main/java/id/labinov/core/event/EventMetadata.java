package id.labinov.core.event;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * What every event carries besides its payload.
 *
 * @param eventId unique id of the event
 * @param region the innovation's region
 * @param innovationId the innovation
 * @param sequence 1 for the first event of the innovation, then +1 without gaps
 * @param occurredAt when it happened (UTC, truncated to microseconds)
 * @param actor who did it (an opaque person id; no personal data)
 * @param rulebookId the id of the rulebook the innovation follows
 * @param rulebookVersion that rulebook's version
 * @param idempotencyKey the command's idempotency key, or {@code null}
 */
public record EventMetadata(
    UUID eventId,
    RegionCode region,
    InnovationId innovationId,
    long sequence,
    Instant occurredAt,
    PersonId actor,
    String rulebookId,
    int rulebookVersion,
    String idempotencyKey) {
  /**
   * Validates the metadata and truncates the time to microseconds.
   *
   * @param eventId unique id of the event
   * @param region the innovation's region
   * @param innovationId the innovation
   * @param sequence 1 for the first event of the innovation, then +1 without gaps
   * @param occurredAt when it happened (UTC, truncated to microseconds)
   * @param actor who did it (an opaque person id; no personal data)
   * @param rulebookId the id of the rulebook the innovation follows
   * @param rulebookVersion that rulebook's version
   * @param idempotencyKey the command's idempotency key, or {@code null}
   * @throws InvalidValueException naming a missing or bad part
   */
  public EventMetadata {
    Checks.notNull(eventId, "eventId");
    Checks.notNull(region, "region");
    Checks.notNull(innovationId, "innovationId");
    if (sequence < 1) {
      throw new InvalidValueException("INVALID_SEQUENCE", "sequence", sequence, "error.sequence");
    }
    Checks.notNull(occurredAt, "occurredAt");
    if (occurredAt.getNano() % 1000 != 0) {
      occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
    Checks.notNull(actor, "actor");
    Checks.notBlank(rulebookId, "rulebookId");
    if (rulebookVersion < 1) {
      throw new InvalidValueException("INVALID_RULEBOOK_VERSION", "rulebookVersion", rulebookVersion, "error.rulebookVersion");
    }
  }

  /** {@return the idempotency key, if the command carried one} */
  public Optional<String> findIdempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }
}
