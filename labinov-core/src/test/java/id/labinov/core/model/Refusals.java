package id.labinov.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a value is refused with a typed, bilingual {@link InvalidValueException}. */
final class Refusals {
  private Refusals() {}

  /**
   * Runs {@code call} and asserts it throws exactly an {@link InvalidValueException} with the given
   * code and field, whose rejected value is {@code rejected} and whose English and Indonesian
   * messages both show that value and differ from each other.
   */
  static InvalidValueException assertRefused(
      ThrowingCallable call, String code, String field, String rejected) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isExactlyInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) thrown;
    assertThat(e.code()).as("code").isEqualTo(code);
    assertThat(e.field()).as("field").isEqualTo(field);
    assertThat(e.rejectedValue()).as("rejected value").isEqualTo(rejected);
    assertThat(Messages.isDefined(e.messageKey())).as("message key %s in both languages", e.messageKey()).isTrue();
    String english = e.getMessage(Locale.ENGLISH);
    String indonesian = e.getMessage(Messages.INDONESIAN);
    assertThat(english).as("English message").contains(rejected);
    assertThat(indonesian).as("Indonesian message").contains(rejected);
    assertThat(english).as("English and Indonesian messages differ").isNotEqualTo(indonesian);
    assertThat(e.getMessage()).as("getMessage() is English").isEqualTo(english);
    return e;
  }

  /** As {@link #assertRefused}, for the message key {@code error.required} ({@code REQUIRED}). */
  static InvalidValueException assertRequired(ThrowingCallable call, String field, String rejected) {
    InvalidValueException e = assertRefused(call, "REQUIRED", field, rejected);
    assertThat(e.messageKey()).isEqualTo("error.required");
    assertThat(e.getMessage(Locale.ENGLISH)).contains(field);
    return e;
  }
}
