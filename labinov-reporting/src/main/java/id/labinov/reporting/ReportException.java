package id.labinov.reporting;

import id.labinov.core.error.LabinovException;
import id.labinov.reporting.internal.ReportTexts;
import java.util.List;
import java.util.Locale;

/**
 * A report cannot be made as asked: a setting is missing or bad, or a report needs a store that was
 * not given. Carries a stable code ({@code MISSING_SETTING}, {@code BAD_SETTING},
 * {@code NO_EVALUATION_STORE}, {@code BAD_ARGUMENT}, {@code CATALOGUE_TOO_LONG_FOR_PDF},
 * {@code CATALOGUE_CHANGED}) and a message in Bahasa Indonesia or English
 * that says how to fix it.
 */
public class ReportException extends LabinovException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code stable upper-snake code
   * @param messageKey key in the reporting module's texts
   * @param arguments message arguments
   */
  public ReportException(String code, String messageKey, Object... arguments) {
    super(code, messageKey, List.of(arguments), null);
  }

  @Override
  public String getMessage() {
    return getMessage(Locale.ENGLISH);
  }

  @Override
  public String getMessage(Locale locale) {
    return ReportTexts.format(locale, messageKey(), arguments());
  }
}
