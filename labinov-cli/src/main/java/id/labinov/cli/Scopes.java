package id.labinov.cli;

import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import java.util.List;

/**
 * Reads a scope ({@code national}, a province code such as {@code 36} or a region code such as
 * {@code 36.02}) and keeps every read inside the scope the tool is configured for: the actor's scope
 * ({@code --actor-scope} or {@code actor.scope}), else the region ({@code --region} or {@code region}).
 * The tool's operator holds the database credentials, so this guards against mistakes (a report of
 * the wrong regency), not against the operator.
 */
final class Scopes {
  private Scopes() {}

  /**
   * Returns the scope asked for, or the configured one when none is asked for.
   *
   * @throws CliException with {@link ExitCodes#USAGE} if the text is no scope, if no scope is
   *     configured, or if the scope asked for is wider than the configured one
   */
  static Scope of(String text, Settings settings) {
    Scope configured = configured(settings);
    if (text == null) {
      return configured;
    }
    Scope asked = parse(text);
    if (!configured.covers(asked)) {
      throw new CliException(ExitCodes.USAGE, "error.scope.wider", text.strip(), describe(configured));
    }
    return asked;
  }

  /**
   * Checks that an innovation's region is inside the configured scope, before it is read.
   *
   * @throws CliException with {@link ExitCodes#USAGE} if it is not, or if no scope is configured
   */
  static void checkReadable(RegionCode region, Settings settings) {
    Scope configured = configured(settings);
    if (!configured.includes(region)) {
      throw new CliException(ExitCodes.USAGE, "error.scope.outside", region.value(), describe(configured));
    }
  }

  /** The configured scope of the actor, else of the region; fails when neither is configured. */
  static Scope configured(Settings settings) {
    Scope s = settings.actorScope();
    if (s == null) {
      throw new CliException(ExitCodes.USAGE, "error.scope.unconfigured");
    }
    return s;
  }

  /** Parses {@code national}/{@code nasional}, a province code or a region code. */
  static Scope parse(String text) {
    String s = text.strip();
    if (s.equalsIgnoreCase("national") || s.equalsIgnoreCase("nasional")) {
      return Scope.national();
    }
    if (s.matches("\\d{2}")) {
      if (Province.findByCode(s).isEmpty()) {
        throw new CliException(ExitCodes.USAGE, "error.scope", s, "");
      }
      return Scope.province(Province.ofCode(s));
    }
    if (!s.matches("\\d{2}(\\.\\d{2}){1,2}(\\.\\d{4})?")) {
      // "nasionl" is a misspelt national; a malformed code gets no guess
      throw new CliException(ExitCodes.USAGE, "error.scope", s,
          Choices.codes("--scope", List.of("national")).didYouMean(s.matches(".*\\d.*") ? "" : s));
    }
    return Scope.region(RegionCode.parse(s));
  }

  /** The scope as the messages name it: national, the province's name, or the region code. */
  static String describe(Scope s) {
    return switch (s.level()) {
      case NATIONAL -> "national";
      case PROVINCE -> Province.findByCode(s.code()).map(p -> s.code() + " (" + p.displayName() + ")").orElse(s.code());
      case REGION -> s.code();
    };
  }
}
