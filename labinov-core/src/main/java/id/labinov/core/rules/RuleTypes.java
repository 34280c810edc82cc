package id.labinov.core.rules;

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
 * The registry of rule types a rulebook may use: the built-ins ({@code required-field},
 * {@code min-length}, {@code evidence}, {@code actor-role}, {@code approvals},
 * {@code min-days-in-stage}, {@code no-open-conditions}) plus custom types found through
 * {@link ServiceLoader} and/or registered explicitly (application servers' class loaders can hide
 * {@code ServiceLoader} files). Immutable and thread-safe.
 */
public final class RuleTypes {
  private static final RuleTypes BUILT_IN = builder().build();
  private final Map<String, RuleType> types;

  private RuleTypes(Map<String, RuleType> types) {
    this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
  }

  /** {@return the built-in rule types only} */
  public static RuleTypes builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns the built-ins plus every type that {@link ServiceLoader} finds through the class loader
   * of this library and the thread's context class loader.
   *
   * @return the registry
   * @throws InvalidValueException with code {@code DUPLICATE_RULE_TYPE} if two types share a name
   */
  public static RuleTypes discovered() {
    Builder b = builder().loadServices(RuleTypes.class.getClassLoader());
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null && context != RuleTypes.class.getClassLoader()) {
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
   * @param name e.g. {@code evidence}
   * @return the type, or empty
   */
  public Optional<RuleType> find(String name) {
    return Optional.ofNullable(types.get(name));
  }

  /** {@return the registered names, built-ins first} */
  public Set<String> names() {
    return types.keySet();
  }

  /** Builds {@link RuleTypes}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, RuleType> types = new LinkedHashMap<>();

    private Builder() {
      BuiltInRuleTypes.all().forEach(t -> types.put(t.name(), t));
    }

    /**
     * Registers a custom type.
     *
     * @param type the type
     * @return this builder
     * @throws InvalidValueException if the name is malformed or already taken by another class
     */
    public Builder register(RuleType type) {
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
      ServiceLoader.load(RuleType.class, loader).forEach(this::register);
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public RuleTypes build() {
      return new RuleTypes(types);
    }
  }
}
