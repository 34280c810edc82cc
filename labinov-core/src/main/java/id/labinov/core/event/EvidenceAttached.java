package id.labinov.core.event;

import id.labinov.core.model.EvidenceRef;
/**
 * A piece of evidence (bukti dukung) was attached.
 *
 * @param metadata the common event metadata
 * @param evidence the reference to the stored file
 */
public record EvidenceAttached(EventMetadata metadata, EvidenceRef evidence) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata
   * @param evidence the reference to the stored file
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public EvidenceAttached {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notNull(evidence, "evidence");
  }
}
