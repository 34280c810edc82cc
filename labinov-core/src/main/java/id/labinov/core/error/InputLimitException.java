package id.labinov.core.error;

import java.util.List;

/**
 * Input is larger or deeper than a limit allows (a rulebook of more bytes than
 * {@code rulebook.maxBytes}, JSON nested deeper than {@code rulebook.maxDepth}, ...). Limits keep a
 * hostile or mistaken file from taking the process's memory; their defaults accept the largest
 * legitimate inputs many times over, and each can be raised where the input is read.
 *
 * <p>The message names the input, the limit and its value, and how to raise it: in an application by
 * the method named in {@link #setting()}, in the labinov command line by {@code --limit NAME=VALUE}
 * or {@code limit.NAME} in its configuration file.
 */
public final class InputLimitException extends LabinovException {
  private static final long serialVersionUID = 1L;

  /** What was read, e.g. a file name. */
  private final String source;
  /** The name of the limit exceeded, e.g. {@code rulebook.maxBytes}. */
  private final String limit;
  /** The limit's value (bytes, members or nesting levels, as the limit says). */
  private final long maximum;
  /** How an application raises the limit, e.g. {@code RulebookLimits.withMaxBytes}. */
  private final String setting;

  /**
   * Creates the exception.
   *
   * @param source what was read, e.g. a file name
   * @param limit the limit's name, e.g. {@code rulebook.maxBytes}
   * @param maximum the limit's value
   * @param setting how an application raises it, e.g. {@code RulebookLimits.withMaxBytes}
   */
  public InputLimitException(String source, String limit, long maximum, String setting) {
    super("INPUT_LIMIT_EXCEEDED", "error.inputLimit." + kind(limit),
        List.of(String.valueOf(source), limit, maximum, setting), null);
    this.source = source;
    this.limit = limit;
    this.maximum = maximum;
    this.setting = setting;
  }

  /** The message varies with what is counted: bytes, nesting levels, or items (rows, columns, ...). */
  private static String kind(String limit) {
    if (limit.endsWith("Bytes")) {
      return "bytes";
    }
    return limit.endsWith("Depth") ? "depth" : "count";
  }

  /** {@return what was read, e.g. a file name} */
  public String source() {
    return source;
  }

  /** {@return the name of the limit exceeded, e.g. {@code rulebook.maxBytes}} */
  public String limit() {
    return limit;
  }

  /** {@return the limit's value} */
  public long maximum() {
    return maximum;
  }

  /** {@return how an application raises the limit, e.g. {@code RulebookLimits.withMaxBytes}} */
  public String setting() {
    return setting;
  }
}
