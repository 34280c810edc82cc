package id.labinov.cli;

import id.labinov.core.model.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes: language, connection, actor, region and progress. Declared once
 * on the top command and inherited by every subcommand, so they may be given before or after the
 * command name.
 */
final class GlobalOptions {
  /** The keys a configuration file may hold. */
  static final Set<String> CONFIG_KEYS = Set.of("jdbc.url", "jdbc.user", "jdbc.password", "table.prefix",
      "actor.id", "actor.roles", "actor.opd", "actor.scope", "region", "lang");

  @Option(names = "--lang", paramLabel = "id|en", scope = ScopeType.INHERIT, descriptionKey = "option.lang")
  String lang;

  @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT, descriptionKey = "option.config")
  Path config;

  @Option(names = "--jdbc-url", paramLabel = "URL", scope = ScopeType.INHERIT, descriptionKey = "option.jdbcUrl")
  String jdbcUrl;

  @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT, descriptionKey = "option.user")
  String user;

  @Option(names = "--password", paramLabel = "SECRET", scope = ScopeType.INHERIT,
      descriptionKey = "option.password")
  String password;

  @Option(names = "--table-prefix", paramLabel = "PREFIX", scope = ScopeType.INHERIT,
      descriptionKey = "option.tablePrefix")
  String tablePrefix;

  @Option(names = "--actor", paramLabel = "PERSON-ID", scope = ScopeType.INHERIT, descriptionKey = "option.actor")
  String actor;

  @Option(names = "--roles", paramLabel = "ROLE", split = ",", scope = ScopeType.INHERIT,
      converter = RoleConverter.class, descriptionKey = "option.roles")
  List<Role> roles;

  @Option(names = "--opd", paramLabel = "OPD", scope = ScopeType.INHERIT, descriptionKey = "option.opd")
  String opd;

  @Option(names = "--region", paramLabel = "CODE", scope = ScopeType.INHERIT, descriptionKey = "option.region")
  String region;

  @Option(names = "--actor-scope", paramLabel = "SCOPE", scope = ScopeType.INHERIT,
      descriptionKey = "option.actorScope")
  String actorScope;

  @Option(names = "--limit", paramLabel = "NAME=VALUE", scope = ScopeType.INHERIT, descriptionKey = "option.limit")
  List<String> limits;

  @Option(names = "--progress", negatable = true, scope = ScopeType.INHERIT, descriptionKey = "option.progress")
  Boolean progress;

  /** Reads a role name, case-insensitively. */
  static final class RoleConverter implements picocli.CommandLine.ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
      try {
        return Role.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' -> " + java.util.Arrays.toString(Role.values()));
      }
    }
  }
}
