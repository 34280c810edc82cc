package id.labinov.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a rulebook's non-transition commands (who may propose, edit, attach evidence and
 * approve, and in which status), as data: the rulebook's own {@code commands} section, or the
 * shipped defaults ({@value #DEFAULTS_RESOURCE}) when it has none. Immutable.
 */
final class CommandRules {
  /** The shipped default command rules. */
  static final String DEFAULTS_RESOURCE = "/id/labinov/core/rulebooks/command-rules.json";
  static final String FORMAT = "labinov-command-rules/1";

  private static volatile CommandRules defaults;

  final Map<String, List<RuleSpec>> specs;
  final Map<String, List<Rule>> compiled;

  CommandRules(Map<String, List<RuleSpec>> specs, Map<String, List<Rule>> compiled) {
    this.specs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(specs));
    this.compiled = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(compiled));
  }

  /** The shipped defaults, read once with the built-in rule types. */
  static CommandRules defaults() {
    CommandRules d = defaults;
    if (d == null) {
      try (InputStream in = CommandRules.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the labinov-core jar");
        }
        d = RulebookReader.readCommandRules(DEFAULTS_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8),
            RuleTypes.builtIn());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      defaults = d;
    }
    return d;
  }
}
