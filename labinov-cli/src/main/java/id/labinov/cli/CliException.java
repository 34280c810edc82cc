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
    this.arguments = List.of(arguments);
  }

  int exitCode() {
    return exitCode;
  }

  String message(Texts texts) {
    return texts.get(key, arguments.toArray());
  }
}
