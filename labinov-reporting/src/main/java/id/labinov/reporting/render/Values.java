package id.labinov.reporting.render;

import id.labinov.core.i18n.Messages;
import id.labinov.reporting.data.ReportInfo;
import id.labinov.reporting.internal.ReportTexts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * Writes values as text, either for people in the report's language ("1.234,56", "14 Januari 2019",
 * "14 Januari 2019 09.00 WIB") or plain for machines ("1234.56", ISO-8601). Formats are our own
 * (month names from the reporting texts), not the JDK's locale data, so the output is the same on
 * every JDK. {@code Integer} values are identifiers, versions, years and ranks and are never grouped;
 * {@code Long} values are counts and are grouped.
 */
final class Values {
  private final Locale locale;
  private final ReportInfo info;
  private final String decimalSeparator;
  private final String groupingSeparator;
  private final String timeSeparator;
  private final String[] months = new String[12];

  Values(ReportInfo info) {
    this.info = info;
    this.locale = Messages.resolve(info.locale());
    this.decimalSeparator = ReportTexts.text(locale, "number.decimal");
    this.groupingSeparator = ReportTexts.text(locale, "number.grouping");
    this.timeSeparator = ReportTexts.text(locale, "time.separator");
    for (int m = 0; m < 12; m++) {
      months[m] = ReportTexts.text(locale, "month." + (m + 1));
    }
  }

  /** The value for people; {@code null} gives {@code ""}. */
  String localized(Object v) {
    if (v == null) {
      return "";
    }
    if (v == Doc.NOT_RECORDED) {
      return ReportTexts.text(locale, "value.notRecorded");
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Integer) {
      return v.toString();
    }
    if (v instanceof Long n) {
      return number(BigDecimal.valueOf(n));
    }
    if (v instanceof BigDecimal d) {
      return number(d);
    }
    if (v instanceof LocalDate d) {
      return date(d);
    }
    if (v instanceof Instant i) {
      ZonedDateTime z = i.atZone(info.timeZone().zoneId());
      return date(z.toLocalDate()) + " " + two(z.getHour()) + timeSeparator + two(z.getMinute()) + " "
          + info.timeZone().name();
    }
    if (v instanceof Boolean b) {
      return ReportTexts.text(locale, b ? "bool.true" : "bool.false");
    }
    return v.toString();
  }

  /**
   * A number in a CSV field for people: never grouped (a spreadsheet or a CSV reader would take
   * "2.807" for two point eight), with the language's decimal mark only when it cannot be confused with
   * the delimiter: {@code 82,94} with {@code ;} in Indonesian, {@code 82.94} with {@code ,}.
   *
   * @param v a {@code Long} or {@code BigDecimal}
   * @param delimiter the CSV delimiter
   * @return the text
   */
  String csvNumber(Object v, char delimiter) {
    String plain = plain(v);
    String mark = String.valueOf(delimiter).equals(decimalSeparator) ? "." : decimalSeparator;
    return plain.replace(".", mark);
  }

  /** The value for machines; {@code null} gives {@code ""}. */
  static String plain(Object v) {
    if (v == null || v == Doc.NOT_RECORDED) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return v.toString();
  }

  String date(LocalDate d) {
    return d.getDayOfMonth() + " " + months[d.getMonthValue() - 1] + " " + d.getYear();
  }

  private String number(BigDecimal d) {
    String plain = d.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(groupingSeparator);
      }
      sb.append(whole.charAt(i));
    }
    if (dot >= 0) {
      sb.append(decimalSeparator).append(plain.substring(dot + 1));
    }
    return (negative ? "-" : "") + sb;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
