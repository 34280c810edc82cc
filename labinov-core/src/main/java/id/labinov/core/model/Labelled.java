package id.labinov.core.model;

import id.labinov.core.i18n.Messages;
import java.util.Locale;

/**
 * A domain enumeration whose constants have labels in Bahasa Indonesia and English, taken from
 * the message bundles under {@code label.<EnumSimpleName>.<CONSTANT>}.
 */
public interface Labelled {
  /** {@return the constant's name (implemented by every enum)} */
  String name();

  /**
   * Returns the label in the given language.
   *
   * @param locale {@code en} for English, anything else (or {@code null}) for Indonesian
   * @return the label, never {@code null}
   */
  default String label(Locale locale) {
    Class<?> type = getClass().isEnum() ? getClass() : getClass().getSuperclass();
    return Messages.format(locale, "label." + type.getSimpleName() + "." + name());
  }
}
