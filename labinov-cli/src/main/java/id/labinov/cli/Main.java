package id.labinov.cli;

import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Role;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

/**
 * Entry point of the {@code labinov} command-line tool. Run {@code labinov --help} for the commands;
 * each takes {@code --help}. Exit codes: 0 done; 1 refused by the rules (also a version conflict or
 * an invalid rulebook);
 * 2 bad usage (unknown option, bad value, missing input file); 3 no such innovation (or register
 * document or claim); 4 storage,
 * connection or file failure (also a missing schema: run {@code labinov migrate}); 5 import finished
 * with rejected rows; 6 a history failed verification; 70 a bug in labinov.
 *
 * <p>Messages are in Bahasa Indonesia unless {@code --lang en} is given. Not thread-safe: one run at
 * a time per instance (each {@link #execute(String...)} builds its own).
 */
public final class Main {
  private Main() {}

  /**
   * Runs the tool and exits the JVM with the command's exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    QuietLogs.install();
    System.exit(execute(args));
  }

  /**
   * Runs the tool on the system clock with standard output and error, without exiting the JVM.
   *
   * @param args the command line; {@code null} is treated as no arguments
   * @return the exit code (see the class description)
   */
  public static int execute(String... args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CommandLine cl = commandLine(Clock.systemUTC(), args == null ? new String[0] : args);
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args == null ? new String[0] : args);
  }

  /** Builds the command line, its help texts in the language the arguments ask for. */
  static CommandLine commandLine(Clock clock, String... args) {
    LabinovCommand root = new LabinovCommand(clock);
    CommandLine cl = new CommandLine(root);
    Texts texts = Texts.of(languageIn(args));
    cl.setResourceBundle(texts.bundle());
    describe(cl, texts, "cmd");
    cl.setExecutionExceptionHandler(new Errors(root));
    cl.setParameterExceptionHandler(new ParseErrors());
    // labelled values typed as codes or labels in either language ("Aktif", "kepala opd")
    cl.registerConverter(InnovationStatus.class, Choices.statuses("")::parse);
    cl.registerConverter(Role.class, Choices.roles("")::parse);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  private static void describe(CommandLine cl, Texts texts, String key) {
    String k = key.equals("cmd") ? "cmd.labinov" : key;
    if (texts.bundle().containsKey(k)) {
      cl.getCommandSpec().usageMessage().description(texts.get(k).split("\n"));
    }
    for (var e : cl.getSubcommands().entrySet()) {
      describe(e.getValue(), texts, (key.equals("cmd") ? "cmd." : key + ".") + e.getKey());
    }
  }

  /**
   * The language the user asked for, found without parsing the command line (which may be the very
   * thing that failed): the last {@code --lang xx} or {@code --lang=xx}, else the {@code lang} key of
   * the configuration file ({@code --config FILE}, else the user's default one). Never fails: an
   * unknown language or an unreadable file gives Bahasa Indonesia ({@code id}), and the command
   * itself reports the problem.
   *
   * @param args the command line
   * @return {@code id} or {@code en}
   */
  static String languageIn(String... args) {
    String lang = valueIn(args, "--lang");
    if (lang == null) {
      GlobalOptions options = new GlobalOptions();
      String config = valueIn(args, "--config");
      try {
        options.config = config == null ? null : java.nio.file.Path.of(config);
        lang = Settings.of(options).lang();
      } catch (RuntimeException e) {
        lang = null; // a bad path or file: the command reports it when it runs
      }
    }
    try {
      return Texts.of(lang).english() ? "en" : "id";
    } catch (CliException e) {
      return "id";
    }
  }

  /** The value of the last {@code NAME VALUE} or {@code NAME=VALUE} in the arguments, or {@code null}. */
  private static String valueIn(String[] args, String name) {
    String value = null;
    for (int i = 0; args != null && i < args.length; i++) {
      if (args[i] == null) {
        continue;
      }
      if (args[i].equals(name) && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith(name + "=")) {
        value = args[i].substring(name.length() + 1);
      }
    }
    return value;
  }

  /** Reports the tool's version from the Maven properties the build puts in the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = Main.class.getResourceAsStream(
          "/META-INF/maven/id.labinov/labinov-cli/pom.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"labinov " + p.getProperty("version", "(development build)"),
          "Java " + System.getProperty("java.version")};
    }
  }
}
