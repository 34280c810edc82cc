package id.labinov.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

/**
 * Entry point of the {@code labinov} command-line tool. Run {@code labinov --help} for the commands;
 * each takes {@code --help}. Exit codes: 0 done; 1 refused by the rules (also a version conflict or
 * an invalid rulebook);
 * 2 bad usage (unknown option, bad value, missing input file); 3 no such innovation; 4 storage,
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
    cl.setParameterExceptionHandler((ex, ignored) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println(texts.get("error.prefix") + " " + ex.getMessage());
      c.getErr().println("  " + texts.get("hint.help", c.getCommandSpec().qualifiedName()));
      c.getErr().flush();
      return ExitCodes.USAGE;
    });
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

  /** Finds {@code --lang xx} or {@code --lang=xx}; an unknown value gives Indonesian help. */
  private static String languageIn(String... args) {
    String lang = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        lang = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        lang = args[i].substring("--lang=".length());
      }
    }
    return "en".equalsIgnoreCase(lang) ? "en" : "id";
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
