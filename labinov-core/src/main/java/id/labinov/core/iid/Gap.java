package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Labelled;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a claim's evidence does not carry a level: a stable code, the document it is about (or none,
 * when the gap is an absence: no such document, too few, no stated value), and a message in Bahasa
 * Indonesia or English.
 *
 * <p>Arguments are plain values, rendered for the reader by {@link #message(Locale)}: an {@link
 * EvidenceDocument} as its {@linkplain EvidenceDocument#describe description}, a {@link
 * DocumentKind} or a {@link Labelled} constant as its label, a list as its items joined with "atau" /
 * "or", a number as written (no digit grouping, so years stay 2025).
 *
 * @param code stable upper-snake code, e.g. {@code ISSUER_LEVEL}
 * @param documentId the id of the document the gap is about; empty for an absence
 * @param messageKey the message key, e.g. {@code iid.gap.ISSUER_LEVEL}
 * @param arguments the message arguments; for a document gap the document comes first
 */
@Beta
public record Gap(String code, Optional<String> documentId, String messageKey, List<Object> arguments) {
  /**
   * Validates and copies the parts.
   *
   * @param code stable upper-snake code
   * @param documentId the id of the document the gap is about; empty for an absence
   * @param messageKey the message key
   * @param arguments the message arguments (no {@code null})
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} naming a missing
   *     part
   */
  public Gap {
    Checks.notBlank(code, "code");
    Checks.notNull(documentId, "documentId");
    Checks.notBlank(messageKey, "messageKey");
    arguments = List.copyOf(EvidenceDocument.noNulls(arguments, "arguments"));
  }

  /**
   * Creates a gap about a document, with the message key {@code iid.gap.<code>}; the document is
   * the message's first argument.
   *
   * @param code stable upper-snake code
   * @param document the document
   * @param arguments further message arguments
   * @return the gap
   */
  public static Gap about(String code, EvidenceDocument document, Object... arguments) {
    List<Object> all = new ArrayList<>();
    all.add(Checks.notNull(document, "document"));
    all.addAll(List.of(arguments));
    return new Gap(code, Optional.of(document.id()), "iid.gap." + code, all);
  }

  /**
   * Creates a gap about something absent (a document, a value), with the message key
   * {@code iid.gap.<code>}.
   *
   * @param code stable upper-snake code
   * @param arguments message arguments
   * @return the gap
   */
  public static Gap absent(String code, Object... arguments) {
    return new Gap(code, Optional.empty(), "iid.gap." + code, List.of(arguments));
  }

  /**
   * Renders the message.
   *
   * @param locale {@code en} for English, anything else (or {@code null}) for Indonesian
   * @return the message, never {@code null}
   */
  public String message(Locale locale) {
    return Messages.format(locale, messageKey, arguments.stream().map(a -> render(a, locale)).toList());
  }

  static String render(Object a, Locale locale) {
    if (a instanceof EvidenceDocument d) {
      return d.describe(locale);
    }
    if (a instanceof DocumentKind k) {
      return k.label(locale);
    }
    if (a instanceof Labelled l) {
      return l.label(locale);
    }
    if (a instanceof List<?> list) {
      String or = " " + Messages.format(locale, "iid.or") + " ";
      return list.stream().map(x -> render(x, locale)).collect(Collectors.joining(or));
    }
    if (a instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(a);
  }
}
