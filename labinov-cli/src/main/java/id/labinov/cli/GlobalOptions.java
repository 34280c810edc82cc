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

  /** Read by the converter {@link Main} registers: codes or labels ({@code OPD_HEAD}, {@code kepala opd}). */
  @Option(names = "--roles", paramLabel = "ROLE", split = ",", scope = ScopeType.INHERIT,
      descriptionKey = "option.roles")
  List<Role> roles;

  /** The actor's own unit (config key {@code actor.opd}); {@code --opd} alone is no global option. */
  @Option(names = "--actor-opd", paramLabel = "OPD", scope = ScopeType.INHERIT, descriptionKey = "option.actorOpd")
  String actorOpd;

  @Option(names = "--region", paramLabel = "CODE", scope = ScopeType.INHERIT, descriptionKey = "option.region")
  String region;

  @Option(names = "--actor-scope", paramLabel = "SCOPE", scope = ScopeType.INHERIT,
      descriptionKey = "option.actorScope")
  String actorScope;

  @Option(names = "--limit", paramLabel = "NAME=VALUE", scope = ScopeType.INHERIT, descriptionKey = "option.limit")
  List<String> limits;

  @Option(names = "--progress", negatable = true, scope = ScopeType.INHERIT, descriptionKey = "option.progress")
  Boolean progress;
}
