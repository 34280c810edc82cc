package id.labinov.cli;

import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The connection, actor and region the tool works with: command-line options first, then the
 * configuration file ({@code --config}, else {@code labinov/labinov.properties} in the user's
 * configuration folder if present, never the working folder; Java
 * properties), then the defaults (H2 file
 * {@code ./labinov-data}, no actor, no region).
 */
final class Settings {
  static final String DEFAULT_URL = "jdbc:h2:file:./labinov-data";
  static final String PASSWORD_ENV = "LABINOV_JDBC_PASSWORD";
  /**
   * Read when no {@code --config} is given and it exists: {@code labinov/labinov.properties} in the
   * user's configuration folder ({@code $XDG_CONFIG_HOME}, else {@code ~/.config}). Never a file of
   * the working folder: a configuration planted in a shared import folder would otherwise choose the
   * database (and with it what runs when the database is opened) for whoever runs the tool there.
   */
  static Path defaultConfig() {
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("labinov").resolve("labinov.properties");
  }

  /** Configuration keys that set an input limit start with this, e.g. {@code limit.import.maxRows}. */
  static final String LIMIT_PREFIX = "limit.";

  private final Properties file;
  private final GlobalOptions options;
  private final Limits limits;

  private Settings(Properties file, GlobalOptions options, Limits limits) {
    this.file = file;
    this.options = options;
    this.limits = limits;
  }

  static Settings of(GlobalOptions options) {
    Properties p = new Properties();
    Path config = options.config;
    if (config == null && Files.isRegularFile(defaultConfig())) {
      config = defaultConfig();
    }
    if (config != null) {
      try {
        if (Files.size(config) > Limits.CONFIG_MAX_BYTES) {
          throw new CliException(ExitCodes.USAGE, "error.config.large", config, Limits.CONFIG_MAX_BYTES);
        }
        try (Reader r = new java.io.StringReader(id.labinov.core.model.InputText.strictUtf8(Files.readAllBytes(config),
            config.toString()))) {
          p.load(r);
        }
      } catch (NoSuchFileException e) {
        throw new CliException(ExitCodes.USAGE, "error.config.missing", config);
      } catch (IOException | IllegalArgumentException e) {
        throw new CliException(ExitCodes.USAGE, "error.config.unreadable", config, e.getMessage());
      }
      for (String key : p.stringPropertyNames()) {
        if (!GlobalOptions.CONFIG_KEYS.contains(key) && !key.startsWith(LIMIT_PREFIX)) {
          throw new CliException(ExitCodes.USAGE, "error.config.key", config, key,
              String.join(", ", GlobalOptions.CONFIG_KEYS));
        }
      }
    }
    return new Settings(p, options, limits(p, options));
  }

  private static Limits limits(Properties file, GlobalOptions options) {
    java.util.Map<String, String> fromFile = new java.util.LinkedHashMap<>();
    for (String key : new java.util.TreeSet<>(file.stringPropertyNames())) {
      if (key.startsWith(LIMIT_PREFIX)) {
        fromFile.put(key.substring(LIMIT_PREFIX.length()), file.getProperty(key));
      }
    }
    java.util.Map<String, String> fromOptions = new java.util.LinkedHashMap<>();
    for (String o : options.limits == null ? List.<String>of() : options.limits) {
      int eq = o.indexOf('=');
      if (eq <= 0) {
        throw new CliException(ExitCodes.USAGE, "error.limit.option", o);
      }
      fromOptions.put(o.substring(0, eq), o.substring(eq + 1));
    }
    return Limits.of(fromFile, fromOptions);
  }

  /** Returns the input limits: {@code --limit} options, then {@code limit.*} keys, then the defaults. */
  Limits limits() {
    return limits;
  }

  private String pick(String option, String key) {
    if (option != null && !option.isBlank()) {
      return option.strip();
    }
    String v = file.getProperty(key);
    return v == null || v.isBlank() ? null : v.strip();
  }

  String url() {
    String u = pick(options.jdbcUrl, "jdbc.url");
    return u == null ? DEFAULT_URL : u;
  }

  String user() {
    String u = pick(options.user, "jdbc.user");
    return u == null && url().startsWith("jdbc:h2:") ? "sa" : u;
  }

  String password() {
    String p = pick(options.password, "jdbc.password");
    if (p == null) {
      p = System.getenv(PASSWORD_ENV);
    }
    return p == null ? "" : p;
  }

  String tablePrefix() {
    if (options.tablePrefix != null && options.tablePrefix.isBlank()
        || options.tablePrefix == null && file.getProperty("table.prefix") != null
            && file.getProperty("table.prefix").isBlank()) {
      // a blank prefix is a mistake, not a request for the default
      throw new CliException(ExitCodes.USAGE, "error.tablePrefix.blank");
    }
    String p = pick(options.tablePrefix, "table.prefix");
    return p == null ? "lbv_" : p;
  }

  /** Returns the language code from the options or the file, or {@code null}. */
  String lang() {
    return pick(options.lang, "lang");
  }

  /** Returns the default region, if one is configured. */
  String region() {
    return pick(options.region, "region");
  }

  /**
   * Returns the scope the actor works in: {@code --actor-scope} or {@code actor.scope} (national, a
   * province code or a region code), else the configured region, else {@code null}.
   */
  Scope actorScope() {
    String s = pick(options.actorScope, "actor.scope");
    if (s != null) {
      return Scopes.parse(s);
    }
    String r = region();
    // a configured region is a region scope even when it is a province's own code (its provincial lab)
    return r == null ? null : Scope.region(RegionCode.parse(r));
  }

  /** Returns the configured actor, or fails naming the options that set one. */
  Actor actor() {
    String id = pick(options.actor, "actor.id");
    if (id == null) {
      throw new CliException(ExitCodes.USAGE, "error.actor.missing");
    }
    List<Role> roles = new ArrayList<>();
    if (options.roles != null && !options.roles.isEmpty()) {
      roles.addAll(options.roles);
    } else if (file.getProperty("actor.roles") != null) {
      for (String r : file.getProperty("actor.roles").split(",")) {
        if (!r.isBlank()) {
          roles.add(Choices.roles("actor.roles").parse(r));
        }
      }
    }
    if (roles.isEmpty()) {
      roles.add(Role.LAB_ADMIN);
    }
    String opd = pick(options.actorOpd, "actor.opd");
    Actor actor = Actor.of(id, opd, roles.toArray(Role[]::new));
    Scope scope = actorScope();
    // without a scope the services refuse every command with ACTOR_WITHOUT_SCOPE, naming what is missing
    return scope == null ? actor : actor.in(scope);
  }

  static Path ensureReadable(Path file) {
    if (Files.isDirectory(file)) {
      throw new CliException(ExitCodes.USAGE, "error.file.folder", file.toAbsolutePath());
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // a FIFO, socket or device: reading it could block or never end
      throw new CliException(ExitCodes.USAGE, "error.file.special", file.toAbsolutePath());
    }
    if (!Files.isRegularFile(file)) {
      throw new CliException(ExitCodes.USAGE, "error.file.missing", file.toAbsolutePath());
    }
    if (!Files.isReadable(file)) {
      throw new CliException(ExitCodes.USAGE, "error.file.unreadable", file.toAbsolutePath());
    }
    return file;
  }
}
