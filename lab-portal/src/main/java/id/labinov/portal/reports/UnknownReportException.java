package id.labinov.portal.reports;

import java.util.List;
import java.util.Locale;

/**
 * A report was asked for that the portal does not offer: an unknown report code, or a format the report is not
 * offered in. Pages answer it with 404 and the message; the API with a problem. The message says what was asked,
 * and what to ask instead, in Bahasa Indonesia and English.
 */
public final class UnknownReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was not found. */
  public enum What {
    /** No report has the code asked for. */
    KIND,
    /** The report is not offered in the format asked for. */
    FORMAT
  }

  private final What what;
  private final String requested;
  private final List<String> valid;
  private final String indonesian;
  private final String english;

  /**
   * Creates the exception.
   *
   * @param what whether the report or the format is unknown
   * @param requested what was asked for, as sent
   * @param valid the codes or extensions that would have been found
   * @param indonesian the message in Bahasa Indonesia
   * @param english the message in English
   */
  public UnknownReportException(What what, String requested, List<String> valid, String indonesian, String english) {
    super(indonesian + " / " + english);
    this.what = what;
    this.requested = requested;
    this.valid = List.copyOf(valid);
    this.indonesian = indonesian;
    this.english = english;
  }

  /** {@return whether the report or the format was not found} */
  public What what() {
    return what;
  }

  /** {@return the code or extension asked for, as sent} */
  public String requested() {
    return requested;
  }

  /** {@return the codes (for {@link What#KIND}) or extensions (for {@link What#FORMAT}) that are offered} */
  public List<String> valid() {
    return valid;
  }

  /**
   * The message in one language.
   *
   * @param locale {@code en} for English, anything else for Bahasa Indonesia
   * @return the message
   */
  public String message(Locale locale) {
    return locale != null && locale.getLanguage().equals("en") ? english : indonesian;
  }
}
