package id.labinov.core.internal;

import id.labinov.core.error.InvalidValueException;
import java.util.Map;

/**
 * Registration of named extensions (gate rule types, evidence requirement types): one place for the
 * name's shape and the "two classes, one name" check. Internal: not part of the API.
 */
public final class Registries {
  private Registries() {}

  /**
   * Puts an extension under its name, refusing a malformed name and a name another class took.
   * Registering the same class again replaces the earlier instance.
   *
   * @param registry the registry being built
   * @param name the extension's name: lower-kebab, optionally with a prefix, e.g.
   *     {@code lebak:village-consulted}
   * @param extension the extension, not {@code null}
   * @param <T> the extension type
   * @throws InvalidValueException with code {@code INVALID_RULE_TYPE_NAME} or
   *     {@code DUPLICATE_RULE_TYPE}
   */
  public static <T> void put(Map<String, T> registry, String name, T extension) {
    if (name == null || !name.matches("[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)?")) {
      throw new InvalidValueException("INVALID_RULE_TYPE_NAME", "name", name, "error.ruleType.name");
    }
    T existing = registry.get(name);
    if (existing != null && existing.getClass() != extension.getClass()) {
      throw new InvalidValueException("DUPLICATE_RULE_TYPE", "name", name, "error.ruleType.duplicate",
          existing.getClass().getName(), extension.getClass().getName());
    }
    registry.put(name, extension);
  }
}
