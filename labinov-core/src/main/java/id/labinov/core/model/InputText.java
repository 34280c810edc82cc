package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;

/**
 * The rules labinov applies to text that comes in from people and files, for hosts that read such
 * text themselves (an upload form, a spreadsheet import) and want the same answers labinov's own
 * commands give: strict UTF-8 and no terminal control characters.
 */
public final class InputText {
  private InputText() {}

  /**
   * Decodes bytes as strict UTF-8. A byte order mark at the start is dropped; anything that is not
   * well-formed UTF-8 (a stray byte, an overlong form, an encoded surrogate) is refused with its
   * byte offset, so two different files never read as the same text.
   *
   * @param bytes the bytes
   * @param source what they are, named in the message (a file name, "rulebook")
   * @return the text, without a leading byte order mark
   * @throws InvalidValueException with code {@code MALFORMED_UTF8} naming the source and the offset
   */
  public static String strictUtf8(byte[] bytes, String source) {
    return Checks.utf8(bytes, source);
  }

  /**
   * Tells whether bytes start with the UTF-8 byte order mark (EF BB BF).
   *
   * @param bytes the bytes
   * @return {@code true} if they do
   */
  public static boolean hasByteOrderMark(byte[] bytes) {
    return Checks.hasByteOrderMark(Checks.notNull(bytes, "bytes"));
  }

  /**
   * Returns text unchanged if it holds no C0 control character other than TAB, LF and CR; the
   * rule labinov applies to every title, narrative, reason and note a command carries.
   *
   * @param value the text, or {@code null} (returned as is)
   * @param name the field's name, used in the message
   * @return the value
   * @throws InvalidValueException with code {@code CONTROL_CHARACTER} naming the character and its
   *     position (1-based)
   */
  public static String noControlCharacters(String value, String name) {
    return Checks.noControlCharacters(value, name);
  }
}
