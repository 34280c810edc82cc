package id.labinov.core.event;

/**
 * The innovation was explicitly migrated to another rulebook version; its metadata names the new
 * rulebook. Its stage and everything else stay as they were.
 *
 * @param metadata the common event metadata (rulebook = the new one)
 * @param fromRulebookId the rulebook it followed before
 * @param fromVersion that rulebook's version
 */
public record RulebookMigrated(EventMetadata metadata, String fromRulebookId, int fromVersion) implements InnovationEvent {
  /**
   * Validates the parts.
   *
   * @param metadata the common event metadata (rulebook = the new one)
   * @param fromRulebookId the rulebook it followed before
   * @param fromVersion that rulebook's version
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public RulebookMigrated {
    id.labinov.core.internal.Checks.notNull(metadata, "metadata");
    id.labinov.core.internal.Checks.notBlank(fromRulebookId, "fromRulebookId");
  }
}
