package id.labinov.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Words what picocli refuses while reading the command line (an unknown command or option, a missing
 * option or value, a value of the wrong form, an option given twice, ...) in the user's language,
 * as one line naming the mistake and, when one is close, what the user probably meant; then the
 * help hint. Exit 2. The language comes from the arguments or the configuration file
 * ({@link Main#languageIn}), since the command line itself could not be read.
 */
final class ParseErrors implements IParameterExceptionHandler {
  private static final Pattern OPTION_NAME = Pattern.compile("(?<![\\w-])--?[A-Za-z][\\w-]*");

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    Texts texts = Texts.of(Main.languageIn(args));
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = TerminalText.safe(cmd.getErr());
    err.println(texts.get("error.prefix") + " " + message(ex, args == null ? new String[0] : args, texts));
    err.println("  " + texts.get("hint.help", cmd.getCommandSpec().qualifiedName()));
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The message for a refused command line, in the language of these texts. */
  static String message(ParameterException ex, String[] args, Texts t) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      return unmatched(spec, u.getUnmatched().get(0), t);
    }
    if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      return missing(spec, m.getMissing(), args, t);
    }
    if (ex instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
      return t.get("error.parse.overwritten", name(o.getOverwritten()));
    }
    if (ex instanceof MutuallyExclusiveArgsException) {
      return t.get("error.parse.exclusive", String.join(", ", optionNamesIn(ex.getMessage())));
    }
    if (ex instanceof MaxValuesExceededException) {
      List<String> names = optionNamesIn(ex.getMessage());
      return names.isEmpty() ? t.get("error.parse.tooManyParameters")
          : t.get("error.parse.tooManyValues", names.get(0));
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      return badValue(ex, t);
    }
    return t.get("error.parse.other", String.valueOf(ex.getMessage()));
  }

  /** An unknown option, an unknown command, or a parameter the command does not take. */
  private static String unmatched(CommandSpec spec, String arg, Texts t) {
    if (arg.startsWith("-") && arg.length() > 1) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      Set<String> names = new LinkedHashSet<>();
      for (OptionSpec o : spec.options()) {
        names.addAll(List.of(o.names()));
      }
      return t.get("error.parse.unknownOption", name, didYouMean(names, name, t));
    }
    if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
      return t.get("error.parse.unknownCommand", arg, didYouMean(spec.subcommands().keySet(), arg, t));
    }
    return t.get("error.parse.extraParameter", arg);
  }

  /** " Maksud Anda list?" for the name closest to what was typed, or nothing when none is close. */
  private static String didYouMean(Collection<String> names, String typed, Texts t) {
    return Choices.codes("", List.copyOf(names)).didYouMean(typed).in(t);
  }

  /**
   * A required option or parameter not given, or an option given without its value. An unknown
   * option among the arguments is named first: {@code --reson x} is a misspelt {@code --reason}, and
   * "--reason is required" would not show the user what went wrong.
   */
  private static String missing(CommandSpec spec, List<ArgSpec> missing, String[] args, Texts t) {
    for (String arg : args) {
      if (arg != null && arg.startsWith("--") && arg.length() > 2
          && !known(spec, arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg)) {
        return unmatched(spec, arg, t);
      }
    }
    for (ArgSpec a : missing) {
      if (a instanceof OptionSpec o && given(o, args)) {
        return t.get("error.parse.needsValue", o.longestName(), o.paramLabel());
      }
    }
    List<String> shown = new ArrayList<>();
    for (ArgSpec a : missing) {
      shown.add(a instanceof OptionSpec o ? o.longestName() + " " + o.paramLabel() : a.paramLabel());
    }
    return shown.size() == 1 ? t.get("error.parse.missingOne", shown.get(0))
        : t.get("error.parse.missingMany", String.join(", ", shown));
  }

  /** Whether a command takes an option of this name, negated forms ({@code --no-progress}) included. */
  private static boolean known(CommandSpec spec, String name) {
    return spec.findOption(name) != null || spec.negatedOptionsMap().containsKey(name);
  }

  private static boolean given(OptionSpec o, String[] args) {
    for (String arg : args) {
      for (String n : o.names()) {
        if (n.equals(arg) || arg != null && arg.startsWith(n + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A value picocli could not convert: a closed set's value, a number, or anything else. */
  private static String badValue(ParameterException ex, Texts t) {
    ArgSpec a = ex.getArgSpec();
    String name = name(a);
    Class<?> type = elementType(a);
    var choices = Choices.ofType(name, type);
    if (choices.isPresent()) {
      String split = a.splitRegex();
      for (String v : split == null || split.isEmpty() ? new String[] {ex.getValue()} : ex.getValue().split(split)) {
        try {
          choices.get().parse(v);
        } catch (CliException e) {
          return e.message(t);
        }
      }
    }
    if (ex.getCause() instanceof CliException c) {
      return c.message(t);
    }
    String expected = expected(type);
    return expected == null ? t.get("error.parse.value", name, ex.getValue())
        : t.get("error.parse.form", name, ex.getValue(), t.get(expected));
  }

  /** The key of the expected form of a value of this type, or {@code null} when there is no short one. */
  private static String expected(Class<?> type) {
    if (type == long.class || type == Long.class || type == int.class || type == Integer.class
        || type == short.class || type == Short.class) {
      return "error.parse.expected.integer";
    }
    if (type == double.class || type == Double.class || type == java.math.BigDecimal.class) {
      return "error.parse.expected.number";
    }
    if (type == java.time.LocalDate.class) {
      return "error.parse.expected.date";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "error.parse.expected.boolean";
    }
    return null;
  }

  /** The type of one value: the element type of a list or array option, else the option's type. */
  private static Class<?> elementType(ArgSpec a) {
    Class<?> type = a.type();
    if (type != null && type.isArray()) {
      return type.getComponentType();
    }
    if (type != null && Collection.class.isAssignableFrom(type) && a.auxiliaryTypes().length > 0) {
      return a.auxiliaryTypes()[0];
    }
    return type;
  }

  /** An option by its longest name, a parameter by its label. */
  private static String name(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
  }

  /** The option names a picocli message mentions, in order, each once. */
  private static List<String> optionNamesIn(String message) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = OPTION_NAME.matcher(message == null ? "" : message);
    while (m.find()) {
      names.add(m.group());
    }
    return List.copyOf(names);
  }
}
