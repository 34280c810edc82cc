package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a region's evidence-register change log: every write records one, in the same unit
 * of work as the write itself, so the log is complete. Each entry carries a sequence, unique in the
 * region's log and increasing in the order the store lists the entries (an identity column will do:
 * gaps are allowed). The log is an audit trail for people, not a change feed.
 *
 * @param region the region
 * @param sequence the entry's number, unique in the region's log, 1 or more
 * @param at when the change was made (the stamp's time)
 * @param actor who made it
 * @param action what it did
 * @param subject the document's id or the claim's {@link ClaimKey#text() key}
 * @param detail what else the action names: the replacing document's id for
 *     {@link RegisterAction#DOCUMENT_SUPERSEDED}, the innovation's id for an attachment
 * @param version the subject's version after the change (0 after a deletion or removal; for an
 *     attachment, the document's unchanged version)
 * @param note why, if said
 */
@Beta
public record RegisterChange(RegionCode region, long sequence, Instant at, PersonId actor, RegisterAction action,
    String subject, Optional<String> detail, long version, Optional<String> note) {
  /**
   * Validates the parts.
   *
   * @param region the region
   * @param sequence 1 or more
   * @param at when
   * @param actor who
   * @param action what
   * @param subject the document or claim
   * @param detail what else it names, if anything
   * @param version the subject's version after the change
   * @param note why, if said
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing
   *     part, {@code NEGATIVE_COUNT} for a negative version, {@code INVALID_VERSION} for a sequence
   *     below 1
   */
  public RegisterChange {
    Checks.notNull(region, "region");
    RegisteredClaim.version(sequence);
    Checks.notNull(at, "at");
    Checks.notNull(actor, "actor");
    Checks.notNull(action, "action");
    Checks.notBlank(subject, "subject");
    Checks.notNull(detail, "detail");
    Checks.notNegative(version, "version");
    Checks.notNull(note, "note");
  }
}
