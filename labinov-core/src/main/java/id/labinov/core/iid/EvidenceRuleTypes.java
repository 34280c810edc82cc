package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.internal.Registries;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The registry of evidence requirement types that evidence rules may use: the built-ins
 * ({@code document}, {@code stated-value}) plus custom types found through {@link ServiceLoader}
 * and/or registered explicitly, as {@link id.labinov.core.rules.RuleTypes} does for gate rules.
 * Immutable and thread-safe.
 */
@Beta
public final class EvidenceRuleTypes {
  private static final EvidenceRuleTypes BUILT_IN = builder().build();
  private final Map<String, EvidenceRuleType> types;

  private EvidenceRuleTypes(Map<String, EvidenceRuleType> types) {
    this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
  }

  /** {@return the built-in types only} */
  public static EvidenceRuleTypes builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns the built-ins plus every type that {@link ServiceLoader} finds through the class loader
   * of this library and the thread's context class loader.
   *
   * @return the registry
   * @throws InvalidValueException with code {@code DUPLICATE_RULE_TYPE} if two types share a name
   */
  public static EvidenceRuleTypes discovered() {
    Builder b = builder().loadServices(EvidenceRuleTypes.class.getClassLoader());
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null && context != EvidenceRuleTypes.class.getClassLoader()) {
      b.loadServices(context);
    }
    return b.build();
  }

  /** {@return a builder that starts with the built-in types} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds a type by name.
   *
   * @param name e.g. {@code document}
   * @return the type, or empty
   */
  public Optional<EvidenceRuleType> find(String name) {
    return Optional.ofNullable(types.get(name));
  }

  /** {@return the registered names, built-ins first} */
  public Set<String> names() {
    return types.keySet();
  }

  /** Builds {@link EvidenceRuleTypes}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, EvidenceRuleType> types = new LinkedHashMap<>();

    private Builder() {
      BuiltInEvidenceRuleTypes.all().forEach(t -> types.put(t.name(), t));
    }

    /**
     * Registers a custom type.
     *
     * @param type the type
     * @return this builder
     * @throws InvalidValueException with code {@code INVALID_RULE_TYPE_NAME} if the name is
     *     malformed, {@code DUPLICATE_RULE_TYPE} if another class already took it
     */
    public Builder register(EvidenceRuleType type) {
      Checks.notNull(type, "type");
      Registries.put(types, type.name(), type);
      return this;
    }

    /**
     * Registers every type {@link ServiceLoader} finds through a class loader.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder loadServices(ClassLoader loader) {
      Checks.notNull(loader, "loader");
      ServiceLoader.load(EvidenceRuleType.class, loader).forEach(this::register);
      return this;
    }

    /** {@return the registry} */
    public EvidenceRuleTypes build() {
      return new EvidenceRuleTypes(types);
    }
  }
}
