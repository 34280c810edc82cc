package id.labinov.cli;

import id.labinov.persistence.jdbc.JdbcStorage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code labinov migrate}: creates the tables or brings them up to the newest schema version (the
 * built-in migrator; safe to repeat). With {@code --print} writes the script for a DBA instead.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, sortOptions = false)
final class MigrateCommand extends BaseCommand {
  @Option(names = "--print", paramLabel = "DATABASE", descriptionKey = "option.printScript")
  String print;

  @Override
  int run() {
    if (print != null) {
      String database = Choices.databases("--print").parse(print);
      for (int v = 1; v <= JdbcStorage.SCHEMA_VERSION; v++) {
        out().println(JdbcStorage.schemaScript(database, v, settings().tablePrefix()));
      }
      return ExitCodes.OK;
    }
    try (Session s = Session.open(settings(), root().clock(), true)) {
      out().println(texts().get("migrate.done", s.storage().schemaVersion(), s.storage().tablePrefix(),
          settings().url()));
      return ExitCodes.OK;
    }
  }
}
