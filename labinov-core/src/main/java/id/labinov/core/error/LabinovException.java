package id.labinov.core.error;

import id.labinov.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Base class of every unexpected failure raised by labinov.
 *
 * <p>Each exception carries a stable upper-snake {@link #code() code} that callers may match on, and
 * a message key with arguments from which a user-facing text is produced in Bahasa Indonesia
 * (the default) or English via {@link #getMessage(Locale)}. {@link #getMessage()} returns the
 * English text so that logs stay readable for maintainers.
 *
 * <p>Expected outcomes, such as a transition refused by its gate, are values ({@code Verdict}),
 * not exceptions.
 */
public abstract class LabinovException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The stable upper-snake code of the failure, e.g. {@code VERSION_CONFLICT}. */
  private final String code;
  /** The key of the localised message in the feature bundle. */
  private final String messageKey;
  private final transient List<Object> arguments;

  /**
   * Creates an exception.
   *
   * @param code stable upper-snake code, e.g. {@code INVALID_REGION_CODE}
   * @param messageKey key in the labinov message bundles
   * @param arguments message arguments, in the bundle's positional order
   * @param cause the underlying cause, may be {@code null}
   */
  protected LabinovException(String code, String messageKey, List<?> arguments, Throwable cause) {
    super(Messages.format(Locale.ENGLISH, messageKey, arguments), cause);
    this.code = Objects.requireNonNull(code, "code");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = List.copyOf(arguments);
  }

  /** {@return the stable upper-snake code of this failure, e.g. {@code VERSION_CONFLICT}} */
  public String code() {
    return code;
  }

  /** {@return the message key used to render {@link #getMessage(Locale)}} */
  public String messageKey() {
    return messageKey;
  }

  /** {@return the message arguments (never {@code null})} */
  public List<Object> arguments() {
    return arguments == null ? List.of() : arguments;
  }

  /**
   * Returns the message in the given locale: Indonesian for {@code id} and any locale without a
   * bundle, English for {@code en}.
   *
   * @param locale the caller's locale; {@code null} means Indonesian
   * @return the localised message, never {@code null}
   */
  public String getMessage(Locale locale) {
    return Messages.format(locale, messageKey, arguments());
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage(Locale.getDefault());
  }
}
