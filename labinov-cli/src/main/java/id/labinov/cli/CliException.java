package id.labinov.cli;

import java.util.List;

/**
 * A user mistake or a failure the tool explains itself: an exit code, a message key of the tool's
 * bundle and its arguments. Printed as one line, never with a stack trace.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final String key;
  private final transient List<Object> arguments;

  CliException(int exitCode, String key, Object... arguments) {
    this(exitCode, null, key, arguments);
  }

  CliException(int exitCode, Throwable cause, String key, Object... arguments) {
    super(key, cause);
    this.exitCode = exitCode;
    this.key = key;
    this.arguments = java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments.clone()));
  }

  int exitCode() {
    return exitCode;
  }

  String message(Texts texts) {
    Object[] shown = arguments.toArray();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof Localized l) {
        shown[i] = l.in(texts);
      }
    }
    return texts.get(key, shown);
  }

  /** An argument worded in the language the message is printed in (a list of labels, a suggestion). */
  @FunctionalInterface
  interface Localized {
    /** The argument's text in these texts' language. */
    String in(Texts texts);
  }
}
