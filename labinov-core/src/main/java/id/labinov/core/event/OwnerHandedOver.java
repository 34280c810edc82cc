package id.labinov.core.event;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;

/**
 * The innovation was handed over to a new owner (serah terima pemilik inovasi) by a lab
 * administrator, because its innovator moved to another OPD or left. From this event on the new owner
 * is the innovation's proposer as the authorisation rules see it, and the previous owner one of its
 * contributors. The innovation may have moved to another OPD with its owner.
 *
 * @param metadata the common event metadata
 * @param fromOwner the owner before (the proposer, or the owner of an earlier handover)
 * @param toOwner the new owner
 * @param fromOpd the OPD before, or {@code null} when none was recorded
 * @param toOpd the OPD it moved to, or {@code null} when it stays in {@code fromOpd}
 * @param reason why it was handed over
 */
@Beta
public record OwnerHandedOver(EventMetadata metadata, PersonId fromOwner, PersonId toOwner, OpdCode fromOpd,
    OpdCode toOpd, String reason) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param fromOwner the owner before
   * @param toOwner the new owner
   * @param fromOpd the OPD before, or {@code null} when none was recorded
   * @param toOpd the OPD it moved to, or {@code null} when it stays in {@code fromOpd}
   * @param reason why it was handed over
   * @throws InvalidValueException naming a missing part, with code {@code SAME_OWNER} if both owners
   *     are the same person, or {@code SAME_OPD} if {@code toOpd} is the OPD it was in already
   */
  public OwnerHandedOver {
    Checks.notNull(metadata, "metadata");
    Checks.notNull(fromOwner, "fromOwner");
    Checks.notNull(toOwner, "toOwner");
    Checks.notBlank(reason, "reason");
    if (toOwner.equals(fromOwner)) {
      throw new InvalidValueException("SAME_OWNER", "toOwner", toOwner.value(), "error.sameOwner");
    }
    if (toOpd != null && toOpd.equals(fromOpd)) {
      throw new InvalidValueException("SAME_OPD", "toOpd", toOpd.value(), "error.sameOpd");
    }
  }

  /** {@return the OPD the innovation is in after the handover: {@code toOpd}, else {@code fromOpd} (may be {@code null})} */
  public OpdCode opdAfter() {
    return toOpd != null ? toOpd : fromOpd;
  }
}
